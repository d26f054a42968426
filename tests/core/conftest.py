"""Fixtures for the overlay's tests: a sandbox per test and ``TokenAuth`` factories over every profile."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from auth_overlay import RetryPolicy, TokenAuth
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Sandbox

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
def clock() -> FakeClock:
    """Time that moves only when the test says so: refresh and expiry tests do not sleep."""
    return FakeClock()


def wait_until(condition: Callable[[], bool], limit: float = 10.0) -> None:
    """Let background I/O (a refresh on the refresher thread) land; fails the test after ``limit``."""
    import time

    give_up = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < give_up, "condition not reached"
        time.sleep(0.005)


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


_CREDENTIAL_VARIABLES = ("_CLIENT_ID", "_CLIENT_SECRET", "_REFRESH_TOKEN", "_USERNAME", "_PASSWORD")


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``auth-overlay ARGS`` as a real process, with only the credentials in ``env``.

    It runs from ``cwd`` (a temp folder) so the installed package is imported, not the checkout.
    """
    clean = {k: v for k, v in os.environ.items() if not k.endswith(_CREDENTIAL_VARIABLES)}
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "auth_overlay._cli", *args],
        capture_output=True,
        text=True,
        env=clean,
        cwd=cwd,
        timeout=60,
        check=False,
    )
