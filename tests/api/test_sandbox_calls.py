"""The call layer against the sandbox's emulated Tradovate API: real flows, real refusals, and
faults injected on API routes (``Fault(..., endpoint="/order/list")``), counted at the sandbox."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tradovate_client.api.accounting import account_list, get_cash_balance_snapshot
from tradovate_client.api.contract_library import contract_find
from tradovate_client.api.orders import cancel_order, order_list, place_order
from tradovate_client.models import (
    CancelOrder,
    GetCashBalanceSnapshot,
    OrderOrdStatus,
    PlaceOrder,
    PlaceOrderAction,
    PlaceOrderOrderType,
)

from auth_overlay import TokenAuth, errors, events
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import drifts


def api_requests(sandbox: Sandbox, path: str) -> int:
    return sum(1 for r in sandbox.requests("tradovate") if r.path.split("?")[0].lower().endswith(path.lower()))


def limit_order(account_id: int, price: float | None = 6000.0) -> PlaceOrder:
    order = PlaceOrder(
        account_id=account_id,
        action=PlaceOrderAction.BUY,
        symbol="ESZ6",
        order_qty=1,
        order_type=PlaceOrderOrderType.LIMIT,
    )
    if price is not None:
        order.price = price
    return order


def test_a_trading_flow_returns_models(auth: TokenAuth[Any]) -> None:
    client = auth.client()
    [account] = account_list.sync(client=client)
    assert isinstance(account.id, int)
    placed = place_order.sync(client=client, body=limit_order(account.id))
    assert isinstance(placed.order_id, int)
    orders = order_list.sync(client=client)
    assert [o.ord_status for o in orders if o.id == placed.order_id] == [OrderOrdStatus.WORKING]
    cancel_order.sync(client=client, body=CancelOrder(order_id=placed.order_id))
    with pytest.raises(errors.VendorRejectedError) as caught:  # cancelling twice: TooLate, in-band
        cancel_order.sync(client=client, body=CancelOrder(order_id=placed.order_id))
    assert caught.value.vendor_code == "TooLate"


def test_the_sandbox_refusals_map_to_one_type_each(auth: TokenAuth[Any]) -> None:
    client = auth.client()
    [account] = account_list.sync(client=client)
    with pytest.raises(errors.NotFoundError) as not_found:
        contract_find.sync(client=client, name="NOPE9")
    assert not_found.value.description == "Contract 'NOPE9' was not found"
    with pytest.raises(errors.VendorRejectedError) as no_price:
        place_order.sync(client=client, body=limit_order(account.id, price=None))
    assert no_price.value.vendor_code == "InvalidPrice"
    with pytest.raises(errors.VendorRejectedError) as denied:
        get_cash_balance_snapshot.sync(client=client, body=GetCashBalanceSnapshot(account_id=account.id + 1))
    assert (denied.value.vendor_code, denied.value.description) == ("errorText", "Access is denied")


def test_async_calls_against_the_sandbox(auth: TokenAuth[Any]) -> None:
    async def flow() -> None:
        client = auth.client()
        [account] = await account_list.asyncio(client=client)
        placed = await place_order.asyncio(client=client, body=limit_order(account.id))
        with pytest.raises(errors.NotFoundError):
            await contract_find.asyncio(client=client, name="NOPE9")
        assert placed.order_id is not None

    asyncio.run(flow())


def test_an_injected_502_on_a_read_is_retried(sandbox: Sandbox, auth: TokenAuth[Any], clock: FakeClock) -> None:
    client = auth.client()
    before = api_requests(sandbox, "/order/list")
    sandbox.add_fault("tradovate", Fault.html(502, endpoint="/order/list", times=2))
    assert isinstance(order_list.sync(client=client), list)
    assert api_requests(sandbox, "/order/list") - before == 3
    assert len(clock.slept) == 2


def test_an_injected_429_on_an_order_is_not_retried(sandbox: Sandbox, auth: TokenAuth[Any], clock: FakeClock) -> None:
    client = auth.client()
    [account] = account_list.sync(client=client)
    before = api_requests(sandbox, "/order/placeorder")
    sandbox.add_fault("tradovate", Fault.rate_limited(1, endpoint="/order/placeorder", times=None))
    with pytest.raises(errors.APIRateLimitedError) as caught:
        place_order.sync(client=client, body=limit_order(account.id))
    assert (caught.value.retry_after, caught.value.status_code) == (1.0, 429)
    assert api_requests(sandbox, "/order/placeorder") - before == 1
    assert clock.slept == []


def test_penalty_tickets_and_drift_from_the_sandbox(
    sandbox: Sandbox, auth: TokenAuth[Any], clock: FakeClock, seen_events: list[events.Event]
) -> None:
    client = auth.client()
    sandbox.add_fault("tradovate", Fault.json(200, {"p-ticket": "pt-1", "p-time": 2}, endpoint="/order/list"))
    assert isinstance(order_list.sync(client=client), list)
    assert clock.slept == [2.0]
    sandbox.add_fault("tradovate", Fault.patch(set={"marginCall": True}, endpoint="/account/list", times=2))
    for _ in range(2):
        [account] = account_list.sync(client=client)
        assert account.additional_properties == {"marginCall": True}
    [drift] = drifts(seen_events)
    assert (drift.provider, drift.operation, drift.path, drift.kind, drift.value_type) == (
        "tradovate",
        "GET /account/list",
        "$[*].marginCall",
        "unknown_field",
        "boolean",
    )
