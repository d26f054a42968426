"""Cache URLs: ``memory://``, ``file:///path/to/dir``, and Redis in every form ``_redis_urls`` knows."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from auth_overlay import errors
from auth_overlay._caches._base import MemoryTokenCache, TokenCache

_REDIS_SCHEMES = ("redis", "rediss", "redis+sentinel", "rediss+sentinel", "redis+cluster", "rediss+cluster", "unix")


def cache_from_url(url: str) -> TokenCache:
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme == "memory":
        return MemoryTokenCache()
    if scheme == "file":
        path = unquote(urlsplit(url).path)
        if not path:
            raise errors.ConfigurationError("a file:// cache URL needs a folder: file:///path/to/dir")
        from auth_overlay._caches._file import FileTokenCache

        return FileTokenCache(path)
    if scheme in _REDIS_SCHEMES:
        from auth_overlay._caches._redis import RedisTokenCache

        return RedisTokenCache.from_url(url)
    shown = scheme if scheme.isascii() and scheme.replace("+", "").isalnum() else "?"
    raise errors.ConfigurationError(
        f"unknown cache URL scheme {shown!r}: use memory://, file:///dir, redis://host:port/db, rediss://…, "
        "redis+sentinel://host:26379,…/service/db or redis+cluster://host:port,…"
    )


def cache_from(value: Any) -> TokenCache:
    """A cache from a URL, a ``TokenCache``, or a ready redis-py client (``redis.Redis``, a
    Sentinel-managed client, ``redis.cluster.RedisCluster``), which is wrapped in a ``RedisTokenCache``."""
    if isinstance(value, str):
        return cache_from_url(value)
    if isinstance(value, TokenCache):
        return value
    if _is_redis_client(value):
        from auth_overlay._caches._redis import RedisTokenCache

        return RedisTokenCache(value)
    raise errors.ConfigurationError(
        f"cache= takes a URL, a TokenCache or a redis-py client, not {type(value).__name__}"
    )


def _is_redis_client(value: Any) -> bool:
    module = type(value).__module__ or ""
    return (module == "redis" or module.startswith("redis.")) and callable(getattr(value, "register_script", None))
