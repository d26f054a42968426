from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.liquidate_position import LiquidatePosition
from ...models.place_order_result import PlaceOrderResult
from ...types import Response


def _get_kwargs(
    *,
    body: LiquidatePosition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/liquidateposition",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlaceOrderResult | None:
    if response.status_code == 200:
        response_200 = PlaceOrderResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlaceOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LiquidatePosition,
) -> Response[PlaceOrderResult]:
    """Liquidate Position

     ### Send a request to cancel orders for a specific contract and close that position for the given
    account.
    This request initiates the cancellation process of open orders for an existing position held by this
    account.
    > Note: This is a request to cancel orders and close a position, not a guarantee. Any operation
    could fail for a number of reasons, ranging from Exchange rejection to incorrect parameterization.

    Args:
        body (LiquidatePosition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlaceOrderResult]
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
    body: LiquidatePosition,
) -> PlaceOrderResult | None:
    """Liquidate Position

     ### Send a request to cancel orders for a specific contract and close that position for the given
    account.
    This request initiates the cancellation process of open orders for an existing position held by this
    account.
    > Note: This is a request to cancel orders and close a position, not a guarantee. Any operation
    could fail for a number of reasons, ranging from Exchange rejection to incorrect parameterization.

    Args:
        body (LiquidatePosition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LiquidatePosition,
) -> Response[PlaceOrderResult]:
    """Liquidate Position

     ### Send a request to cancel orders for a specific contract and close that position for the given
    account.
    This request initiates the cancellation process of open orders for an existing position held by this
    account.
    > Note: This is a request to cancel orders and close a position, not a guarantee. Any operation
    could fail for a number of reasons, ranging from Exchange rejection to incorrect parameterization.

    Args:
        body (LiquidatePosition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlaceOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LiquidatePosition,
) -> PlaceOrderResult | None:
    """Liquidate Position

     ### Send a request to cancel orders for a specific contract and close that position for the given
    account.
    This request initiates the cancellation process of open orders for an existing position held by this
    account.
    > Note: This is a request to cancel orders and close a position, not a guarantee. Any operation
    could fail for a number of reasons, ranging from Exchange rejection to incorrect parameterization.

    Args:
        body (LiquidatePosition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
