import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.place_oco import PlaceOCO
from ...models.place_oco_result import PlaceOcoResult
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: PlaceOCO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/placeoco",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | PlaceOcoResult | None:
    if response.status_code == 200:
        response_200 = PlaceOcoResult.from_dict(response.json())

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
) -> Response[ErrorText | PlaceOcoResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOCO,
) -> Response[ErrorText | PlaceOcoResult]:
    """Place OCO

     ### Place a Order Cancels Order order strategy.
    OCO order strategies link 2 orders together such that if one order is filled, the other order is
    cancelled. You must provide an `other` parameter pertaining to the order linked to this one. The
    `other` must specify an `action` and an `orderType` which determines the other parameters that must
    be set. For example a Limit or Stop order must use the `price` parameter, but a Stop-Limit will
    require a `price` and a `stopPrice`. Below is an example of an OCO that either sells to take profit
    at 4200 points, or sells to stop loss at 4100 points.

    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const limit = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00
    }
    const oco = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Stop",
        price: 4100.00
        isAutomated: true, //must be true if this isn't an order made directly by a human
        other: limit
    }

    const response = await fetch(URL + '/order/placeoco', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(oco)
    })

    const json = await response.json() // { orderId: 0000000, ocoId: 0000000 }
    ```

    Args:
        body (PlaceOCO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOcoResult]
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
    body: PlaceOCO,
) -> PlaceOcoResult:
    """Place OCO

     ### Place a Order Cancels Order order strategy.
    OCO order strategies link 2 orders together such that if one order is filled, the other order is
    cancelled. You must provide an `other` parameter pertaining to the order linked to this one. The
    `other` must specify an `action` and an `orderType` which determines the other parameters that must
    be set. For example a Limit or Stop order must use the `price` parameter, but a Stop-Limit will
    require a `price` and a `stopPrice`. Below is an example of an OCO that either sells to take profit
    at 4200 points, or sells to stop loss at 4100 points.

    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const limit = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00
    }
    const oco = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Stop",
        price: 4100.00
        isAutomated: true, //must be true if this isn't an order made directly by a human
        other: limit
    }

    const response = await fetch(URL + '/order/placeoco', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(oco)
    })

    const json = await response.json() // { orderId: 0000000, ocoId: 0000000 }
    ```

    Args:
        body (PlaceOCO):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOcoResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOcoResult, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOcoResult, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOCO,
) -> Response[ErrorText | PlaceOcoResult]:
    """Place OCO

     ### Place a Order Cancels Order order strategy.
    OCO order strategies link 2 orders together such that if one order is filled, the other order is
    cancelled. You must provide an `other` parameter pertaining to the order linked to this one. The
    `other` must specify an `action` and an `orderType` which determines the other parameters that must
    be set. For example a Limit or Stop order must use the `price` parameter, but a Stop-Limit will
    require a `price` and a `stopPrice`. Below is an example of an OCO that either sells to take profit
    at 4200 points, or sells to stop loss at 4100 points.

    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const limit = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00
    }
    const oco = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Stop",
        price: 4100.00
        isAutomated: true, //must be true if this isn't an order made directly by a human
        other: limit
    }

    const response = await fetch(URL + '/order/placeoco', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(oco)
    })

    const json = await response.json() // { orderId: 0000000, ocoId: 0000000 }
    ```

    Args:
        body (PlaceOCO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOcoResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaceOCO,
) -> PlaceOcoResult:
    """Place OCO

     ### Place a Order Cancels Order order strategy.
    OCO order strategies link 2 orders together such that if one order is filled, the other order is
    cancelled. You must provide an `other` parameter pertaining to the order linked to this one. The
    `other` must specify an `action` and an `orderType` which determines the other parameters that must
    be set. For example a Limit or Stop order must use the `price` parameter, but a Stop-Limit will
    require a `price` and a `stopPrice`. Below is an example of an OCO that either sells to take profit
    at 4200 points, or sells to stop loss at 4100 points.

    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const limit = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00
    }
    const oco = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Stop",
        price: 4100.00
        isAutomated: true, //must be true if this isn't an order made directly by a human
        other: limit
    }

    const response = await fetch(URL + '/order/placeoco', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(oco)
    })

    const json = await response.json() // { orderId: 0000000, ocoId: 0000000 }
    ```

    Args:
        body (PlaceOCO):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOcoResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOcoResult,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOcoResult, _parse_response(client=client, response=_response))
