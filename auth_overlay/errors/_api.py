"""Errors of API calls made through ``auth_overlay.api.call``/``acall``."""

from __future__ import annotations

from typing import Unpack

from auth_overlay.errors._base import AuthOverlayError, ErrorAttributes, _clean


class APIError(AuthOverlayError):
    """An API call failed; ``operation`` names it (operation id, or ``"METHOD /path"``)."""

    default_error_code = "api_error"

    operation: str | None

    def __init__(self, message: str, *, operation: str | None = None, **attributes: Unpack[ErrorAttributes]) -> None:
        super().__init__(message, **attributes)
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
