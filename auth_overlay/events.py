"""The typed events ``TokenAuth`` reports through ``on_event=`` (and logs on ``auth_overlay``).

None of them holds a secret, a token or a body: tokens appear only as fingerprints. Each
event is also logged on the ``auth_overlay`` logger (DEBUG for cache hits, INFO for
acquisitions and refreshes, WARNING for failures).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import attrs

__all__ = [
    "CacheHit",
    "CacheMiss",
    "ContractDrift",
    "Event",
    "EventHook",
    "PenaltyTicketHonoured",
    "RefreshFailed",
    "RefreshFinished",
    "RefreshStarted",
    "RetryScheduled",
    "SharedCacheUnavailable",
    "SocketClosed",
    "SocketConnected",
    "SocketReconnected",
    "SocketShutdown",
    "TokenAcquired",
    "UnauthorizedReplay",
]

logger = logging.getLogger("auth_overlay")


@attrs.frozen
class Event:
    provider: str
    environment: str | None

    level = logging.INFO

    def describe(self) -> str:
        fields = ", ".join(f"{a.name}={getattr(self, a.name)!r}" for a in attrs.fields(type(self)))
        return f"{type(self).__name__}({fields})"


@attrs.frozen
class TokenAcquired(Event):
    fingerprint: str
    expires_in: float
    grant: str
    source: str  # "endpoint" or "shared-cache"


@attrs.frozen
class CacheHit(Event):
    fingerprint: str
    level = logging.DEBUG


@attrs.frozen
class CacheMiss(Event):
    reason: str
    level = logging.DEBUG


@attrs.frozen
class RefreshStarted(Event):
    fingerprint: str | None
    background: bool


@attrs.frozen
class RefreshFinished(Event):
    fingerprint: str
    previous_fingerprint: str | None


@attrs.frozen
class RefreshFailed(Event):
    error: str
    error_code: str
    next_attempt_in: float | None
    level = logging.WARNING


@attrs.frozen
class RetryScheduled(Event):
    attempt: int
    delay: float
    error_code: str
    status_code: int | None
    level = logging.WARNING


@attrs.frozen
class PenaltyTicketHonoured(Event):
    wait: float
    ticket_number: int
    level = logging.WARNING


@attrs.frozen
class UnauthorizedReplay(Event):
    rejected_fingerprint: str
    replayed: bool


@attrs.frozen
class SharedCacheUnavailable(Event):
    cache: str
    error: str
    level = logging.WARNING


@attrs.frozen
class ContractDrift(Event):
    """A live API answer differs from the spec the client was generated from.

    ``kind``: ``unknown_enum_value``, ``unknown_field``, ``missing_field``, ``wrong_type``,
    ``invalid_value``, ``undecodable_body``, ``undocumented_status`` or (a socket's ``props``)
    ``unknown_entity_type``. ``path`` is a JSON path
    (``$[0].ordStatus``; ``$..name`` when the depth is not known). ``value_type`` is the JSON
    type seen (``string``, ``number``, ``absent`` …; for ``undocumented_status``, the status):
    never the value itself.
    """

    operation: str
    path: str
    kind: str
    value_type: str
    level = logging.WARNING


# -- Tradovate's sockets (auth_overlay.realtime) ---------------------------------------------------


@attrs.frozen
class SocketConnected(Event):
    """A socket is open and authorised (``socket``: ``trading``, ``market_data`` or ``replay``)."""

    socket: str
    url: str


@attrs.frozen
class SocketClosed(Event):
    """A connection ended: ``reason`` says why (``closed by the application``, ``silent for 30 s``,
    ``closed by the server (3000)`` …); ``code`` is the close code when there was one."""

    socket: str
    reason: str
    code: int | None = None
    level = logging.WARNING


@attrs.frozen
class SocketReconnected(Event):
    """A dropped socket is open and authorised again after ``gap`` seconds; its subscriptions are resent."""

    socket: str
    gap: float
    attempts: int


@attrs.frozen
class SocketShutdown(Event):
    """The vendor announced it is closing the socket: ``Maintenance``, ``ConnectionQuotaReached``,
    ``IPQuotaReached`` (a quota reason backs off for longer) or ``Unknown``."""

    socket: str
    reason_code: str
    level = logging.WARNING


EventHook = Callable[[Event], None]


def emit(hook: EventHook | None, event: Event) -> None:
    """Log the event and hand it to the user's hook; a failing hook never breaks a request."""
    if logger.isEnabledFor(event.level):
        logger.log(event.level, "%s", event.describe())
    if hook is not None:
        try:
            hook(event)
        except Exception:
            logger.exception("on_event hook raised; ignoring")


# A library never prints on its own: without the application's logging set up, stay quiet.
logger.addHandler(logging.NullHandler())
