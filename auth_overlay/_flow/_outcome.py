"""Judging a token endpoint's answer: every response maps to one ``Token`` or one typed error.

Decisions are tables, not if-chains per vendor: the RFC 6749 code table, the status table,
and each profile's ``TokenShape`` (which fields hold what) and ``codeless_statuses``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._core._durations import retry_after as parse_retry_after
from auth_overlay._core._durations import vendor_instant, vendor_seconds
from auth_overlay._core._scrub import Scrubber, is_sensitive_field, token_values
from auth_overlay._core._token import Token, UnusableTokenError
from auth_overlay.vendors._base import TokenShape

_RFC6749_ERRORS: Mapping[str, type[errors.TokenError]] = {
    "invalid_request": errors.InvalidRequestError,
    "invalid_client": errors.InvalidClientError,
    "invalid_grant": errors.InvalidGrantError,
    "unauthorized_client": errors.UnauthorizedClientError,
    "unsupported_grant_type": errors.UnsupportedGrantTypeError,
    "invalid_scope": errors.InvalidScopeError,
    "access_denied": errors.AccessDeniedError,
    # RFC 6749 §4.1.2.1 codes a server uses for its own trouble: worth a retry
    "server_error": errors.TokenEndpointUnavailableError,
    "temporarily_unavailable": errors.TokenEndpointUnavailableError,
}

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray")


@attrs.frozen
class Judge:
    """A profile's view of answers; built once per ``TokenAuth``."""

    provider: str
    shape: TokenShape
    default_lifetime: timedelta
    max_lifetime: timedelta
    codeless_statuses: Mapping[int, type[errors.TokenError]]

    def token_or_error(
        self,
        response: httpx.Response,
        payload: Mapping[str, Any] | None,
        now: datetime,
        scrubber: Scrubber | None = None,
    ) -> Token:
        """Return the token the answer carries, or raise the one error it means.

        ``scrubber`` knows the secrets sent in the request; every piece of vendor text put
        into an error passes through it, extended with the token values of this answer.
        """
        status = response.status_code
        scrub = (scrubber or Scrubber()).including(token_values(payload))
        context = _Context(self.provider, status, _request_id(response.headers), scrub)
        if status == 200:
            if payload is None:
                raise context.error(
                    errors.MalformedTokenResponseError,
                    "the token endpoint answered 200 with a body that is not a JSON object",
                )
            in_band = self._in_band_error(payload, context)
            if in_band is not None:
                raise in_band
            return self._token(payload, context, now)
        raise self._status_error(response, payload, context, now)

    # -- success ------------------------------------------------------------------

    def _token(self, payload: Mapping[str, Any], context: _Context, now: datetime) -> Token:
        shape = self.shape
        access = payload.get(shape.access_token)
        if not isinstance(access, str) or not access.strip():
            raise context.error(errors.MalformedTokenResponseError, "the answer has no access token")
        token_type = _token_type(payload.get(shape.token_type) if shape.token_type else None, context)
        expires_at = self._expiry(payload, context, now)
        refresh = payload.get(shape.refresh_token) if shape.refresh_token else None
        scope = payload.get(shape.scope) if shape.scope else None
        extras = {key: payload[field] for field, key in shape.extras.items() if payload.get(field) is not None}
        try:
            # The one validation path, shared with tokens read from a cache (Token validates itself).
            return Token(
                access_token=access,
                token_type=token_type,
                expires_at=expires_at,
                issued_at=now,
                refresh_token=refresh if isinstance(refresh, str) and refresh else None,
                scope=scope if isinstance(scope, str) and scope else None,
                extras=extras,
            )
        except UnusableTokenError as exc:
            raise context.error(errors.MalformedTokenResponseError, str(exc)) from None

    def _expiry(self, payload: Mapping[str, Any], context: _Context, now: datetime) -> datetime:
        shape = self.shape
        if shape.expires_at and payload.get(shape.expires_at) is not None:
            at = vendor_instant(payload[shape.expires_at])
            if at is None:
                raise context.error(errors.MalformedTokenResponseError, f"'{shape.expires_at}' is not a timestamp")
            lifetime = (at - now).total_seconds()
        elif shape.expires_in and payload.get(shape.expires_in) is not None:
            seconds = vendor_seconds(payload[shape.expires_in])
            if seconds is None:
                raise context.error(
                    errors.MalformedTokenResponseError, f"'{shape.expires_in}' is not a number of seconds"
                )
            lifetime = seconds
        else:
            # Documented default: the vendor's stated lifetime when the field is absent.
            lifetime = self.default_lifetime.total_seconds()
        if lifetime <= 0:
            raise context.error(errors.MalformedTokenResponseError, "the token is already expired on arrival")
        # An absurd lifetime is clamped, not trusted: a token we think lives for years
        # would never be refreshed, and one 401 later we would learn otherwise.
        lifetime = min(lifetime, self.max_lifetime.total_seconds())
        return now + timedelta(seconds=lifetime)

    # -- errors -------------------------------------------------------------------

    def _in_band_error(self, payload: Mapping[str, Any], context: _Context) -> errors.TokenError | None:
        code = payload.get("error")
        if code:
            return _coded_error(code, payload, context, fallback=errors.UnknownTokenError)
        text = payload.get("errorText")
        if text:
            return context.error(
                errors.InvalidCredentialsError,
                "the vendor refused the credentials",
                description=_text(text),
            )
        return None

    def _status_error(
        self, response: httpx.Response, payload: Mapping[str, Any] | None, context: _Context, now: datetime
    ) -> errors.TokenError:
        status = context.status
        retry_after = parse_retry_after(response.headers.get("retry-after"), now)
        if status == 429:
            return context.error(
                errors.RateLimitedError, "the token endpoint is rate limiting this client", retry_after=retry_after
            )
        if status == 423:
            return context.error(
                errors.AccountLockedError, "the vendor has locked the account", retry_after=retry_after
            )
        if status == 408 or 500 <= status <= 599:
            return context.error(
                errors.TokenEndpointUnavailableError, f"the token endpoint answered {status}", retry_after=retry_after
            )
        if 400 <= status <= 499:
            code = payload.get("error") if payload else None
            fallback = self.codeless_statuses.get(status)
            if code:
                return _coded_error(code, payload or {}, context, fallback=errors.UnknownTokenError)
            if fallback is not None:
                return context.error(
                    fallback,
                    f"the token endpoint refused the request ({status})",
                    description=_description(payload, context.scrub),
                )
        return context.error(errors.MalformedTokenResponseError, f"unexpected status {status} from the token endpoint")


