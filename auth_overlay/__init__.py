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
    APIAuthenticationError,
    APICaptchaRequiredError,
    APIConnectionError,
    APIError,
    APIRateLimitedError,
    APITimeoutError,
    AuthOverlayError,
    BadRequestError,
    CaptchaRequiredError,
    ConfigurationError,
    ContractViolationError,
    InvalidClientError,
    InvalidCredentialsError,
    InvalidGrantError,
    InvalidRequestError,
    InvalidScopeError,
    MalformedTokenResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    TokenEndpointUnavailableError,
    TokenError,
    UnauthorizedClientError,
    UnknownTokenError,
    UnsupportedGrantTypeError,
    VendorRejectedError,
)

__all__ = [
    "APIAuthenticationError",
    "APICaptchaRequiredError",
    "APIConnectionError",
    "APIError",
    "APIRateLimitedError",
    "APITimeoutError",
    "AccessDeniedError",
    "AccountLockedError",
    "AuthOverlayError",
    "AuthorizationCodeGrant",
    "BadRequestError",
    "CaptchaRequiredError",
    "ClientCredentialsGrant",
    "Clock",
    "ConfigurationError",
    "ContractViolationError",
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
    "NotFoundError",
    "Options",
    "PermissionDeniedError",
    "RateLimitedError",
    "RedisTokenCache",
    "RefreshPolicy",
    "RefreshTokenGrant",
    "RetryPolicy",
    "Secret",
    "ServerError",
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
    "VendorRejectedError",
    "__version__",
]
