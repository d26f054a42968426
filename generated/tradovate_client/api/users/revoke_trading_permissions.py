from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_trading_permissions import RevokeTradingPermissions
from ...models.simple_response import SimpleResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RevokeTradingPermissions,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/revoketradingpermissions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SimpleResponse | None:
    if response.status_code == 200:
        response_200 = SimpleResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SimpleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RevokeTradingPermissions,
) -> Response[SimpleResponse]:
    """Revoke Trading Permissions

     ### Revoke multiple existing trading permissions granted to other parties.
    If a user wants to end the terms of a granted permission to trade using your account, a user can
    revoke those permissions using this endpoint. Especially useful for vendors looking to save
    resources by revoking permissions in batch.

    Args:
        body (RevokeTradingPermissions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SimpleResponse]
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
    body: RevokeTradingPermissions,
) -> SimpleResponse | None:
    """Revoke Trading Permissions

     ### Revoke multiple existing trading permissions granted to other parties.
    If a user wants to end the terms of a granted permission to trade using your account, a user can
    revoke those permissions using this endpoint. Especially useful for vendors looking to save
    resources by revoking permissions in batch.

    Args:
        body (RevokeTradingPermissions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimpleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RevokeTradingPermissions,
) -> Response[SimpleResponse]:
    """Revoke Trading Permissions

     ### Revoke multiple existing trading permissions granted to other parties.
    If a user wants to end the terms of a granted permission to trade using your account, a user can
    revoke those permissions using this endpoint. Especially useful for vendors looking to save
    resources by revoking permissions in batch.

    Args:
        body (RevokeTradingPermissions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SimpleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RevokeTradingPermissions,
) -> SimpleResponse | None:
    """Revoke Trading Permissions

     ### Revoke multiple existing trading permissions granted to other parties.
    If a user wants to end the terms of a granted permission to trade using your account, a user can
    revoke those permissions using this endpoint. Especially useful for vendors looking to save
    resources by revoking permissions in batch.

    Args:
        body (RevokeTradingPermissions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimpleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
