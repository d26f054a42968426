"""The one asyncio driver: a connection on ``websockets``, its timers, and the reconnects.

It runs the pure ``Protocol``: opens a connection, authorises after ``o`` with the session's
current token (one refresh and one more try when refused), sends the subscriptions again,
then reads. Two tasks of its own run beside the reader: the client heartbeat (every
``heartbeat_interval``, whatever arrives or how slowly the application consumes) and the
silence watchdog (no frame for ``silence_timeout`` → this connection is given up). A
connection that ends is replaced after a jittered, bounded back-off (longer after a quota
``shutdown``) until ``close()``, which cancels every task it started. ``websockets``' own
reconnecting iterator is not used: it knows neither ``authorize`` nor the vendor's quotas.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from auth_overlay import errors
from auth_overlay._core._urls import is_loopback
from auth_overlay.events import (
    EventHook,
    SocketClosed,
    SocketConnected,
    SocketReconnected,
    SocketShutdown,
    emit,
    logger,
)

from ._protocol import (
    Answer,
    Authorized,
    AuthorizeRefused,
    Closing,
    Pending,
    Protocol,
    ProtocolEvent,
    Purpose,
    ServerEvent,
    ServerOpened,
    Shutdown,
    Subscription,
    Unreadable,
)
from ._settings import SocketOptions
from ._tokens import TokenSource

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection


class Lost(Exception):
    """The connection ended before the answer came; ``sent``: the request may have reached the vendor."""

    def __init__(self, sent: bool) -> None:
        super().__init__("the socket's connection was lost" + (" after the request was sent" if sent else ""))
        self.sent = sent


class _Fatal(Exception):
    def __init__(self, error: errors.AuthOverlayError) -> None:
        super().__init__(error.message)
        self.error = error


class Connection:
    """One logical socket (``kind``: trading, market_data, replay) over as many connections as it takes."""

    def __init__(
        self,
        url: str,
        kind: str,
        tokens: TokenSource,
        options: SocketOptions,
        *,
        provider: str,
        environment: str | None,
        on_event: EventHook | None,
        on_server_event: Callable[[ServerEvent], None],
        on_resumable: Callable[[Pending, int | None, Any], None],
        on_unreadable: Callable[[str], None],
    ) -> None:
        self.url, self.kind, self.options = url, kind, options
        self._tokens = tokens
        self._protocol = Protocol(options.heartbeat_interval)
        self._provider, self._environment, self._hook = provider, environment, on_event
        self._on_server_event, self._on_resumable, self._on_unreadable = on_server_event, on_resumable, on_unreadable
        self._ws: ClientConnection | None = None
        self._waiters: dict[int, asyncio.Future[Answer]] = {}
        self._ready: asyncio.Future[None] | None = None
        self._fatal: errors.AuthOverlayError | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._closing = False
        self._quota = False
        self._refusals = 0  # authorize refusals since the last authorised connection
        self._rng = random.Random()
        self._reconnecting: tuple[float, int] | None = None  # (when the last connection was lost, attempts)
        self._closed_by_server: int | None = None  # the code of a ``c[code, …]`` frame
        self.connections = 0

    # -- lifecycle ------------------------------------------------------------------------------

    async def open(self) -> None:
        """Connect and authorise the first time; ``APIConnectionError``/``APIAuthenticationError`` if not."""
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        self._supervisor = loop.create_task(self._run(), name=f"auth-overlay-{self.kind}-socket")
        try:
            await self._until_ready(self.options.open_timeout * self.options.first_attempts + 60.0)
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close the connection and cancel every task this socket started; pending requests fail typed."""
        if self._closing:
            return
        self._closing = True
        self._set_fatal(errors.APIConnectionError(f"the {self.kind} socket is closed", provider=self._provider))
        ws, supervisor = self._ws, self._supervisor
        if ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ws.close(), self.options.close_timeout)
        if supervisor is not None:
            supervisor.cancel()
            await asyncio.gather(supervisor, return_exceptions=True)
        emit(self._hook, self._event(SocketClosed, reason="closed by the application"))

    @property
    def ready(self) -> bool:
        return self._protocol.ready and self._fatal is None

    # -- requests -------------------------------------------------------------------------------

    async def request(
        self, endpoint: str, query: str | Mapping[str, Any] | None, body: object, within: float
    ) -> Answer:
        """Send once and wait for the answer. ``Lost(sent)``, ``TimeoutError`` or the socket's fatal error."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        await self._until_ready(deadline - loop.time())
        pending, frame = self._protocol.request(endpoint, query, body)
        future: asyncio.Future[Answer] = loop.create_future()
        self._waiters[pending.request_id] = future
        ws = self._ws
        assert ws is not None
        try:
            try:
                await ws.send(frame)
            except _connection_closed():
                raise Lost(sent=True) from None  # a frame handed to the transport may have left
            async with asyncio.timeout(max(0.0, deadline - loop.time())):
                return await future
        finally:
            self._waiters.pop(pending.request_id, None)
            self._protocol.forget(pending)

    async def subscribe(self, subscription: Subscription) -> None:
        """Remember a stream (sent on this and every later connection); its answers go to ``on_resumable``."""
        sent = self._protocol.subscribe(subscription)
        if sent is not None and self._ws is not None:
            with contextlib.suppress(Exception):  # a drop now: the next connection sends it
                await self._ws.send(sent[1])

    def forget(self, key: object) -> bool:
        """Stop resending a stream; True when it was live (the caller sends the vendor's unsubscribe)."""
        return self._protocol.unsubscribe(key) is not None

    async def _until_ready(self, within: float) -> None:
        if self._fatal is not None:
            raise self._fatal.copy()
        if self._protocol.ready:
            return
        assert self._ready is not None
        try:
            async with asyncio.timeout(max(0.0, within)):
                await asyncio.shield(self._ready)
        except TimeoutError:
            raise Lost(sent=False) from None
        except errors.AuthOverlayError as exc:
            raise exc.copy() from None

    def _set_fatal(self, error: errors.AuthOverlayError) -> None:
        if self._fatal is None:
            self._fatal = error
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(error)
            self._ready.exception()  # retrieved: nobody may be waiting
        for future in self._waiters.values():
            if not future.done():
                future.set_exception(Lost(sent=True))

    # -- the supervisor: connect, run, back off, reconnect --------------------------------------

    async def _run(self) -> None:
        timer, attempt, ever_ready, lost_at = self.options.timer, 0, False, 0.0
        while not self._closing:
            ready, reason, code = await self._connection()
            if self._closing:
                break
            if ready:
                ever_ready, attempt, lost_at = True, 0, timer.now()
                emit(self._hook, self._event(SocketClosed, reason=reason, code=code))
            attempt += 1
            if self._fatal is not None:
                break
            if (not ever_ready and attempt >= self.options.first_attempts) or self.options.backoff.exhausted(attempt):
                self._set_fatal(
                    errors.APIConnectionError(
                        f"the {self.kind} socket cannot connect: {reason}", provider=self._provider
                    )
                )
                break
            if ever_ready:
                self._reconnecting = (lost_at, attempt)
            await timer.sleep(self.options.backoff.delay(attempt, self._rng, quota=self._quota))

    async def _connection(self) -> tuple[bool, str, int | None]:
        """One connection from connect to its end: (whether it was authorised, why it ended, close code)."""
        from websockets.asyncio.client import connect

        try:
            ws = await connect(
                self.url,
                ping_interval=None,  # the vendor's protocol has its own heartbeats
                open_timeout=self.options.open_timeout,
                close_timeout=self.options.close_timeout,
                max_size=self.options.max_message_size,
                **_no_proxy(self.url),
            )
        except Exception as exc:  # refused, reset, TLS, handshake status, timeout
            return False, f"connect failed ({type(exc).__name__})", None
        self._ws = ws
        self.connections += 1
        timer = self.options.timer
        self._protocol.connection_made(timer.now())
        reason: list[str] = []
        helpers = [asyncio.create_task(self._heartbeats(ws)), asyncio.create_task(self._watchdog(ws, reason))]
        was_ready, code = False, None
        try:
            async for message in ws:
                for event in self._protocol.receive(message, timer.now()):
                    await self._handle(ws, event)
                was_ready = was_ready or self._protocol.ready
            code = ws.close_code
        except _connection_closed():
            code = ws.close_code
        except (_Fatal, errors.AuthOverlayError, Exception) as exc:  # refused twice, no token, a bug: stop
            error = exc.error if isinstance(exc, _Fatal) else exc
            if not isinstance(error, errors.AuthOverlayError):
                logger.exception("the %s socket stopped on an unexpected error", self.kind)
                error = errors.APIConnectionError(
                    f"the {self.kind} socket stopped ({type(exc).__name__})", provider=self._provider
                )
            self._set_fatal(error)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ws.close(), self.options.close_timeout)
            reason.append(error.message)
        finally:
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)
            was_ready = was_ready or self._protocol.ready
            self._lost()
            ws.transport.abort()
            self._ws = None
        if self._closed_by_server is not None or not reason:
            code = self._closed_by_server if self._closed_by_server is not None else code
            reason.append(_why(code))
        self._closed_by_server = None
        return was_ready, reason[0], code

    def _lost(self) -> None:
        for pending in self._protocol.connection_lost():
            future = self._waiters.get(pending.request_id)
            if future is not None and not future.done():
                future.set_exception(Lost(sent=True))
        if self._ready is not None and self._ready.done() and self._fatal is None:
            self._ready = asyncio.get_running_loop().create_future()

    async def _heartbeats(self, ws: ClientConnection) -> None:
        timer = self.options.timer
        with contextlib.suppress(_connection_closed()):
            while True:
                wait = self._protocol.heartbeat_due_in(timer.now())
                if wait > 0:
                    await timer.sleep(wait)
                    continue
                await ws.send(self._protocol.heartbeat(timer.now()))

    async def _watchdog(self, ws: ClientConnection, reason: list[str]) -> None:
        timer, limit = self.options.timer, self.options.silence_timeout
        while (left := limit - self._protocol.silent_for(timer.now())) > 0:
            await timer.sleep(left)
        reason.append(f"silent for {limit:g} s")
        ws.transport.abort()  # the reader ends; no closing handshake with a server that says nothing

    # -- what arrives ---------------------------------------------------------------------------

    async def _handle(self, ws: ClientConnection, event: ProtocolEvent) -> None:
        if isinstance(event, Answer):
            if event.pending.purpose is Purpose.CALL:
                future = self._waiters.get(event.pending.request_id)
                if future is not None and not future.done():
                    future.set_result(event)
            else:
                self._on_resumable(event.pending, event.status, event.data)
        elif isinstance(event, ServerEvent):
            self._on_server_event(event)
        elif isinstance(event, ServerOpened):
            await ws.send(self._protocol.authorize_frame(await self._tokens.current()))
        elif isinstance(event, Authorized):
            await self._authorized(ws)
        elif isinstance(event, AuthorizeRefused):
            await self._refused(ws, event)
        elif isinstance(event, Shutdown):
            self._quota = self._quota or event.quota
            emit(self._hook, self._event(SocketShutdown, reason_code=_code_name(event.reason_code)))
        elif isinstance(event, Closing):
            self._closed_by_server = event.code
            await ws.close()
        elif isinstance(event, Unreadable):
            self._on_unreadable(event.what)

    async def _authorized(self, ws: ClientConnection) -> None:
        self._refusals, self._quota = 0, False
        for _, frame in self._protocol.resume_frames():
            await ws.send(frame)
        reconnect = getattr(self, "_reconnecting", None)
        if reconnect is None:
            emit(self._hook, self._event(SocketConnected, url=self.url))
        else:
            lost_at, attempts = reconnect
            gap = max(0.0, self.options.timer.now() - lost_at)
            emit(self._hook, self._event(SocketReconnected, gap=round(gap, 3), attempts=attempts))
            self._reconnecting = None
        if self._ready is not None and not self._ready.done():
            self._ready.set_result(None)

    async def _refused(self, ws: ClientConnection, event: AuthorizeRefused) -> None:
        self._refusals += 1
        if self._refusals > 1:
            raise _Fatal(
                errors.APIAuthenticationError(
                    f"the {self.kind} socket's authorize was refused twice, once after a token refresh",
                    provider=self._provider,
                    status_code=event.status,
                    description=self._tokens.scrub(event.text),
                    operation="authorize",
                )
            )
        await ws.send(self._protocol.authorize_frame(await self._tokens.refreshed()))

    def _event(self, cls: Any, **fields: Any) -> Any:
        return cls(self._provider, self._environment, socket=self.kind, **fields)


def _connection_closed() -> type[Exception]:
    from websockets.exceptions import ConnectionClosed

    return ConnectionClosed


def _no_proxy(url: str) -> dict[str, Any]:
    """Loopback never goes through a proxy (websockets ≥ 15 honours the ``*_proxy`` variables)."""
    from websockets.version import version

    if is_loopback(urlsplit(url).hostname or "") and int(version.split(".")[0]) >= 15:
        return {"proxy": None}
    return {}


def _why(code: int | None) -> str:
    return "connection lost" if code in (None, 1006) else f"closed by the server ({code})"


def _code_name(code: str) -> str:
    return code if code.isascii() and code.isalnum() and len(code) <= 64 else "Unknown"
