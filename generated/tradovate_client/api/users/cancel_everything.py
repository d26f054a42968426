import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_everything import CancelEverything
from ...models.cancel_everything_response import CancelEverythingResponse
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: CancelEverything,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/canceleverything",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelEverythingResponse | ErrorText | None:
    if response.status_code == 200:
        response_200 = CancelEverythingResponse.from_dict(response.json())

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
) -> Response[CancelEverythingResponse | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelEverything,
) -> Response[CancelEverythingResponse | ErrorText]:
    """Cancel Everything

     ### Cancel any number of market data subscriptions, tradovate subscriptions, trading permissions, or
    user plug-ins.

    `CancelEverything` combines the functionality of multiple other endpoints. Use `cancelEverything` to
    do any or all of the following:

    - Cancel market data subscriptions
    - Cancel Tradovate subscriptions
    - Revoke trading permissions
    - End user plug-in subscriptions

    <Note>**NOTE**: To achieve both a full revocation of accounts and cancellation of all subscriptions,
    this endpoint will need to be called from both `live.tradovateapi.com/v1` and
    `demo.tradovateapi.com/v1`.</Note>

    Args:
        body (CancelEverything):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelEverythingResponse | ErrorText]
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
    body: CancelEverything,
) -> CancelEverythingResponse:
    """Cancel Everything

     ### Cancel any number of market data subscriptions, tradovate subscriptions, trading permissions, or
    user plug-ins.

    `CancelEverything` combines the functionality of multiple other endpoints. Use `cancelEverything` to
    do any or all of the following:

    - Cancel market data subscriptions
    - Cancel Tradovate subscriptions
    - Revoke trading permissions
    - End user plug-in subscriptions

    <Note>**NOTE**: To achieve both a full revocation of accounts and cancellation of all subscriptions,
    this endpoint will need to be called from both `live.tradovateapi.com/v1` and
    `demo.tradovateapi.com/v1`.</Note>

    Args:
        body (CancelEverything):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelEverythingResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CancelEverythingResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        CancelEverythingResponse, _parse_response(client=client, response=_response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelEverything,
) -> Response[CancelEverythingResponse | ErrorText]:
    """Cancel Everything

     ### Cancel any number of market data subscriptions, tradovate subscriptions, trading permissions, or
    user plug-ins.

    `CancelEverything` combines the functionality of multiple other endpoints. Use `cancelEverything` to
    do any or all of the following:

    - Cancel market data subscriptions
    - Cancel Tradovate subscriptions
    - Revoke trading permissions
    - End user plug-in subscriptions

    <Note>**NOTE**: To achieve both a full revocation of accounts and cancellation of all subscriptions,
    this endpoint will need to be called from both `live.tradovateapi.com/v1` and
    `demo.tradovateapi.com/v1`.</Note>

    Args:
        body (CancelEverything):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelEverythingResponse | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelEverything,
) -> CancelEverythingResponse:
    """Cancel Everything

     ### Cancel any number of market data subscriptions, tradovate subscriptions, trading permissions, or
    user plug-ins.

    `CancelEverything` combines the functionality of multiple other endpoints. Use `cancelEverything` to
    do any or all of the following:

    - Cancel market data subscriptions
    - Cancel Tradovate subscriptions
    - Revoke trading permissions
    - End user plug-in subscriptions

    <Note>**NOTE**: To achieve both a full revocation of accounts and cancellation of all subscriptions,
    this endpoint will need to be called from both `live.tradovateapi.com/v1` and
    `demo.tradovateapi.com/v1`.</Note>

    Args:
        body (CancelEverything):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelEverythingResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CancelEverythingResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        CancelEverythingResponse, _parse_response(client=client, response=_response)
    )
