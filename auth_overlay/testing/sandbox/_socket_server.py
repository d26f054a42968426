"""Tradovate's sockets in the sandbox: one ``websockets`` server in its own thread, on 127.0.0.1.

Paths: ``/tradovate/v1/websocket`` (trading), ``/tradovate/md/v1/websocket`` (market data),
``/tradovate/replay/v1/websocket`` (replay: trading and market data on one socket). Tokens
are the sandbox's own sessions: ``authorize`` takes a live access token (the market-data
socket also the session's ``mdAccessToken``). Faults and counters are in ``_socket_knobs``;
every knob is safe to turn from the test's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from . import _socket_feed as feed
from ._routes import Route
from ._socket_knobs import SocketFaults, SocketStats, StatsRecorder
from ._socket_options import SocketOptions
from ._socket_replay import ChartsAndReplay
from ._socket_session import Session, mirror_request
from ._state import SandboxState

if TYPE_CHECKING:
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

PATHS: Final[dict[str, str]] = {
    "trading": "/tradovate/v1/websocket",
    "market_data": "/tradovate/md/v1/websocket",
    "replay": "/tradovate/replay/v1/websocket",
}
_KIND_OF_PATH = {path: kind for kind, path in PATHS.items()}


class SocketServer(SocketFaults, ChartsAndReplay):
    """``Sandbox.sockets``: start/stop/restart, URLs, faults (``SocketFaults``) and ``stats()``."""

    def __init__(self, state: SandboxState, routes: Sequence[Route], socket_feed: feed.SocketFeed, host: str) -> None:
        super().__init__()
        self._state, self._routes, self._feed, self._host = state, tuple(routes), socket_feed, host
        self.options = SocketOptions()
        self._recorder = StatsRecorder()
        self._lifecycle = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self._port = 0
        self.sessions: set[Session] = set()
        ChartsAndReplay.__init__(self)
        self._outbox: asyncio.Queue[list[feed.Props]] | None = None
        self._broadcaster: asyncio.Task[None] | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> SocketServer:
        """Listen (on the same port again after ``stop``); returns self. Idempotent."""
        with self._lifecycle:
            if self._server is not None:
                return self
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, daemon=True, name="auth-overlay-sandbox-sockets")
            thread.start()
            self._server = asyncio.run_coroutine_threadsafe(self._serve(), loop).result(10)
            self._loop, self._thread = loop, thread
            self._feed.listener = self._publish
        return self

    async def _serve(self) -> Server:
        from websockets.asyncio.server import serve

        server = await serve(
            self._connection,
            self._host,
            self._port,
            ping_interval=None,
            process_request=self._route,
            max_size=16 * 1024 * 1024,
        )
        self._port = int(next(iter(server.sockets)).getsockname()[1])
        self._outbox = asyncio.Queue()
        self._broadcaster = asyncio.get_running_loop().create_task(self._broadcast(self._outbox))
        return server

    def stop(self, timeout: float = 5.0) -> None:
        """Cut every connection (as a crashed server would) and close the listening socket; join the thread."""
        with self._lifecycle:
            loop, thread, server = self._loop, self._thread, self._server
            if loop is None or thread is None or server is None:
                return
            self._feed.listener = None

            async def shut() -> None:
                server.close(close_connections=False)
                for session in list(self.sessions):  # a crash, not a goodbye: no closing handshake to wait for
                    session.ws.transport.abort()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(server.wait_closed(), timeout)
                rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
                for task in rest:
                    task.cancel()
                await asyncio.gather(*rest, return_exceptions=True)

            with contextlib.suppress(Exception):  # stopping goes on whatever a connection does
                asyncio.run_coroutine_threadsafe(shut(), loop).result(timeout + 1)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout)
            loop.close()
            self._loop = self._thread = self._server = None
            self._outbox = self._broadcaster = None
            self.sessions.clear()

    def restart(self, downtime: float = 0.0) -> None:
        """Drop every connection, stay down ``downtime`` seconds, listen again on the same port."""
        import time

        self.stop()
        if downtime:
            time.sleep(downtime)
        self.start()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("the socket server has not been started")
        return self._port

    def url(self, kind: str) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"ws://{host}:{self.port}{PATHS[kind]}"

    def stats(self) -> SocketStats:
        with self._lock:
            return self._recorder.snapshot(len(self.sessions))

    def reset(self) -> None:
        """Forget counters and faults; options back to their defaults (connections stay)."""
        with self._lock:
            self._recorder = StatsRecorder()
            self.clear_faults()
            self.options = SocketOptions()

    # -- connections ------------------------------------------------------------------------------

    def _route(self, connection: ServerConnection, request: Request) -> Response | None:
        if request.path.split("?", 1)[0] not in _KIND_OF_PATH:
            return connection.respond(404, "no socket here\n")
        return None

    async def _connection(self, ws: ServerConnection) -> None:
        kind = _KIND_OF_PATH[ws.request.path.split("?", 1)[0]] if ws.request else "trading"
        session = Session(self, ws, kind)
        with self._lock:
            self.sessions.add(session)
            self._recorder.connection(kind)
        try:
            await session.run()
        finally:
            with self._lock:
                self.sessions.discard(session)

    def _targets(self, kind: str | None) -> list[Session]:
        with self._lock:
            return [s for s in self.sessions if kind is None or s.kind == kind]

    def _on_loop(self, coroutine: Any, timeout: float = 5.0) -> Any:
        if self._loop is None:
            raise RuntimeError("the socket server is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    # -- called by sessions (on the server's loop) ------------------------------------------------

    def count_request(self, kind: str, endpoint: str, body: str) -> None:
        with self._lock:
            self._recorder.request(kind, endpoint, body)

    def count_heartbeat(self, session: Session) -> None:
        now = asyncio.get_running_loop().time()
        with self._lock:
            self._recorder.heartbeat(
                session.kind, None if session.last_heartbeat is None else now - session.last_heartbeat
            )
        session.last_heartbeat = now

    def count_quote(self, kind: str) -> None:
        with self._lock:
            self._recorder.streamed(kind)

    def authorize(self, kind: str, token: str) -> str | None:
        """The user behind a live token (or, on the market-data socket, a live session's md token)."""
        with self._lock:
            refuse = self.take_refusal()
        if refuse:
            with self._lock:
                self._recorder.authorize(kind, ok=False, fingerprint=None)
            return None
        username = self._user_of(kind, token)
        if username is None:
            with self._lock:
                self._recorder.authorize(kind, ok=False, fingerprint=None)
        return username

    def authorized(self, session: Session, token_fingerprint: str) -> None:
        with self._lock:
            self._recorder.authorize(session.kind, ok=True, fingerprint=token_fingerprint)

    def _user_of(self, kind: str, token: str) -> str | None:
        state = self._state
        with state.lock:
            issued = state.valid_token("tradovate", token)
            if issued is not None:
                return issued.subject
            if kind != "trading":
                now = state.clock()
                for sessions in state.sessions.values():
                    for session in sessions:
                        if session.md_access_token == token and session.live(now):
                            return session.username
        return None

    def token_alive(self, kind: str, token: str) -> bool:
        """Authorising once is enough: the socket stays usable after its token expires (the vendor's docs)."""
        return True

    def mirror(self, endpoint: str, query: str, body: str, token: str) -> tuple[int, Any]:
        """A REST operation over the socket: the same route handler, the same state."""
        request, method = mirror_request(endpoint, query, body, token)
        below = "/" + request.path.partition("?")[0].split("/", 2)[2]  # drop the /tradovate prefix
        candidates = [r for r in self._routes if r.provider == "tradovate" and r.path_matches(below)]
        route = next((r for r in candidates if r.method == method), candidates[0] if candidates else None)
        if route is None:
            return 404, f"Unknown operation {endpoint}"
        try:
            with self._state.lock:
                response = route.handler(self._state, request)
        except Exception as exc:  # a sandbox bug is an answer, not a dead socket
            return 500, f"sandbox internal error: {type(exc).__name__}"
        try:
            data = json.loads(response.body) if response.body else None
        except ValueError:
            data = response.body.decode("utf-8", "replace")
        if not 200 <= response.status <= 299 and isinstance(data, dict):
            text = data.get("errorText") or data.get("error")
            data = text if isinstance(text, str) else json.dumps(data)
        return response.status, data

    def snapshot(self, username: str, entity_types: frozenset[str] | None) -> dict[str, Any]:
        with self._lock:
            self._recorder.sync(entity_types)
        with self._state.lock:
            return feed.snapshot(self._state, username, entity_types)

    # -- props, from whichever thread changed the book --------------------------------------------

    def _publish(self, changes: list[feed.Props]) -> None:
        loop, queue = self._loop, self._outbox
        if loop is not None and queue is not None:
            loop.call_soon_threadsafe(queue.put_nowait, changes)

    async def _broadcast(self, queue: asyncio.Queue[list[feed.Props]]) -> None:
        """One sender for every change, so each socket sees them in the order the book made them."""
        while True:
            changes = await queue.get()
            for session in self._targets(None):
                messages = session.deliver(changes)
                if messages:
                    with self._lock:
                        self._recorder.props(len(messages))
                    await session.send("a" + json.dumps(messages))
