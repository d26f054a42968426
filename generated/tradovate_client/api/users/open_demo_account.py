import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.open_demo_account import OpenDemoAccount
from ...models.open_demo_account_response import OpenDemoAccountResponse
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: OpenDemoAccount,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/opendemoaccount",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | OpenDemoAccountResponse | None:
    if response.status_code == 200:
        response_200 = OpenDemoAccountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorText.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorText.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorText.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorText.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorText.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _succeeded(status_code: int) -> bool:
    """Whether ``status_code`` is the spec's success answer (what sync() and asyncio() return)."""
    return status_code == 200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorText | OpenDemoAccountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OpenDemoAccount,
) -> Response[ErrorText | OpenDemoAccountResponse]:
    """Open Demo Account

     ### Request to open a Demo account for a user.

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Typically used by B2B Partners to open simulation accounts for their users.
    - The `defaultAutoLiq` field controls the auto-liquidation paramters for the account. Setting it
    here will save an API call to `userAccountAutoLiq/update`, and should be preferred. It also prevents
    issues related to incorrect SOD balance when called during market close.
    - The `preTradeRisk` field allows you to wrap `userAccountPositionLimit/create` and
    `userAccountRiskParameter/create` calls into the account creation operation. This can save many API
    calls if you have complicated pre-trade risk settings to apply for your users.

    Args:
        body (OpenDemoAccount):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | OpenDemoAccountResponse]
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
    body: OpenDemoAccount,
) -> OpenDemoAccountResponse:
    """Open Demo Account

     ### Request to open a Demo account for a user.

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Typically used by B2B Partners to open simulation accounts for their users.
    - The `defaultAutoLiq` field controls the auto-liquidation paramters for the account. Setting it
    here will save an API call to `userAccountAutoLiq/update`, and should be preferred. It also prevents
    issues related to incorrect SOD balance when called during market close.
    - The `preTradeRisk` field allows you to wrap `userAccountPositionLimit/create` and
    `userAccountRiskParameter/create` calls into the account creation operation. This can save many API
    calls if you have complicated pre-trade risk settings to apply for your users.

    Args:
        body (OpenDemoAccount):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenDemoAccountResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            OpenDemoAccountResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        OpenDemoAccountResponse, _parse_response(client=client, response=_response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OpenDemoAccount,
) -> Response[ErrorText | OpenDemoAccountResponse]:
    """Open Demo Account

     ### Request to open a Demo account for a user.

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Typically used by B2B Partners to open simulation accounts for their users.
    - The `defaultAutoLiq` field controls the auto-liquidation paramters for the account. Setting it
    here will save an API call to `userAccountAutoLiq/update`, and should be preferred. It also prevents
    issues related to incorrect SOD balance when called during market close.
    - The `preTradeRisk` field allows you to wrap `userAccountPositionLimit/create` and
    `userAccountRiskParameter/create` calls into the account creation operation. This can save many API
    calls if you have complicated pre-trade risk settings to apply for your users.

    Args:
        body (OpenDemoAccount):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | OpenDemoAccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OpenDemoAccount,
) -> OpenDemoAccountResponse:
    """Open Demo Account

     ### Request to open a Demo account for a user.

    ***Note***: The [/user/createEvaluationAccounts](/api/rest-api-endpoints/users/create-evaluation-
    accounts) endpoint replaces [/user/openDemoAccount](/api/rest-api-endpoints/users/open-demo-account)
    and [/user/createTradingPermission](/api/rest-api-endpoints/users/create-trading-permission).

    Typically used by B2B Partners to open simulation accounts for their users.
    - The `defaultAutoLiq` field controls the auto-liquidation paramters for the account. Setting it
    here will save an API call to `userAccountAutoLiq/update`, and should be preferred. It also prevents
    issues related to incorrect SOD balance when called during market close.
    - The `preTradeRisk` field allows you to wrap `userAccountPositionLimit/create` and
    `userAccountRiskParameter/create` calls into the account creation operation. This can save many API
    calls if you have complicated pre-trade risk settings to apply for your users.

    Args:
        body (OpenDemoAccount):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenDemoAccountResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            OpenDemoAccountResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        OpenDemoAccountResponse, _parse_response(client=client, response=_response)
    )
