"""All mutable sandbox state, behind one lock.

Vendor handlers run with ``state.lock`` held; they never do I/O, so one coarse lock is
both the simplest and a fast enough design for a test server.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ._faults import Fault
from ._models import PROVIDERS, Provider, TradovateStats, VendorCredentials
from ._request_log import RequestLog
from ._tradovate_book import TradingBook
from ._users import DEFAULT_REDIRECT_URIS

RenewalRejection = Literal["http_401", "in_band"]


def fingerprint(token: str) -> str:
    """The short hash the sandbox reports for a token (first 16 hex chars of its SHA-256)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


def whole_seconds(seconds: float) -> int:
    """Lifetimes on the wire are integers: round fractional ones up (0.5 s → 1)."""
    return math.ceil(seconds) if seconds > 0 else 0


def same_secret(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(slots=True, eq=False)
class TradovateSession:
    id: int
    username: str
    opened_at: float
    expires_at: float
    md_access_token: str
    closed_by_limit: bool = False

    def live(self, now: float) -> bool:
        return not self.closed_by_limit and now < self.expires_at


@dataclass(slots=True, eq=False)
class IssuedToken:
    provider: Provider
    value: str
    subject: str
    expires_at: float
    session: TradovateSession | None = None
    revoked: bool = False

    def valid(self, now: float) -> bool:
        if self.revoked or now >= self.expires_at:
            return False
        return self.session is None or not self.session.closed_by_limit


@dataclass(slots=True, eq=False)
class AuthorizationCode:
    value: str
    client_id: str
    username: str
    redirect_uri: str | None
    expires_at: float
    used: bool = False


@dataclass(slots=True, eq=False)
class RefreshGrant:
    value: str
    client_id: str
    username: str
    expires_at: float
    spent: bool = False


@dataclass(slots=True, eq=False)
class Penalty:
    p_time: float
    captcha: bool
    remaining: int | None


@dataclass(slots=True, eq=False)
class Ticket:
    value: str
    body_key: str
    not_before: float
    p_time: float
    captcha: bool


@dataclass(slots=True, eq=False)
class QueuedFault:
    fault: Fault
    remaining: int | None


@dataclass(slots=True)
class Counters:
    logins: int = 0
    renewals: int = 0
    renewals_rejected: int = 0
    sessions_opened: int = 0
    max_concurrent_sessions_seen: int = 0
    sessions_closed_by_limit: int = 0
    penalty_tickets_issued: int = 0
    oauth_token_requests: int = 0

    def snapshot(self) -> TradovateStats:
        return TradovateStats(
            logins=self.logins,
            renewals=self.renewals,
            renewals_rejected=self.renewals_rejected,
            sessions_opened=self.sessions_opened,
            max_concurrent_sessions_seen=self.max_concurrent_sessions_seen,
            sessions_closed_by_limit=self.sessions_closed_by_limit,
            penalty_tickets_issued=self.penalty_tickets_issued,
            oauth_token_requests=self.oauth_token_requests,
        )


@dataclass(slots=True)
class TradovateOptions:
    session_limit: int = 2
    renewal_rotates_token: bool = True
    rotates_refresh_token: bool = True
    renewal_rejection: RenewalRejection = "http_401"
    refresh_token_lifetime: float = 30 * 86400.0
    authorization_code_lifetime: float = 600.0
    redirect_uris: tuple[str, ...] = DEFAULT_REDIRECT_URIS  # registered for every client


@dataclass(slots=True, eq=False)
class SandboxState:
    lifetimes: dict[Provider, float]
    clients: dict[Provider, list[VendorCredentials]]
    tradovate: TradovateOptions
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time  # the timestamps vendors send follow the same clock
    lock: threading.RLock = field(default_factory=threading.RLock)
    faults: dict[Provider, list[QueuedFault]] = field(default_factory=lambda: {p: [] for p in PROVIDERS})
    recorded: dict[Provider, RequestLog] = field(default_factory=lambda: {p: RequestLog() for p in PROVIDERS})
    token_request_counts: dict[Provider, int] = field(default_factory=lambda: dict.fromkeys(PROVIDERS, 0))
    tokens: dict[str, IssuedToken] = field(default_factory=dict)
    codes: dict[str, AuthorizationCode] = field(default_factory=dict)
    refresh_grants: dict[str, RefreshGrant] = field(default_factory=dict)
    sessions: dict[str, list[TradovateSession]] = field(default_factory=dict)
    penalties: list[Penalty] = field(default_factory=list)
    tickets: dict[str, Ticket] = field(default_factory=dict)
    counters: Counters = field(default_factory=Counters)
    session_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    book: TradingBook = field(default_factory=TradingBook)  # Tradovate accounts, orders, positions

    # -- clients --------------------------------------------------------------------------

    def primary(self, provider: Provider) -> VendorCredentials:
        return self.clients[provider][0]

    def find_client(self, provider: Provider, client_id: str) -> VendorCredentials | None:
        for client in self.clients[provider]:
            if client.client_id == client_id:
                return client
        return None

    def authenticate(self, provider: Provider, client_id: str, client_secret: str) -> VendorCredentials | None:
        client = self.find_client(provider, client_id)
        if client is None or not same_secret(client.client_secret, client_secret):
            return None
        return client

    # -- faults ---------------------------------------------------------------------------

    def take_fault(self, provider: Provider, path: str, *, api: bool = False) -> Fault | None:
        """The first queued fault for this path; an API route takes only faults naming it."""
        queue = self.faults[provider]
        for index, queued in enumerate(queue):
            if api and queued.fault.endpoint is None:
                continue
            if queued.fault.applies_to(path):
                if queued.remaining is not None:
                    queued.remaining -= 1
                    if queued.remaining <= 0:
                        del queue[index]
                return queued.fault
        return None

    # -- tokens ---------------------------------------------------------------------------

    def issue_token(
        self,
        provider: Provider,
        subject: str,
        *,
        value: str | None = None,
        session: TradovateSession | None = None,
    ) -> IssuedToken:
        token = IssuedToken(
            provider=provider,
            value=value if value is not None else secrets.token_urlsafe(32),
            subject=subject,
            expires_at=self.clock() + self.lifetimes[provider],
            session=session,
        )
        self.tokens[token.value] = token
        return token

    def valid_token(self, provider: Provider, value: str) -> IssuedToken | None:
        token = self.tokens.get(value)
        if token is None or token.provider != provider or not token.valid(self.clock()):
            return None
        return token

    def revoke(self, provider: Provider) -> int:
        count = 0
        for token in self.tokens.values():
            if token.provider == provider and not token.revoked:
                token.revoked = True
                count += 1
        return count

    # -- tradovate sessions ---------------------------------------------------------------

    def open_session(self, username: str) -> TradovateSession:
        now = self.clock()
        session = TradovateSession(
            id=next(self.session_ids),
            username=username,
            opened_at=now,
            expires_at=now + self.lifetimes["tradovate"],
            md_access_token=secrets.token_urlsafe(32),
        )
        sessions = self.sessions.setdefault(username, [])
        sessions.append(session)
        live = [s for s in sessions if s.live(now)]
        while len(live) > self.tradovate.session_limit:
            oldest = live.pop(0)
            oldest.closed_by_limit = True
            self.counters.sessions_closed_by_limit += 1
        self.sessions[username] = [s for s in sessions if s.live(now)]
        self.counters.sessions_opened += 1
        self.counters.max_concurrent_sessions_seen = max(self.counters.max_concurrent_sessions_seen, len(live))
        return session

    def live_sessions(self, username: str) -> int:
        now = self.clock()
        return sum(1 for s in self.sessions.get(username, []) if s.live(now))

    def reset(
        self,
        lifetimes: Mapping[Provider, float],
        clients: Mapping[Provider, list[VendorCredentials]],
    ) -> None:
        self.lifetimes = dict(lifetimes)
        self.clients = {p: list(c) for p, c in clients.items()}
        for queue in self.faults.values():
            queue.clear()
        for collection in (
            self.tokens,
            self.codes,
            self.refresh_grants,
            self.sessions,
            self.tickets,
        ):
            collection.clear()
        self.penalties.clear()
        self.book.clear()
        self.reset_counters()

    def reset_counters(self) -> None:
        for provider in PROVIDERS:
            self.recorded[provider].clear()
            self.token_request_counts[provider] = 0
        self.counters = Counters()
