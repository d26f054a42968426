"""Reconnects that lose nothing silently: back-off, shutdown reasons, requests across a gap, fatal stops."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tradovate_client.api.accounting import account_list
from tradovate_client.api.orders import place_order
from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import TokenAuth, errors
from auth_overlay.events import Event, SocketClosed, SocketReconnected, SocketShutdown
from auth_overlay.realtime import Backoff, SocketOptions
from auth_overlay.testing.sandbox import Sandbox

from .conftest import ManualTimer, until

FAST = SocketOptions(backoff=Backoff(base=0.01, cap=0.05))


def connections(sandbox: Sandbox) -> int:
    return sandbox.sockets.stats().connections.get("trading", 0)


async def test_a_quota_shutdown_backs_off_for_longer(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    timer = ManualTimer()
    backoff = Backoff(base=0.5, cap=1.0, quota_delay=60.0, quota_cap=120.0)
    async with auth.socket(options=SocketOptions(timer=timer, backoff=backoff, silence_timeout=1e9)) as ws:
        sandbox.sockets.shutdown("ConnectionQuotaReached")
        await until(lambda: not ws.connected)
        timer.advance(59.0)  # a plain drop would have reconnected long ago
        await asyncio.sleep(0.1)
        assert connections(sandbox) == 1
        timer.advance(61.0)  # past the longest quota back-off
        await until(lambda: ws.connected)
    assert connections(sandbox) == 2
    assert [e.reason_code for e in events if isinstance(e, SocketShutdown)] == ["ConnectionQuotaReached"]


async def test_a_maintenance_shutdown_reconnects_after_the_plain_back_off(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    timer = ManualTimer()
    backoff = Backoff(base=0.5, cap=1.0, quota_delay=60.0)
    async with auth.socket(options=SocketOptions(timer=timer, backoff=backoff, silence_timeout=1e9)) as ws:
        sandbox.sockets.shutdown("Maintenance")
        await until(lambda: not ws.connected)
        timer.advance(0.5)  # the first plain back-off is at most `base`
        await until(lambda: ws.connected)
    shutdowns = [e.reason_code for e in events if isinstance(e, SocketShutdown)]
    assert shutdowns == ["Maintenance"]
    assert [e.attempts for e in events if isinstance(e, SocketReconnected)] == [1]


async def test_an_unknown_shutdown_reason_is_reported_not_fatal(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    async with auth.socket(options=FAST) as ws:
        sandbox.sockets.shutdown("Solar Flare!")  # not a name: reported as Unknown
        await until(lambda: connections(sandbox) == 2 and ws.connected)
    assert [e.reason_code for e in events if isinstance(e, SocketShutdown)] == ["Unknown"]


async def test_a_close_frame_from_the_sandbox_is_a_reconnect(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    async with auth.socket(options=FAST) as ws:
        sandbox.sockets.close(3000, "Go away!")
        await until(lambda: connections(sandbox) == 2 and ws.connected)
    reasons = [e.reason for e in events if isinstance(e, SocketClosed)]
    assert reasons == ["closed by the server (3000)", "closed by the application"]


async def test_a_placement_asked_for_while_disconnected_is_sent_once_when_the_socket_is_back(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    async with auth.socket(options=FAST) as ws:
        account = (await ws.call(account_list.asyncio))[0]
        sandbox.sockets.stop()
        await until(lambda: not ws.connected)
        order = PlaceOrder(
            account_id=account.id,
            action=PlaceOrderAction.BUY,
            symbol="MESZ6",
            order_qty=1,
            order_type=PlaceOrderOrderType.MARKET,
            is_automated=True,
        )
        placing = asyncio.ensure_future(ws.call(place_order.asyncio, body=order))
        await asyncio.sleep(0.1)  # never sent: there is no connection to send it on
        sandbox.sockets.start()
        result = await placing
    assert result.order_id is not None
    assert sandbox.sockets.stats().requests["order/placeorder"] == 1


async def test_a_refused_reauthorisation_stops_the_socket_typed(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket(options=FAST) as ws:
        await ws.sync(entity_types=["order"])
        changes = ws.changes()
        sandbox.sockets.refuse_authorize(10)
        sandbox.sockets.drop()

        async def drain() -> None:
            async with asyncio.timeout(10):
                async for _ in changes:
                    pass

        with pytest.raises(errors.APIAuthenticationError):
            await drain()
        with pytest.raises(errors.APIAuthenticationError):
            await ws.call(account_list.asyncio)
    assert sandbox.sockets.stats().refused == {"trading": 2}  # one refresh, one more try: not a loop
    assert connections(sandbox) == 2


async def test_many_drops_many_reconnects_one_session(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.socket(options=FAST) as ws:
        store = await ws.sync(entity_types=["order"])
        for n in range(2, 6):
            sandbox.sockets.drop()
            await until(lambda n=n: connections(sandbox) == n and ws.connected and store.snapshots == n)
        assert len(await ws.call(account_list.asyncio)) == 1
    assert sandbox.tradovate_stats().logins == 1
    assert sandbox.sockets.stats().authorized == {"trading": 5}
