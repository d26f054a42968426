"""Per-call overhead of the call hook (``auth.client()``'s ``CallGuard``: deadline, size cap,
error mapping, in-band checks, drift walk) over the bare generated call, on successful answers.

Two setups, each measured in one run with the two contenders interleaved round by round:

* **sandbox**: ``GET /tradovate/v1/account/list`` on the package's sandbox, started on
  127.0.0.1 in a child process by this script (stopped at its end), through
  ``TokenAuth.client()`` (token from the cache): ``account_list.sync(client=...)`` on the same
  client without its hook (``call_hook=None``: the generator's default path) against the plain
  call with it; and ``GET /order/list`` once 50
  orders rest there. These are the figures a user meets (aim: ratio ≤ 1.05).
* **in-process**: the same client over an ``httpx.MockTransport`` (no socket, no auth), for
  ``account/list`` (1 account) and ``order/list`` (50 orders): the overhead with nothing to
  hide it, an upper bound.

    python benchmarks/bench_api.py [--json] [--quick]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import multiprocessing
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
from tradovate_client import AuthenticatedClient
from tradovate_client.api.accounting import account_list
from tradovate_client.api.orders import order_list, place_order
from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import TokenAuth, api
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


def measure(bare: Callable[[], Any], wrapped: Callable[[], Any], rounds: int, block: int) -> dict[str, float]:
    """µs per call of each (medians of per-block means) and the median of the per-round ratios,
    on CPU time of this process and on wall time.

    Blocks alternate (bare first, then wrapped first) and each round's ratio compares two
    adjacent blocks. Wall time is the headline (what a caller waits); CPU time of this process
    (the client's work alone: the sandbox runs in a child process) shows the added work.
    """
    for _ in range(block):  # warm-up: connections, caches, imports
        bare()
        wrapped()
    samples: dict[tuple[str, str], list[float]] = {(c, k): [] for c in ("bare", "wrapped") for k in ("cpu", "wall")}
    for index in range(rounds):
        order = (("bare", bare), ("wrapped", wrapped)) if index % 2 == 0 else (("wrapped", wrapped), ("bare", bare))
        for name, function in order:
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(block):
                function()
            samples[(name, "cpu")].append((time.process_time() - cpu) / block * 1e6)
            samples[(name, "wall")].append((time.perf_counter() - wall) / block * 1e6)
    result: dict[str, float] = {"bare_py_calls": python_calls(bare), "call_py_calls": python_calls(wrapped)}
    for kind in ("cpu", "wall"):
        bare_us, call_us = samples[("bare", kind)], samples[("wrapped", kind)]
        result[f"bare_{kind}_us"] = statistics.median(bare_us)
        result[f"call_{kind}_us"] = statistics.median(call_us)
        result[f"ratio_{kind}"] = statistics.median(w / b for b, w in zip(bare_us, call_us, strict=True) if b > 0)
    return result


def python_calls(function: Callable[[], Any], times: int = 20) -> float:
    """Python function calls per call, counted by cProfile: the added work, immune to machine load."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(times):
        function()
    profiler.disable()
    return float(pstats.Stats(profiler).total_calls) / times  # type: ignore[attr-defined]


def _serve(conn: Any) -> None:
    """Child process: a sandbox on 127.0.0.1 until told to stop (so it does not share our GIL)."""
    sandbox = Sandbox(host="127.0.0.1", port=0).start()
    creds = sandbox.credentials("tradovate")
    conn.send((sandbox.base_url("tradovate"), creds.client_id, creds.client_secret, creds.username, creds.password))
    conn.recv()
    sandbox.stop()


def mock_client(body: object, call_hook: api.CallGuard | None = None) -> AuthenticatedClient:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    )
    return AuthenticatedClient(
        base_url="http://tradovate.test/v1", token="t", httpx_args={"transport": transport}, call_hook=call_hook
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (noisier)")
    args = parser.parse_args()
    rounds, block = (11, 30) if args.quick else (81, 50)
    rows: list[dict[str, Any]] = []

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=_serve, args=(child,), daemon=True)
    server.start()
    try:
        base_url, client_id, client_secret, username, password = parent.recv()
        auth = TokenAuth.for_provider(
            "tradovate",
            client_id=client_id,
            client_secret=client_secret,
            username=username,
            password=password,
            app_id="bench",
            app_version="1",
            base_url=base_url,
        )
        client = auth.client()
        bare = auth.client(call_hook=None)
        assert account_list.sync(client=bare) == account_list.sync(client=client)
        print("sandbox: GET /tradovate/v1/account/list …", file=sys.stderr)
        figures = measure(
            lambda: account_list.sync(client=bare), lambda: account_list.sync(client=client), rounds, block
        )
        rows.append({"setup": "sandbox (HTTP, 127.0.0.1, own process)", "operation": "GET /account/list", **figures})
        [account] = account_list.sync(client=client)
        for n in range(50):  # resting limit orders, so order/list answers 50 of them
            order = PlaceOrder(
                account_id=account.id,
                action=PlaceOrderAction.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=PlaceOrderOrderType.LIMIT,
                price=5000.0 + n,
            )
            place_order.sync(client=client, body=order)
        assert len(order_list.sync(client=client)) == 50
        print("sandbox: GET /tradovate/v1/order/list (50 orders) …", file=sys.stderr)
        figures = measure(lambda: order_list.sync(client=bare), lambda: order_list.sync(client=client), rounds, block)
        rows.append(
            {"setup": "sandbox (HTTP, 127.0.0.1, own process)", "operation": "GET /order/list (50 orders)", **figures}
        )
    finally:
        parent.send("stop")
        server.join(10)

    for name, module, body in (
        ("GET /account/list", account_list, [ACCOUNT]),
        ("GET /order/list (50 orders)", order_list, [{**ORDER, "id": n} for n in range(50)]),
    ):
        client = mock_client(body)
        guarded = mock_client(body, call_hook=api.CallGuard("tradovate"))
        print(f"in-process: {name} …", file=sys.stderr)
        figures = measure(
            functools.partial(module.sync, client=client),
            functools.partial(module.sync, client=guarded),
            rounds,
            block,
        )
        rows.append({"setup": "in-process (MockTransport)", "operation": name, **figures})

    if args.json:
        print(json.dumps({"rounds": rounds, "block": block, "rows": rows}))
        return 0
    print("### the plain call with its hook vs the bare generated call (successful answers, µs per call)\n")
    print("| setup | operation | bare µs | with the hook µs | ratio (wall) | ratio (CPU) | Python calls per call |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['setup']} | {row['operation']} | {row['bare_wall_us']:.1f} | {row['call_wall_us']:.1f} "
            f"| {row['ratio_wall']:.3f} | {row['ratio_cpu']:.3f} "
            f"| {row['bare_py_calls']:.0f} → {row['call_py_calls']:.0f} |"
        )
    print(
        f"\n{rounds} interleaved rounds of {block} calls each; µs per call: medians of per-block means; "
        "ratios: medians of the per-round ratios (with the hook / bare); CPU: this process only; Python calls: "
        "counted by cProfile (bare → with the hook), the added work whatever the machine's load."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
