"""The coordinator: one ``TokenManager`` per ``TokenAuth``, shared by every thread and task.

It holds the lock and wires the parts together:

* ``_token_state``  what is known and the decision each caller acts on (pure, no I/O);
* ``_flight``       single flight: one fetch, awaited by every thread and task;
* ``_shared_flow``  the shared-cache and lease flow, around the vendor fetch (``_grant_sources``);
* ``_effects``      the two drivers that run flows with blocking or asyncio I/O;
* ``_refresher``    the background refresher thread.

The hit path is one attribute read and one float comparison: no lock, no I/O, and no
shared cache until the token enters its refresh window or a 401 rejects it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Coroutine, Iterable, Iterator
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import attrs

from auth_overlay import errors
from auth_overlay._caches._base import TokenCache
from auth_overlay._core._clock import Clock
from auth_overlay._core._endpoint import HttpOptions
from auth_overlay._core._policy import RefreshPolicy
from auth_overlay._core._token import Token
from auth_overlay._flow._effects import run_async, run_sync
from auth_overlay._flow._fetch import Fetcher
from auth_overlay._flow._flight import Abandoned, Flight
from auth_overlay._flow._grant_sources import GrantSource, fetch_with_grants
from auth_overlay._flow._http import aopen_client, open_client
from auth_overlay._flow._refresher import Refresher
from auth_overlay._flow._shared import SharedCacheFlow
from auth_overlay._flow._state import Background, LeaseBusy, Own, Plan, TokenState, Use, Wait
from auth_overlay.events import CacheHit, Event, EventHook, emit

if TYPE_CHECKING:
    import asyncio


@attrs.define
class _Outcome:
    token: Token | None = None


class TokenManager:
    def __init__(
        self,
        *,
        fetcher: Fetcher,
        cache: TokenCache,
        key: str,
        grants: GrantSource,
        refresh: RefreshPolicy,
        default_margin: timedelta,
        on_event: EventHook | None,
        http: HttpOptions,
        clock: Clock,
    ) -> None:
        retry = fetcher.retry
        lease_ttl = retry.deadline + 5.0
        self._provider, self._environment = fetcher.provider, fetcher.environment
        self._on_event = on_event
        self._observed = on_event is not None
        self._http = http
        self._clock = clock
        self._wall_time = clock.time  # bound once: the hit path pays one call, no lookups
        self._request_timeout = retry.request_timeout
        # A flight ends by its own deadline; the extra covers waiting for another process's lease.
        self._wait_limit = retry.deadline + lease_ttl + 5.0
        self._lock = threading.Lock()
        self._state = TokenState(
            fetcher.provider, fetcher.environment, refresh, retry, default_margin, self._wait_limit, lease_ttl
        )
        self._flow = SharedCacheFlow(
            fetcher.provider,
            fetcher.environment,
            cache,
            key,
            lease_ttl,
            refresh,
            default_margin,
            clock,
            on_event,
            lambda previous: fetch_with_grants(fetcher, grants, previous, on_event),
        )
        self._tasks: set[asyncio.Task[None]] = set()
        self._refresher: Refresher | None = None

    # -- public ----------------------------------------------------------------------

    def _hit(self) -> Token | None:
        """The hit path: one read, one comparison; no lock, no I/O, no shared cache."""
        hot = self._state.hot
        if hot is not None and self._wall_time() < hot[1]:
            if self._observed:
                emit(self._on_event, CacheHit(self._provider, self._environment, hot[0].fingerprint))
            return hot[0]
        return None

    def get_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        while True:
            match self._plan(rejected, None):
                case Use(token):
                    return token
                case Background(flight, stale):
                    self._refresh_in_background(flight, stale)
                    return stale
                case Own(flight, stale):
                    self._fly_sync(flight, stale)
                case Wait(flight) if flight.would_wait_on_itself():
                    raise errors.ConfigurationError(
                        "get_token() would wait for the token fetch this very thread or event loop is running "
                        "(called from an on_event hook, or sync from the fetching loop); use the token the "
                        "event describes, or `await aget_token()` on a loop",
                        provider=self._provider,
                    )
                case Wait(flight):
                    pass
            try:
                return flight.wait(self._wait_limit)
            except Abandoned:
                continue
            except TimeoutError:
                raise self._gave_up_on(flight) from None

    async def aget_token(self, rejected: Token | None = None) -> Token:
        if rejected is None and (token := self._hit()) is not None:
            return token
        import asyncio  # loaded by the running loop already; a sync process never imports it

        loop = asyncio.get_running_loop()
        while True:
            match self._plan(rejected, loop):
                case Use(token):
                    return token
                case Background(flight, stale):
                    self._spawn(loop, self._fly_async(flight, stale))
                    return stale
                case Own(flight, stale):
                    self._spawn(loop, self._fly_async(flight, stale))
                case Wait(flight):
                    pass
            try:
                return await flight.await_token(self._wait_limit)
            except Abandoned:
                continue
            except TimeoutError:
                raise self._gave_up_on(flight) from None

    def invalidate(self, token: Token | None = None) -> None:
        """Forget ``token`` (default: whatever is current) here and in the shared cache."""
        with self._lock:
            current = self._state.invalidate(token)
        target = token or current
        if target is not None:
            self._flow.safely(lambda: self._flow.cache.delete(self._flow.key, target.fingerprint), None)

    # -- deciding (under the lock; events are emitted after the lock is released) ------

    def _plan(self, rejected: Token | None, loop: asyncio.AbstractEventLoop | None) -> Plan:
        events: Iterable[Event] = ()
        try:
            with self._lock:
                plan, events = self._state.plan(rejected, loop, self._clock.time(), self._clock.monotonic())
            return plan
        finally:
            self._emit(events)

    def _gave_up_on(self, flight: Flight) -> errors.TokenEndpointUnavailableError:
        with self._lock:
            if self._state.flight is flight:
                flight.abandon()
                self._state.flight = None
        return errors.TokenEndpointUnavailableError(
            "timed out waiting for the token request in flight", provider=self._provider
        )

    # -- flying (the I/O, through the drivers) ----------------------------------------------

    def _fly_sync(self, flight: Flight, stale: Token | None) -> None:
        flight.run_here()
        with self._landing(flight, stale) as outcome:
            flow = self._flow.obtain(stale, flight.background)
            outcome.token = run_sync(flow, partial(open_client, self._http), self._request_timeout, self._clock)

    async def _fly_async(self, flight: Flight, stale: Token | None) -> None:
        with self._landing(flight, stale) as outcome:
            flow = self._flow.obtain(stale, flight.background)
            opener = partial(aopen_client, self._http)
            outcome.token = await run_async(flow, opener, self._request_timeout, self._clock)

    @contextlib.contextmanager
    def _landing(self, flight: Flight, stale: Token | None) -> Iterator[_Outcome]:
        """Land the flight whatever happens inside: a token, an error, or its owner going away."""
        outcome = _Outcome()
        try:
            yield outcome
        except Exception as exc:
            self._land(flight, stale, None, exc)
        except BaseException:
            # Ctrl-C, or cancelled with the loop going away: this caller ends, waiters start a new flight.
            self._land(flight, stale, None, Abandoned())
            raise
        else:
            self._land(flight, stale, outcome.token, None)

    def _spawn(self, loop: asyncio.AbstractEventLoop, flying: Coroutine[Any, Any, None]) -> None:
        # The flight runs as its own task, so cancelling the caller does not cancel the fetch.
        task = loop.create_task(flying)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _refresh_in_background(self, flight: Flight, stale: Token | None) -> None:
        """Hand a background refresh to this manager's refresher thread (started once, daemon)."""
        if self._refresher is None:
            with self._lock:
                if self._refresher is None:
                    self._refresher = Refresher()
        self._refresher.submit(lambda: self._fly_sync(flight, stale))

    def _land(self, flight: Flight, stale: Token | None, token: Token | None, error: BaseException | None) -> None:
        with self._lock:
            event = self._state.land(flight, stale, token, error, self._clock.time(), self._clock.monotonic())
        self._emit([event] if event is not None else ())
        # A lease held elsewhere means "start again" to waiters, like an abandoned flight.
        flight.settle(token, None if isinstance(error, Abandoned | LeaseBusy) else error)

    def _emit(self, events: Iterable[Event]) -> None:
        for event in events:
            emit(self._on_event, event)
