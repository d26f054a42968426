"""One error hierarchy for every vendor.

Whatever a vendor answers, the overlay raises exactly one of these::

    AuthOverlayError                      root: catch this to catch everything
    ├── ConfigurationError                raised before any I/O (unknown provider, missing secret, remote http:// …)
    └── TokenError                        the token endpoint did not give a usable token
        ├── InvalidRequestError           invalid_request
        ├── InvalidClientError            invalid_client (also Alternative Payments' 403, a bare 401)
        │   └── InvalidCredentialsError   Tradovate's in-band ``errorText`` for a wrong user name or password
        ├── InvalidGrantError             invalid_grant (spent code, rotated refresh token …)
        ├── UnauthorizedClientError       unauthorized_client
        ├── UnsupportedGrantTypeError     unsupported_grant_type
        ├── InvalidScopeError             invalid_scope
        ├── AccessDeniedError             access_denied
        ├── UnknownTokenError             a vendor error code outside RFC 6749
        ├── RateLimitedError              429 (retryable; ``retry_after`` when the vendor says)
        │   ├── AccountLockedError        423: the vendor locks the account after failed logins
        │   └── CaptchaRequiredError      Tradovate penalty ticket with ``p-captcha``: stop, do not retry
        ├── TokenEndpointUnavailableError 5xx, 408, timeouts, connection failures (once retries are spent)
        └── MalformedTokenResponseError   a 200 without a usable token, an undecodable body, an unexpected status
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

import math
from typing import ClassVar

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

_MAX_DESCRIPTION = 300
#: the longest wait an error may ask for: a day (vendor-given waits are clamped into this range)
MAX_RETRY_AFTER = 24 * 3600.0


def _clean(text: str | None) -> str | None:
    """Vendor text is untrusted: keep it printable and short."""
    if text is None:
        return None
    printable = "".join(ch if ch.isprintable() else " " for ch in str(text)).strip()
    if len(printable) > _MAX_DESCRIPTION:
        printable = printable[: _MAX_DESCRIPTION - 1] + "…"
    return printable or None


def _seconds(value: float | None) -> float | None:
    """A wait in [0, MAX_RETRY_AFTER]: never infinite (which is not JSON), never NaN, never negative."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return max(float(min(value, MAX_RETRY_AFTER)), 0.0)  # min first: an int too big for a float


