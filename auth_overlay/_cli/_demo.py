"""``auth-overlay demo``: every vendor's token flow, a Tradovate trading call chain and a fill arriving on
Tradovate's socket, against an in-process sandbox.

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
from auth_overlay._core._policy import RefreshPolicy, RetryPolicy
from auth_overlay._front._auth import TokenAuth
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


def _trading_steps(sandbox: Any) -> list[Step]:
    """One real call chain through the generated Tradovate client: the sandbox's trading API."""
    from tradovate_client.api.accounting import account_list
    from tradovate_client.api.orders import cancel_order, order_list, place_order
    from tradovate_client.models import CancelOrder, PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

    vendor = "tradovate"
    label = "tradovate trading"
    steps: list[Step] = []

    def record(step: str, outcome: str, ok: bool = True) -> None:
        steps.append(Step(label, step, outcome, sandbox.token_requests(vendor), ok))

    def status_of(order_id: int) -> str:
        orders = order_list.sync(client=api) or []
        return next((o.ord_status.value for o in orders if o.id == order_id), "missing")

    sandbox.set_token_lifetime(vendor, 3600.0)
    sandbox.reset_counters()
    creds = sandbox.credentials(vendor)
    auth = sandbox_token_auth(
        sandbox, vendor, username=creds.username, password=creds.password, app_id="auth-overlay-demo", retry=_RETRY
    )
    api = auth.client()
    accounts = account_list.sync(client=api) or []
    if not accounts:
        record("log in, list accounts", "no account listed", ok=False)
        return steps
    account = accounts[0]
    record("log in, list accounts", f"{len(accounts)} account: {account.name} (id {account.id})")

    order = PlaceOrder(
        account_id=account.id,
        account_spec=account.name,
        action=PlaceOrderAction.BUY,
        symbol="MESZ6",
        order_qty=1,
        order_type=PlaceOrderOrderType.LIMIT,
        price=5000.0,
        is_automated=True,
    )
    placed = place_order.sync(client=api, body=order)
    order_id = placed.order_id if placed is not None else None
    if not isinstance(order_id, int):
        record("place a demo order", f"refused: {placed}", ok=False)
        return steps
    placed_status = status_of(order_id)
    record(
        "place a demo order",
        f"Buy 1 MESZ6 Limit @ 5000 -> order {order_id}, {placed_status}",
        placed_status == "Working",
    )
    cancelled = cancel_order.sync(client=api, body=CancelOrder(order_id=order_id, is_automated=True))
    final_status = status_of(order_id)
    record(
        "cancel it",
        f"order {order_id}: {placed_status} -> {final_status}",
        cancelled is not None and final_status == "Canceled",
    )
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
        if progress:
            progress("tradovate trading …")
        steps += _trading_steps(sandbox)
        if progress:
            progress("tradovate real time …")
        from ._demo_realtime import LABEL, realtime_steps

        for name, outcome, ok in realtime_steps(sandbox):
            steps.append(Step(LABEL, name, outcome, sandbox.token_requests("tradovate"), ok))
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
        description=(
            "Run every vendor's token flow, and a Tradovate trading call chain through the generated client, "
            "against an in-process sandbox: no credentials, no network."
        ),
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
