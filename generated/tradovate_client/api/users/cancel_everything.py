from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_everything import CancelEverything
from ...models.cancel_everything_response import CancelEverythingResponse
from ...types import Response


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
) -> CancelEverythingResponse | None:
    if response.status_code == 200:
        response_200 = CancelEverythingResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelEverythingResponse]:
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
) -> Response[CancelEverythingResponse]:
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
        Response[CancelEverythingResponse]
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
) -> CancelEverythingResponse | None:
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
        CancelEverythingResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelEverything,
) -> Response[CancelEverythingResponse]:
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
        Response[CancelEverythingResponse]
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
) -> CancelEverythingResponse | None:
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
        CancelEverythingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
