"""What ``async with auth.socket() as ws`` gives: one socket, its typed requests, its streams.

``Socket`` owns one ``Connection`` and dispatches what arrives: answers to subscriptions by
key, server events by name (``props``, ``md``, ``chart``, ``clock``) to the mixins that
registered for them (``_sync``, ``_market``, ``_replay``). Frames nobody can read are
reported once as ``ContractDrift`` and skipped, never fatal.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, Self, TypeVar

from auth_overlay._core._policy import RetryPolicy
from auth_overlay.api import _drift

from ._calls import Caller
from ._connection import Connection
from ._link import socket_tls
from ._protocol import Pending, ServerEvent, Subscription
from ._settings import SocketOptions
from ._tokens import SessionTokens
from ._urls import SocketKind, SocketPlace

if TYPE_CHECKING:
    from auth_overlay._flow._manager import TokenManager
    from auth_overlay.api._settings import APISettings

P = ParamSpec("P")
R = TypeVar("R")

ResumableHandler = Callable[[Pending, int | None, Any], None]


class SessionOwner(Protocol):
    """What a socket needs of the ``TokenAuth`` that opened it (the front is above this package)."""

    @property
    def provider(self) -> str: ...

    @property
    def environment(self) -> str | None: ...

    def api_settings(self, retry: RetryPolicy | bool | None = None) -> APISettings: ...

    def client(self, package: None = None, **kwargs: Any) -> Any: ...


class Socket:
    """A Tradovate socket on a ``TokenAuth``'s session. Use it with ``async with``."""

    kind: SocketKind = "trading"

    def __init__(
        self,
        auth: SessionOwner,
        manager: TokenManager,
        place: SocketPlace,
        *,
        url: str | None = None,
        options: SocketOptions | None = None,
        retry: RetryPolicy | bool | None = None,
    ) -> None:
        self._auth = auth
        self.url = url if url is not None else place.url(self.kind)
        self.options = options or SocketOptions()
        self._settings = auth.api_settings(retry)
        self._tokens = SessionTokens(manager, market_data=self.kind == "market_data")
        self._event_handlers: dict[str, Callable[[Any], None]] = {}
        self._resumables: dict[object, ResumableHandler] = {}
        self._connection = Connection(
            self.url,
            self.kind,
            self._tokens,
            self.options,
            tls=socket_tls(self.url, manager._http),
            provider=auth.provider,
            environment=auth.environment,
            on_event=self._settings.on_event,
            on_server_event=self._dispatch,
            on_resumable=self._resumed,
            on_unreadable=self._unreadable,
        )
        self._client: Any = None
        self._caller = Caller(self._connection, self._settings, None, self._tokens.last_text)

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def open(self) -> None:
        """Connect and authorise (``async with`` does it): ``APIConnectionError``/``APIAuthenticationError``."""
        if self._client is None:
            self._client = self._auth.client(retry=False)  # only its parse settings are used
            self._caller = Caller(self._connection, self._settings, self._client, self._tokens.last_text)
        await self._connection.open()

    async def close(self) -> None:
        """Close the socket; every task it started ends, every pending request fails typed."""
        await self._connection.close()

    @property
    def connected(self) -> bool:
        return self._connection.ready

    @property
    def connections(self) -> int:
        """How many connections this socket has opened (1 until the first reconnect)."""
        return self._connection.connections

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url} connected={self.connected}>"

    # -- requests -------------------------------------------------------------------------------

    async def call(self, operation: Callable[..., Awaitable[R | None]], /, **kwargs: Any) -> R:
        """``await ws.call(account_list.asyncio)`` → ``list[Account]``, or one ``APIError`` (as over REST).

        The operation's keywords (``body=``, ``name=`` …) but no ``client=``: the socket is the client
        (so type checkers see the answer's model, not the keywords: a ParamSpec cannot drop ``client``).
        """
        return await self._caller.call(operation, **kwargs)

    async def request(
        self,
        endpoint: str,
        *,
        query: str | Mapping[str, Any] | None = None,
        body: object = None,
        idempotent: bool = False,
    ) -> Any:
        """An endpoint the REST spec lacks (``md/getChart`` …): the answer's JSON ``d``, or one ``APIError``.

        ``idempotent=True`` lets a drop, a timeout, a 429 or a penalty ticket send it again.
        """
        return await self._caller.request(endpoint, query, body, idempotent)

    # -- streams (for the mixins) ---------------------------------------------------------------

    async def _subscribe(self, key: object, endpoint: str, body: object, handler: ResumableHandler) -> None:
        self._resumables[key] = handler
        await self._connection.subscribe(Subscription(key, endpoint, body))

    async def _unsubscribe(self, key: object, endpoint: str | None, body: object) -> None:
        """Stop resending a stream and, on a live socket, send the vendor's unsubscribe (best effort)."""
        self._resumables.pop(key, None)
        live = self._connection.forget(key)
        if endpoint is not None and live and self._connection.ready:
            try:
                await self._caller.request(endpoint, None, body, False)
            except Exception as exc:  # the stream is gone for us either way; say so, do not raise from a `with` exit
                from auth_overlay.events import logger

                logger.warning("%s on the %s socket failed: %s", endpoint, self.kind, type(exc).__name__)

    def _on(self, name: str, handler: Callable[[Any], None]) -> None:
        self._event_handlers[name] = handler

    def _dispatch(self, event: ServerEvent) -> None:
        handler = self._event_handlers.get(event.name)
        if handler is not None:
            try:
                handler(event.data)
            except Exception:  # one event this client cannot digest must not end the socket
                self._undigested(event.name)

    def _resumed(self, pending: Pending, status: int | None, data: Any) -> None:
        handler = self._resumables.get(pending.key)
        if handler is not None:
            try:
                handler(pending, status, data)
            except Exception:
                self._undigested(pending.endpoint)

    def _undigested(self, where: str) -> None:
        from auth_overlay.events import logger

        logger.exception("the %s socket could not digest a %s message; skipped", self.kind, where)
        name = where if where.replace("/", "").isalnum() and len(where) <= 64 else "?"  # a name, never a value
        _drift.report(self._settings, f"{self.kind} socket", [(f"$.{name}", "invalid_value", "unknown")])

    def _unreadable(self, what: str) -> None:
        _drift.report(self._settings, f"{self.kind} socket", [("$", "undecodable_body", "unknown")])
