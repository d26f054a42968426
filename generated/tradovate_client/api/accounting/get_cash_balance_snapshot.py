from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cash_balance_snapshot import CashBalanceSnapshot
from ...models.get_cash_balance_snapshot import GetCashBalanceSnapshot
from ...types import Response


def _get_kwargs(
    *,
    body: GetCashBalanceSnapshot,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cashBalance/getcashbalancesnapshot",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CashBalanceSnapshot | None:
    if response.status_code == 200:
        response_200 = CashBalanceSnapshot.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CashBalanceSnapshot]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetCashBalanceSnapshot,
) -> Response[CashBalanceSnapshot]:
    """Get Cash Balance Snapshot

     ### Get a snapshot of an account's current cash balance.
    > *Note*: Using this endpoint many times in succession is an anti-pattern. If you need to check a
    `cashBalance` in real-time, instead use a WebSocket connected to the standard Tradovate WebSocket
    URL and initialize a real-time user data subscription via the `user/syncrequest` endpoint.

    Args:
        body (GetCashBalanceSnapshot):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceSnapshot]
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
    body: GetCashBalanceSnapshot,
) -> CashBalanceSnapshot | None:
    """Get Cash Balance Snapshot

     ### Get a snapshot of an account's current cash balance.
    > *Note*: Using this endpoint many times in succession is an anti-pattern. If you need to check a
    `cashBalance` in real-time, instead use a WebSocket connected to the standard Tradovate WebSocket
    URL and initialize a real-time user data subscription via the `user/syncrequest` endpoint.

    Args:
        body (GetCashBalanceSnapshot):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceSnapshot
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetCashBalanceSnapshot,
) -> Response[CashBalanceSnapshot]:
    """Get Cash Balance Snapshot

     ### Get a snapshot of an account's current cash balance.
    > *Note*: Using this endpoint many times in succession is an anti-pattern. If you need to check a
    `cashBalance` in real-time, instead use a WebSocket connected to the standard Tradovate WebSocket
    URL and initialize a real-time user data subscription via the `user/syncrequest` endpoint.

    Args:
        body (GetCashBalanceSnapshot):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceSnapshot]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetCashBalanceSnapshot,
) -> CashBalanceSnapshot | None:
    """Get Cash Balance Snapshot

     ### Get a snapshot of an account's current cash balance.
    > *Note*: Using this endpoint many times in succession is an anti-pattern. If you need to check a
    `cashBalance` in real-time, instead use a WebSocket connected to the standard Tradovate WebSocket
    URL and initialize a real-time user data subscription via the `user/syncrequest` endpoint.

    Args:
        body (GetCashBalanceSnapshot):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceSnapshot
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
