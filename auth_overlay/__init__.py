"""auth-overlay: typed vendor clients and token handling that holds up in production.

See ``auth_overlay.errors`` for the error hierarchy.
"""

from auth_overlay import errors
from auth_overlay.__about__ import __version__
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
from auth_overlay.errors import *  # noqa: F403 (the whole error tree is public at the top level)

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
