"""One connection of a socket, from connect to its end: the reader, the heartbeat, the watchdog.

``Link`` is the half of ``Connection`` that runs while a transport is open: it connects with
``websockets``, hands each frame to the ``Protocol`` and acts on what it says (authorise after
``o``, once more with a refreshed token when refused; send the subscriptions again once
authorised), and runs two tasks beside the reader: the client heartbeat on its own timer
(whatever arrives, however slowly the application consumes) and the silence watchdog.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from auth_overlay import errors
from auth_overlay._core._endpoint import HttpOptions
from auth_overlay._core._urls import is_loopback
from auth_overlay.events import EventHook, SocketConnected, SocketReconnected, SocketShutdown, emit, logger

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


class Link:
    """What ``Connection`` holds, as far as one connection's run needs it."""

    url: str
    kind: str
    options: SocketOptions
    connections: int
    _tokens: TokenSource
    _protocol: Protocol
    _hook: EventHook | None
    _on_server_event: Callable[[ServerEvent], None]
    _on_resumable: Callable[[Pending, int | None, Any], None]
    _on_unreadable: Callable[[str], None]
    _ws: ClientConnection | None
    _waiters: dict[int, asyncio.Future[Answer]]
    _ready: asyncio.Future[None] | None
    _fatal: errors.AuthOverlayError | None
    _quota: bool
    _refusals: int
    _reconnecting: tuple[float, int] | None
    _closed_by_server: int | None
    _provider: str
    _tls: ssl.SSLContext | None

    def _set_fatal(self, error: errors.AuthOverlayError) -> None:
        raise NotImplementedError

    def _tls_option(self) -> dict[str, Any]:
        # Never ``ssl=None``: for a wss:// URL websockets would then connect without TLS at all.
        return {} if self._tls is None else {"ssl": self._tls}

    def _event(self, cls: Any, **fields: Any) -> Any:
        raise NotImplementedError

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
                **self._tls_option(),
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
            code = _close_code(ws)
        except connection_closed():
            code = _close_code(ws)
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
        with contextlib.suppress(connection_closed()):
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


def _close_code(ws: ClientConnection) -> int | None:
    """The close code received (``ws.close_code`` since websockets 14.1; the protocol's before)."""
    code = getattr(ws, "close_code", None)
    if code is None:
        code = getattr(getattr(ws, "protocol", None), "close_code", None)
    return code if isinstance(code, int) else None


def connection_closed() -> type[Exception]:
    from websockets.exceptions import ConnectionClosed

    return ConnectionClosed


def socket_tls(url: str, http: HttpOptions) -> ssl.SSLContext | None:
    """The TLS context of a ``wss://`` socket: the auth's ``verify=``, as for its token and API calls.

    The process's one context per CA bundle (websockets would build one per connection, loading
    the system bundle on every reconnect); ``verify=False`` a context that checks nothing (local
    tests only). ``None`` for ``ws://``. An unreadable bundle is a ``ConfigurationError`` here,
    when the socket is made, not a reconnect loop later.
    """
    if urlsplit(url).scheme.lower() != "wss":
        return None
    from auth_overlay._flow._http import tls_verify

    verify = tls_verify(http)
    if verify is False:
        unchecked = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        unchecked.check_hostname = False
        unchecked.verify_mode = ssl.CERT_NONE
        return unchecked
    return verify


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
