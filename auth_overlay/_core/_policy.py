"""When to retry and when to refresh: small frozen policies with pure methods."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import attrs

from auth_overlay._core._token import Token


@attrs.frozen
class RetryPolicy:
    """Exponential back-off with full jitter, inside an overall deadline.

    Transport errors, 408, 429 and 5xx are retried; ``Retry-After`` is honoured up to
    ``retry_after_cap`` (a longer demand ends the attempt with a ``RateLimitedError``
    carrying ``retry_after``, instead of sleeping past the deadline). Errors that mean
    bad credentials or a bad request are never retried, and are remembered for
    ``error_memory`` seconds so a misconfigured fleet does not hammer the vendor.
    """

    max_attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 8.0
    deadline: float = 30.0
    retry_after_cap: float = 30.0
    error_memory: float = 10.0
    request_timeout: float = 10.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``; None when the vendor asks for too long."""
        if retry_after is not None:
            return retry_after if retry_after <= self.retry_after_cap else None
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return rng.uniform(0, ceiling)


@attrs.frozen
class RefreshPolicy:
    """Refresh ahead of expiry by a margin that is always shorter than the token's lifetime.

    ``margin`` is the wish (60 s by default, a vendor profile may ask for more); it is capped
    at ``max_fraction`` of the lifetime, so a 30-second token is refreshed after ~22 s, not on
    every call. ``jitter`` spreads a fleet's refreshes over a further fraction of the margin.
    Tokens are treated as expired ``leeway`` before the vendor's expiry (clock skew, latency).
    """

    margin: timedelta | None = None
    max_fraction: float = 0.25
    jitter: float = 0.2
    max_leeway: timedelta = timedelta(seconds=5)

    def effective_margin(self, token: Token, default_margin: timedelta) -> float:
        wanted = (self.margin or default_margin).total_seconds()
        return max(0.0, min(wanted, token.lifetime * self.max_fraction))

    def refresh_at(self, token: Token, default_margin: timedelta, rng: random.Random) -> datetime:
        margin = self.effective_margin(token, default_margin)
        spread = margin * self.jitter * rng.random()
        return token.expires_at - timedelta(seconds=margin + spread)

    def usable_until(self, token: Token) -> datetime:
        leeway = min(self.max_leeway.total_seconds(), token.lifetime * 0.02)
        return token.expires_at - timedelta(seconds=leeway)
