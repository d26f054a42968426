"""User sync as a live store, against the sandbox: snapshot, props, resyncs, drift, overflow."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tradovate_client.api.accounting import account_list
from tradovate_client.api.orders import place_order
from tradovate_client.models import Order, OrderOrdStatus, PlaceOrder, PlaceOrderAction, PlaceOrderOrderType, Position

from auth_overlay import TokenAuth, api, errors
from auth_overlay.events import ContractDrift, Event
from auth_overlay.realtime import Backoff, Change, Resync, SocketOptions
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Sandbox

from .conftest import until

FAST = SocketOptions(backoff=Backoff(base=0.01, cap=0.05))


def market(account_id: int, action: PlaceOrderAction = PlaceOrderAction.BUY) -> PlaceOrder:
    return PlaceOrder(
        account_id=account_id,
        action=action,
        symbol="MESZ6",
        order_qty=1,
        order_type=PlaceOrderOrderType.MARKET,
        is_automated=True,
    )


async def take(changes: Any, count: int) -> list[Any]:
    items = []
    async with asyncio.timeout(10):
        async for item in changes:
            items.append(item)
            if len(items) == count:
                break
    return items


async def test_the_snapshot_builds_a_store_of_generated_models(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.client() as rest:
        account = (await account_list.asyncio(client=rest))[0]
        await place_order.asyncio(client=rest, body=market(account.id))
    async with auth.socket() as ws:
        store = await ws.sync(entity_types=["account", "order", "position", "cashBalance", "fill"])
        assert await ws.sync() is store  # one sync request per socket
    assert [a.id for a in store.accounts] == [account.id]
    assert all(isinstance(o, Order) for o in store.orders)
    assert [o.ord_status for o in store.orders] == [OrderOrdStatus.FILLED]
    assert [(p.net_pos, type(p)) for p in store.positions] == [(1, Position)]
    assert len(store.fills) == len(store.cash_balances) == 1
    stats = sandbox.sockets.stats()
    assert stats.sync_requests == (("account", "cashBalance", "fill", "order", "position"),)
    assert '"splitResponses":false' in stats.bodies["user/syncrequest"][0]


async def test_an_order_placed_over_rest_arrives_as_props_after_the_store_reflects_them(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    async with auth.socket() as ws:
        store = await ws.sync()
        changes = ws.changes()
        async with auth.client() as rest:
            account = (await account_list.asyncio(client=rest))[0]
            placed = await place_order.asyncio(client=rest, body=market(account.id))
        seen = []
        async with asyncio.timeout(10):
            async for change in changes:
                assert isinstance(change, Change)
                assert store.get(change.entity_type, change.id) is not None  # the store has it (or newer) first
                seen.append((change.entity_type, change.event_type))
                if change.entity_type == "cashBalance":
                    break
    assert seen == [
        ("order", "Created"),
        ("order", "Updated"),
        ("fill", "Created"),
        ("position", "Created"),
        ("cashBalance", "Updated"),
    ]
    order = store.get("order", placed.order_id)
    assert order.ord_status == OrderOrdStatus.FILLED
    assert [p.net_pos for p in store.positions] == [1]


async def test_an_order_placed_over_the_socket_arrives_on_every_synced_socket(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    async with auth.socket() as first, auth.socket() as second:
        await first.sync(entity_types=["order"])
        await second.sync(entity_types=["order"])
        watching = [first.changes(), second.changes()]
        account = (await first.call(account_list.asyncio))[0]
        await first.call(place_order.asyncio, body=market(account.id))
        both = await asyncio.gather(*(take(w, 2) for w in watching))
    for items in both:
        assert [(c.entity_type, c.event_type) for c in items] == [("order", "Created"), ("order", "Updated")]
    assert sandbox.tradovate_stats().logins == 1


async def test_a_reconnect_resyncs_once_and_replaces_the_store(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket(options=FAST) as ws:
        store = await ws.sync(entity_types=["order"])
        changes = ws.changes()
        assert store.orders == []
        sandbox.sockets.stop()  # the socket is down: the order below reaches no socket
        async with auth.client() as rest:
            account = (await account_list.asyncio(client=rest))[0]
            placed = await place_order.asyncio(client=rest, body=market(account.id))
        sandbox.sockets.start()
        (item,) = await take(changes, 1)
    assert isinstance(item, Resync)
    assert item.reason == "reconnected"
    assert item.store is store
    assert [o.id for o in store.orders] == [placed.order_id]
    assert store.snapshots == 2
    assert sandbox.sockets.stats().sync_requests == (("order",), ("order",))  # sent again on the new connection


async def test_a_reconnect_authorises_with_the_current_token_after_a_rest_renewal(
    make_sandbox: Any, make_auth: Any
) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic, token_lifetime=3600)
    auth = make_auth(sandbox, clock=clock)
    first = auth.get_token()
    async with auth.socket(options=FAST) as ws:
        await ws.sync(entity_types=["order"])
        clock.advance(3598)  # past the refresh-ahead window: the next token request renews in the foreground
        renewed = auth.get_token()
        assert renewed.fingerprint != first.fingerprint
        assert sandbox.tradovate_stats().renewals == 1
        assert sandbox.sockets.stats().authorized == {"trading": 1}  # an open socket needs nothing
        sandbox.sockets.drop()
        await until(lambda: sandbox.sockets.stats().authorized == {"trading": 2} and ws.connected)
        await until(lambda: len(sandbox.sockets.stats().sync_requests) == 2)
    assert sandbox.sockets.stats().authorized_with == (
        sandbox.fingerprint(first.access_token),
        sandbox.fingerprint(renewed.access_token),
    )
    assert sandbox.tradovate_stats().logins == 1


async def test_an_unknown_entity_type_is_kept_with_one_contract_drift(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    api._drift.forget()
    uid = auth.get_token().extras["user_id"]
    async with auth.socket() as ws:
        store = await ws.sync(entity_types=["order"])
        changes = ws.changes()
        thing = {"id": 7, "userId": uid, "colour": "teal"}
        event = {"e": "props", "d": {"entityType": "newThing", "eventType": "Created", "entity": thing}}
        sandbox.sockets.push(event, event)
        items = await take(changes, 2)
    assert [(c.entity_type, c.entity) for c in items] == [("newThing", thing)] * 2
    assert store.of("newThing") == [thing]
    drifts = [(e.operation, e.path, e.kind) for e in events if isinstance(e, ContractDrift)]
    assert drifts == [("props", "$.newThing", "unknown_entity_type")]


async def test_an_unknown_field_and_enum_value_in_props_are_tolerated(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    api._drift.forget()
    async with auth.socket() as ws:
        await ws.sync(entity_types=["order"])
        changes = ws.changes()
        order = {
            "id": 1,
            "accountId": 2,
            "timestamp": "2025-12-01T14:30:00.000Z",
            "action": "Buy",
            "ordStatus": "Parked",
            "admin": False,
            "venue": "X",
        }
        sandbox.sockets.push({"e": "props", "d": {"entityType": "order", "eventType": "Created", "entity": [order]}})
        (change,) = await take(changes, 1)
    assert isinstance(change.entity, Order)
    assert change.entity.ord_status == "Parked"
    assert not change.entity.ord_status.is_known
    assert change.entity.additional_properties == {"venue": "X"}
    drifts = sorted((e.path, e.kind) for e in events if isinstance(e, ContractDrift))
    assert drifts == [("$.order.ordStatus", "unknown_enum_value"), ("$.order.venue", "unknown_field")]


async def test_a_consumer_that_falls_behind_gets_one_resync(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket(options=SocketOptions(queue_size=3)) as ws:
        store = await ws.sync(entity_types=["order"])
        changes = ws.changes()
        props = [
            {"e": "props", "d": {"entityType": "newThing", "eventType": "Created", "entity": {"id": n}}}
            for n in range(4)
        ]
        sandbox.sockets.push(*props)
        await until(lambda: len(store.of("newThing")) == 4)  # the store is current regardless
        (first,) = await take(changes, 1)
    assert isinstance(first, Resync)
    assert first.reason == "overflow"


async def test_changes_end_when_the_socket_closes(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket() as ws:
        await ws.sync(entity_types=["order"])
        consumer = asyncio.ensure_future(take(ws.changes(), 100))
        await asyncio.sleep(0.05)
    assert await consumer == []


async def test_changes_before_sync_is_a_configuration_error(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket() as ws:
        with pytest.raises(errors.ConfigurationError, match="sync"):
            ws.changes()


async def test_a_penalty_ticket_on_the_sync_request_is_redeemed(make_sandbox: Any, make_auth: Any) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic)
    auth = make_auth(sandbox, clock=clock)
    sandbox.sockets.penalty("user/syncrequest", p_time=2)
    async with auth.socket() as ws:
        store = await ws.sync(entity_types=["order"])
    assert store.orders == []
    bodies = sandbox.sockets.stats().bodies["user/syncrequest"]
    assert len(bodies) == 2
    assert '"p-ticket"' in bodies[1]
    assert bodies[1].startswith(bodies[0][:-1])  # the identical body, plus the ticket
    assert 2 in clock.slept


async def test_a_refused_sync_raises_from_sync(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    sandbox.sockets.answer_status("user/syncrequest", 403, "Not for you")
    async with auth.socket() as ws:
        with pytest.raises(errors.PermissionDeniedError):
            await ws.sync()
