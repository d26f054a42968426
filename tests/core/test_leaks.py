"""No secret and no token ever reaches a log record, an error, a repr or the CLI's output."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import auth_overlay as ao
from auth_overlay.events import Event
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox, VendorCredentials

from .conftest import FAST_RETRY, SANDBOX_VENDOR, make_auth, run_cli
from .test_response_matrix import SHAPES

SECRET = "SECRET-canary-4d9f2b"
TOKEN = "TOKEN-canary-8c1e7a"


def _creds(vendor: str) -> VendorCredentials:
    return VendorCredentials(client_id=f"{vendor}-client", client_secret=SECRET, username="trader", password=SECRET)


def _assert_clean(text: str, where: str) -> None:
    assert SECRET not in text, f"secret leaked into {where}"
    assert TOKEN not in text, f"token leaked into {where}"


@pytest.mark.parametrize("profile", ["tradevest", "alternative_payments", "tradovate", "oauth2"])
def test_error_matrix_leaks_nothing(profile: str, caplog: pytest.LogCaptureFixture) -> None:
    vendor = SANDBOX_VENDOR[profile]
    caplog.set_level(logging.DEBUG)  # every logger, httpx's and httpcore's included
    events: list[Event] = []
    seen: list[str] = []
    with Sandbox(credentials={vendor: _creds(vendor)}) as sb:
        for shape in SHAPES:
            fault = shape.fault()
            sb.clear_faults()
            # every successful answer carries the canary token
            sb.add_fault(vendor, fault if fault is not None else Fault.patch(set={"access_token": TOKEN}))
            auth = make_auth(sb, profile, retry=FAST_RETRY, on_event=events.append, clock=FakeClock())
            seen.append(repr(auth))
            try:
                token = auth.get_token()
            except ao.AuthOverlayError as exc:
                seen += [str(exc), repr(exc), str(exc.to_dict()), str(exc.__dict__)]
                cause = exc.__cause__ or exc.__context__
                seen.append(repr(cause))
            else:
                seen += [repr(token), str(token), token.fingerprint]
    for text in seen:
        _assert_clean(text, "an error, repr or str")
    for record in caplog.records:
        _assert_clean(record.getMessage(), f"log record {record.name}")
    for event in events:
        _assert_clean(event.describe(), f"event {type(event).__name__}")


def test_cli_output_leaks_nothing(tmp_path: Path) -> None:
    with Sandbox(credentials={"tradevest": _creds("tradevest")}) as sb:
        env = {"TRADEVEST_CLIENT_ID": "tradevest-client", "TRADEVEST_CLIENT_SECRET": SECRET}
        sb.add_fault("tradevest", Fault.patch(set={"access_token": TOKEN}))
        ok = run_cli(["token", "tradevest", "--token-url", sb.token_url("tradevest")], tmp_path, env)
        bad = run_cli(
            ["token", "tradevest", "--token-url", sb.token_url("tradevest")],
            tmp_path,
            {**env, "TRADEVEST_CLIENT_SECRET": SECRET + "-wrong"},
        )
        usage = run_cli(["token", "tradevest", "--token-url", "http://example.com/t"], tmp_path, env)
    assert (ok.returncode, bad.returncode, usage.returncode) == (0, 1, 2)
    for result in (ok, bad, usage):
        _assert_clean(result.stdout + result.stderr, "CLI output")
