"""The one asyncio driver: a logical socket over as many connections as it takes.

It owns the pure ``Protocol`` and the pending requests; each connection is run by ``Link``
(connect, authorise, heartbeat, watchdog, read). A connection that ends is replaced after a
jittered, bounded back-off (longer after a quota ``shutdown``) until ``close()``, which
cancels every task it started; every pending request resolves: its answer, a typed timeout,
or ``Lost`` when its connection ended. ``websockets``' own reconnecting iterator is not
used: it knows neither ``authorize`` nor the vendor's quotas.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from auth_overlay import errors
from auth_overlay.events import (
    EventHook,
    SocketClosed,
    emit,
    logger,
)

from ._link import Link, Lost, connection_closed
from ._protocol import (
    Answer,
    Pending,
    Protocol,
    ServerEvent,
    Subscription,
)
from ._settings import SocketOptions
from ._tokens import TokenSource

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection


class Connection(Link):
    """One logical socket (``kind``: trading, market_data, replay) over as many connections as it takes."""

    def __init__(
        self,
        url: str,
        kind: str,
        tokens: TokenSource,
        options: SocketOptions,
        *,
        tls: ssl.SSLContext | None = None,
        provider: str,
        environment: str | None,
        on_event: EventHook | None,
        on_server_event: Callable[[ServerEvent], None],
        on_resumable: Callable[[Pending, int | None, Any], None],
        on_unreadable: Callable[[str], None],
    ) -> None:
        self.url, self.kind, self.options = url, kind, options
        self._tls = tls
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
        #: called once when the socket stops for good (refused twice, cannot connect, closed)
        self.on_fatal: Callable[[errors.AuthOverlayError], None] | None = None

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
            except connection_closed():
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

    def remember(self, subscription: Subscription) -> None:
        """Change what a stream sends on later connections, without sending it now."""
        self._protocol.remember(subscription)

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
            if self.on_fatal is not None:
                self.on_fatal(error)
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
            try:
                ready, reason, code = await self._connection()
            except Exception as exc:  # a bug here must not end the supervisor silently
                logger.exception("the %s socket's connection failed unexpectedly", self.kind)
                ready, reason, code = False, f"connection failed ({type(exc).__name__})", None
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

    def _event(self, cls: Any, **fields: Any) -> Any:
        return cls(self._provider, self._environment, socket=self.kind, **fields)
