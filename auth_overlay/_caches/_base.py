"""Where tokens live between requests: the ``TokenCache`` protocol and the in-memory cache.

A cache stores whole tokens (access token, refresh token and expiry together, in one
write) under keys derived from everything that identifies a token and nothing secret.
Shared caches (file, Redis) also grant *leases*: the right to call the token endpoint,
which expires on its own so a holder killed mid-fetch blocks nobody for long.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Protocol, runtime_checkable

from auth_overlay._core._token import Token


class Lease(Protocol):
    def release(self) -> None: ...


@runtime_checkable
class TokenCache(Protocol):
    """Storage for tokens. Implementations must be safe to call from many threads."""

    #: True when other processes see the same entries (the overlay then takes leases)
    shared: bool

    def load(self, key: str) -> Token | None:
        """The stored token, or None (missing, expired long ago, corrupt or undecryptable)."""
        ...

    def store(self, key: str, token: Token) -> None:
        """Replace the entry atomically."""
        ...

    def delete(self, key: str, fingerprint: str | None = None) -> None:
        """Drop the entry; with ``fingerprint``, only if it still holds that token."""
        ...

    def lease(self, key: str, ttl: float, wait: float) -> Lease | None:
        """Take the right to fetch for ``key`` for ``ttl`` seconds; wait up to ``wait`` for it."""
        ...


def cache_key(
    provider: str,
    environment: str | None,
    token_url: str,
    client_id: str,
    scope: str | None,
    subject: str | None = None,
) -> str:
    """Hash of what identifies a token: never the secret, nor how this process happened to start
    (a code, a stored refresh token): every process of a fleet must find the same entry."""
    material = json.dumps([provider, environment, token_url, client_id, scope or "", subject or ""])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:40]


class _NoLease:
    """The lease of a cache with nothing to coordinate, and of a fetch that had to go without one."""

    def release(self) -> None:
        return None


NO_LEASE: Lease = _NoLease()


class MemoryTokenCache:
    """The default: one process. Single flight is the manager's job, so leases are free."""

    shared = False

    def __init__(self) -> None:
        self._entries: dict[str, Token] = {}
        self._lock = threading.Lock()

    def load(self, key: str) -> Token | None:
        return self._entries.get(key)

    def store(self, key: str, token: Token) -> None:
        with self._lock:
            self._entries[key] = token

    def delete(self, key: str, fingerprint: str | None = None) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None and (fingerprint is None or current.fingerprint == fingerprint):
                del self._entries[key]

    def lease(self, key: str, ttl: float, wait: float) -> Lease | None:
        return NO_LEASE

    def __repr__(self) -> str:
        return "MemoryTokenCache()"
