"""One socket connection in the sandbox: ``o``, ``authorize``, requests, streams, heartbeats.

Requests other than the socket-only ones (``authorize``, ``user/syncrequest``, ``md/…``,
``replay/…``) are answered by the same handlers as REST (``Route`` table, same state and
lock): an order placed here shows over REST and as ``props`` on every synced socket. An
answer is ``{"s": status, "i": id, "d": …}``: the REST body on 2xx, the error text otherwise.
The token may come raw (as the vendor documents and its C# sample sends) or as a JSON string
(the vendor's JS tutorial sends ``JSON.stringify(token)``); a GET's body is ignored (the JS
tutorial sends ``undefined``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from . import _socket_feed as feed
from . import _socket_md as md
from . import _tradovate_catalog as catalog
from ._models import RecordedRequest
from ._socket_options import SocketOptions, Verdict
from ._state import fingerprint

if TYPE_CHECKING:
    from websockets.asyncio.server import ServerConnection

INVALID_TOKEN = "Invalid access token"


class SessionHost(Protocol):
    """What a session asks of the server that accepted it (``SocketServer``)."""

    options: SocketOptions

    def count_request(self, kind: str, endpoint: str, body: str) -> None: ...
    def count_heartbeat(self, session: Session) -> None: ...
    def count_quote(self, kind: str) -> None: ...
    def authorize(self, kind: str, token: str) -> str | None: ...
    def authorized(self, session: Session, token_fingerprint: str) -> None: ...
    def token_alive(self, kind: str, token: str) -> bool: ...
    def fault_for(self, endpoint: str, body: str) -> Verdict: ...
    def mirror(self, endpoint: str, query: str, body: str, token: str) -> tuple[int, Any]: ...
    def snapshot(self, username: str, entity_types: frozenset[str] | None) -> dict[str, Any]: ...
    def new_chart_ids(self) -> tuple[int, int]: ...
    def chart_ids(self, subscription_id: object) -> list[int]: ...
    def replay(self, session: Session, action: str, body: dict[str, Any]) -> tuple[int, Any]: ...


class Session:
    def __init__(self, server: SessionHost, ws: ServerConnection, kind: str) -> None:
        self.server, self.ws, self.kind = server, ws, kind
        self.token: str | None = None
        self.username: str | None = None
        self.synced: frozenset[str] | None = None
        self.is_synced = False
        self.silent = False
        self.streams: dict[object, asyncio.Task[None]] = {}
        self.last_heartbeat: float | None = None
        self.replay_speed = 0

    @property
    def user_id(self) -> int | None:
        from ._tradovate import user_id

        return user_id(self.username) if self.username else None

    def closing(self, code: int) -> None:
        """Close without waiting for the client's answer (the knob's caller may be the client's own loop)."""
        task = asyncio.get_running_loop().create_task(self.ws.close(code))
        self.streams[("closing", id(task))] = task

    async def send(self, text: str) -> None:
        if not self.silent:
            with contextlib.suppress(Exception):
                await self.ws.send(text)

    async def answer(self, request_id: int, status: int, data: Any = None) -> None:
        message: dict[str, Any] = {"s": status, "i": request_id}
        if data is not None:
            message["d"] = data
        await self.send("a" + json.dumps([message]))

    # -- the connection ---------------------------------------------------------------------------

    async def run(self) -> None:
        await self.send("o")
        beat = asyncio.create_task(self._heartbeats())
        try:
            with contextlib.suppress(Exception):  # a dropped connection ends the session; nothing to report
                async for message in self.ws:
                    if not isinstance(message, str):
                        continue
                    if message == "[]":
                        self.server.count_heartbeat(self)
                        continue
                    await self._request(message)
        finally:
            beat.cancel()
            for task in self.streams.values():
                task.cancel()
            await asyncio.gather(beat, *self.streams.values(), return_exceptions=True)

    async def _heartbeats(self) -> None:
        while True:
            interval = self.server.options.heartbeat_interval
            await asyncio.sleep(interval if interval is not None else 0.05)
            if interval is None or (self.streams and not self.server.options.heartbeats_while_streaming):
                continue
            await self.send("h")

    async def _request(self, message: str) -> None:
        parts = message.split("\n", 3)
        if len(parts) != 4 or not parts[1].strip().lstrip("-").isdigit():
            await self.ws.close(1002, "malformed request")  # the vendor closes; it does not answer
            return
        endpoint, request_id, query, body = parts[0].strip().lstrip("/"), int(parts[1]), parts[2], parts[3]
        lowered = endpoint.lower()
        self.server.count_request(self.kind, lowered, body)
        if lowered == "authorize":
            await self._authorize(request_id, body)
            return
        if self.token is None or not self.server.token_alive(self.kind, self.token):
            await self.answer(request_id, 401, "Access is denied")
            return
        verdict = self.server.fault_for(lowered, body)
        if verdict is not None:
            if verdict == "hold":
                return
            status, data = verdict
            await self.answer(request_id, status, data)
            return
        await self._dispatch(request_id, lowered, endpoint, query, body)

    async def _authorize(self, request_id: int, body: str) -> None:
        token = body.strip()
        if token.startswith('"'):
            with contextlib.suppress(ValueError):
                token = str(json.loads(token))
        username = self.server.authorize(self.kind, token)
        if username is None:
            await self.answer(request_id, 401, INVALID_TOKEN)
            return
        self.token, self.username = token, username
        self.server.authorized(self, fingerprint(token))
        await self.answer(request_id, 200)

    # -- requests ---------------------------------------------------------------------------------

    async def _dispatch(self, request_id: int, lowered: str, endpoint: str, query: str, body: str) -> None:
        if lowered == "user/syncrequest":
            await self._sync(request_id, body)
        elif lowered.startswith("md/"):
            await self._market_data(request_id, lowered, _json(body))
        elif lowered.startswith("replay/"):
            await self._replay(request_id, lowered, _json(body))
        else:
            status, data = self.server.mirror(endpoint, query, body, self.token or "")
            await self.answer(request_id, status, data)

    async def _sync(self, request_id: int, body: str) -> None:
        request = _json(body)
        if not isinstance(request, dict):
            await self.answer(request_id, 400, "Invalid request body")
            return
        types = request.get("entityTypes")
        self.synced = frozenset(t for t in types if isinstance(t, str)) if isinstance(types, list) else None
        self.is_synced = True
        snapshot = self.server.snapshot(self.username or "", self.synced)
        await self.answer(request_id, 200, snapshot)

    def deliver(self, props: list[feed.Props]) -> list[dict[str, Any]]:
        uid = self.user_id
        if not self.is_synced or uid is None:
            return []
        return [p.message() for p in props if p.user_id == uid and feed.wanted(p, self.synced)]

    async def _market_data(self, request_id: int, lowered: str, body: Any) -> None:
        body = body if isinstance(body, dict) else {}
        action = lowered.removeprefix("md/")
        kinds = {"quote": "quote", "dom": "dom", "histogram": "histogram"}
        for verb, kind in kinds.items():
            if action == f"subscribe{verb}":
                contract = md.find(body.get("symbol"))
                if contract is None:
                    await self.answer(request_id, 400, "Unknown symbol")
                    return
                key = (kind, contract.id)
                if key not in self.streams:
                    self.streams[key] = asyncio.create_task(self._stream(kind, contract))
                await self.answer(request_id, 200, {})  # the vendor's JS tutorial reads d on every answer
                return
            if action == f"unsubscribe{verb}":
                contract = md.find(body.get("symbol"))
                task = self.streams.pop((kind, contract.id), None) if contract else None
                if task is not None:
                    task.cancel()
                await self.answer(request_id, 200, {})
                return
        if action == "getchart":
            await self._chart(request_id, body)
        elif action == "cancelchart":
            ids = self.server.chart_ids(body.get("subscriptionId"))
            task = next((self.streams.pop(("chart", i)) for i in ids if ("chart", i) in self.streams), None)
            if task is not None:
                task.cancel()
            await self.answer(request_id, 200 if task is not None else 404, {} if task else "Unknown subscription")
        else:
            await self.answer(request_id, 404, f"Unknown operation md/{action}")

    async def _stream(self, kind: str, contract: Any) -> None:
        n = 0
        while True:
            if kind == "quote":
                data = {"quotes": [md.quote(contract, n, self.server.options.quote_extra)]}
            elif kind == "dom":
                data = {"doms": [md.dom(contract, n)]}
            else:
                data = {"histograms": [md.histogram(contract, n)]}
            await self.send("a" + json.dumps([{"e": "md", "d": data}]))
            self.server.count_quote(kind)
            n += 1
            await asyncio.sleep(self.server.options.quote_interval)

    async def _chart(self, request_id: int, body: dict[str, Any]) -> None:
        contract = md.find(body.get("symbol"))
        description = body.get("chartDescription")
        if contract is None or not isinstance(description, dict):
            await self.answer(request_id, 400, "symbol and chartDescription are required")
            return
        historical, realtime = self.server.new_chart_ids()
        await self.answer(request_id, 200, {"historicalId": historical, "realtimeId": realtime})
        time_range = body.get("timeRange") if isinstance(body.get("timeRange"), dict) else {}
        count = time_range.get("asMuchAsElements", 10) if isinstance(time_range, dict) else 10
        count = count if isinstance(count, int) and 0 < count <= 1000 else 10
        for packet in md.chart_history(historical, contract, description, count):
            await self.send("a" + json.dumps([{"e": "chart", "d": packet}]))
        self.streams[("chart", realtime)] = asyncio.create_task(self._chart_updates(realtime, contract))

    async def _chart_updates(self, chart_id: int, contract: Any) -> None:
        n = 0
        while True:
            await asyncio.sleep(self.server.options.quote_interval)
            await self.send("a" + json.dumps([{"e": "chart", "d": md.chart_bar(chart_id, contract, n)}]))
            n += 1

    async def _replay(self, request_id: int, lowered: str, body: Any) -> None:
        body = body if isinstance(body, dict) else {}
        status, data = self.server.replay(self, lowered.removeprefix("replay/"), body)
        await self.answer(request_id, status, data)


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):
        return None


def mirror_request(endpoint: str, query: str, body: str, token: str) -> tuple[RecordedRequest, str | None]:
    """A socket request as the HTTP request it mirrors, and the spec's method for its path."""
    from auth_overlay.vendors import tradovate

    path = "/" + endpoint.lstrip("/")
    known = catalog.lookup(urlsplit(path).path)
    method = known[0].method if known else None
    full = f"/tradovate{tradovate.BASE_PATH}{path}" + (f"?{query}" if query else "")
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    request = RecordedRequest("tradovate", method or "POST", full, headers, body.encode("utf-8"), 0.0)
    return request, method
