"""Cache URLs: ``memory://``, ``file:///path/to/dir``, ``redis://host:port/db``."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from auth_overlay import errors
from auth_overlay._cache import MemoryTokenCache, TokenCache


def cache_from_url(url: str) -> TokenCache:
    scheme = urlsplit(url).scheme.lower()
    if scheme == "memory":
        return MemoryTokenCache()
    if scheme == "file":
        from auth_overlay._file_cache import FileTokenCache

        path = unquote(urlsplit(url).path)
        if not path:
            raise errors.ConfigurationError("a file:// cache URL needs a folder: file:///path/to/dir")
        return FileTokenCache(path)
    if scheme in ("redis", "rediss", "unix"):
        from auth_overlay._redis_cache import RedisTokenCache

        return RedisTokenCache.from_url(url)
    raise errors.ConfigurationError(
        f"unknown cache URL scheme {scheme!r}: use memory://, file:///dir or redis://host:port/db"
    )
