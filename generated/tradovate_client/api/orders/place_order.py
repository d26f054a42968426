import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.place_order import PlaceOrder
from ...models.place_order_result import PlaceOrderResult
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: PlaceOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/placeorder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | PlaceOrderResult | None:
    if response.status_code == 200:
        response_200 = PlaceOrderResult.from_dict(response.json())

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
) -> Response[ErrorText | PlaceOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOrder,
) -> Response[ErrorText | PlaceOrderResult]:
    """Place Order

     ### Make a request to place an order.
    Depending on the order type, the parameters vary. In the Trader application, you can see the details
    of placing a standard order ticket by adding the Order Ticket module to your workspace.

    #### *Market Order*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Market",
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    #### *Sell Limit*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Sell",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Limit",
        price: 35000, //use for single value like limit or stop
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    Args:
        body (PlaceOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOrderResult]
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
    body: PlaceOrder,
) -> PlaceOrderResult:
    """Place Order

     ### Make a request to place an order.
    Depending on the order type, the parameters vary. In the Trader application, you can see the details
    of placing a standard order ticket by adding the Order Ticket module to your workspace.

    #### *Market Order*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Market",
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    #### *Sell Limit*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Sell",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Limit",
        price: 35000, //use for single value like limit or stop
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    Args:
        body (PlaceOrder):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOrderResult, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOrderResult, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOrder,
) -> Response[ErrorText | PlaceOrderResult]:
    """Place Order

     ### Make a request to place an order.
    Depending on the order type, the parameters vary. In the Trader application, you can see the details
    of placing a standard order ticket by adding the Order Ticket module to your workspace.

    #### *Market Order*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Market",
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    #### *Sell Limit*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Sell",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Limit",
        price: 35000, //use for single value like limit or stop
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    Args:
        body (PlaceOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaceOrder,
) -> PlaceOrderResult:
    """Place Order

     ### Make a request to place an order.
    Depending on the order type, the parameters vary. In the Trader application, you can see the details
    of placing a standard order ticket by adding the Order Ticket module to your workspace.

    #### *Market Order*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Market",
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    #### *Sell Limit*
    ```js
    const URL = 'demo.tradovateapi.com/v1'
    const body = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Sell",
        symbol: "MYMM1",
        orderQty: 1,
        orderType: "Limit",
        price: 35000, //use for single value like limit or stop
        isAutomated: true //must be true if this isn't an order made directly by a human
    }

    const response = await fetch(URL + '/order/placeorder', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(body)
    })

    const json = await response.json() // { orderId: 0000000 }

    ```

    Args:
        body (PlaceOrder):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOrderResult,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOrderResult, _parse_response(client=client, response=_response))