@attrs.frozen
class _Context:
    provider: str
    status: int
    request_id: str | None
    scrub: Scrubber

    def error(
        self,
        cls: type[errors.TokenError],
        message: str,
        *,
        vendor_code: str | None = None,
        description: str | None = None,
        retry_after: float | None = None,
    ) -> errors.TokenError:
        """The one door vendor text goes through into an error: every known secret is removed."""
        scrub = self.scrub.text
        # Scrub whole values first, then cut: a secret cut in half would no longer be found.
        return cls(
            scrub(message) or "",
            provider=self.provider,
            status_code=self.status,
            request_id=_cut(scrub(self.request_id), 128),
            vendor_code=_cut(scrub(vendor_code), 64),
            description=scrub(description),
            retry_after=retry_after,
        )


def _text(value: object) -> str | None:
    """Vendor data as text; a non-string shows its repr (the scrubber knows repr forms too)."""
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except RecursionError:  # nested as deep as the JSON parser allowed
        return None


def _cut(text: str | None, limit: int) -> str | None:
    return text[:limit] if text is not None else None


def _coded_error(
    code: object, payload: Mapping[str, Any], context: _Context, *, fallback: type[errors.TokenError]
) -> errors.TokenError:
    description = _description(payload, context.scrub)
    if isinstance(code, Mapping):  # {"error": {"message": ...}} as some gateways send
        description = description or _description(code, context.scrub)
        code = code.get("code") or code.get("type")
    vendor_code = str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None
    cls = _RFC6749_ERRORS.get((vendor_code or "").strip().lower(), fallback)
    message = f"the token endpoint answered {vendor_code or 'an error'}"
    return context.error(cls, message, vendor_code=vendor_code, description=description)


def _description(payload: Mapping[str, Any] | None, scrub: Scrubber) -> str | None:
    if not payload:
        return None
    for key in ("error_description", "message", "errorText", "detail", "error_message"):
        value = payload.get(key)
        if isinstance(value, str) and value:
            return value
    # Fallback: the first other string, never a field that holds a token or credential, never
    # a value that is (or holds) a known secret. The caller scrubs whatever it returns anyway.
    for key, value in payload.items():
        if isinstance(value, str) and value and not is_sensitive_field(key) and not scrub.reveals(value):
            return value
    return None


def _token_type(value: object, context: _Context) -> str:
    if value is None or value == "":
        return "Bearer"  # documented default: every vendor here issues bearer tokens
    if isinstance(value, str) and value.strip().lower() == "bearer":
        return "Bearer"
    raise context.error(errors.MalformedTokenResponseError, "the token is not a bearer token", vendor_code=str(value))


def _request_id(headers: httpx.Headers) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)  # cut to length in the error, after scrubbing: a cut secret would survive
    return None
