"""auth-overlay: typed vendor clients and token handling that holds up in production.

See ``auth_overlay.errors`` for the error hierarchy.

The error tree is imported with the package (it is small, and an ``except`` clause needs it);
every other public name is loaded the first time it is used (PEP 562), so ``import auth_overlay``
costs little more than importing httpx, and a process pays only for the parts it uses: the
token flow is built by ``TokenAuth.for_provider``, filelock only for a file cache, the Redis
modules only for a Redis cache. Type checkers read the imports below ``TYPE_CHECKING``.
"""

from typing import TYPE_CHECKING, Any

from auth_overlay import errors
from auth_overlay.__about__ import __version__
from auth_overlay.errors import *  # noqa: F403 (the whole error tree is public at the top level)

if TYPE_CHECKING:
    from auth_overlay._caches._base import MemoryTokenCache, TokenCache
    from auth_overlay._caches._file import FileTokenCache
    from auth_overlay._caches._redis import RedisTokenCache
    from auth_overlay._core._clock import Clock, SystemClock
    from auth_overlay._core._endpoint import Endpoint, HttpOptions
    from auth_overlay._core._grants import AuthorizationCodeGrant, ClientCredentialsGrant, RefreshTokenGrant, UserLogin
    from auth_overlay._core._policy import RefreshPolicy, RetryPolicy
    from auth_overlay._core._secret import Secret
    from auth_overlay._core._token import Token
    from auth_overlay._front._auth import TokenAuth
    from auth_overlay._front._options import Options

#: public name → the module that defines it
_LAZY = {
    "AuthorizationCodeGrant": "auth_overlay._core._grants",
    "ClientCredentialsGrant": "auth_overlay._core._grants",
    "Clock": "auth_overlay._core._clock",
    "Endpoint": "auth_overlay._core._endpoint",
    "FileTokenCache": "auth_overlay._caches._file",
    "HttpOptions": "auth_overlay._core._endpoint",
    "MemoryTokenCache": "auth_overlay._caches._base",
    "Options": "auth_overlay._front._options",
    "RedisTokenCache": "auth_overlay._caches._redis",
    "RefreshPolicy": "auth_overlay._core._policy",
    "RefreshTokenGrant": "auth_overlay._core._grants",
    "RetryPolicy": "auth_overlay._core._policy",
    "Secret": "auth_overlay._core._secret",
    "SystemClock": "auth_overlay._core._clock",
    "Token": "auth_overlay._core._token",
    "TokenAuth": "auth_overlay._front._auth",
    "TokenCache": "auth_overlay._caches._base",
    "UserLogin": "auth_overlay._core._grants",
}

__all__ = [
    "AuthorizationCodeGrant",
    "ClientCredentialsGrant",
    "Clock",
    "Endpoint",
    "FileTokenCache",
    "HttpOptions",
    "MemoryTokenCache",
    "Options",
    "RedisTokenCache",
    "RefreshPolicy",
    "RefreshTokenGrant",
    "RetryPolicy",
    "Secret",
    "SystemClock",
    "Token",
    "TokenAuth",
    "TokenCache",
    "UserLogin",
    "__version__",
]
__all__ += errors.__all__  # the error tree, listed once in auth_overlay.errors


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'auth_overlay' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
