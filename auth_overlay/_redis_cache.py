"""A token cache for many hosts: Redis, through redis-py (``pip install 'auth-overlay[redis]'``).

A store is one ``SET … PX`` (atomic, expiring with the token). The fetch lease is
``SET lease NX PX ttl`` with a random owner value and a compare-and-delete release, so a
holder killed mid-fetch blocks the others for at most ``ttl``. Connection errors propagate:
the manager turns them into a process-local fetch with one warning.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from typing import Any

from auth_overlay import errors
from auth_overlay._cache import Lease
from auth_overlay._cache_codec import Codec
from auth_overlay._token import Token

_COMPARE_AND_DELETE = """
local v = redis.call('GET', KEYS[1])
if v == false then return 0 end
if ARGV[2] == 'json' then
  local ok, doc = pcall(cjson.decode, v)
  if not ok or doc['fp'] ~= ARGV[1] then return 0 end
elseif v ~= ARGV[1] then
  return 0
end
return redis.call('DEL', KEYS[1])
"""

_POLL = 0.02
_KEEP_AFTER_EXPIRY_MS = 60_000


class _RedisLease:
    def __init__(self, cache: RedisTokenCache, name: str, owner: str) -> None:
        self._cache, self._name, self._owner = cache, name, owner

    def release(self) -> None:
        self._cache._compare_and_delete(self._name, self._owner, "raw")


class RedisTokenCache:
    shared = True

    def __init__(
        self, client: Any, *, prefix: str = "auth-overlay:", encryption_key: str | bytes | None = None
    ) -> None:
        self._redis = client
        self._prefix = prefix
        self._codec = Codec(encryption_key)
        self._script = client.register_script(_COMPARE_AND_DELETE)

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisTokenCache:
        try:
            import redis
        except ImportError:
            raise errors.ConfigurationError(
                "a redis:// cache needs the 'redis' extra: pip install 'auth-overlay[redis]'"
            ) from None
        # Short timeouts: an unreachable Redis must degrade to a local fetch quickly, not hang requests.
        client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        return cls(client, **kwargs)

    def load(self, key: str) -> Token | None:
        data: bytes | None = self._redis.get(self._prefix + key)
        return self._codec.decode(key, data)

    def store(self, key: str, token: Token) -> None:
        remaining_ms = int((token.expires_at - datetime.now(UTC)).total_seconds() * 1000)
        data = self._codec.encode(key, token)
        self._redis.set(self._prefix + key, data, px=max(1, remaining_ms) + _KEEP_AFTER_EXPIRY_MS)

    def delete(self, key: str, fingerprint: str | None = None) -> None:
        if fingerprint is None:
            self._redis.delete(self._prefix + key)
        else:
            self._compare_and_delete(self._prefix + key, fingerprint, "json")

    def lease(self, key: str, ttl: float, wait: float) -> Lease | None:
        name = f"{self._prefix}{key}:lease"
        owner = secrets.token_hex(16)
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            if self._redis.set(name, owner, nx=True, px=max(1, int(ttl * 1000))):
                return _RedisLease(self, name, owner)
            if time.monotonic() >= deadline:
                return None
            time.sleep(_POLL)

    def _compare_and_delete(self, name: str, expected: str, mode: str) -> None:
        self._script(keys=[name], args=[expected, mode])

    def __repr__(self) -> str:
        return f"RedisTokenCache(prefix={self._prefix!r}, encrypted={self._codec.encrypted})"
