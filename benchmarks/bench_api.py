"""Per-call overhead of ``auth_overlay.api.call`` (error mapping, in-band checks, drift walk)
over the bare generated call, on successful answers.

Two setups, each measured in one run with the two contenders interleaved round by round:

* **sandbox**: ``GET /tradovate/v1/account/list`` on the package's sandbox, started on
  127.0.0.1 by this script, through ``TokenAuth.client()`` (token from the cache): the
  generated ``account_list.sync(client=...)`` against ``api.call(account_list.sync, client=...)``.
  This is the figure a user meets (aim: ratio ≤ 1.05).
* **in-process**: the same client over an ``httpx.MockTransport`` (no socket, no auth), for
  ``account/list`` (1 account) and ``order/list`` (50 orders): the overhead with nothing to
  hide it, an upper bound.

    python benchmarks/bench_api.py [--json] [--quick]
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
from tradovate_client import AuthenticatedClient
from tradovate_client.api.accounting import account_list
from tradovate_client.api.orders import order_list

from auth_overlay import api
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

ACCOUNT = {
    "id": 1,
    "name": "DEMO1",
    "userId": 1,
    "accountType": "Customer",
    "clearingHouseId": 2,
    "riskCategoryId": 2,
    "autoLiqProfileId": 2,
    "marginAccountType": "Speculator",
    "legalStatus": "Individual",
    "timestamp": "2026-12-02T06:00:00+00:00",
    "active": True,
}
ORDER = {
    "accountId": 1,
    "timestamp": "2026-12-02T06:00:00+00:00",
    "action": "Buy",
    "ordStatus": "Working",
    "admin": False,
    "contractId": 3,
}


def measure(bare: Callable[[], Any], wrapped: Callable[[], Any], rounds: int, block: int) -> tuple[float, float, float]:
    """Median µs per call of each, and the median of the per-round ratios.

    Blocks alternate (bare first, then wrapped first) and each round's ratio compares two
    adjacent blocks, so a slow patch of a shared machine hits both sides of one ratio alike.
    """
    for _ in range(block):  # warm-up: connections, caches, imports
        bare()
        wrapped()
    times: dict[str, list[float]] = {"bare": [], "wrapped": []}
    for index in range(rounds):
        order = (("bare", bare), ("wrapped", wrapped)) if index % 2 == 0 else (("wrapped", wrapped), ("bare", bare))
        for name, function in order:
            start = time.perf_counter()
            for _ in range(block):
                function()
            times[name].append((time.perf_counter() - start) / block * 1e6)
    ratios = [w / b for b, w in zip(times["bare"], times["wrapped"], strict=True)]
    return statistics.median(times["bare"]), statistics.median(times["wrapped"]), statistics.median(ratios)


def mock_client(body: object) -> AuthenticatedClient:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    )
    return AuthenticatedClient(base_url="http://tradovate.test/v1", token="t", httpx_args={"transport": transport})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (noisier)")
    args = parser.parse_args()
    rounds, block = (7, 50) if args.quick else (25, 200)
    rows: list[dict[str, Any]] = []

    sandbox = Sandbox(host="127.0.0.1", port=0).start()
    try:
        creds = sandbox.credentials("tradovate")
        auth = sandbox_token_auth(
            sandbox, "tradovate", username=creds.username, password=creds.password, app_id="bench", app_version="1"
        )
        client = auth.client()
        assert account_list.sync(client=client) == api.call(account_list.sync, client=client)
        print("sandbox: GET /tradovate/v1/account/list …", file=sys.stderr)
        bare, wrapped, ratio = measure(
            lambda: account_list.sync(client=client), lambda: api.call(account_list.sync, client=client), rounds, block
        )
        rows.append(
            {
                "setup": "sandbox (HTTP, 127.0.0.1)",
                "operation": "GET /account/list",
                "bare_us": bare,
                "call_us": wrapped,
                "ratio": ratio,
            }
        )
    finally:
        sandbox.stop()

    for name, module, body in (
        ("GET /account/list", account_list, [ACCOUNT]),
        ("GET /order/list (50 orders)", order_list, [{**ORDER, "id": n} for n in range(50)]),
    ):
        client = mock_client(body)
        print(f"in-process: {name} …", file=sys.stderr)
        bare, wrapped, ratio = measure(
            functools.partial(module.sync, client=client),
            functools.partial(api.call, module.sync, client=client),
            rounds,
            block,
        )
        rows.append(
            {
                "setup": "in-process (MockTransport)",
                "operation": name,
                "bare_us": bare,
                "call_us": wrapped,
                "ratio": ratio,
            }
        )

    for row in rows:
        row["overhead_us"] = row["call_us"] - row["bare_us"]
    if args.json:
        print(json.dumps({"rounds": rounds, "block": block, "rows": rows}))
        return 0
    print("### api.call vs the bare generated call (successful answers, median µs per call)\n")
    print("| setup | operation | bare `sync` | `api.call` | overhead | ratio |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['setup']} | {row['operation']} | {row['bare_us']:.1f} | {row['call_us']:.1f} "
            f"| {row['overhead_us']:+.1f} | {row['ratio']:.3f} |"
        )
    print(
        f"\n{rounds} interleaved rounds of {block} calls each; µs: medians of the per-round means; "
        "ratio: median of the per-round ratios (api.call / bare)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
