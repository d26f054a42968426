"""Fixtures for the overlay's tests: a sandbox per test and ``TokenAuth`` factories over every profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from auth_overlay import RetryPolicy, TokenAuth
from auth_overlay.sandbox import Sandbox

# Fast retries so error-matrix tests finish quickly; counts and outcomes are what is asserted.
FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, deadline=5.0, request_timeout=1.0)

#: every profile, and the sandbox vendor that speaks its dialect
PROFILES = ["tradevest", "alternative_payments", "tradovate", "oauth2"]
SANDBOX_VENDOR = {
    "tradevest": "tradevest",
    "alternative_payments": "alternative_payments",
    "tradovate": "tradovate",
    # a generic RFC 6749 client with client_secret_post is exactly Tradevest's dialect
    "oauth2": "tradevest",
}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(host="127.0.0.1", port=0) as sb:
        yield sb


def make_auth(sb: Sandbox, profile: str, **options: Any) -> TokenAuth:
    vendor = SANDBOX_VENDOR[profile]
    creds = sb.credentials(vendor)
    options.setdefault("retry", FAST_RETRY)
    if profile == "tradovate" and "code" not in options and "refresh_token" not in options:
        options["code"] = sb.issue_authorization_code("https://app.example/callback")
        options["redirect_uri"] = "https://app.example/callback"
    if profile == "oauth2":
        options.setdefault("auth_method", "client_secret_post")
    return TokenAuth.for_provider(
        profile,
        client_id=options.pop("client_id", creds.client_id),
        client_secret=options.pop("client_secret", creds.client_secret),
        token_url=options.pop("token_url", sb.token_url(vendor)),
        **options,
    )


@pytest.fixture
def auth_factory(sandbox: Sandbox) -> Callable[..., TokenAuth]:
    def factory(profile: str, **options: Any) -> TokenAuth:
        return make_auth(sandbox, profile, **options)

    return factory
