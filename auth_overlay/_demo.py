"""``auth-overlay demo``: every vendor's token flow against an in-process sandbox.

No credentials, no network: the sandbox listens on 127.0.0.1 and stops when the demo ends.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._auth import TokenAuth
from auth_overlay._policy import RefreshPolicy, RetryPolicy
from auth_overlay.testing import sandbox_token_auth

VENDORS = ("tradevest", "alternative_payments", "tradovate")
_LIFETIME = 1.0  # short, so "refresh after expiry" happens within the demo
_RETRY = RetryPolicy(max_attempts=2, base_delay=0.05, max_delay=0.1, deadline=5.0)


@attrs.frozen
class Step:
    vendor: str
    step: str
    outcome: str
    token_requests: int
    ok: bool = True


def _vendor_steps(sandbox: Any, vendor: str) -> list[Step]:
    steps: list[Step] = []

    def record(step: str, outcome: str, ok: bool = True) -> None:
        steps.append(Step(vendor, step, outcome, sandbox.token_requests(vendor), ok))

    auth = sandbox_token_auth(sandbox, vendor, retry=_RETRY, refresh=RefreshPolicy(jitter=0))
    token = auth.get_token()
    record("token acquired", f"{token.token_type} {token.fingerprint} expires in {token.expires_in():.1f}s")

    same = {auth.get_token().fingerprint for _ in range(100)}
    record("cached reuse (100 calls)", f"{len(same)} token, {'same' if same == {token.fingerprint} else 'changed'}")

    time.sleep(max(0.0, token.expires_in()) + 0.05)
    renewed = auth.get_token()
    record(
        "refresh after expiry",
        f"{token.fingerprint} -> {renewed.fingerprint}",
        renewed.fingerprint != token.fingerprint,
    )

    sandbox.revoke_tokens(vendor)
    with httpx.Client(auth=auth, timeout=5.0) as client:
        response = client.get(sandbox.api_url(vendor))
    record("401 -> one refresh, one replay", f"API answered {response.status_code}", response.status_code == 200)

    wrong = sandbox_token_auth(sandbox, vendor, client_secret="wrong-secret", retry=_RETRY)
    try:
        wrong.get_token()
    except errors.TokenError as exc:
        status = exc.status_code if exc.status_code is not None else "-"
        record("wrong credentials", f"{type(exc).__name__} ({exc.error_code}, HTTP {status})")
    else:
        record("wrong credentials", "accepted?!", ok=False)
    return steps


def _session_steps(sandbox: Any) -> list[Step]:
    vendor = "tradovate"
    label = "tradovate session"
    steps: list[Step] = []

    def record(step: str, outcome: str, ok: bool = True) -> None:
        steps.append(Step(label, step, outcome, sandbox.token_requests(vendor), ok))

    creds = sandbox.credentials(vendor)
    options: dict[str, Any] = {
        "username": creds.username,
        "password": creds.password,
        "app_id": "auth-overlay-demo",
        "app_version": "1.0",
        "retry": _RETRY,
        "refresh": RefreshPolicy(jitter=0),
    }
    sandbox.reset_counters()
    sandbox.set_token_lifetime(vendor, 2.0)
    sandbox.tradovate_penalty(p_time=1, captcha=False, times=1)
    auth = sandbox_token_auth(sandbox, vendor, **options)
    token = auth.get_token()
    stats = sandbox.tradovate_stats()
    record(
        "penalty ticket honoured",
        f"waited 1s, resent with p-ticket: {stats.sessions_opened} session, {token.fingerprint}",
    )
    time.sleep(max(0.0, token.expires_in() - 0.4))  # into the renewal window (last 25%), still valid
    served = auth.get_token()
    time.sleep(0.2)
    renewed = auth.get_token()
    stats = sandbox.tradovate_stats()
    record(
        "renewal before expiry",
        f"served {served.fingerprint} meanwhile; renewed -> {renewed.fingerprint}; logins {stats.sessions_opened}",
        stats.renewals == 1 and served.fingerprint == token.fingerprint,
    )
    wrong = sandbox_token_auth(sandbox, vendor, **{**options, "password": "wrong-password"})
    try:
        wrong.get_token()
    except errors.TokenError as exc:
        record("wrong password", f"{type(exc).__name__} ({exc.error_code}, in-band HTTP {exc.status_code})")
    else:
        record("wrong password", "accepted?!", ok=False)
    return steps


def run(progress: Callable[[str], None] | None = None) -> list[Step]:
    from auth_overlay.testing.sandbox import Sandbox

    steps: list[Step] = []
    with Sandbox(host="127.0.0.1", port=0, token_lifetime=_LIFETIME) as sandbox:
        for vendor in VENDORS:
            if progress:
                progress(f"{vendor} …")
            steps += _vendor_steps(sandbox, vendor)
        if progress:
            progress("tradovate session …")
        steps += _session_steps(sandbox)
    return steps


def render(steps: Sequence[Step]) -> str:
    headers = ("vendor", "step", "outcome", "token requests")
    rows = [(s.vendor, s.step, s.outcome if s.ok else f"FAILED: {s.outcome}", str(s.token_requests)) for s in steps]
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    previous = None
    for row in rows:
        shown = row if row[0] != previous else ("", *row[1:])
        previous = row[0]
        out.append("  ".join(c.ljust(w) for c, w in zip(shown, widths, strict=True)).rstrip())
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="auth-overlay demo",
        description="Run every vendor's token flow against an in-process sandbox: no credentials, no network.",
        epilog="exit codes: 0 every step behaved, 1 a step did not",
    )
    parser.add_argument("--json", action="store_true", help="print the steps as JSON instead of a table")
    args = parser.parse_args(list(argv or []))
    started = time.perf_counter()

    def progress(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr, flush=True)

    steps = run(progress)
    took = time.perf_counter() - started
    if args.json:
        print(json.dumps({"steps": [attrs.asdict(s) for s in steps], "seconds": round(took, 2)}))
    else:
        print(render(steps))
        print(f"\n{len(steps)} steps in {took:.1f}s against a local sandbox; no credentials, no network.")
    return 0 if all(s.ok for s in steps) else 1


__all__ = ["Step", "TokenAuth", "main", "render", "run"]