class AuthOverlayError(Exception):
    """Root of every error the overlay raises."""

    default_error_code: ClassVar[str] = "error"
    default_retryable: ClassVar[bool] = False

    provider: str | None
    status_code: int | None
    error_code: str
    vendor_code: str | None
    description: str | None
    retryable: bool
    retry_after: float | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        status_code: int | None = None,
        error_code: str | None = None,
        vendor_code: str | None = None,
        description: str | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.status_code = status_code
        self.error_code = error_code or self.default_error_code
        self.vendor_code = _clean(vendor_code)
        self.description = _clean(description)
        self.retryable = self.default_retryable if retryable is None else retryable
        self.retry_after = _seconds(retry_after)
        self.request_id = _clean(request_id)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, provider={self.provider!r}, "
            f"status_code={self.status_code!r}, error_code={self.error_code!r})"
        )

    def to_dict(self) -> dict[str, object]:
        """The JSON-able view used by the CLI and by logs."""
        return {
            "error": type(self).__name__,
            "error_code": self.error_code,
            "vendor_code": self.vendor_code,
            "provider": self.provider,
            "status_code": self.status_code,
            "retryable": self.retryable,
            "retry_after": self.retry_after,
            "request_id": self.request_id,
            "message": self.message,
        }

    def copy(self) -> AuthOverlayError:
        """A fresh instance with the same attributes (re-raised from the failure memory)."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.args = self.args
        return clone


class ConfigurationError(AuthOverlayError):
    """The configuration cannot work; raised before any I/O."""

    default_error_code = "configuration_error"


class TokenError(AuthOverlayError):
    """The token endpoint did not give a usable token."""

    default_error_code = "token_error"


class InvalidRequestError(TokenError):
    """RFC 6749 ``invalid_request``."""

    default_error_code = "invalid_request"


class InvalidClientError(TokenError):
    """RFC 6749 ``invalid_client``: the client id or secret was refused."""

    default_error_code = "invalid_client"


class InvalidCredentialsError(InvalidClientError):
    """A user name or password was refused (Tradovate's in-band ``errorText``)."""

    default_error_code = "invalid_credentials"


class InvalidGrantError(TokenError):
    """RFC 6749 ``invalid_grant``: the code or refresh token is spent, expired or wrong."""

    default_error_code = "invalid_grant"


class UnauthorizedClientError(TokenError):
    """RFC 6749 ``unauthorized_client``."""

    default_error_code = "unauthorized_client"


class UnsupportedGrantTypeError(TokenError):
    """RFC 6749 ``unsupported_grant_type``."""

    default_error_code = "unsupported_grant_type"


class InvalidScopeError(TokenError):
    """RFC 6749 ``invalid_scope``."""

    default_error_code = "invalid_scope"


class AccessDeniedError(TokenError):
    """RFC 6749 ``access_denied``."""

    default_error_code = "access_denied"


class UnknownTokenError(TokenError):
    """A vendor error code outside RFC 6749; ``vendor_code`` holds it as sent."""

    default_error_code = "unknown_error"


class RateLimitedError(TokenError):
    """The vendor asked us to slow down (429)."""

    default_error_code = "rate_limited"
    default_retryable = True


class AccountLockedError(RateLimitedError):
    """The vendor locked the account after failed logins (423). Not retried."""

    default_error_code = "account_locked"
    default_retryable = False


class CaptchaRequiredError(RateLimitedError):
    """A penalty ticket demands a captcha: a server-side client cannot continue for a while."""

    default_error_code = "captcha_required"
    default_retryable = False


class TokenEndpointUnavailableError(TokenError):
    """5xx, 408, timeouts or connection failures, after the retries were spent."""

    default_error_code = "temporarily_unavailable"
    default_retryable = True


class MalformedTokenResponseError(TokenError):
    """A response that is neither a usable token nor a recognisable error."""

    default_error_code = "malformed_response"


class APIError(AuthOverlayError):
    """An API call failed; ``operation`` names it (operation id, or ``"METHOD /path"``)."""

    default_error_code = "api_error"

    operation: str | None

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        provider: str | None = None,
        status_code: int | None = None,
        error_code: str | None = None,
        vendor_code: str | None = None,
        description: str | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message,
            provider=provider,
            status_code=status_code,
            error_code=error_code,
            vendor_code=vendor_code,
            description=description,
            retryable=retryable,
            retry_after=retry_after,
            request_id=request_id,
        )
        self.operation = _clean(operation)

    def to_dict(self) -> dict[str, object]:
        return {**super().to_dict(), "operation": self.operation}


class BadRequestError(APIError):
    """400, 422 (and other 4xx without a class of their own): the request was refused as sent."""

    default_error_code = "bad_request"


class APIAuthenticationError(APIError):
    """401 after the overlay refreshed the token and replayed the request once."""

    default_error_code = "unauthorized"


class PermissionDeniedError(APIError):
    """403: the token is fine, the operation is not allowed for it."""

    default_error_code = "permission_denied"


class NotFoundError(APIError):
    """404."""

    default_error_code = "not_found"


class APIRateLimitedError(APIError):
    """429, or a Tradovate penalty ticket on an API call; ``retry_after`` when the vendor says."""

    default_error_code = "rate_limited"
    default_retryable = True


class APICaptchaRequiredError(APIRateLimitedError):
    """A penalty ticket demanding a captcha: a server-side client cannot continue for a while."""

    default_error_code = "captcha_required"
    default_retryable = False


class ServerError(APIError):
    """5xx: the vendor (or a gateway in front of it) failed."""

    default_error_code = "server_error"
    default_retryable = True


class APIConnectionError(APIError):
    """No complete answer: the connection failed, broke, or a protocol error happened."""

    default_error_code = "connection_error"
    default_retryable = True


class APITimeoutError(APIConnectionError):
    """The answer did not arrive in time (the client's timeout or the call's deadline)."""

    default_error_code = "timeout"


class ContractViolationError(APIError):
    """The answer breaks the spec: a required field missing, a wrong type, an undecodable body,
    an undocumented status. ``description`` says where (a JSON path), never the value."""

    default_error_code = "contract_violation"


class VendorRejectedError(APIError):
    """A 200 that carries a refusal in-band: Tradovate's ``errorText``, or ``failureReason`` and
    ``failureText`` on an order command (``vendor_code`` holds the reason, e.g. ``InvalidPrice``)."""

    default_error_code = "vendor_rejected"
