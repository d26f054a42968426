"""What tests turn and read on ``Sandbox.sockets``: options, faults on demand, counters.

Faults: refuse ``authorize``; answer an endpoint with a status (``{"s": 429}``) or a penalty
ticket (redeemed, as over REST, by the same body with ``p-ticket`` once ``p-time`` passed on
the sandbox's clock); hold an endpoint's answers (never sent: a request left pending); drop
every connection (no close frame), close with ``c[3000, "Go away!"]``, send ``shutdown``, go
silent (no frame at all: no ``h``, no data, no answers). Counters: connections, ``authorize``
frames (with the fingerprint of each accepted token), requests per endpoint, heartbeats
received and the longest gap between two of them, sync requests, streamed packets, ``props``.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._socket_options import Verdict

if TYPE_CHECKING:
    from ._socket_session import Session
    from ._state import SandboxState


@dataclass(frozen=True, slots=True)
class SocketStats:
    connections: dict[str, int]
    open_connections: int
    authorized: dict[str, int]
    refused: dict[str, int]
    #: sandbox fingerprints (``Sandbox.fingerprint``) of the tokens authorised with, in order
    authorized_with: tuple[str, ...]
    #: lower-cased endpoint → requests received (``authorize`` included), over every socket
    requests: dict[str, int]
    heartbeats: dict[str, int]
    max_heartbeat_gap: float
    #: the ``entityTypes`` of every sync request, in order (None: not given)
    sync_requests: tuple[tuple[str, ...] | None, ...]
    streamed: dict[str, int]
    props_sent: int
    #: the body of each request to an endpoint, in order (for "sent the identical body again")
    bodies: dict[str, tuple[str, ...]]


class StatsRecorder:
    def __init__(self) -> None:
        self.connections: Counter[str] = Counter()
        self.authorized: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.fingerprints: list[str] = []
        self.requests: Counter[str] = Counter()
        self.bodies: dict[str, list[str]] = {}
        self.heartbeats: Counter[str] = Counter()
        self.max_gap = 0.0
        self.syncs: list[tuple[str, ...] | None] = []
        self.streamed_packets: Counter[str] = Counter()
        self.props_count = 0

    def connection(self, kind: str) -> None:
        self.connections[kind] += 1

    def authorize(self, kind: str, *, ok: bool, fingerprint: str | None) -> None:
        (self.authorized if ok else self.refused)[kind] += 1
        if fingerprint is not None:
            self.fingerprints.append(fingerprint)

    def request(self, kind: str, endpoint: str, body: str) -> None:
        self.requests[endpoint] += 1
        if endpoint != "authorize":  # never keep a token
            self.bodies.setdefault(endpoint, []).append(body)

    def heartbeat(self, kind: str, gap: float | None) -> None:
        self.heartbeats[kind] += 1
        if gap is not None:
            self.max_gap = max(self.max_gap, gap)

    def sync(self, entity_types: frozenset[str] | None) -> None:
        self.syncs.append(None if entity_types is None else tuple(sorted(entity_types)))

    def streamed(self, kind: str) -> None:
        self.streamed_packets[kind] += 1

    def props(self, count: int) -> None:
        self.props_count += count

    def snapshot(self, open_connections: int) -> SocketStats:
        return SocketStats(
            connections=dict(self.connections),
            open_connections=open_connections,
            authorized=dict(self.authorized),
            refused=dict(self.refused),
            authorized_with=tuple(self.fingerprints),
            requests=dict(self.requests),
            heartbeats=dict(self.heartbeats),
            max_heartbeat_gap=self.max_gap,
            sync_requests=tuple(self.syncs),
            streamed=dict(self.streamed_packets),
            props_sent=self.props_count,
            bodies={k: tuple(v) for k, v in self.bodies.items()},
        )


@dataclass(slots=True)
class _Answering:
    endpoint: str
    status: int
    data: Any
    remaining: int | None


@dataclass(slots=True)
class _Penalising:
    endpoint: str
    p_time: float
    captcha: bool
    remaining: int | None


class SocketFaults:
    """The fault half of ``SocketServer`` (it provides ``_state``, ``_targets`` and ``_on_loop``)."""

    _state: SandboxState

    def __init__(self) -> None:
        self._lock = threading.RLock()  # the server's counters share it
        self._refusals = 0
        self._answering: list[_Answering] = []
        self._penalising: list[_Penalising] = []
        self._tickets: dict[str, tuple[str, float]] = {}  # ticket → (endpoint, not before)
        self._holding: set[str] = set()

    # -- knobs ------------------------------------------------------------------------------------

    def refuse_authorize(self, times: int = 1) -> None:
        """The next ``times`` authorize frames are refused (401 "Invalid access token"), whatever the token."""
        with self._lock:
            self._refusals += times

    def answer_status(self, endpoint: str, status: int = 429, text: str | None = None, times: int | None = 1) -> None:
        """Answer requests to ``endpoint`` with ``{"s": status}`` (and ``d``: text) instead of handling them."""
        with self._lock:
            self._answering.append(_Answering(endpoint.lower().lstrip("/"), status, text, times))

    def penalty(self, endpoint: str, p_time: float = 0.0, captcha: bool = False, times: int | None = 1) -> None:
        """Answer requests to ``endpoint`` with a penalty ticket (``s`` 200, ``d`` with ``p-ticket``)."""
        with self._lock:
            self._penalising.append(_Penalising(endpoint.lower().lstrip("/"), p_time, captcha, times))

    def hold(self, endpoint: str) -> None:
        """Never answer ``endpoint`` (until ``clear_faults``): its requests stay pending."""
        with self._lock:
            self._holding.add(endpoint.lower().lstrip("/"))

    def clear_faults(self) -> None:
        with self._lock:
            self._refusals = 0
            self._answering.clear()
            self._penalising.clear()
            self._tickets.clear()
            self._holding.clear()

    # -- actions on the open connections ----------------------------------------------------------

    def drop(self, kind: str | None = None) -> int:
        """Cut every connection (of one socket kind) without a close frame; returns how many."""
        return self._act(kind, _abort)

    def close(self, code: int = 3000, reason: str = "Go away!", kind: str | None = None) -> int:
        """Send ``c[code, reason]`` and close, as the vendor does."""

        async def close(session: Session) -> None:
            await session.send("c" + json.dumps([code, reason]))
            session.closing(1000)

        return self._act(kind, close)

    def shutdown(self, reason_code: str = "Maintenance", kind: str | None = None, *, close: bool = True) -> int:
        """Send a ``shutdown`` event (``Maintenance``, ``ConnectionQuotaReached``, ``IPQuotaReached``), then close."""

        async def shutdown(session: Session) -> None:
            event = {"e": "shutdown", "d": {"reasonCode": reason_code, "reason": "sandbox"}}
            await session.send("a" + json.dumps([event]))
            if close:
                session.closing(1000)

        return self._act(kind, shutdown)

    def push(self, *messages: dict[str, Any], kind: str | None = None) -> int:
        """Send messages (``{"e": "props", "d": …}`` …) in one ``a[...]`` frame to every open connection."""

        async def push(session: Session) -> None:
            await session.send("a" + json.dumps(list(messages)))

        return self._act(kind, push)

    def go_silent(self, kind: str | None = None) -> int:
        """The open connections send nothing more (no ``h``, no data, no answers) but stay open."""

        async def silence(session: Session) -> None:
            session.silent = True

        return self._act(kind, silence)

    def _act(self, kind: str | None, action: Any) -> int:
        sessions = self._targets(kind)

        async def run() -> None:
            for session in sessions:
                await action(session)

        self._on_loop(run())
        return len(sessions)

    def _targets(self, kind: str | None) -> list[Session]:
        raise NotImplementedError

    def _on_loop(self, coroutine: Any, timeout: float = 5.0) -> Any:
        raise NotImplementedError

    # -- read by sessions -------------------------------------------------------------------------

    def take_refusal(self) -> bool:
        if self._refusals > 0:
            self._refusals -= 1
            return True
        return False

    def fault_for(self, endpoint: str, body: str) -> Verdict:
        """What a fault makes of this request: None (handle it), "hold", or (status, data) to answer."""
        with self._lock:
            if endpoint in self._holding:
                return "hold"
            for answering in self._answering:
                if answering.endpoint == endpoint:
                    _spend(self._answering, answering)
                    return answering.status, answering.data
            ticket = _ticket_of(body)
            if ticket is not None and ticket in self._tickets:
                where, not_before = self._tickets.pop(ticket)
                if where == endpoint and self._state.clock() >= not_before:
                    return None
            for penalising in self._penalising:
                if penalising.endpoint == endpoint:
                    _spend(self._penalising, penalising)
                    value = secrets.token_urlsafe(16)
                    self._tickets[value] = (endpoint, self._state.clock() + penalising.p_time)
                    d = {"p-ticket": value, "p-time": penalising.p_time, "p-captcha": penalising.captcha}
                    return 200, d
        return None


def _spend(queue: list[Any], item: Any) -> None:
    if item.remaining is not None:
        item.remaining -= 1
        if item.remaining <= 0:
            queue.remove(item)


def _ticket_of(body: str) -> str | None:
    try:
        payload = json.loads(body) if body.strip() else None
    except (ValueError, RecursionError):
        return None
    value = payload.get("p-ticket") if isinstance(payload, dict) else None
    return value if isinstance(value, str) else None


async def _abort(session: Session) -> None:
    session.ws.transport.abort()
