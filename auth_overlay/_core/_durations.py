"""Every duration a vendor gives, read into a documented range (the README's Security section).

=====================================  ==============================================================
``expires_in`` / ``expirationTime``    a finite number of seconds / an ISO 8601 instant; the lifetime
                                       is then clamped to the profile's ``max_lifetime`` (24 h)
``Retry-After``                        delta-seconds or an HTTP date, held to 0 s … 24 h
Tradovate ``p-time``                   held to 0 s … 1 h
=====================================  ==============================================================

Anything that is not a finite number (``Infinity``, ``NaN``, junk) is ``None`` here and a
``MalformedTokenResponseError`` to the caller. Integers are compared before they become floats,
so a 400-digit number is clamped instead of raising ``OverflowError``.
"""

from __future__ import annotations

import email.utils
import math
from datetime import UTC, datetime

from auth_overlay.errors._base import MAX_RETRY_AFTER

#: Retry-After is honoured within [0, 24 h]; a longer (or endless) demand reads as 24 h
RETRY_AFTER_CAP = MAX_RETRY_AFTER
#: a penalty ticket's wait is held to [0, 1 h]
MAX_PENALTY_WAIT = 3600.0
#: past this, a "number of seconds" is junk, clamped before any float arithmetic can overflow
_BOUND = 10.0**10
_MAX_DIGITS = 11  # longer delta-seconds are above every cap: no need to convert them


def vendor_seconds(value: object) -> float | None:
    """A number (or numeric string) of seconds within ±1e10; None when it is not a finite number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = int(text)  # exact, however long (up to Python's 4300-digit limit)
        except ValueError:
            try:
                value = float(text)  # "1e400" becomes inf, refused below
            except ValueError:
                return None
    if isinstance(value, int):
        return float(max(-_BOUND, min(value, _BOUND)))
    if isinstance(value, float) and math.isfinite(value):
        return max(-_BOUND, min(value, _BOUND))
    return None


def vendor_instant(value: object) -> datetime | None:
    """An ISO 8601 instant (UTC when it names no zone); None when it is not one."""
    if isinstance(value, datetime):
        at = value
    elif isinstance(value, str):
        try:
            at = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def retry_after(value: str | None, now: datetime) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        if len(value.lstrip("0")) > _MAX_DIGITS:
            return RETRY_AFTER_CAP
        return float(min(int(value), int(RETRY_AFTER_CAP)))
    try:
        at = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return min(max((at - now).total_seconds(), 0.0), RETRY_AFTER_CAP)


def penalty_wait(seconds: float) -> float | None:
    """A penalty ticket's wait held to [0, MAX_PENALTY_WAIT]; None when it is not finite."""
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_PENALTY_WAIT)
