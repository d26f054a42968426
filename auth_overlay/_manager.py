"""The one place mutable token state lives: single flight, refresh-ahead, failure memory.

Any number of threads and asyncio tasks (on any number of event loops) share one
``TokenManager``. A fetch is a *flight*: a ``concurrent.futures.Future`` that every
caller who needs a token waits on, sync callers with ``result()`` and async callers with
``await asyncio.shield(asyncio.wrap_future(...))`` — the shield is why a cancelled waiter
never cancels the shared fetch. The flight's owner runs it: inline for a sync caller, as
its own task for an async caller (so cancelling the caller does not cancel the fetch).

The hit path is one attribute read and one float comparison: no lock, no I/O, and no
shared cache until the token enters its refresh window or a 401 rejects it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Literal, Protocol, TypeVar

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._cache import Lease, TokenCache
from auth_overlay._effects import Call, Flow, run_async, run_sync, ssl_context
from auth_overlay._events import (
    CacheHit,
    CacheMiss,
    EventHook,
    RefreshFailed,
    RefreshFinished,
    RefreshStarted,
    SharedCacheUnavailable,
    TokenAcquired,
    emit,
    logger,
)
from auth_overlay._fetch import Fetcher
from auth_overlay._grants import ClientCredentialsGrant, Grant, LoginGrant, RefreshTokenGrant, RenewGrant
from auth_overlay._policy import RefreshPolicy, RetryPolicy
from auth_overlay._secret import Secret
from auth_overlay._token import Token

T = TypeVar("T")

_REFRESH_BACKOFF_BASE = 1.0
_REFRESH_BACKOFF_CAP = 60.0


class _Abandoned(Exception):
    """The flight's owner went away (its event loop closed): waiters start a new flight."""


class _LeaseBusy(Exception):
    """Another process holds the lease for a background refresh: keep the current token."""


class GrantSource(Protocol):
    """Which grant the next fetch uses, and what to try when it is refused."""

    def next(self, previous: Token | None) -> Grant: ...

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None: ...

    def finish(self, grant: Grant, token: Token | None) -> Token | None: ...


@attrs.define
class OAuthGrants:
    """Refresh token when there is one; else the user's one-time start; else client credentials."""

    initial: Grant | None
    client_credentials: bool
    spent: bool = False

    def next(self, previous: Token | None) -> Grant:
        if previous is not None and previous.refresh_token:
            return RefreshTokenGrant(Secret(previous.refresh_token))
        if self.initial is not None and not self.spent:
            return self.initial
        if self.client_credentials:
            return ClientCredentialsGrant()
        raise errors.InvalidGrantError(
            "no refresh token is left and the one-time grant is spent: start again with a new authorization code"
        )

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None:
        # A spent or expired refresh token: start over from the client's own credentials.
        if (
            isinstance(grant, RefreshTokenGrant)
            and isinstance(error, errors.InvalidGrantError)
            and self.client_credentials
        ):
            return ClientCredentialsGrant()
        return None

    def finish(self, grant: Grant, token: Token | None) -> Token | None:
        if grant is self.initial:
            self.spent = True  # one-time codes are single use, even when refused
        if token is not None and isinstance(grant, RefreshTokenGrant) and token.refresh_token is None:
            # RFC 6749 §6: no new refresh token means the old one stays valid.
            return attrs.evolve(token, refresh_token=grant.refresh_token.reveal())
        return token


class SessionGrants:
    """Renew the session while its token is valid; log in only after expiry or a refused renewal."""

    def next(self, previous: Token | None) -> Grant:
        if previous is not None and not previous.is_expired():
            return RenewGrant(Secret(previous.access_token))
        return LoginGrant()

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None:
        if isinstance(grant, RenewGrant) and not error.retryable:
            return LoginGrant()
        return None

    def finish(self, grant: Grant, token: Token | None) -> Token | None:
        return token


