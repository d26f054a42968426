"""The client against raw socket servers written here (what no sandbox knob makes happen), and the
sandbox's socket server spoken to raw, as the vendor's own examples speak."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from auth_overlay import TokenAuth, api
from auth_overlay.events import ContractDrift, Event, SocketClosed, SocketReconnected
from auth_overlay.realtime import Backoff, SocketOptions
from auth_overlay.testing.sandbox import Sandbox

from .conftest import until

Script = Callable[[ServerConnection], Awaitable[None]]


@asynccontextmanager
async def raw_server(script: Script) -> AsyncIterator[str]:
    async with serve(script, "127.0.0.1", 0, ping_interval=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}/v1/websocket"


async def authorise(ws: ServerConnection) -> None:
    await ws.send("o")
    endpoint, request_id, _, _ = str(await ws.recv()).split("\n", 3)
    assert endpoint == "authorize"
    await ws.send(f'a[{{"s":200,"i":{request_id}}}]')


async def requests(ws: ServerConnection, count: int) -> list[tuple[str, int]]:
    received = []
    while len(received) < count:
        message = str(await ws.recv())
        if message != "[]":
            endpoint, request_id, _, _ = message.split("\n", 3)
            received.append((endpoint, int(request_id)))
    return received


async def test_batched_and_out_of_order_answers_resolve_the_right_requests(auth: TokenAuth[Any]) -> None:
    async def script(ws: ServerConnection) -> None:
        await authorise(ws)
        asked = await requests(ws, 3)
        # One frame, newest first, with an event in between: each answer names its request.
        answers = [{"i": rid, "s": 200, "d": {"endpoint": endpoint}} for endpoint, rid in reversed(asked)]
        await ws.send("a" + json.dumps([answers[0], {"e": "props", "d": {}}, *answers[1:]]))
        await ws.wait_closed()

    async with raw_server(script) as url, auth.socket(url=url) as ws:
        results = await asyncio.gather(*(ws.request(f"thing/{n}") for n in range(3)))
    assert [r["endpoint"] for r in results] == ["thing/0", "thing/1", "thing/2"]


async def test_an_unreadable_frame_is_reported_once_and_skipped(auth: TokenAuth[Any], events: list[Event]) -> None:
    api._drift.forget()

    async def script(ws: ServerConnection) -> None:
        await authorise(ws)
        ((_, request_id),) = await requests(ws, 1)
        await ws.send("zz-not-a-frame")
        await ws.send("a{broken")
        await ws.send(f'a[{{"i":{request_id},"s":200,"d":"fine"}}]')
        await ws.wait_closed()

    async with raw_server(script) as url, auth.socket(url=url) as ws:
        assert await ws.request("thing/one") == "fine"
    drifts = [e for e in events if isinstance(e, ContractDrift)]
    assert [(d.operation, d.kind) for d in drifts] == [("trading socket", "undecodable_body")]


async def test_a_server_close_frame_ends_the_connection_and_the_socket_reconnects(
    auth: TokenAuth[Any], events: list[Event]
) -> None:
    connections: list[int] = []

    async def script(ws: ServerConnection) -> None:
        connections.append(1)
        await authorise(ws)
        if len(connections) == 1:
            await ws.send('c[3000,"Go away!"]')
            await ws.close()
            return
        await ws.wait_closed()

    options = SocketOptions(backoff=Backoff(base=0.01, cap=0.02))
    async with raw_server(script) as url, auth.socket(url=url, options=options) as ws:
        await until(lambda: len(connections) == 2 and ws.connected)
    closed = [e.reason for e in events if isinstance(e, SocketClosed)]
    assert closed == ["closed by the server (3000)", "closed by the application"]
    assert [e.attempts for e in events if isinstance(e, SocketReconnected)] == [1]


# -- the sandbox, spoken to raw --------------------------------------------------------------------


async def test_the_sandbox_socket_speaks_as_the_vendor_documents(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    token = auth.get_token().access_token
    sandbox.sockets.options.heartbeat_interval = 0.05
    async with connect(sandbox.websocket_url()) as ws:
        assert await ws.recv() == "o"
        # The vendor's JS tutorial sends JSON.stringify(token), and `undefined` as a GET's body.
        await ws.send(f'authorize\n0\n\n"{token}"')
        assert json.loads(str(await ws.recv())[1:]) == [{"s": 200, "i": 0}]
        await ws.send("account/list\n1\n\nundefined")
        frames = [str(await ws.recv()) for _ in range(3)]
    answers = [json.loads(f[1:]) for f in frames if f.startswith("a")]
    assert "h" in frames
    assert answers[0][0]["i"] == 1
    assert answers[0][0]["s"] == 200
    assert answers[0][0]["d"][0]["name"].startswith("DEMO")


async def test_the_sandbox_refuses_a_dead_token_and_requests_before_authorize(sandbox: Sandbox) -> None:
    async with connect(sandbox.websocket_url()) as ws:
        assert await ws.recv() == "o"
        await ws.send("account/list\n1\n\n")
        assert json.loads(str(await ws.recv())[1:]) == [{"s": 401, "i": 1, "d": "Access is denied"}]
        await ws.send("authorize\n2\n\nnot-a-token")
        assert json.loads(str(await ws.recv())[1:]) == [{"s": 401, "i": 2, "d": "Invalid access token"}]
    assert sandbox.sockets.stats().refused == {"trading": 1}


async def test_an_order_placed_over_rest_shows_on_the_socket_and_vice_versa(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    from tradovate_client.api.orders import order_list, place_order
    from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

    def order(account_id: int) -> PlaceOrder:
        return PlaceOrder(
            account_id=account_id,
            action=PlaceOrderAction.BUY,
            symbol="ESZ6",
            order_qty=2,
            order_type=PlaceOrderOrderType.LIMIT,
            price=6000.0,
            is_automated=True,
        )

    async with auth.client() as rest, auth.socket() as ws:
        from tradovate_client.api.accounting import account_list

        account = (await account_list.asyncio(client=rest))[0]
        over_rest = await place_order.asyncio(client=rest, body=order(account.id))
        over_socket = await ws.call(place_order.asyncio, body=order(account.id))
        seen_on_socket = [o.id for o in await ws.call(order_list.asyncio)]
        seen_over_rest = [o.id for o in await order_list.asyncio(client=rest)]
    assert seen_on_socket == seen_over_rest == [over_rest.order_id, over_socket.order_id]
