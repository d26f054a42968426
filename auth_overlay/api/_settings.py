"""Settings of the call layer: who the vendor is, where events go, how to retry, what to cap.

One :class:`APISettings` lives in each :class:`auth_overlay.api.CallGuard`, the hook a
generated client carries (``auth.client()`` attaches one built from the auth); copies of the
client made by ``with_headers``/``with_timeout`` keep the same hook.
"""

from __future__ import annotations

import random

import attrs

from auth_overlay._core._clock import SYSTEM_CLOCK, Clock
from auth_overlay._core._policy import RetryPolicy
from auth_overlay.events import EventHook

#: On by default, conservative: 3 attempts, waits of at most 2 s (a vendor's Retry-After up to
#: 10 s is honoured), all within 15 s. Only idempotent operations retry (see ``_call``).
DEFAULT_API_RETRY = RetryPolicy(max_attempts=3, base_delay=0.25, max_delay=2.0, deadline=15.0, retry_after_cap=10.0)
#: ``retry=False``: one attempt, within the same 15 s.
NO_API_RETRY = RetryPolicy(max_attempts=1, deadline=15.0)
#: Answers are read up to this many decoded bytes (32 MiB); a longer one is refused unread.
#: Tradovate's largest lists (fills, orders of an active account) stay far below it.
DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024


@attrs.frozen
class APISettings:
    provider: str | None
    environment: str | None = None
    on_event: EventHook | None = None
    clock: Clock = SYSTEM_CLOCK
    retry: RetryPolicy = DEFAULT_API_RETRY
    max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES
    rng: random.Random = attrs.field(factory=random.Random, eq=False)


def as_retry_policy(retry: RetryPolicy | bool | None) -> RetryPolicy:
    if retry is None or retry is True:
        return DEFAULT_API_RETRY
    if retry is False:
        return NO_API_RETRY
    if not isinstance(retry, RetryPolicy):
        from auth_overlay import errors

        raise errors.ConfigurationError("retry= must be a RetryPolicy, True, False or None")
    return retry


def as_answer_cap(value: object) -> int:
    if value is None:
        return DEFAULT_MAX_ANSWER_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        from auth_overlay import errors

        raise errors.ConfigurationError("max_answer_bytes= must be a positive int (bytes, decoded)")
    return value
