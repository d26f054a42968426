"""What this process knows about its token, and the decision each caller acts on.

``TokenState`` is pure: no I/O, no locks, no clock reads (times are passed in). The
manager calls it under its lock. A decision is a tagged ``Plan``:

* ``Use(token)``            serve this token now;
* ``Own(flight, stale)``    you start the fetch (``stale``: the token being replaced, if any);
* ``Wait(flight)``          somebody else is fetching: wait for it;
* ``Background(flight, stale)``  serve ``stale`` and refresh in the background.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

import attrs

from auth_overlay import errors
from auth_overlay._core._policy import RefreshPolicy, RetryPolicy
from auth_overlay._core._token import Token
from auth_overlay._flow._flight import Abandoned, Flight
from auth_overlay.events import CacheMiss, Event, RefreshFailed, RefreshFinished, RefreshStarted

if TYPE_CHECKING:
    import asyncio

_REFRESH_BACKOFF_BASE = 1.0
_REFRESH_BACKOFF_CAP = 60.0
_OUTAGE_BACKOFF_BASE = 0.5
_OUTAGE_BACKOFF_CAP = 30.0


@attrs.frozen
class Use:
    token: Token


@attrs.frozen
class Own:
    flight: Flight
    stale: Token | None


@attrs.frozen
class Wait:
    flight: Flight


@attrs.frozen
class Background:
    flight: Flight
    stale: Token


Plan = Use | Own | Wait | Background


class LeaseBusy(Exception):
    """Another process holds the lease for a background refresh: keep the current token."""


@attrs.define
class TokenState:
    provider: str
    environment: str | None
    refresh: RefreshPolicy
    retry: RetryPolicy
    default_margin: timedelta
    wait_limit: float
    lease_ttl: float
    rng: random.Random = attrs.field(factory=random.Random)
    #: (token, refresh_at): one tuple, so the hit path never pairs a token with another's deadline
    hot: tuple[Token, float] | None = None
    token: Token | None = None
    #: the last token dropped by invalidate(): its refresh token is still good for the next fetch
    retired: Token | None = None
    refresh_at: float = 0.0  # wall seconds
    usable_until: float = 0.0
    flight: Flight | None = None
    failure: tuple[errors.AuthOverlayError, float] | None = None  # (error, until: monotonic)
    refresh_failures: int = 0
    outage_failures: int = 0
    rejection_refetch_at: float = -1e9  # monotonic time of the last fetch a 401 caused

    # -- deciding ------------------------------------------------------------------------

    def plan(
        self, rejected: Token | None, loop: asyncio.AbstractEventLoop | None, now: float, mono: float
    ) -> tuple[Plan, list[Event]]:
        events: list[Event] = []
        if self.flight is not None and self.flight.orphaned(self.wait_limit, mono):
            self.flight.abandon()
            self.flight = None
        token = self.token
        if rejected is not None and token is not None and token.fingerprint == rejected.fingerprint:
            if mono - self.rejection_refetch_at < min(30.0, max(1.0, token.lifetime / 10)):
                # A 401 right after a 401-driven refresh is not about expiry: no refresh storm.
                return Use(token), events
            # Invalidate exactly the token that was used, never a newer one.
            self.drop()
            token = None
        if token is not None and now < self.usable_until:
            if now >= self.refresh_at and self.flight is None:
                events.append(RefreshStarted(self.provider, self.environment, token.fingerprint, True))
                self.flight = Flight.start(True, loop, mono)
                # One refresher; everybody else keeps using the token meanwhile.
                self.refresh_at = now + self.lease_ttl
                self.publish()
                return Background(self.flight, token), events
            return Use(token), events
        if self.failure is not None:
            error, until = self.failure
            if mono < until:
                raise error.copy()
            self.failure = None
        if self.flight is not None:
            return Wait(self.flight), events
        stale = rejected or token or self.retired
        events.append(CacheMiss(self.provider, self.environment, "rejected" if rejected else "empty or expired"))
        events.append(RefreshStarted(self.provider, self.environment, stale.fingerprint if stale else None, False))
        if rejected is not None:
            self.rejection_refetch_at = mono
        self.flight = Flight.start(False, loop, mono)
        return Own(self.flight, stale), events

    # -- landing -------------------------------------------------------------------------

    def land(
        self,
        flight: Flight,
        stale: Token | None,
        token: Token | None,
        error: BaseException | None,
        now: float,
        mono: float,
    ) -> Event | None:
        """Take a flight's outcome into the state; returns the event it is worth."""
        if self.flight is flight:
            self.flight = None
        if token is not None:
            self._install(token, flight.background, now)
            return RefreshFinished(
                self.provider, self.environment, token.fingerprint, stale.fingerprint if stale else None
            )
        if isinstance(error, LeaseBusy):
            # Another process is refreshing for the fleet: look at the shared cache again after
            # about a fetch's time.
            remaining = max(0.0, self.usable_until - now)
            self.refresh_at = now + min(max(0.2, remaining / 4), remaining / 2)
            self.publish()
        elif isinstance(error, Abandoned):
            pass
        elif flight.background and self.token is not None and isinstance(error, Exception):
            return self._refresh_failed(error, now, mono)
        elif isinstance(error, errors.AuthOverlayError):
            self._remember(error, mono)
        return None

    def invalidate(self, token: Token | None) -> Token | None:
        """Forget ``token`` (default: the current one); returns what was current."""
        current = self.token
        if current is not None and (token is None or token.fingerprint == current.fingerprint):
            self.drop()
            self.retired = current
        # A vendor's "wait" (captcha, Retry-After) outlives an invalidation; plain failures do not.
        if self.failure is not None and self.failure[0].retry_after is None:
            self.failure = None
        return current

    def drop(self) -> None:
        self.token = None
        self.hot = None
        self.refresh_at = self.usable_until = 0.0

    def publish(self) -> None:
        self.hot = (self.token, self.refresh_at) if self.token is not None else None

    def _remember(self, exc: errors.AuthOverlayError, mono: float) -> None:
        """Failure memory: nobody asks the vendor again until this passes."""
        if not exc.retryable:
            remember = max(self.retry.error_memory, exc.retry_after or 0.0)
        elif exc.retry_after is not None:
            remember = exc.retry_after  # the vendor said when
        else:
            # An outage that outlasted the flight's retries: back off 0.5 s, 1 s, 2 s … 30 s.
            self.outage_failures += 1
            remember = min(_OUTAGE_BACKOFF_CAP, _OUTAGE_BACKOFF_BASE * 2 ** (self.outage_failures - 1))
        if remember > 0:
            self.failure = (exc, mono + remember)

    def _refresh_failed(self, exc: Exception, now: float, mono: float) -> Event:
        """A background refresh failed while the token is still valid: keep it, try later."""
        self.refresh_failures += 1
        retry_after = exc.retry_after if isinstance(exc, errors.AuthOverlayError) else None
        pause = max(_REFRESH_BACKOFF_BASE * 2 ** (self.refresh_failures - 1), retry_after or 0.0)
        pause = min(pause, max(_REFRESH_BACKOFF_CAP, retry_after or 0.0))
        # Past the token's usable end the foreground path decides, with the failure memory.
        self.refresh_at = min(now + pause, self.usable_until)
        self.publish()
        if isinstance(exc, errors.AuthOverlayError) and (retry_after is not None or not exc.retryable):
            self._remember(exc, mono)
        code = exc.error_code if isinstance(exc, errors.AuthOverlayError) else type(exc).__name__
        return RefreshFailed(self.provider, self.environment, type(exc).__name__, code, pause)

    def _install(self, token: Token, background: bool, now: float) -> None:
        previous = self.token
        self.token = token
        self.retired = None
        self.failure = None
        self.outage_failures = 0
        self.usable_until = self.refresh.usable_until(token).timestamp()
        self.refresh_at = self.refresh.refresh_at(token, self.default_margin, self.rng).timestamp()
        if background and previous is not None and token.expires_at <= previous.expires_at:
            # The vendor handed back the same expiry (or an earlier one): back off, do not loop.
            self.refresh_failures += 1
            pause = min(_REFRESH_BACKOFF_CAP, _REFRESH_BACKOFF_BASE * 2 ** (self.refresh_failures - 1))
            self.refresh_at = max(self.refresh_at, min(now + pause, self.usable_until))
        else:
            self.refresh_failures = 0
        self.publish()
