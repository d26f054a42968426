from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_trading_permission import CreateTradingPermission
from ...models.trading_permission_response import TradingPermissionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTradingPermission,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/createtradingpermission",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TradingPermissionResponse | None:
    if response.status_code == 200:
        response_200 = TradingPermissionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TradingPermissionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Create Trading Permission

     ### Create a trading permission

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Intended for use by B2B Partners. Create a new Trading Permission for account with ID `accountId`
    using that user's ID, `userId`.

    Args:
        body (CreateTradingPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TradingPermissionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateTradingPermission,
) -> TradingPermissionResponse | None:
    """Create Trading Permission

     ### Create a trading permission

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Intended for use by B2B Partners. Create a new Trading Permission for account with ID `accountId`
    using that user's ID, `userId`.

    Args:
        body (CreateTradingPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradingPermissionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Create Trading Permission

     ### Create a trading permission

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Intended for use by B2B Partners. Create a new Trading Permission for account with ID `accountId`
    using that user's ID, `userId`.

    Args:
        body (CreateTradingPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TradingPermissionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTradingPermission,
) -> TradingPermissionResponse | None:
    """Create Trading Permission

     ### Create a trading permission

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Intended for use by B2B Partners. Create a new Trading Permission for account with ID `accountId`
    using that user's ID, `userId`.

    Args:
        body (CreateTradingPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradingPermissionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
