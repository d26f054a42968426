"""The sockets' events on ``on_event`` (re-exported by ``auth_overlay.events``). No token, no body."""

from __future__ import annotations

import logging

import attrs

from auth_overlay._events import Event


@attrs.frozen
class SocketConnected(Event):
    """A socket is open and authorised (``socket``: ``trading``, ``market_data`` or ``replay``)."""

    socket: str
    url: str


@attrs.frozen
class SocketClosed(Event):
    """A connection ended: ``reason`` says why (``closed by the application``, ``silent for 30 s``,
    ``server closed (3000)`` …); ``code`` is the close code when there was one."""

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
    ``IPQuotaReached`` (a quota reason backs off for longer) or a reason this client does not know."""

    socket: str
    reason_code: str
    level = logging.WARNING
