"""The socket protocol as a state machine: frames in → events out; requests in → frames out.

No socket, no clock, no token store (the h11/wsproto habit): the driver hands in each frame
the server sent with the time it arrived, and asks what to send — the ``authorize`` frame
after ``o``, a request with a fresh id, the subscriptions to send again once a reconnected
socket is authorised, and when the next client heartbeat is due. Every request is in the
pending table until its answer arrives or the connection is lost (then ``connection_lost``
hands back every one of them, so nothing waits forever).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Mapping
from typing import Any

import attrs

from ._frames import (
    HEARTBEAT,
    FrameError,
    Messages,
    Opened,
    ServerClose,
    ServerHeartbeat,
    encode_request,
    parse_array,
    parse_frame,
)

AUTHORIZE = "authorize"
#: shutdown reasons that ask a client to stay away longer than a plain drop does
QUOTA_REASONS = frozenset({"ConnectionQuotaReached", "IPQuotaReached"})


class Phase(enum.Enum):
    CONNECTING = "connecting"  # transport open, waiting for ``o``
    AUTHORIZING = "authorizing"  # ``authorize`` sent
    READY = "ready"  # authorised: requests may go
    CLOSED = "closed"  # the connection is gone (``connection_lost``); a new one starts at CONNECTING


class Purpose(enum.Enum):
    AUTHORIZE = "authorize"
    CALL = "call"  # one answer for one caller
    RESUMABLE = "resumable"  # a subscription (sync request, md/subscribe…): sent again on every connection


@attrs.define(eq=False)
class Pending:
    request_id: int
    endpoint: str
    purpose: Purpose
    #: the subscription this answers (``Purpose.RESUMABLE``)
    key: object | None = None


@attrs.frozen
class Subscription:
    """What to send again on a new connection to have the same stream again."""

    key: object
    endpoint: str
    body: object
    query: str | Mapping[str, Any] | None = None


# -- what ``receive`` reports -------------------------------------------------------------------


@attrs.frozen
class ServerOpened:
    """``o``: send ``authorize_frame(token)``."""


@attrs.frozen
class Authorized:
    """The ``authorize`` answer was 2xx: send ``resume_frames()`` (subscriptions), then requests."""


@attrs.frozen
class AuthorizeRefused:
    status: int | None
    text: str | None


@attrs.frozen
class Answer:
    pending: Pending
    status: int | None
    data: Any


@attrs.frozen
class ServerEvent:
    """``{"e": name, "d": data}``: ``props``, ``md``, ``chart``, ``clock`` …"""

    name: str
    data: Any


@attrs.frozen
class Shutdown:
    """``{"e": "shutdown"}``: the server is about to close; ``quota`` asks for a longer back-off."""

    reason_code: str
    reason: str | None

    @property
    def quota(self) -> bool:
        return self.reason_code in QUOTA_REASONS


@attrs.frozen
class Closing:
    """``c[code, reason]``: the server closes this connection."""

    code: int | None
    reason: str | None


@attrs.frozen
class Unreadable:
    """A frame or message this protocol cannot read (``what`` never quotes it)."""

    what: str


@attrs.frozen
class Orphan:
    """An answer whose id is not pending (a late answer to a request that timed out)."""

    request_id: int


ProtocolEvent = (
    ServerOpened | Authorized | AuthorizeRefused | Answer | ServerEvent | Shutdown | Closing | Unreadable | Orphan
)


class Protocol:
    """One logical socket across its connections: ids, the pending table, subscriptions, timers."""

    def __init__(self, heartbeat_interval: float = 2.5) -> None:
        if heartbeat_interval <= 0:
            raise ValueError("the heartbeat interval must be positive")
        self.heartbeat_interval = heartbeat_interval
        self.phase = Phase.CONNECTING
        self._ids = itertools.count(1)  # unique across connections too: an id never means two requests
        self._pending: dict[int, Pending] = {}
        self._subscriptions: dict[object, Subscription] = {}
        self._heartbeat_sent_at: float | None = None
        self._received_at: float | None = None
        self.connections = 0

    # -- connection lifecycle ----------------------------------------------------------------

    def connection_made(self, now: float) -> None:
        """A transport is open; wait for ``o``. The heartbeat clock starts now."""
        self.phase = Phase.CONNECTING
        self.connections += 1
        self._heartbeat_sent_at = now
        self._received_at = now

    def connection_lost(self) -> list[Pending]:
        """The transport is gone: every pending request, to be failed (or sent again) by the caller."""
        lost = list(self._pending.values())
        self._pending.clear()
        self.phase = Phase.CLOSED
        return lost

    @property
    def ready(self) -> bool:
        return self.phase is Phase.READY

    # -- what to send ------------------------------------------------------------------------

    def authorize_frame(self, token: str) -> str:
        """The ``authorize`` request with the raw token as its body."""
        if self.phase is not Phase.CONNECTING:
            raise RuntimeError(f"authorize is sent once per connection, not in phase {self.phase.value}")
        pending = self._register(AUTHORIZE, Purpose.AUTHORIZE, None)
        self.phase = Phase.AUTHORIZING
        return encode_request(AUTHORIZE, pending.request_id, None, token)

    def request(
        self, endpoint: str, query: str | Mapping[str, Any] | None = None, body: object = None
    ) -> tuple[Pending, str]:
        """A new request (a fresh id), registered as pending; only on an authorised connection."""
        self._check_ready()
        request_id = next(self._ids)
        frame = encode_request(endpoint, request_id, query, body)  # may raise: nothing registered yet
        pending = Pending(request_id, endpoint.lstrip("/"), Purpose.CALL)
        self._pending[request_id] = pending
        return pending, frame

    def subscribe(self, subscription: Subscription) -> tuple[Pending, str] | None:
        """Remember a subscription (sent again on every new connection); its frame if ready now."""
        self._subscriptions[subscription.key] = subscription
        return self._send_subscription(subscription) if self.ready else None

    def remember(self, subscription: Subscription) -> None:
        """Replace what a subscription sends on later connections (not sent now)."""
        self._subscriptions[subscription.key] = subscription

    def unsubscribe(self, key: object) -> Subscription | None:
        """Forget a subscription: it is not sent again; the caller sends the vendor's ``unsubscribe``."""
        for pending in [p for p in self._pending.values() if p.key == key]:
            del self._pending[pending.request_id]
        return self._subscriptions.pop(key, None)

    def subscriptions(self) -> list[Subscription]:
        return list(self._subscriptions.values())

    def resume_frames(self) -> list[tuple[Pending, str]]:
        """After ``Authorized``: every live subscription, to send on this connection."""
        self._check_ready()
        return [self._send_subscription(s) for s in self._subscriptions.values()]

    def _send_subscription(self, subscription: Subscription) -> tuple[Pending, str]:
        request_id = next(self._ids)
        frame = encode_request(subscription.endpoint, request_id, subscription.query, subscription.body)
        pending = Pending(request_id, subscription.endpoint.lstrip("/"), Purpose.RESUMABLE, subscription.key)
        self._pending[request_id] = pending
        return pending, frame

    def forget(self, pending: Pending) -> None:
        """Drop a pending request that timed out (its late answer becomes an ``Orphan``)."""
        self._pending.pop(pending.request_id, None)

    def _register(self, endpoint: str, purpose: Purpose, key: object | None) -> Pending:
        pending = Pending(next(self._ids), endpoint, purpose, key)
        self._pending[pending.request_id] = pending
        return pending

    def _check_ready(self) -> None:
        if self.phase is not Phase.READY:
            raise RuntimeError(f"requests go only on an authorised connection, not in phase {self.phase.value}")

    # -- timers ------------------------------------------------------------------------------

    def heartbeat_due_in(self, now: float) -> float:
        """Seconds until the next client heartbeat is due (0 or less: send ``heartbeat(now)``).

        Counted from the last heartbeat sent, whatever else was sent or received: answering
        only the server's ``h`` fails when a streaming server sends none.
        """
        last = self._heartbeat_sent_at if self._heartbeat_sent_at is not None else now
        return last + self.heartbeat_interval - now

    def heartbeat(self, now: float) -> str:
        self._heartbeat_sent_at = now
        return HEARTBEAT

    def silent_for(self, now: float) -> float:
        """Seconds since the server last sent anything on this connection."""
        return 0.0 if self._received_at is None else now - self._received_at

    # -- what arrives ------------------------------------------------------------------------

    def receive(self, data: str | bytes, now: float) -> list[ProtocolEvent]:
        """One frame from the server → what it means, in order."""
        self._received_at = now
        try:
            if type(data) is str and data[:1] == "a":  # the common frame, without the detour
                return [self._message(item) for item in parse_array(data)]
            frame = parse_frame(data)
        except FrameError as exc:
            return [Unreadable(str(exc))]
        if isinstance(frame, Messages):
            return [self._message(item) for item in frame.items]
        if isinstance(frame, ServerHeartbeat):
            return []
        if isinstance(frame, Opened):
            return [ServerOpened()] if self.phase is Phase.CONNECTING else []
        assert isinstance(frame, ServerClose)
        return [Closing(frame.code, frame.reason)]

    def _message(self, item: Any) -> ProtocolEvent:
        if not isinstance(item, dict):
            return Unreadable("a message that is not a JSON object")
        name = item.get("e")
        if isinstance(name, str):
            return _shutdown(item.get("d")) if name == "shutdown" else ServerEvent(name, item.get("d"))
        request_id = item.get("i")
        if isinstance(request_id, bool) or not isinstance(request_id, int):
            return Unreadable("a message with neither an event name nor a request id")
        status = item.get("s")
        status = status if isinstance(status, int) and not isinstance(status, bool) else None
        pending = self._pending.get(request_id)
        if pending is None:
            return Orphan(request_id)
        if pending.purpose is not Purpose.RESUMABLE:  # a stream's request stays: a split answer comes in parts
            del self._pending[request_id]
        if pending.purpose is Purpose.AUTHORIZE:
            return self._authorized(status, item.get("d"))
        return Answer(pending, status, item.get("d"))

    def _authorized(self, status: int | None, data: Any) -> Authorized | AuthorizeRefused:
        if status is not None and 200 <= status <= 299:
            self.phase = Phase.READY
            return Authorized()
        self.phase = Phase.CONNECTING  # the driver may authorise once more (with a refreshed token)
        return AuthorizeRefused(status, data if isinstance(data, str) else None)


def _shutdown(data: Any) -> Shutdown:
    """``d`` is an object with ``reasonCode`` (and ``reason``); some servers send the code alone."""
    if isinstance(data, dict):
        code, reason = data.get("reasonCode"), data.get("reason")
        return Shutdown(
            code if isinstance(code, str) and code else "Unknown", reason if isinstance(reason, str) else None
        )
    return Shutdown(data if isinstance(data, str) and data else "Unknown", None)
