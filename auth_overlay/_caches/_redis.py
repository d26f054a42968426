"""A token cache for many hosts: Redis, through redis-py (``pip install 'auth-overlay[redis]'``).

One server, Sentinel (``master_for``) or Cluster: the client is redis-py's own, built from a URL
(see ``_redis_urls``) or passed in ready. A store is one ``SET … PX`` (atomic, expiring with the
token). The fetch lease is ``SET lease NX PX ttl`` with a random owner value and a
compare-and-delete release (one Lua script, one key), so a holder killed mid-fetch blocks the
others for at most ``ttl``.

Keys carry a hash tag, ``auth-overlay:{<key>}`` and ``auth-overlay:{<key>}:lease``: on a cluster an
entry and its lease live in one slot, on one node, and fail over together. (Before this layout
keys were ``auth-overlay:<key>``; entries written that way are not read: after an upgrade each
token is fetched once more.)

Failover: once Redis has answered, an operation that meets a connection error keeps retrying
(short back-off, redis-py rediscovering the primary through the Sentinels or the cluster's slot
map) for up to ``failover_wait`` seconds: long enough for a replica to be promoted, so the fleet
keeps one lease and one token through a failover instead of every process fetching its own.
Past that, Redis counts as down: every operation fails at once (the manager then caches per
process, with one warning), and one probe a second finds out when it is back.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from auth_overlay import errors
from auth_overlay._caches._base import Lease
from auth_overlay._caches._codec import Codec
from auth_overlay._core._token import Token

T = TypeVar("T")

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

_KEEP_AFTER_EXPIRY_MS = 60_000
_FAILOVER_WAIT = 5.0  # a Sentinel or cluster failover with down-after / node-timeout of a few seconds
_BACKOFF_FIRST, _BACKOFF_CAP = 0.05, 0.5
_REPROBE = 1.0  # while Redis is down: one real attempt per second, every other call fails at once


class RedisUnavailable(Exception):
    """Redis did not answer (within the failover wait, or it is known to be down)."""


class _RedisLease:
    def __init__(self, cache: RedisTokenCache, name: str, owner: str) -> None:
        self._cache, self._name, self._owner = cache, name, owner

    def release(self) -> None:
        self._cache._compare_and_delete(self._name, self._owner, "raw")


class RedisTokenCache:
    """Tokens in Redis: pass a ``redis.Redis``, a ``redis.cluster.RedisCluster`` or a
    Sentinel-managed client (``Sentinel(...).master_for(name)``), or use ``from_url``."""

    shared = True
    _client: Any
    _script: Any

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = "auth-overlay:",
        encryption_key: str | bytes | None = None,
        failover_wait: float = _FAILOVER_WAIT,
    ) -> None:
        self._setup(lambda: client, f"<{type(client).__name__}>", prefix, encryption_key, failover_wait)
        self._client = client

    def _setup(
        self,
        connect: Callable[[], Any],
        where: str,
        prefix: str,
        encryption_key: str | bytes | None,
        failover_wait: float,
    ) -> None:
        self._connect = connect
        self._client = None
        self._script = None
        self._where = where
        self._prefix = prefix
        self._codec = Codec(encryption_key)
        self._failover_wait = max(0.0, failover_wait)
        self._lock = threading.Lock()
        self._answered = False  # has Redis ever answered? Only then is an error worth waiting out.
        self._down_until = 0.0

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisTokenCache:
        """A cache for a ``redis://``, ``rediss://``, ``redis+sentinel://``, ``redis+cluster://`` or
        ``unix://`` URL; the URL is checked completely here, and nothing connects until first use."""
        from auth_overlay._caches._redis_clients import client_factory
        from auth_overlay._caches._redis_urls import parse

        target = parse(url)
        connect = client_factory(target)
        if target.failover_wait is not None:
            kwargs.setdefault("failover_wait", target.failover_wait)
        cache = cls.__new__(cls)
        cache._setup(
            connect,
            target.safe_url,
            kwargs.pop("prefix", "auth-overlay:"),
            kwargs.pop("encryption_key", None),
            kwargs.pop("failover_wait", _FAILOVER_WAIT),
        )
        if kwargs:
            raise errors.ConfigurationError(f"unknown RedisTokenCache option(s): {', '.join(sorted(kwargs))}")
        return cache

    # -- keys: one hash tag per token, so an entry and its lease share a cluster slot ----------

    def entry_name(self, key: str) -> str:
        return f"{self._prefix}{{{key}}}"

    def lease_name(self, key: str) -> str:
        return f"{self._prefix}{{{key}}}:lease"

    # -- the TokenCache protocol ------------------------------------------------------------

    def load(self, key: str) -> Token | None:
        name = self.entry_name(key)
        data: bytes | str | None = self._run(lambda client, _: client.get(name))
        return self._codec.decode(key, data)

    def store(self, key: str, token: Token) -> None:
        name, value = self.entry_name(key), self._codec.encode(key, token)
        remaining_ms = int((token.expires_at - datetime.now(UTC)).total_seconds() * 1000)
        ttl_ms = max(1, remaining_ms) + _KEEP_AFTER_EXPIRY_MS
        self._run(lambda client, _: client.set(name, value, px=ttl_ms))

    def delete(self, key: str, fingerprint: str | None = None) -> None:
        name = self.entry_name(key)
        if fingerprint is None:
            self._run(lambda client, _: client.delete(name))
        else:
            self._compare_and_delete(name, fingerprint, "json")

    def lease(self, key: str, ttl: float, wait: float) -> Lease | None:
        name, owner = self.lease_name(key), secrets.token_hex(16)
        ttl_ms = max(1, int(ttl * 1000))

        def take(client: Any, attempt: int) -> bool:
            if client.set(name, owner, nx=True, px=ttl_ms):
                return True
            # A retried SET NX may have landed the first time with its answer lost: is it ours?
            return attempt > 0 and client.get(name) in (owner, owner.encode())

        deadline = time.monotonic() + max(0.0, wait)
        while True:
            if self._run(take):
                return _RedisLease(self, name, owner)
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.02)

    def _compare_and_delete(self, name: str, expected: str, mode: str) -> None:
        self._run(lambda _, __: self._script(keys=[name], args=[expected, mode]))

    # -- connection trouble: wait out a failover, then fail fast until Redis is back ------------

    def _ready_client(self) -> Any:
        if self._client is None or self._script is None:
            with self._lock:
                if self._client is None:
                    self._client = self._connect()  # a cluster client reads the slot map here
                if self._script is None:
                    self._script = self._client.register_script(_COMPARE_AND_DELETE)
        return self._client

    def _run(self, operation: Callable[[Any, int], T]) -> T:
        transient = _transient_errors()
        now = time.monotonic()
        with self._lock:
            if now < self._down_until:
                raise RedisUnavailable(f"{self._where} is unreachable; next attempt in {self._down_until - now:.1f} s")
            give_up_at = now + (self._failover_wait if self._answered else 0.0)
        pause, attempt = _BACKOFF_FIRST, 0
        while True:
            try:
                result = operation(self._ready_client(), attempt)
            except transient as exc:
                if _refused(exc) or time.monotonic() + pause > give_up_at:
                    with self._lock:
                        self._answered = False
                        self._down_until = time.monotonic() + _REPROBE
                    raise
                time.sleep(pause)
                pause, attempt = min(_BACKOFF_CAP, pause * 2), attempt + 1
                continue
            with self._lock:
                self._answered, self._down_until = True, 0.0
            return result

    def __repr__(self) -> str:
        return f"RedisTokenCache({self._where}, prefix={self._prefix!r}, encrypted={self._codec.encrypted})"


def _refused(exc: BaseException) -> bool:
    """Wrong user or password, or no permission: no failover fixes that, so no waiting."""
    from redis import exceptions as rx

    return isinstance(exc, rx.AuthenticationError | rx.AuthorizationError)


def _transient_errors() -> tuple[type[BaseException], ...]:
    """Errors a failover produces: the primary is gone, paused, demoted, or the slot map is moving."""
    from redis import exceptions as rx

    return (rx.ConnectionError, rx.TimeoutError, rx.ClusterDownError, rx.TryAgainError, rx.ReadOnlyError,
            rx.RedisClusterException, RedisUnavailable)  # fmt: skip
