import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.place_oso import PlaceOSO
from ...models.place_oso_result import PlaceOsoResult
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: PlaceOSO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/placeoso",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | PlaceOsoResult | None:
    if response.status_code == 200:
        response_200 = PlaceOsoResult.from_dict(response.json())

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
) -> Response[ErrorText | PlaceOsoResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOSO,
) -> Response[ErrorText | PlaceOsoResult]:
    """Place OSO

     ### Place an Order Sends Order order strategy.
    In the Trader application, the details of OSO orders can be viewed by adding the Order Ticket module
    to your workspace and selecting the Advanced workspace options with Brackets enabled. OSO orders
    allow for the most complex multi-bracket trading strategies. As an example, imagine MESM1 is trading
    around 4175.00 points. You want to place a Buy order for 4150.00 points, buying below market. We
    place an OSO to take profits at 4200.00 points. If the initial order is filled, the `bracket1` order
    will be sent. Below is an example in JavaScript:

    ```js
    const URL = 'demo.tradovateapi.com/v1'

    const oso = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00,
    }

    const initial = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Limit",
        price: 4150.00,
        isAutomated: true //must be true if this isn't an order made directly by a human
        bracket1: oso
    }

    const response = await fetch(URL + '/order/placeOSO', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(initial)
    })

    const json = await response.json() // { orderId: 0000000 }
    ```

    >*Note:* If you specify both `bracket1` and `bracket2` the two orders will be linked as an OCO,
    where filling one will cancel the other.

    Args:
        body (PlaceOSO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOsoResult]
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
    body: PlaceOSO,
) -> PlaceOsoResult:
    """Place OSO

     ### Place an Order Sends Order order strategy.
    In the Trader application, the details of OSO orders can be viewed by adding the Order Ticket module
    to your workspace and selecting the Advanced workspace options with Brackets enabled. OSO orders
    allow for the most complex multi-bracket trading strategies. As an example, imagine MESM1 is trading
    around 4175.00 points. You want to place a Buy order for 4150.00 points, buying below market. We
    place an OSO to take profits at 4200.00 points. If the initial order is filled, the `bracket1` order
    will be sent. Below is an example in JavaScript:

    ```js
    const URL = 'demo.tradovateapi.com/v1'

    const oso = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00,
    }

    const initial = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Limit",
        price: 4150.00,
        isAutomated: true //must be true if this isn't an order made directly by a human
        bracket1: oso
    }

    const response = await fetch(URL + '/order/placeOSO', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(initial)
    })

    const json = await response.json() // { orderId: 0000000 }
    ```

    >*Note:* If you specify both `bracket1` and `bracket2` the two orders will be linked as an OCO,
    where filling one will cancel the other.

    Args:
        body (PlaceOSO):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOsoResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOsoResult, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOsoResult, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOSO,
) -> Response[ErrorText | PlaceOsoResult]:
    """Place OSO

     ### Place an Order Sends Order order strategy.
    In the Trader application, the details of OSO orders can be viewed by adding the Order Ticket module
    to your workspace and selecting the Advanced workspace options with Brackets enabled. OSO orders
    allow for the most complex multi-bracket trading strategies. As an example, imagine MESM1 is trading
    around 4175.00 points. You want to place a Buy order for 4150.00 points, buying below market. We
    place an OSO to take profits at 4200.00 points. If the initial order is filled, the `bracket1` order
    will be sent. Below is an example in JavaScript:

    ```js
    const URL = 'demo.tradovateapi.com/v1'

    const oso = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00,
    }

    const initial = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Limit",
        price: 4150.00,
        isAutomated: true //must be true if this isn't an order made directly by a human
        bracket1: oso
    }

    const response = await fetch(URL + '/order/placeOSO', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(initial)
    })

    const json = await response.json() // { orderId: 0000000 }
    ```

    >*Note:* If you specify both `bracket1` and `bracket2` the two orders will be linked as an OCO,
    where filling one will cancel the other.

    Args:
        body (PlaceOSO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PlaceOsoResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaceOSO,
) -> PlaceOsoResult:
    """Place OSO

     ### Place an Order Sends Order order strategy.
    In the Trader application, the details of OSO orders can be viewed by adding the Order Ticket module
    to your workspace and selecting the Advanced workspace options with Brackets enabled. OSO orders
    allow for the most complex multi-bracket trading strategies. As an example, imagine MESM1 is trading
    around 4175.00 points. You want to place a Buy order for 4150.00 points, buying below market. We
    place an OSO to take profits at 4200.00 points. If the initial order is filled, the `bracket1` order
    will be sent. Below is an example in JavaScript:

    ```js
    const URL = 'demo.tradovateapi.com/v1'

    const oso = {
        action: 'Sell',
        orderType: 'Limit',
        price: 4200.00,
    }

    const initial = {
        accountSpec: yourUserName,
        accountId: yourAcctId,
        action: "Buy",
        symbol: "MESM1",
        orderQty: 1,
        orderType: "Limit",
        price: 4150.00,
        isAutomated: true //must be true if this isn't an order made directly by a human
        bracket1: oso
    }

    const response = await fetch(URL + '/order/placeOSO', {
        method: 'POST',
        headers: {
            'Accept': 'application/json',
            'Authorization': `Bearer ${myAccessToken}`,
        },
        body: JSON.stringify(initial)
    })

    const json = await response.json() // { orderId: 0000000 }
    ```

    >*Note:* If you specify both `bracket1` and `bracket2` the two orders will be linked as an OCO,
    where filling one will cancel the other.

    Args:
        body (PlaceOSO):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOsoResult
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PlaceOsoResult,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(PlaceOsoResult, _parse_response(client=client, response=_response))
