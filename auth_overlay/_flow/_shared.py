"""Getting a token through a shared cache: adopt a peer's token, or take the lease and fetch.

Every process of a fleet runs this flow. Whoever holds the lease calls the vendor and
stores the token; the others poll (without holding a thread) and adopt it the moment it
lands. Shared-cache trouble never fails a request: it degrades to a process-local fetch
with one ``SharedCacheUnavailable`` event per process, and recovers by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

import attrs

from auth_overlay._caches._base import NO_LEASE, Lease, TokenCache
from auth_overlay._core._clock import Clock, utcnow
from auth_overlay._core._policy import RefreshPolicy
from auth_overlay._core._token import Token
from auth_overlay._flow._effects import Call, Flow, Sleep
from auth_overlay._flow._state import LeaseBusy
from auth_overlay.events import EventHook, SharedCacheUnavailable, TokenAcquired, emit, logger

T = TypeVar("T")
_FIRST_POLL = 0.01
_MAX_POLL = 0.25


@attrs.define
class SharedCacheFlow:
    provider: str
    environment: str | None
    cache: TokenCache
    key: str
    lease_ttl: float
    refresh: RefreshPolicy
    default_margin: timedelta
    clock: Clock
    on_event: EventHook | None
    #: the vendor fetch: previous token (for its refresh token) → a new token
    fetch: Callable[[Token | None], Flow[Token]]
    _warned: bool = False

    def obtain(self, stale: Token | None, background: bool) -> Flow[Token]:
        cache, key = self.cache, self.key
        if not cache.shared:
            token = yield from self.fetch(stale)
            cache.store(key, token)
            return token
        cached = yield from self._load()
        if self._adoptable(cached, stale, background):
            assert cached is not None
            return self._adopted(cached)
        lease = yield from self._take_lease(stale, background)
        if isinstance(lease, Token):
            return self._adopted(lease)  # the holder stored a token while we waited
        try:
            token = yield from self._fetch_under_lease(stale, background)
        except GeneratorExit:
            # Closed without being driven (the process is going down): release without yielding.
            self.safely(lease.release, None)
            raise
        except BaseException:
            yield Call(lambda: self.safely(lease.release, None))
            raise
        yield Call(lambda: self.safely(lease.release, None))
        return token

    def _load(self) -> Flow[Token | None]:
        cached: Token | None = yield Call(lambda: self.safely(lambda: self.cache.load(self.key), None))
        return cached

    def _take_lease(self, stale: Token | None, background: bool) -> Flow[Lease | Token]:
        """Poll for the lease without holding a thread; adopt the holder's token the moment it lands."""

        def attempt() -> Lease | None:
            # Cache trouble: fetch without a lease rather than fail the request.
            unleased: Lease | None = NO_LEASE
            return self.safely(lambda: self.cache.lease(self.key, self.lease_ttl, 0.0), unleased)

        lease: Lease | None = yield Call(attempt)
        if background and (lease is None or lease is NO_LEASE):
            # Another process is refreshing for the fleet, or the shared cache is unreachable: the
            # token is still valid, so keep it and look again soon rather than each process fetching
            # its own (a Redis failover would otherwise cost the vendor one token per process).
            raise LeaseBusy
        if lease is not None:
            return lease
        give_up_at = self.clock.monotonic() + self.lease_ttl + 1.0
        poll = _FIRST_POLL
        while self.clock.monotonic() < give_up_at:
            yield Sleep(poll)
            poll = min(_MAX_POLL, poll * 2)
            cached = yield from self._load()
            if self._adoptable(cached, stale, background):
                assert cached is not None
                return cached
            lease = yield Call(attempt)
            if lease is not None:
                return lease
        logger.warning("could not take the token lease for %s; fetching without it", self.provider)
        return NO_LEASE

    def _fetch_under_lease(self, stale: Token | None, background: bool) -> Flow[Token]:
        # Re-check under the lease: the previous holder has probably just stored a token.
        cached = yield from self._load()
        if self._adoptable(cached, stale, background):
            assert cached is not None
            return self._adopted(cached)
        # The shared entry holds the freshest refresh token (another process may have rotated ours).
        token = yield from self.fetch(cached if cached is not None else stale)
        yield Call(lambda: self.safely(lambda: self.cache.store(self.key, token), None))
        return token

    def _adopted(self, token: Token) -> Token:
        expires_in = token.expires_in(utcnow(self.clock))
        emit(
            self.on_event,
            TokenAcquired(self.provider, self.environment, token.fingerprint, expires_in, "-", "shared-cache"),
        )
        return token

    def _adoptable(self, cached: Token | None, stale: Token | None, background: bool) -> bool:
        if cached is None:
            return False
        if stale is not None and cached.fingerprint == stale.fingerprint and cached.expires_at <= stale.expires_at:
            return False  # the very token we are replacing (a renewal that kept it but moved expiry is fine)
        now = self.clock.time()
        if now >= self.refresh.usable_until(cached).timestamp():
            return False
        if background:
            # A refresh wants a token that is not itself due for refreshing.
            margin = self.refresh.effective_margin(cached, self.default_margin)
            return now < cached.expires_at.timestamp() - margin
        return True

    def safely(self, fn: Callable[[], T], fallback: T) -> T:
        """Shared-cache trouble degrades to a process-local fetch with one warning; it never fails a request."""
        if not self.cache.shared:
            return fn()
        try:
            return fn()
        except Exception as exc:
            if not self._warned:
                self._warned = True
                emit(
                    self.on_event,
                    SharedCacheUnavailable(self.provider, self.environment, repr(self.cache), type(exc).__name__),
                )
            return fallback
