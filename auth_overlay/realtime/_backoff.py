"""How long to stay away before reconnecting: jittered, bounded, longer when the vendor says "quota".

Pure (the random source is handed in). A plain drop waits ``uniform(0, min(cap, base · 2^(n-1)))``
before attempt ``n`` (full jitter: a fleet that lost its sockets together does not come back
together); a ``shutdown`` for ``ConnectionQuotaReached``/``IPQuotaReached`` waits at least
``quota_delay`` (a quarter more at most at first, then doubling, never beyond ``quota_cap``):
the vendor closes the oldest connection and revokes its token when a user holds too many, so
reconnecting at once makes it worse.
"""

from __future__ import annotations

import random

import attrs


@attrs.frozen
class Backoff:
    base: float = 0.25
    cap: float = 10.0
    quota_delay: float = 60.0
    quota_cap: float = 300.0
    #: consecutive failed attempts before a socket gives up for good (None: never)
    max_attempts: int | None = None

    def __attrs_post_init__(self) -> None:
        if not (0 < self.base <= self.cap) or not (0 <= self.quota_delay <= self.quota_cap):
            raise ValueError("Backoff needs 0 < base <= cap and 0 <= quota_delay <= quota_cap")

    def delay(self, attempt: int, rng: random.Random, *, quota: bool = False) -> float:
        """Seconds before reconnect attempt ``attempt`` (1 for the first after a drop)."""
        if quota:
            ceiling = max(self.quota_delay * 1.25, self.quota_delay * (2 ** max(0, attempt - 1)))
            return rng.uniform(self.quota_delay, max(self.quota_delay, min(self.quota_cap, ceiling)))
        return rng.uniform(0, min(self.cap, self.base * (2 ** max(0, attempt - 1))))

    def exhausted(self, attempt: int) -> bool:
        return self.max_attempts is not None and attempt > self.max_attempts
