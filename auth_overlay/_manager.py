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
import contextlib
import queue
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
from auth_overlay._effects import Call, Flow, Sleep, run_async, run_sync, ssl_context
from auth_overlay._events import (
    CacheHit,
    CacheMiss,
    Event,
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
_OUTAGE_BACKOFF_BASE = 0.5
_OUTAGE_BACKOFF_CAP = 30.0


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


@attrs.define
class _Flight:
    """One fetch in progress: its result, and who runs it (an event loop, or a thread)."""

    future: concurrent.futures.Future[Token]
    background: bool
    loop: asyncio.AbstractEventLoop | None
    started: float = attrs.field(factory=time.monotonic)

    def orphaned(self, limit: float) -> bool:
        """True when nobody will ever finish it: its event loop stopped, or it outlived every deadline."""
        if self.loop is not None and (self.loop.is_closed() or not self.loop.is_running()):
            return True
        return time.monotonic() - self.started > limit

    def abandon(self) -> None:
        if not self.future.done():
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                self.future.set_exception(_Abandoned())


Action = Literal["use", "own", "wait", "background"]


def _consume(future: asyncio.Future[Any]) -> None:
    # A cancelled waiter leaves its shielded future unread; read it so asyncio does not log it.
    if not future.cancelled():
        future.exception()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


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
        # (token, refresh_at): one tuple, so the hit path never pairs a token with another's deadline.
        self._hot: tuple[Token, float] | None = None
        self._token: Token | None = None
        # The last token dropped by invalidate(): its refresh token is still good for the next fetch.
        self._retired: Token | None = None
        self._refresh_at = 0.0  # epoch seconds
        self._usable_until = 0.0
        self._flight: _Flight | None = None
        self._failure: tuple[errors.AuthOverlayError, float] | None = None
        self._refresh_failures = 0
        self._outage_failures = 0
        self._rejection_refetch_at = -1e9  # monotonic time of the last fetch a 401 caused
        self._tasks: set[asyncio.Task[None]] = set()
        self._refresher: _Refresher | None = None
        self._shared_cache_warned = False
        self._lease_ttl = retry.deadline + 5.0
        self._observed = on_event is not None

    # -- public ----------------------------------------------------------------------

    def _hit(self) -> Token | None:
        """The hit path: one read, one comparison; no lock, no I/O, no shared cache."""
        hot = self._hot
        if hot is not None and time.time() < hot[1]:
            if self._observed:
                emit(self._on_event, CacheHit(self._fetcher.provider, self._fetcher.environment, hot[0].fingerprint))
            return hot[0]
        return None

    def get_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        while True:
            action, value, stale = self._plan(rejected, None)
            if action == "use":
                assert isinstance(value, Token)
                return value
            assert isinstance(value, _Flight)
            if action == "background":
                self._refresh_in_background(value, stale)
                assert stale is not None
                return stale
            if action == "own":
                self._fly_sync(value, stale, False)
            elif value.loop is not None and value.loop is _running_loop():
                raise errors.ConfigurationError(
                    "get_token() would block the event loop that is fetching the token; use `await aget_token()`",
                    provider=self._fetcher.provider,
                )
            try:
                return value.future.result(timeout=self._wait_limit())
            except _Abandoned:
                continue
            except concurrent.futures.TimeoutError:
                self._give_up_on(value)
                raise self._waited_too_long() from None
            except errors.AuthOverlayError as exc:
                raise exc.copy() from None  # each caller its own error object: no shared traceback

    async def aget_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        loop = asyncio.get_running_loop()
        while True:
            action, value, stale = self._plan(rejected, loop)
            if action == "use":
                assert isinstance(value, Token)
                return value
            assert isinstance(value, _Flight)
            if action in ("own", "background"):
                task = loop.create_task(self._fly_async(value, stale, action == "background"))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            if action == "background":
                assert stale is not None
                return stale
            waiting = asyncio.wrap_future(value.future)
            waiting.add_done_callback(_consume)
            try:
                async with asyncio.timeout(self._wait_limit()):
                    return await asyncio.shield(waiting)
            except _Abandoned:
                continue
            except TimeoutError:
                self._give_up_on(value)
                raise self._waited_too_long() from None
            except errors.AuthOverlayError as exc:
                raise exc.copy() from None

    def invalidate(self, token: Token | None = None) -> None:
        """Forget ``token`` (default: whatever is current) here and in the shared cache."""
        with self._lock:
            current = self._token
            if current is not None and (token is None or token.fingerprint == current.fingerprint):
                self._drop_token()
                self._retired = current
            # A vendor's "wait" (captcha, Retry-After) outlives an invalidation; plain failures do not.
            if self._failure is not None and self._failure[0].retry_after is None:
                self._failure = None
        target = token or current
        if target is not None:
            self._safely(lambda: self._cache.delete(self._key, target.fingerprint), None)

    # -- deciding (under the lock, no I/O; events are emitted after the lock is released) ------

    def _plan(
        self, rejected: Token | None, loop: asyncio.AbstractEventLoop | None
    ) -> tuple[Action, Token | _Flight, Token | None]:
        events: list[Event] = []
        try:
            with self._lock:
                return self._decide(rejected, loop, events)
        finally:
            for event in events:
                emit(self._on_event, event)

    def _decide(
        self, rejected: Token | None, loop: asyncio.AbstractEventLoop | None, events: list[Event]
    ) -> tuple[Action, Token | _Flight, Token | None]:
        now, mono = time.time(), time.monotonic()
        provider, environment = self._fetcher.provider, self._fetcher.environment
        if self._flight is not None and self._flight.orphaned(self._wait_limit()):
            self._flight.abandon()
            self._flight = None
        token = self._token
        if rejected is not None and token is not None and token.fingerprint == rejected.fingerprint:
            if mono - self._rejection_refetch_at < min(30.0, max(1.0, token.lifetime / 10)):
                # A 401 right after a 401-driven refresh is not about expiry: no refresh storm.
                return "use", token, None
            # Invalidate exactly the token that was used, never a newer one.
            self._drop_token()
            token = None
        if token is not None and now < self._usable_until:
            if now >= self._refresh_at and self._flight is None:
                events.append(RefreshStarted(provider, environment, token.fingerprint, True))
                return "background", self._start_flight(loop, background=True), token
            return "use", token, None
        if self._failure is not None:
            failure, until = self._failure
            if mono < until:
                raise failure.copy()
            self._failure = None
        if self._flight is not None:
            return "wait", self._flight, None
        stale = rejected or token or self._retired
        events.append(CacheMiss(provider, environment, "rejected" if rejected else "empty or expired"))
        events.append(RefreshStarted(provider, environment, stale.fingerprint if stale else None, False))
        flight = self._start_flight(loop, background=False)
        if rejected is not None:
            self._rejection_refetch_at = mono
        return "own", flight, stale

    def _start_flight(self, loop: asyncio.AbstractEventLoop | None, *, background: bool) -> _Flight:
        future: concurrent.futures.Future[Token] = concurrent.futures.Future()
        future.set_running_or_notify_cancel()
        self._flight = _Flight(future, background, loop)
        if background:
            self._refresh_at = time.time() + self._lease_ttl  # one refresher; the others keep using the token
            self._publish()
        return self._flight

    def _drop_token(self) -> None:
        self._token = None
        self._hot = None
        self._refresh_at = self._usable_until = 0.0

    def _publish(self) -> None:
        self._hot = (self._token, self._refresh_at) if self._token is not None else None

    def _wait_limit(self) -> float:
        # A flight ends by its own deadline; the extra covers waiting for another process's lease.
        return self._retry.deadline + self._lease_ttl + 5.0

    def _give_up_on(self, flight: _Flight) -> None:
        with self._lock:
            if self._flight is flight:
                flight.abandon()
                self._flight = None

    def _waited_too_long(self) -> errors.TokenEndpointUnavailableError:
        return errors.TokenEndpointUnavailableError(
            "timed out waiting for the token request in flight", provider=self._fetcher.provider
        )

    # -- flying (the I/O, through the drivers) ----------------------------------------------

    def _fly_sync(self, flight: _Flight, stale: Token | None, background: bool) -> None:
        try:
            token = run_sync(self._obtain(stale, background), self._open_client, self._retry.request_timeout)
        except Exception as exc:
            self._land(flight, None, exc, stale)
        except BaseException:
            # Ctrl-C and friends end this caller, not the others: they start a new flight.
            self._land(flight, None, _Abandoned(), stale)
            raise
        else:
            self._land(flight, token, None, stale)

    async def _fly_async(self, flight: _Flight, stale: Token | None, background: bool) -> None:
        try:
            token = await run_async(self._obtain(stale, background), self._aopen_client, self._retry.request_timeout)
        except Exception as exc:
            self._land(flight, None, exc, stale)
        except BaseException:
            # Cancelled, or the loop is going away: waiters elsewhere start a new flight.
            self._land(flight, None, _Abandoned(), stale)
            raise
        else:
            self._land(flight, token, None, stale)

    def _ssl(self) -> Any:
        return ssl_context() if self._verify is True else self._verify

    # Clients are opened only when a flow really calls the vendor (most refreshes in a fleet
    # adopt the shared token instead), and live for one flight: a flight happens about once
    # per token lifetime, and a fresh client never carries the application's headers.

    def _open_client(self) -> httpx.Client:
        return httpx.Client(transport=self._transport, verify=self._ssl())

    async def _aopen_client(self) -> httpx.AsyncClient:
        # Building the SSL context reads the CA bundle: tens of ms the event loop must not stall for.
        first_time = self._verify is True and not ssl_context.cache_info().currsize
        verify = await asyncio.to_thread(self._ssl) if first_time else self._ssl()
        return httpx.AsyncClient(transport=self._async_transport, verify=verify)

    def _refresh_in_background(self, flight: _Flight, stale: Token | None) -> None:
        """Hand a background refresh to this manager's refresher thread (started once, daemon)."""
        if self._refresher is None:
            with self._lock:
                if self._refresher is None:
                    self._refresher = _Refresher()
        self._refresher.submit(lambda: self._fly_sync(flight, stale, True))

    def _land(self, flight: _Flight, token: Token | None, exc: Exception | None, stale: Token | None) -> None:
        events: list[Event] = []
        with self._lock:
            if self._flight is flight:
                self._flight = None
            if token is not None:
                self._install(token, flight.background)
                events.append(
                    RefreshFinished(
                        self._fetcher.provider,
                        self._fetcher.environment,
                        token.fingerprint,
                        stale.fingerprint if stale else None,
                    )
                )
            elif isinstance(exc, _LeaseBusy):
                # Another process is refreshing for the fleet: look at the shared cache again soon.
                # Give the holder about a fetch's time before looking again.
                remaining = max(0.0, self._usable_until - time.time())
                self._refresh_at = time.time() + min(max(0.2, remaining / 4), remaining / 2)
                self._publish()
            elif isinstance(exc, _Abandoned):
                pass
            elif flight.background and self._token is not None and exc is not None:
                events.append(self._refresh_failed(exc))
            elif isinstance(exc, errors.AuthOverlayError):
                self._remember(exc)
        for event in events:
            emit(self._on_event, event)
        if flight.future.done():
            return  # abandoned meanwhile by a waiter that gave up
        if token is not None:
            flight.future.set_result(token)
        elif isinstance(exc, _LeaseBusy | None):
            flight.future.set_exception(_Abandoned())
        else:
            flight.future.set_exception(exc)

    def _remember(self, exc: errors.AuthOverlayError) -> None:
        """Failure memory: nobody asks the vendor again until this passes."""
        if not exc.retryable:
            remember = max(self._retry.error_memory, exc.retry_after or 0.0)
        elif exc.retry_after is not None:
            remember = exc.retry_after  # the vendor said when
        else:
            # An outage that outlasted the flight's retries: back off 0.5 s, 1 s, 2 s … 30 s.
            self._outage_failures += 1
            remember = min(_OUTAGE_BACKOFF_CAP, _OUTAGE_BACKOFF_BASE * 2 ** (self._outage_failures - 1))
        if remember > 0:
            self._failure = (exc, time.monotonic() + remember)

    def _refresh_failed(self, exc: Exception) -> Event:
        """A background refresh failed while the token is still valid: keep it, try later."""
        self._refresh_failures += 1
        retry_after = exc.retry_after if isinstance(exc, errors.AuthOverlayError) else None
        pause = max(_REFRESH_BACKOFF_BASE * 2 ** (self._refresh_failures - 1), retry_after or 0.0)
        pause = min(pause, max(_REFRESH_BACKOFF_CAP, retry_after or 0.0))
        now = time.time()
        # Past the token's usable end the foreground path decides, with the failure memory.
        self._refresh_at = min(now + pause, self._usable_until)
        self._publish()
        if isinstance(exc, errors.AuthOverlayError) and (retry_after is not None or not exc.retryable):
            self._remember(exc)
        code = exc.error_code if isinstance(exc, errors.AuthOverlayError) else type(exc).__name__
        return RefreshFailed(self._fetcher.provider, self._fetcher.environment, type(exc).__name__, code, pause)

    def _install(self, token: Token, background: bool) -> None:
        now = time.time()
        previous = self._token
        self._token = token
        self._retired = None
        self._failure = None
        self._outage_failures = 0
        self._usable_until = self._refresh.usable_until(token).timestamp()
        self._refresh_at = self._refresh.refresh_at(token, self._default_margin, self._rng).timestamp()
        if background and previous is not None and token.expires_at <= previous.expires_at:
            # The vendor handed back the same expiry (or an earlier one): back off, do not loop.
            self._refresh_failures += 1
            pause = min(_REFRESH_BACKOFF_CAP, _REFRESH_BACKOFF_BASE * 2 ** (self._refresh_failures - 1))
            self._refresh_at = max(self._refresh_at, min(now + pause, self._usable_until))
        else:
            self._refresh_failures = 0
        self._publish()

    # -- the flow: shared cache, lease, fetch -------------------------------------------

    def _obtain(self, stale: Token | None, background: bool) -> Flow[Token]:
        cache, key = self._cache, self._key
        if not cache.shared:
            token = yield from self._fetch(stale)
            cache.store(key, token)
            return token
        cached: Token | None = yield Call(lambda: self._safely(lambda: cache.load(key), None))
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
            self._safely(lease.release, None)
            raise
        except BaseException:
            yield Call(lambda: self._safely(lease.release, None))
            raise
        yield Call(lambda: self._safely(lease.release, None))
        return token

    def _take_lease(self, stale: Token | None, background: bool) -> Flow[Lease | Token]:
        """Poll for the lease without holding a thread; adopt the holder's token the moment it lands."""
        cache, key = self._cache, self._key
        unleased: Lease | None = _Unleased()

        def attempt() -> Lease | None:
            return self._safely(lambda: cache.lease(key, self._lease_ttl, 0.0), unleased)

        lease: Lease | None = yield Call(attempt)
        if lease is not None:
            return lease
        if background:
            raise _LeaseBusy
        give_up_at = time.monotonic() + self._lease_ttl + 1.0
        poll = 0.01
        while time.monotonic() < give_up_at:
            yield Sleep(poll)
            poll = min(0.25, poll * 2)
            cached: Token | None = yield Call(lambda: self._safely(lambda: cache.load(key), None))
            if self._adoptable(cached, stale, background):
                assert cached is not None
                return cached
            lease = yield Call(attempt)
            if lease is not None:
                return lease
        logger.warning("could not take the token lease for %s; fetching without it", self._fetcher.provider)
        return _Unleased()

    def _fetch_under_lease(self, stale: Token | None, background: bool) -> Flow[Token]:
        cache, key = self._cache, self._key
        # Re-check under the lease: the previous holder has probably just stored a token.
        cached: Token | None = yield Call(lambda: self._safely(lambda: cache.load(key), None))
        if self._adoptable(cached, stale, background):
            assert cached is not None
            return self._adopted(cached)
        # The shared entry holds the freshest refresh token (another process may have rotated ours).
        token = yield from self._fetch(cached if cached is not None else stale)
        yield Call(lambda: self._safely(lambda: cache.store(key, token), None))
        return token

    def _adopted(self, token: Token) -> Token:
        emit(
            self._on_event,
            TokenAcquired(
                self._fetcher.provider,
                self._fetcher.environment,
                token.fingerprint,
                token.expires_in(),
                "-",
                "shared-cache",
            ),
        )
        return token

    def _adoptable(self, cached: Token | None, stale: Token | None, background: bool) -> bool:
        if cached is None:
            return False
        if stale is not None and cached.fingerprint == stale.fingerprint and cached.expires_at <= stale.expires_at:
            return False  # the very token we are replacing (a renewal that kept it but moved expiry is fine)
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
        # One deadline for the flight, fallback grant included, so it ends within its lease.
        deadline = time.monotonic() + self._retry.deadline
        try:
            try:
                token = yield from self._fetcher.fetch(grant, deadline)
            except errors.TokenError as exc:
                fallback = self._grants.fallback(grant, exc)
                if fallback is None:
                    raise
                self._grants.finish(grant, None)
                grant = fallback
                token = yield from self._fetcher.fetch(grant, deadline)
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


class _Refresher:
    """One daemon thread per manager that runs background refreshes.

    Starting a thread per refresh costs the request that triggers it ~0.5 ms; a queue put costs
    microseconds. Daemon, so a refresh in progress never holds up interpreter exit.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="auth-overlay-refresh", daemon=True).start()

    def submit(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except BaseException:  # a refresh reports through its flight; the thread must live on
                logger.exception("background refresh failed unexpectedly")


class _Unleased:
    def release(self) -> None:
        return None
