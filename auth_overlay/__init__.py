"""auth-overlay: typed vendor clients and token handling that holds up in production.

See ``auth_overlay.errors`` for the error hierarchy.
"""

from auth_overlay.__about__ import __version__
from auth_overlay._auth import TokenAuth
from auth_overlay._cache import MemoryTokenCache, TokenCache
from auth_overlay._clock import Clock, SystemClock
from auth_overlay._file_cache import FileTokenCache
from auth_overlay._grants import AuthorizationCodeGrant, ClientCredentialsGrant, RefreshTokenGrant, UserLogin
from auth_overlay._options import Endpoint, HttpOptions, Options
from auth_overlay._policy import RefreshPolicy, RetryPolicy
from auth_overlay._redis_cache import RedisTokenCache
from auth_overlay._secret import Secret
from auth_overlay._token import Token
from auth_overlay.errors import (
    AccessDeniedError,
    AccountLockedError,
    AuthOverlayError,
    CaptchaRequiredError,
    ConfigurationError,
    InvalidClientError,
    InvalidCredentialsError,
    InvalidGrantError,
    InvalidRequestError,
    InvalidScopeError,
    MalformedTokenResponseError,
    RateLimitedError,
    TokenEndpointUnavailableError,
    TokenError,
    UnauthorizedClientError,
    UnknownTokenError,
    UnsupportedGrantTypeError,
)

__all__ = [
    "AccessDeniedError",
    "AccountLockedError",
    "AuthOverlayError",
    "AuthorizationCodeGrant",
    "CaptchaRequiredError",
    "ClientCredentialsGrant",
    "Clock",
    "ConfigurationError",
    "Endpoint",
    "FileTokenCache",
    "HttpOptions",
    "InvalidClientError",
    "InvalidCredentialsError",
    "InvalidGrantError",
    "InvalidRequestError",
    "InvalidScopeError",
    "MalformedTokenResponseError",
    "MemoryTokenCache",
    "Options",
    "RateLimitedError",
    "RedisTokenCache",
    "RefreshPolicy",
    "RefreshTokenGrant",
    "RetryPolicy",
    "Secret",
    "SystemClock",
    "Token",
    "TokenAuth",
    "TokenCache",
    "TokenEndpointUnavailableError",
    "TokenError",
    "UnauthorizedClientError",
    "UnknownTokenError",
    "UnsupportedGrantTypeError",
    "UserLogin",
    "__version__",
]
