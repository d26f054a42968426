"""Errors of the token layer: the token endpoint did not give a usable token."""

from __future__ import annotations

from auth_overlay.errors._base import AuthOverlayError


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
