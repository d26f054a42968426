"""``store = await ws.sync(...)`` and ``async for change in ws.changes()``: user sync on a socket.

The sync request is a stream: sent on this connection and again on every new one. Its first
answer builds the store (``sync()`` returns it); each later one (a reconnect) replaces the
store's contents by the fresh snapshot and yields one ``Resync``, so the application knows
changes may have been missed. ``props`` events update the store first, then are yielded.
A consumer that falls ``queue_size`` items behind gets its backlog replaced by one
``Resync("overflow")``: the store is current whatever the consumer does, and the reader
never waits for it (nor does the heartbeat). Answers go through the API call layer: a
penalty ticket is redeemed (same body plus ``p-ticket`` after ``p-time``), other refusals
raise from ``sync()`` or from ``changes()``.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Iterable, Sequence
from typing import Any

from auth_overlay import errors
from auth_overlay.api import _call, _drift, _mapping

from ._protocol import Answer, Pending, Subscription
from ._socket import Socket
from ._store import Change, Resync, UserStore

SYNC = "user/syncrequest"
#: what ``sync()`` asks for unless told otherwise (the vendor's default is now nothing at all)
DEFAULT_ENTITY_TYPES: tuple[str, ...] = (
    "user",
    "account",
    "order",
    "fill",
    "position",
    "cashBalance",
    "contract",
    "orderVersion",
    "executionReport",
    "commandReport",
    "command",
    "marginSnapshot",
)

Item = Change | Resync


class _Feed:
    """One ``changes()`` consumer's backlog: bounded, never blocking the socket's reader."""

    def __init__(self, size: int) -> None:
        self.items: collections.deque[Item] = collections.deque()
        self.size = size
        self.wake = asyncio.Event()
        self.error: errors.AuthOverlayError | None = None
        self.closed = False

    def put(self, item: Item, store: UserStore) -> None:
        if len(self.items) >= self.size:
            self.items.clear()
            item = Resync("overflow", store)
        self.items.append(item)
        self.wake.set()


class ChangeStream:
    """``async for change in ws.changes()``: ``Change`` and ``Resync`` items, in order."""

    def __init__(self, feeds: list[_Feed], feed: _Feed) -> None:
        self._feeds, self._feed = feeds, feed

    def __aiter__(self) -> ChangeStream:
        return self

    async def __anext__(self) -> Item:
        feed = self._feed
        while True:
            if feed.items:
                return feed.items.popleft()
            if feed.error is not None:
                self.close()
                raise feed.error.copy()
            if feed.closed:
                self.close()
                raise StopAsyncIteration
            feed.wake.clear()
            await feed.wake.wait()

    def close(self) -> None:
        """Stop keeping changes for this stream."""
        if self._feed in self._feeds:
            self._feeds.remove(self._feed)

    async def __aenter__(self) -> ChangeStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()


class SyncedSocket(Socket):
    """A socket that can carry user sync (the trading and replay sockets)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._store: UserStore | None = None
        self._feeds: list[_Feed] = []
        self._snapshot_id: int | None = None
        self._sync_body: dict[str, Any] = {}
        self._first_snapshot: asyncio.Future[UserStore] | None = None
        self._redeeming: asyncio.Task[None] | None = None
        self._connection.on_fatal = self._stopped

    async def sync(
        self,
        entity_types: Iterable[str] = DEFAULT_ENTITY_TYPES,
        *,
        split_responses: bool = False,
        users: Sequence[int] | None = None,
        accounts: Sequence[int] | None = None,
    ) -> UserStore:
        """Send ``user/syncrequest`` (on this and every later connection) and return the live store.

        ``entity_types`` are named as ``props`` name them (``order``, ``cashBalance`` …);
        ``split_responses`` must be True for B2B vendors (the vendor closes their sockets
        otherwise). A sync request cannot be cancelled: one per socket; a second call returns
        the same store.
        """
        from tradovate_client.models import SyncRequest

        if self._first_snapshot is not None:
            return await asyncio.shield(self._first_snapshot)
        request = SyncRequest(entity_types=list(entity_types), split_responses=split_responses)
        if users is not None:
            request.users = list(users)
        if accounts is not None:
            request.accounts = list(accounts)
        self._sync_body = request.to_dict()
        self._first_snapshot = asyncio.get_running_loop().create_future()
        self._on("props", self._props)
        await self._subscribe(SYNC, SYNC, self._sync_body, self._sync_answered)
        timeout = self.options.request_timeout + self._settings.retry.deadline
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(self._first_snapshot)
        except TimeoutError:
            raise errors.APITimeoutError(
                f"{SYNC}: no snapshot in time", operation=SYNC, provider=self._auth.provider
            ) from None

    @property
    def store(self) -> UserStore | None:
        """The live store once ``sync()`` has returned."""
        return self._store

    def changes(self) -> ChangeStream:
        """Every change after the store reflects it, and a ``Resync`` when it was replaced; ends on ``close()``.

        Changes are kept from this call on (not from the first ``async for`` step), at most
        ``queue_size`` of them. ``async with ws.changes() as changes:`` stops keeping them at the end.
        """
        if self._store is None:
            raise errors.ConfigurationError("await ws.sync(...) before asking for ws.changes()")
        feed = _Feed(self.options.queue_size)
        self._feeds.append(feed)
        return ChangeStream(self._feeds, feed)

    async def close(self) -> None:
        for feed in self._feeds:
            feed.closed = True
            feed.wake.set()
        redeeming = self._redeeming
        if redeeming is not None:
            redeeming.cancel()
            await asyncio.gather(redeeming, return_exceptions=True)
        await super().close()

    # -- what arrives -----------------------------------------------------------------------------

    def _props(self, data: Any) -> None:
        store = self._store
        if store is None:
            return  # before the snapshot: the snapshot has it
        for change in store.apply(data):
            for feed in self._feeds:
                feed.put(change, store)

    def _sync_answered(self, pending: Pending, status: int | None, data: Any) -> None:
        from tradovate_client.api.users import sync_request

        response = self._caller.as_http(Answer(pending, status, data), "POST", SYNC)
        try:
            message = _call._answer(
                response, sync_request._parse_response, self._client, f"POST /{SYNC}", self._settings, True
            )
        except _mapping.Failure as failure:
            self._refused(failure, data)
            return
        if self._sync_body.get("p-ticket"):  # redeemed: later connections send the plain body again
            self._sync_body = {k: v for k, v in self._sync_body.items() if k != "p-ticket"}
            self._connection.remember(Subscription(SYNC, SYNC, self._sync_body))
        if pending.request_id == self._snapshot_id and self._store is not None:
            self._store.merge(message)  # a further part of a split answer
            return
        self._snapshot_id = pending.request_id
        if self._store is None:
            self._store = UserStore(self._report)
            self._store.replace(message)
            if self._first_snapshot is not None and not self._first_snapshot.done():
                self._first_snapshot.set_result(self._store)
            return
        self._store.replace(message)
        for feed in self._feeds:
            feed.put(Resync("reconnected", self._store), self._store)

    def _refused(self, failure: _mapping.Failure, data: Any) -> None:
        ticket = data.get("p-ticket") if isinstance(data, dict) else None
        wait = failure.error.retry_after
        if (
            failure.transient
            and isinstance(ticket, str)
            and wait is not None
            and wait <= self._settings.retry.retry_after_cap
        ):
            self._redeeming = asyncio.get_running_loop().create_task(self._redeem(ticket, wait))
            return
        self._fail(failure.error)

    async def _redeem(self, ticket: str, wait: float) -> None:
        await self._settings.clock.asleep(wait)
        self._sync_body = {**self._sync_body, "p-ticket": ticket}
        await self._connection.subscribe(Subscription(SYNC, SYNC, self._sync_body))

    def _fail(self, error: errors.AuthOverlayError) -> None:
        first = self._first_snapshot
        if first is not None and not first.done():
            first.set_exception(error)
            first.exception()
        for feed in self._feeds:
            feed.error = error
            feed.wake.set()

    def _stopped(self, error: errors.AuthOverlayError) -> None:
        """The socket stopped for good: a consumer learns why (closing it ourselves ends quietly)."""
        for feed in self._feeds:
            if not feed.closed:
                feed.error = error
                feed.wake.set()
        first = self._first_snapshot
        if first is not None and not first.done():
            first.set_exception(error)
            first.exception()

    def _report(self, operation: str, findings: list[_drift.Finding]) -> None:
        _drift.report(self._settings, operation, findings)
