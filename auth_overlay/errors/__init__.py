"""One error hierarchy for every vendor.

Whatever a vendor answers, the overlay raises exactly one of these::

    AuthOverlayError                      root: catch this to catch everything
    ├── ConfigurationError                raised before any I/O (unknown provider, missing secret, remote http:// …)
    ├── TokenError                        the token endpoint did not give a usable token
    │   ├── InvalidRequestError           invalid_request
    │   ├── InvalidClientError            invalid_client (also Alternative Payments' 403, a bare 401)
    │   │   └── InvalidCredentialsError   Tradovate's in-band ``errorText`` for a wrong user name or password
    │   ├── InvalidGrantError             invalid_grant (spent code, rotated refresh token …)
    │   ├── UnauthorizedClientError       unauthorized_client
    │   ├── UnsupportedGrantTypeError     unsupported_grant_type
    │   ├── InvalidScopeError             invalid_scope
    │   ├── AccessDeniedError             access_denied
    │   ├── UnknownTokenError             a vendor error code outside RFC 6749
    │   ├── RateLimitedError              429 (retryable; ``retry_after`` when the vendor says)
    │   │   ├── AccountLockedError        423: the vendor locks the account after failed logins
    │   │   └── CaptchaRequiredError      Tradovate penalty ticket with ``p-captcha``: stop, do not retry
    │   ├── TokenEndpointUnavailableError 5xx, 408, timeouts, connection failures (once retries are spent)
    │   └── MalformedTokenResponseError   a 200 without a usable token, an undecodable body, an unexpected status
    └── APIError                          an API call through ``auth_overlay.api.call``/``acall`` failed
        ├── BadRequestError               400, 422 and other 4xx the vendor sent with a reason
        ├── APIAuthenticationError        401 that survived the token refresh and replay
        ├── PermissionDeniedError         403
        ├── NotFoundError                 404
        ├── APIRateLimitedError           429 or a penalty ticket (``p-ticket``, wait in ``retry_after``)
        │   └── APICaptchaRequiredError   a penalty ticket with ``p-captcha``: stop, do not retry
        ├── ServerError                   5xx (HTML or empty bodies included)
        ├── APIConnectionError            connection failed, timed out or broke (``APITimeoutError`` below it)
        ├── ContractViolationError        a response the spec does not allow: required field missing, wrong
        │                                 type, undecodable body, undocumented status
        └── VendorRejectedError           a 200 carrying Tradovate's in-band ``errorText`` or ``failureReason``

Every error carries the same attributes, declared on the class so type checkers see them:
``provider``, ``status_code``, ``error_code`` (normalised), ``vendor_code`` (as sent),
``description``, ``retryable``, ``retry_after`` (seconds), ``request_id``; ``APIError`` adds
``operation`` (the spec's operation id, e.g. ``orderList``, or ``"GET /order/list"``).
No attribute and no message ever contains a secret or a token: every piece of vendor text
passes one scrubber (``_scrub``) that removes each secret the request carried and each token
the answer carried, and is then truncated and stripped of control characters; the overlay
never puts request bodies or headers into an error. ``retry_after`` is always finite, in
[0, 24 h], so ``to_dict()`` is plain JSON.
"""

from __future__ import annotations

from auth_overlay.errors._api import (
    APIAuthenticationError,
    APICaptchaRequiredError,
    APIConnectionError,
    APIError,
    APIRateLimitedError,
    APITimeoutError,
    BadRequestError,
    ContractViolationError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    VendorRejectedError,
)
from auth_overlay.errors._base import AuthOverlayError, ConfigurationError
from auth_overlay.errors._token import (
    AccessDeniedError,
    AccountLockedError,
    CaptchaRequiredError,
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
    "APIAuthenticationError",
    "APICaptchaRequiredError",
    "APIConnectionError",
    "APIError",
    "APIRateLimitedError",
    "APITimeoutError",
    "AccessDeniedError",
    "AccountLockedError",
    "AuthOverlayError",
    "BadRequestError",
    "CaptchaRequiredError",
    "ConfigurationError",
    "ContractViolationError",
    "InvalidClientError",
    "InvalidCredentialsError",
    "InvalidGrantError",
    "InvalidRequestError",
    "InvalidScopeError",
    "MalformedTokenResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ServerError",
    "TokenEndpointUnavailableError",
    "TokenError",
    "UnauthorizedClientError",
    "UnknownTokenError",
    "UnsupportedGrantTypeError",
    "VendorRejectedError",
]

# Tracebacks and reprs name the public module, not the private one a class happens to live in.
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