class TokenManager:
    def __init__(
        self,
        *,
        fetcher: Fetcher,
        cache: TokenCache,
        key: str,
        grants: GrantSource,
        retry: RetryPolicy,
        refresh: RefreshPolicy,
        default_margin: timedelta,
        on_event: EventHook | None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
    ) -> None:
        self._fetcher = fetcher
        self._cache = cache
        self._key = key
        self._grants = grants
        self._retry = retry
        self._refresh = refresh
        self._default_margin = default_margin
        self._on_event = on_event
        self._transport = transport
        self._async_transport = async_transport
        self._verify = verify
        self._rng = random.Random()
        self._lock = threading.Lock()
        self._token: Token | None = None
        # The last token dropped by invalidate(): its refresh token is still good for the next fetch.
        self._retired: Token | None = None
        self._refresh_at = 0.0  # epoch seconds; the hit path compares against it
        self._usable_until = 0.0
        self._flight: concurrent.futures.Future[Token] | None = None
        self._failure: tuple[errors.AuthOverlayError, float] | None = None
        self._refresh_failures = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._shared_cache_warned = False
        self._lease_ttl = retry.deadline + 5.0
        self._observed = on_event is not None

    # -- public ----------------------------------------------------------------------

    @property
    def current(self) -> Token | None:
        return self._token

    def _hit(self) -> Token | None:
        """The hit path: one read, one comparison; no lock, no I/O, no shared cache."""
        token = self._token
        if token is not None and time.time() < self._refresh_at:
            if self._observed:
                emit(self._on_event, CacheHit(self._fetcher.provider, self._fetcher.environment, token.fingerprint))
            return token
        return None

    def get_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        while True:
            action, value, stale = self._plan(rejected)
            if action == "use":
                assert isinstance(value, Token)
                return value
            assert isinstance(value, concurrent.futures.Future)
            if action == "background":
                threading.Thread(target=self._fly_sync, args=(value, stale, True), daemon=True).start()
                assert stale is not None
                return stale
            if action == "own":
                self._fly_sync(value, stale, False)
            try:
                return value.result(timeout=self._wait_limit())
            except _Abandoned:
                continue
            except concurrent.futures.TimeoutError:
                raise errors.TokenEndpointUnavailableError(
                    "timed out waiting for the token request in flight", provider=self._fetcher.provider
                ) from None

    async def aget_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        while True:
            action, value, stale = self._plan(rejected)
            if action == "use":
                assert isinstance(value, Token)
                return value
            assert isinstance(value, concurrent.futures.Future)
            if action in ("own", "background"):
                task = asyncio.get_running_loop().create_task(self._fly_async(value, stale, action == "background"))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            if action == "background":
                assert stale is not None
                return stale
            try:
                async with asyncio.timeout(self._wait_limit()):
                    return await asyncio.shield(asyncio.wrap_future(value))
            except _Abandoned:
                continue
            except TimeoutError:
                raise errors.TokenEndpointUnavailableError(
                    "timed out waiting for the token request in flight", provider=self._fetcher.provider
                ) from None

    def invalidate(self, token: Token | None = None) -> None:
        """Forget ``token`` (default: whatever is current) here and in the shared cache."""
        with self._lock:
            current = self._token
            if current is not None and (token is None or token.fingerprint == current.fingerprint):
                self._token, self._retired = None, current
                self._refresh_at = self._usable_until = 0.0
            self._failure = None
        target = token or current
        if target is not None:
            self._safely(lambda: self._cache.delete(self._key, target.fingerprint), None)

    # -- deciding (under the lock, no I/O) ----------------------------------------------

    def _plan(
        self, rejected: Token | None
    ) -> tuple[Literal["use", "own", "wait", "background"], Token | concurrent.futures.Future[Token], Token | None]:
        with self._lock:
            now = time.time()
            token = self._token
            if rejected is not None and token is not None and token.fingerprint == rejected.fingerprint:
                # Invalidate exactly the token that was used, never a newer one.
                self._token, token = None, None
                self._refresh_at = self._usable_until = 0.0
            if token is not None and now < self._usable_until:
                if now >= self._refresh_at and self._flight is None:
                    self._refresh_at = now + self._lease_ttl  # one refresher; others keep using the token
                    return "background", self._start_flight(token, background=True), token
                return "use", token, None
            if self._failure is not None:
                failure, until = self._failure
                if time.monotonic() < until:
                    raise failure.copy()
                self._failure = None
            if self._flight is not None:
                return "wait", self._flight, None
            stale = rejected or token or self._retired
            emit(
                self._on_event,
                CacheMiss(
                    self._fetcher.provider, self._fetcher.environment, "rejected" if rejected else "empty or expired"
                ),
            )
            return "own", self._start_flight(stale, background=False), stale

    def _start_flight(self, stale: Token | None, *, background: bool) -> concurrent.futures.Future[Token]:
        flight: concurrent.futures.Future[Token] = concurrent.futures.Future()
        flight.set_running_or_notify_cancel()
        self._flight = flight
        emit(
            self._on_event,
            RefreshStarted(
                self._fetcher.provider, self._fetcher.environment, stale.fingerprint if stale else None, background
            ),
        )
        return flight

    def _wait_limit(self) -> float:
        # A flight ends by its own deadline; the extra covers waiting for another process's lease.
        return self._retry.deadline + self._lease_ttl + 5.0

    # -- flying (the I/O, through the drivers) ----------------------------------------------

    def _fly_sync(self, flight: concurrent.futures.Future[Token], stale: Token | None, background: bool) -> None:
        try:
            with httpx.Client(transport=self._transport, verify=self._ssl(), trust_env=True) as client:
                token = run_sync(self._obtain(stale, background), client, self._retry.request_timeout)
        except BaseException as exc:
            self._land(flight, None, exc, stale, background)
        else:
            self._land(flight, token, None, stale, background)

    async def _fly_async(self, flight: concurrent.futures.Future[Token], stale: Token | None, background: bool) -> None:
        try:
            verify = (
                self._ssl()
                if ssl_context.cache_info().currsize or self._verify is not True
                else await asyncio.to_thread(self._ssl)
            )
            async with httpx.AsyncClient(transport=self._async_transport, verify=verify) as client:
                token = await run_async(self._obtain(stale, background), client, self._retry.request_timeout)
        except asyncio.CancelledError:
            self._land(flight, None, _Abandoned(), stale, background)
            raise
        except Exception as exc:
            self._land(flight, None, exc, stale, background)
        else:
            self._land(flight, token, None, stale, background)

    def _ssl(self) -> Any:
        return ssl_context() if self._verify is True else self._verify

    def _land(
        self,
        flight: concurrent.futures.Future[Token],
        token: Token | None,
        exc: BaseException | None,
        stale: Token | None,
        background: bool,
    ) -> None:
        provider, environment = self._fetcher.provider, self._fetcher.environment
        with self._lock:
            self._flight = None
            if token is not None:
                self._install(token, stale, background)
            elif isinstance(exc, _LeaseBusy):
                # Someone else is refreshing for the fleet: look at the shared cache again soon.
                self._refresh_at = time.time() + min(1.0, max(0.05, self._usable_until - time.time()) / 4)
            elif background and self._token is not None and not isinstance(exc, _Abandoned):
                self._refresh_failures += 1
                pause = min(_REFRESH_BACKOFF_CAP, _REFRESH_BACKOFF_BASE * 2 ** (self._refresh_failures - 1))
                pause = min(pause, max(0.0, self._usable_until - time.time()) / 2)
                self._refresh_at = time.time() + pause
                code = exc.error_code if isinstance(exc, errors.AuthOverlayError) else type(exc).__name__
                emit(self._on_event, RefreshFailed(provider, environment, type(exc).__name__, code, pause))
            elif isinstance(exc, errors.AuthOverlayError) and not exc.retryable and self._retry.error_memory > 0:
                remember = max(self._retry.error_memory, exc.retry_after or 0.0)
                self._failure = (exc, time.monotonic() + remember)
        if token is not None:
            flight.set_result(token)
            emit(
                self._on_event,
                RefreshFinished(provider, environment, token.fingerprint, stale.fingerprint if stale else None),
            )
        else:
            flight.set_exception(exc if isinstance(exc, Exception) else _Abandoned())

    def _install(self, token: Token, stale: Token | None, background: bool) -> None:
        now = time.time()
        previous = self._token
        self._token = token
        self._retired = None
        self._failure = None
        self._usable_until = self._refresh.usable_until(token).timestamp()
        self._refresh_at = self._refresh.refresh_at(token, self._default_margin, self._rng).timestamp()
        same = previous is not None and (
            token.fingerprint == previous.fingerprint or token.expires_at == previous.expires_at
        )
        if background and same:
            # The vendor handed back the same token or expiry: back off instead of looping.
            self._refresh_failures += 1
            pause = min(_REFRESH_BACKOFF_CAP, _REFRESH_BACKOFF_BASE * 2 ** (self._refresh_failures - 1))
            self._refresh_at = max(self._refresh_at, now + min(pause, max(0.0, self._usable_until - now) / 2))
        else:
            self._refresh_failures = 0

    # -- the flow: shared cache, lease, fetch -------------------------------------------

    def _obtain(self, stale: Token | None, background: bool) -> Flow[Token]:
        cache, key = self._cache, self._key
        provider, environment = self._fetcher.provider, self._fetcher.environment
        if not cache.shared:
            token = yield from self._fetch(stale)
            cache.store(key, token)
            return token
        cached: Token | None = yield Call(lambda: self._safely(lambda: cache.load(key), None))
        if self._adoptable(cached, stale, background):
            assert cached is not None
            emit(
                self._on_event,
                TokenAcquired(provider, environment, cached.fingerprint, cached.expires_in(), "-", "shared-cache"),
            )
            return cached
        wait = 0.0 if background else self._lease_ttl + 1.0
        unleased: Lease | None = _Unleased()
        lease: Lease | None = yield Call(
            lambda: self._safely(lambda: cache.lease(key, self._lease_ttl, wait), unleased)
        )
        if lease is None:
            if background:
                raise _LeaseBusy
            logger.warning("could not take the token lease for %s in %.0fs; fetching without it", provider, wait)
            lease = _Unleased()
        try:
            # Re-check under the lease: the previous holder has probably just stored a token.
            cached = yield Call(lambda: self._safely(lambda: cache.load(key), None))
            if self._adoptable(cached, stale, background):
                assert cached is not None
                emit(
                    self._on_event,
                    TokenAcquired(provider, environment, cached.fingerprint, cached.expires_in(), "-", "shared-cache"),
                )
                return cached
            # The freshest refresh token is the shared one: another process may have rotated ours.
            token = yield from self._fetch(cached if cached is not None else stale)
            yield Call(lambda: self._safely(lambda: cache.store(key, token), None))
            return token
        finally:
            yield Call(lambda: self._safely(lease.release, None))

    def _adoptable(self, cached: Token | None, stale: Token | None, background: bool) -> bool:
        if cached is None:
            return False
        if stale is not None and cached.fingerprint == stale.fingerprint:
            return False
        now = time.time()
        if now >= self._refresh.usable_until(cached).timestamp():
            return False
        if background:
            # A refresh wants a token that is not itself due for refreshing.
            margin = self._refresh.effective_margin(cached, self._default_margin)
            return now < cached.expires_at.timestamp() - margin
        return True

    def _fetch(self, previous: Token | None) -> Flow[Token]:
        grant = self._grants.next(previous)
        token: Token | None = None
        try:
            try:
                token = yield from self._fetcher.fetch(grant)
            except errors.TokenError as exc:
                fallback = self._grants.fallback(grant, exc)
                if fallback is None:
                    raise
                self._grants.finish(grant, None)
                grant = fallback
                token = yield from self._fetcher.fetch(grant)
        finally:
            token = self._grants.finish(grant, token)
        assert token is not None
        emit(
            self._on_event,
            TokenAcquired(
                self._fetcher.provider,
                self._fetcher.environment,
                token.fingerprint,
                token.expires_in(),
                grant.kind,
                "endpoint",
            ),
        )
        return token

    def _safely(self, fn: Callable[[], T], fallback: T) -> T:
        """Shared-cache trouble degrades to a process-local fetch with one warning; it never fails a request."""
        if not self._cache.shared:
            return fn()
        try:
            return fn()
        except Exception as exc:
            if not self._shared_cache_warned:
                self._shared_cache_warned = True
                emit(
                    self._on_event,
                    SharedCacheUnavailable(
                        self._fetcher.provider, self._fetcher.environment, repr(self._cache), type(exc).__name__
                    ),
                )
            return fallback


class _Unleased:
    def release(self) -> None:
        return None
