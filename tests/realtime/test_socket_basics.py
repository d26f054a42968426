"""The trading socket against the sandbox's real socket server: authorise, call, heartbeat, fail typed, close."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from tradovate_client.api.accounting import account_list
from tradovate_client.api.orders import order_list, place_order
from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import Endpoint, TokenAuth, errors
from auth_overlay.events import Event, RetryScheduled, SocketConnected
from auth_overlay.realtime import Backoff, SocketOptions
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Sandbox

from .conftest import ManualTimer, until

NO_RETRY_SOCKET = SocketOptions(backoff=Backoff(base=0.01, cap=0.05))


def market_order(account_id: int, action: PlaceOrderAction = PlaceOrderAction.BUY) -> PlaceOrder:
    return PlaceOrder(
        account_id=account_id,
        action=action,
        symbol="MESZ6",
        order_qty=1,
        order_type=PlaceOrderOrderType.MARKET,
        is_automated=True,
    )


async def test_the_socket_authorises_with_the_sessions_token_and_calls_typed(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    async with auth.socket() as ws:
        accounts = await ws.call(account_list.asyncio)
        result = await ws.call(place_order.asyncio, body=market_order(accounts[0].id))
    token = auth.get_token()
    stats = sandbox.sockets.stats()
    assert stats.authorized == {"trading": 1}
    assert stats.authorized_with == (sandbox.fingerprint(token.access_token),)
    assert stats.requests["order/placeorder"] == 1
    assert sandbox.tradovate_stats().logins == 1  # one session for REST and socket
    # The order placed over the socket is the REST API's order.
    async with auth.client() as api:
        rest = await order_list.asyncio(client=api)
    assert rest is not None
    assert [o.id for o in rest] == [result.order_id]
    assert [e for e in events if isinstance(e, SocketConnected)] == [
        SocketConnected("tradovate", "demo", socket="trading", url=sandbox.websocket_url())
    ]


async def test_the_client_heartbeats_on_its_own_timer_while_the_server_sends_no_h(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    sandbox.sockets.options.heartbeat_interval = None  # the server never sends h
    timer = ManualTimer()
    options = SocketOptions(timer=timer, silence_timeout=1e9)
    async with auth.socket(options=options):
        for beat in range(1, 11):  # 25 s of the socket's time: nothing arrives, nobody consumes
            timer.advance(options.heartbeat_interval)
            await until(lambda beat=beat: sandbox.sockets.stats().heartbeats.get("trading", 0) == beat)
    assert options.heartbeat_interval == 2.5  # the vendor's cadence, the default
    assert sandbox.sockets.stats().heartbeats == {"trading": 10}


async def test_a_silent_server_is_given_up_by_the_watchdog(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    timer = ManualTimer()
    async with auth.socket(options=SocketOptions(timer=timer, silence_timeout=30.0)) as ws:
        sandbox.sockets.go_silent()
        timer.advance(29.0)
        await asyncio.sleep(0.05)
        assert ws.connections == 1
        timer.advance(1.0)  # 30 s without a frame: this connection is dead to us
        await until(lambda: sandbox.sockets.stats().connections["trading"] == 2 or not ws.connected)
        timer.advance(60.0)  # whatever back-off was chosen
        await until(lambda: sandbox.sockets.stats().connections["trading"] == 2)


async def test_every_pending_request_resolves_typed_when_the_socket_drops(sandbox: Sandbox, make_auth: Any) -> None:
    auth = make_auth(sandbox, retry=False)
    sandbox.sockets.hold("account/list")
    sandbox.sockets.hold("order/placeorder")
    async with auth.socket(options=NO_RETRY_SOCKET, retry=False) as ws:
        calls = [asyncio.ensure_future(ws.call(account_list.asyncio)) for _ in range(3)]
        await until(lambda: sandbox.sockets.stats().requests.get("account/list", 0) == 3)
        sandbox.sockets.drop()
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert [type(o) for o in outcomes] == [errors.APIConnectionError] * 3


async def test_a_non_idempotent_request_is_never_sent_twice(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    sandbox.sockets.hold("order/placeorder")
    async with auth.socket(options=NO_RETRY_SOCKET) as ws:
        account = (await ws.call(account_list.asyncio))[0]
        placing = asyncio.ensure_future(ws.call(place_order.asyncio, body=market_order(account.id)))
        await until(lambda: sandbox.sockets.stats().requests.get("order/placeorder", 0) == 1)
        sandbox.sockets.drop()
        with pytest.raises(errors.APIConnectionError) as caught:
            await placing
        await until(lambda: ws.connected)  # reconnected; the placement was still not sent again
        await asyncio.sleep(0.1)
    assert "after the request was sent" in caught.value.message
    assert sandbox.sockets.stats().requests["order/placeorder"] == 1


async def test_an_idempotent_request_is_sent_again_after_a_drop(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    sandbox.sockets.hold("account/list")
    async with auth.socket(options=NO_RETRY_SOCKET) as ws:
        listing = asyncio.ensure_future(ws.call(account_list.asyncio))
        await until(lambda: sandbox.sockets.stats().requests.get("account/list", 0) == 1)
        sandbox.sockets.clear_faults()
        sandbox.sockets.drop()
        accounts = await listing
    assert len(accounts) == 1
    assert sandbox.sockets.stats().requests["account/list"] == 2


async def test_no_answer_in_time_is_a_typed_timeout(sandbox: Sandbox, make_auth: Any) -> None:
    auth = make_auth(sandbox, retry=False)
    sandbox.sockets.hold("account/list")
    async with auth.socket(options=SocketOptions(request_timeout=0.2), retry=False) as ws:
        with pytest.raises(errors.APITimeoutError):
            await ws.call(account_list.asyncio)


async def test_a_penalty_ticket_on_an_idempotent_request_is_honoured(make_sandbox: Any, make_auth: Any) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic)
    auth = make_auth(sandbox, clock=clock)
    sandbox.sockets.penalty("account/list", p_time=3)
    async with auth.socket() as ws:
        accounts = await ws.call(account_list.asyncio)
    assert len(accounts) == 1
    bodies = sandbox.sockets.stats().bodies["account/list"]
    assert len(bodies) == 2
    assert bodies[0] == ""
    assert '"p-ticket"' in bodies[1]  # the identical (empty) body, with the ticket
    assert 3 in clock.slept


async def test_a_penalty_ticket_on_a_placement_is_raised_not_redeemed(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    sandbox.sockets.penalty("order/placeorder", p_time=3)
    async with auth.socket() as ws:
        account = (await ws.call(account_list.asyncio))[0]
        with pytest.raises(errors.APIRateLimitedError) as caught:
            await ws.call(place_order.asyncio, body=market_order(account.id))
    assert caught.value.retry_after == 3
    assert sandbox.sockets.stats().requests["order/placeorder"] == 1


async def test_a_socket_429_on_an_idempotent_request_is_retried(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    sandbox.sockets.answer_status("account/list", 429)
    async with auth.socket() as ws:
        assert len(await ws.call(account_list.asyncio)) == 1
    assert sandbox.sockets.stats().requests["account/list"] == 2
    assert [e.status_code for e in events if isinstance(e, RetryScheduled)] == [429]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (500, errors.ServerError),
        (403, errors.PermissionDeniedError),
    ],
)
async def test_socket_error_answers_map_to_the_api_error_tree(
    sandbox: Sandbox, make_auth: Any, status: int, error: type[errors.APIError]
) -> None:
    auth = make_auth(sandbox, retry=False)
    sandbox.sockets.answer_status("account/list", status, "Something is wrong")
    async with auth.socket(retry=False) as ws:
        with pytest.raises(error) as caught:
            await ws.call(account_list.asyncio)
    assert caught.value.status_code == status
    assert caught.value.description == "Something is wrong"
    assert caught.value.operation == "GET /account/list"


async def test_a_refused_authorize_costs_one_refresh(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    auth.get_token()
    sandbox.sockets.refuse_authorize(1)
    async with auth.socket() as ws:
        assert ws.connected
    stats = sandbox.sockets.stats()
    assert (stats.refused, stats.authorized) == ({"trading": 1}, {"trading": 1})
    vendor = sandbox.tradovate_stats()
    assert vendor.logins + vendor.renewals == 2  # the first login, one refresh


async def test_authorize_refused_after_the_refresh_is_an_authentication_error_not_a_loop(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    auth.get_token()
    sandbox.sockets.refuse_authorize(10)
    with pytest.raises(errors.APIAuthenticationError) as caught:
        async with auth.socket(options=NO_RETRY_SOCKET):
            pass
    assert caught.value.status_code == 401
    assert sandbox.sockets.stats().refused == {"trading": 2}
    vendor = sandbox.tradovate_stats()
    assert vendor.logins + vendor.renewals == 2


async def test_closing_leaves_no_task_running(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    before = asyncio.all_tasks()
    async with auth.socket() as ws:
        await ws.call(account_list.asyncio)
        assert len(asyncio.all_tasks() - before) >= 3  # the supervisor, the heartbeat, the watchdog
    assert asyncio.all_tasks() - before == set()
    with pytest.raises(errors.APIConnectionError, match="closed"):
        await ws.call(account_list.asyncio)


async def test_a_socket_that_cannot_connect_fails_typed(auth: TokenAuth[Any]) -> None:
    socket = auth.socket(url="ws://127.0.0.1:9/nothing", options=SocketOptions(backoff=Backoff(base=0.01, cap=0.02)))
    with pytest.raises(errors.APIConnectionError, match="cannot connect"):
        async with socket:
            pass


async def test_no_token_in_events_logs_errors_or_reprs(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="auth_overlay")
    sandbox.sockets.refuse_authorize(1)
    sandbox.sockets.answer_status("account/list", 400, "bad")
    async with auth.socket(retry=False) as ws:
        with pytest.raises(errors.APIError) as caught:
            await ws.call(account_list.asyncio)
        shown = repr(ws) + str(ws)
    token = auth.get_token()
    secrets = [token.access_token, token.md_access_token]
    text = caplog.text + shown + repr(events) + repr(caught.value) + str(caught.value.to_dict())
    assert events
    assert not [s for s in secrets if s and s in text]


def test_socket_urls_are_wss_or_loopback_ws() -> None:
    base = {"client_id": "1", "client_secret": "s", "username": "u", "password": "p"}
    with pytest.raises(errors.ConfigurationError, match="ws://"):
        TokenAuth.for_provider("tradovate", websocket_url="ws://example.com/v1/websocket", **base)
    with pytest.raises(errors.ConfigurationError, match="wss://"):
        TokenAuth.for_provider("tradovate", endpoint=Endpoint(market_data_url="https://md.example/x"), **base)
    auth = TokenAuth.for_provider("tradovate", environment="live", **base)
    assert auth.socket().url == "wss://live.tradovateapi.com/v1/websocket"
    assert TokenAuth.for_provider("tradovate", **base).socket().url == "wss://demo.tradovateapi.com/v1/websocket"
    local = TokenAuth.for_provider("tradovate", websocket_url="ws://127.0.0.1:1/v1/websocket", **base)
    assert local.socket().url == "ws://127.0.0.1:1/v1/websocket"
