"""Every profile × every response shape maps to exactly one outcome, against a real local server.

The sandbox answers with each shape PROVIDERS.md lists; the overlay must turn it into a
``Token`` or one typed error, retry only what is worth retrying, and cache nothing that
is not a valid token.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest

import auth_overlay as ao
from auth_overlay import MemoryTokenCache, RetryPolicy, Token
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import FAST_RETRY, PROFILES, SANDBOX_VENDOR, make_auth

_HTML = "<html><body><h1>Service Unavailable</h1></body></html>"


@dataclass
class Shape:
    name: str
    fault: Callable[[], Fault | None]
    outcome: type[Token] | type[ao.TokenError]
    requests: int = 1
    per_profile: dict[str, type[Token] | type[ao.TokenError]] = field(default_factory=dict)
    lifetime: float | None = None  # expected seconds, for token outcomes
    retry: RetryPolicy = FAST_RETRY


def _http_date(seconds_ahead: int) -> str:
    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


RFC_CODES = {
    "invalid_request": ao.InvalidRequestError,
    "invalid_client": ao.InvalidClientError,
    "invalid_grant": ao.InvalidGrantError,
    "unauthorized_client": ao.UnauthorizedClientError,
    "unsupported_grant_type": ao.UnsupportedGrantTypeError,
    "invalid_scope": ao.InvalidScopeError,
    "access_denied": ao.AccessDeniedError,
}

SHAPES = [
    Shape("ok", lambda: None, Token),
    *[Shape(f"400_{code}", lambda code=code: Fault.json(400, {"error": code}), cls) for code, cls in RFC_CODES.items()],
    Shape(
        "400_unknown_code",
        lambda: Fault.json(400, {"error": "quota_exhausted", "error_description": "x"}),
        ao.UnknownTokenError,
    ),
    Shape("400_error_object", lambda: Fault.json(400, {"error": {"message": "bad thing"}}), ao.UnknownTokenError),
    Shape("400_no_code", lambda: Fault.json(400, {"detail": "nope"}), ao.InvalidRequestError),
    Shape("401_invalid_client", lambda: Fault.json(401, {"error": "invalid_client"}), ao.InvalidClientError),
    Shape("401_empty", lambda: Fault.status(401, b""), ao.InvalidClientError),
    Shape(
        "403_map_of_strings",
        lambda: Fault.json(403, {"message": "Invalid credentials"}),
        ao.AccessDeniedError,
        per_profile={"alternative_payments": ao.InvalidClientError},
    ),
    Shape(
        "200_in_band_error",
        lambda: Fault.json(200, {"error": "invalid_grant", "error_description": "spent"}),
        ao.InvalidGrantError,
    ),
    Shape("200_in_band_unknown_code", lambda: Fault.json(200, {"error": "weird"}), ao.UnknownTokenError),
    Shape(
        "200_error_text",
        lambda: Fault.json(200, {"errorText": "Incorrect username or password"}),
        ao.InvalidCredentialsError,
    ),
    Shape("200_empty_body", lambda: Fault.status(200, b""), ao.MalformedTokenResponseError),
    Shape("200_truncated_json", Fault.malformed, ao.MalformedTokenResponseError),
    Shape("200_html", lambda: Fault.status(200, _HTML, content_type="text/html"), ao.MalformedTokenResponseError),
    Shape("200_json_array", lambda: Fault.json(200, ["access_token"]), ao.MalformedTokenResponseError),
    Shape("200_without_access_token", lambda: Fault.patch(remove=["access_token"]), ao.MalformedTokenResponseError),
    Shape(
        "200_access_token_not_string", lambda: Fault.patch(set={"access_token": 12345}), ao.MalformedTokenResponseError
    ),
    Shape(
        "200_access_token_with_newline",
        lambda: Fault.patch(set={"access_token": "abc\r\nX-Evil: 1"}),
        ao.MalformedTokenResponseError,
    ),
    Shape("expires_in_missing", lambda: Fault.patch(remove=["expires_in"]), Token, lifetime=-1),
    Shape("expires_in_zero", lambda: Fault.patch(set={"expires_in": 0}), ao.MalformedTokenResponseError),
    Shape("expires_in_negative", lambda: Fault.patch(set={"expires_in": -30}), ao.MalformedTokenResponseError),
    Shape("expires_in_numeric_string", lambda: Fault.patch(set={"expires_in": "120"}), Token, lifetime=120),
    Shape("expires_in_junk_string", lambda: Fault.patch(set={"expires_in": "soon"}), ao.MalformedTokenResponseError),
    Shape("expires_in_boolean", lambda: Fault.patch(set={"expires_in": True}), ao.MalformedTokenResponseError),
    Shape("expires_in_absurd", lambda: Fault.patch(set={"expires_in": 10**12}), Token, lifetime=24 * 3600),
    Shape("token_type_upper", lambda: Fault.patch(set={"token_type": "BEARER"}), Token),
    Shape("token_type_lower", lambda: Fault.patch(set={"token_type": "bearer"}), Token),
    Shape("token_type_missing", lambda: Fault.patch(remove=["token_type"]), Token),
    Shape("token_type_mac", lambda: Fault.patch(set={"token_type": "mac"}), ao.MalformedTokenResponseError),
    Shape("429_retry_after_seconds_then_ok", lambda: Fault.rate_limited("0"), Token, requests=2),
    Shape("429_retry_after_http_date_then_ok", lambda: Fault.rate_limited(_http_date(1)), Token, requests=2),
    Shape(
        "429_without_retry_after_always", lambda: Fault.rate_limited(None, times=None), ao.RateLimitedError, requests=3
    ),
    Shape("429_retry_after_too_long", lambda: Fault.rate_limited("3600"), ao.RateLimitedError, requests=1),
    Shape("423_locked", lambda: Fault.status(423, b""), ao.AccountLockedError),
    Shape("503_then_ok", lambda: Fault.status(503, b""), Token, requests=2),
    Shape("502_html_always", lambda: Fault.html(502, times=None), ao.TokenEndpointUnavailableError, requests=3),
    Shape(
        "520_unknown_status_always",
        lambda: Fault.status(520, b"", times=None),
        ao.TokenEndpointUnavailableError,
        requests=3,
    ),
    Shape("408_then_ok", lambda: Fault.status(408, b""), Token, requests=2),
    Shape(
        "404_unexpected",
        lambda: Fault.status(404, "not found", content_type="text/plain"),
        ao.MalformedTokenResponseError,
    ),
    Shape(
        "302_redirect_not_followed",
        lambda: Fault.status(302, b"", headers={"Location": "http://127.0.0.1:9/steal"}),
        ao.MalformedTokenResponseError,
    ),
    Shape("connection_dropped_then_ok", Fault.drop_connection, Token, requests=2),
    Shape(
        "connection_reset_always",
        lambda: Fault.drop_connection(reset=True, times=None),
        ao.TokenEndpointUnavailableError,
        requests=3,
    ),
    # The sandbox spent Tradovate's one-time code on the answer that was cut off, so the
    # retry is refused: exactly what a real vendor does to a lost code exchange.
    Shape(
        "truncated_body_then_ok",
        Fault.truncated,
        Token,
        requests=2,
        per_profile={"tradovate": ao.InvalidGrantError},
    ),
    Shape("oversized_body", Fault.oversized, ao.MalformedTokenResponseError),
    Shape(
        "read_timeout_always",
        lambda: Fault.latency(1.0, times=None),
        ao.TokenEndpointUnavailableError,
        requests=2,
        retry=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02, deadline=5.0, request_timeout=0.2),
    ),
]


class RecordingCache(MemoryTokenCache):
    def __init__(self) -> None:
        super().__init__()
        self.stored: list[Token] = []

    def store(self, key: str, token: Token) -> None:
        self.stored.append(token)
        super().store(key, token)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_every_response_maps_to_one_outcome(sandbox: Sandbox, profile: str, shape: Shape) -> None:
    vendor = SANDBOX_VENDOR[profile]
    fault = shape.fault()
    if fault is not None:
        sandbox.add_fault(vendor, fault)
    cache = RecordingCache()
    # Retry waits (Retry-After in seconds or as an HTTP date) pass on a fake clock: counted, not slept.
    auth = make_auth(sandbox, profile, cache=cache, retry=shape.retry, clock=FakeClock())
    expected = shape.per_profile.get(profile, shape.outcome)
    sandbox.reset_counters()

    if expected is Token:
        token = auth.get_token()
        assert token.token_type == "Bearer"
        assert token.expires_at.tzinfo is not None
        assert cache.stored == [token]
        if shape.lifetime is not None:
            default = 80 * 60 if profile == "tradovate" else 3600
            want = default if shape.lifetime == -1 else shape.lifetime
            assert token.lifetime == pytest.approx(want, abs=2)
    else:
        with pytest.raises(ao.TokenError) as caught:
            auth.get_token()
        assert type(caught.value) is expected, caught.value
        assert caught.value.provider == profile
        assert cache.stored == [], "nothing that is not a valid token may be cached"
    assert sandbox.token_requests(vendor) == shape.requests


def test_unknown_code_keeps_the_vendor_code(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.json(400, {"error": "quota_exhausted", "error_description": "too many"}))
    with pytest.raises(ao.UnknownTokenError) as caught:
        make_auth(sandbox, "tradevest").get_token()
    error = caught.value
    assert (error.error_code, error.vendor_code, error.description, error.status_code) == (
        "unknown_error",
        "quota_exhausted",
        "too many",
        400,
    )
    assert error.retryable is False


def test_rate_limit_error_carries_retry_after(sandbox: Sandbox) -> None:
    sandbox.add_fault("alternative_payments", Fault.rate_limited("3600"))
    with pytest.raises(ao.RateLimitedError) as caught:
        make_auth(sandbox, "alternative_payments").get_token()
    assert caught.value.retry_after == 3600
    assert caught.value.retryable is True


def test_request_id_header_is_reported(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.json(400, {"error": "invalid_client"}, headers={"X-Request-Id": "req-77"}))
    with pytest.raises(ao.InvalidClientError) as caught:
        make_auth(sandbox, "tradevest").get_token()
    assert caught.value.request_id == "req-77"


def test_connection_refused_is_unavailable_after_retries() -> None:
    with Sandbox() as sb:
        url = sb.token_url("tradevest")
        creds = sb.credentials("tradevest")
    # the sandbox is stopped: nothing listens on that port any more
    auth = ao.TokenAuth.for_provider(
        "tradevest", client_id=creds.client_id, client_secret=creds.client_secret, token_url=url, retry=FAST_RETRY
    )
    with pytest.raises(ao.TokenEndpointUnavailableError) as caught:
        auth.get_token()
    assert caught.value.retryable is True
    assert caught.value.status_code is None


def test_token_without_expiry_gets_documented_default(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.patch(remove=["expires_in"]))
    token = make_auth(sandbox, "tradevest").get_token()
    assert token.lifetime == pytest.approx(timedelta(hours=1).total_seconds(), abs=1)
