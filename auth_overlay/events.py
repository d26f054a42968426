"""The typed events ``TokenAuth`` reports through ``on_event=`` (and logs on ``auth_overlay``).

None of them holds a secret, a token or a body: tokens appear only as fingerprints.
"""

from auth_overlay._events import (
    CacheHit,
    CacheMiss,
    ContractDrift,
    Event,
    EventHook,
    PenaltyTicketHonoured,
    RefreshFailed,
    RefreshFinished,
    RefreshStarted,
    RetryScheduled,
    SharedCacheUnavailable,
    TokenAcquired,
    UnauthorizedReplay,
)

__all__ = [
    "CacheHit",
    "CacheMiss",
    "ContractDrift",
    "Event",
    "EventHook",
    "PenaltyTicketHonoured",
    "RefreshFailed",
    "RefreshFinished",
    "RefreshStarted",
    "RetryScheduled",
    "SharedCacheUnavailable",
    "TokenAcquired",
    "UnauthorizedReplay",
]
