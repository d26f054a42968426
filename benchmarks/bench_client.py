"""The generated Tradovate client through ``auth.client()``: per-call cost and import time.

Side by side, in one run, against the sandbox in its own process (real HTTP on 127.0.0.1):

* a raw ``httpx.Client`` with a static ``Authorization`` header, parsing the JSON (the floor);
* the generated ``account_list.sync`` on an ``AuthenticatedClient`` with a static token
  (what the generated code costs by itself: request building and model parsing);
* the same call through ``auth.client()``: the plain call a user writes, the safe one since
  issue 19 (``TokenAuth``'s cached session token and 401 replay, and the client's ``CallGuard``:
  the deadline on every socket operation, the decoded-size cap, the error mapping, the drift walk).

Two ratios are printed: the plain call through ``auth.client()`` ÷ raw httpx, and ÷ the bare
generated call; the aim is ≤ 1.05 for both.

Import times are in ``bench_import.py``.

    python benchmarks/bench_client.py [--json] [--quick]
"""

from __future__ import annotations

import time

import httpx
from _harness import RemoteSandbox, Table, interleaved_medians, parse_args, progress, report

from auth_overlay import TokenAuth


def per_call(quick: bool) -> Table:
    from tradovate_client import AuthenticatedClient
    from tradovate_client.api.accounting import account_list

    n, rounds = (300, 3) if quick else (2_000, 5)
    with RemoteSandbox() as sandbox:
        creds = sandbox.credentials("tradovate")
        base = sandbox.base_url("tradovate")
        auth = TokenAuth.for_provider(
            "tradovate",
            client_id=creds.client_id,
            client_secret=creds.client_secret,
            username=creds.username,
            password=creds.password,
            base_url=base,
        )
        token = auth.get_token().access_token
        raw = httpx.Client(headers={"Authorization": f"Bearer {token}"})
        static = AuthenticatedClient(base_url=base, token=token)
        api = auth.client()
        unguarded = auth.client(call_hook=None)  # the same client without its hook: the hook's own cost
        url = f"{base}/account/list"

        def raw_call() -> object:
            response = raw.get(url)
            response.raise_for_status()
            return response.json()

        contenders = {
            "raw httpx, static header": raw_call,
            "generated, static token": lambda: account_list.sync(client=static),
            "auth.client(call_hook=None)": lambda: account_list.sync(client=unguarded),
            "generated via auth.client()": lambda: account_list.sync(client=api),
        }
        for name, call in contenders.items():
            if not call():
                raise RuntimeError(f"{name}: no accounts in the answer")
        progress(f"per call: {len(contenders)} contenders x {rounds} rounds x {n:,} calls, wall then CPU")
        warmup = max(100, n // 10)
        wall = interleaved_medians(contenders, n, rounds, warmup=warmup, chunk=100)
        cpu = interleaved_medians(contenders, n, rounds, warmup=warmup, chunk=100, timer=time.process_time)
        logins = sandbox.token_requests("tradovate")
        raw.close()
    table = Table(
        f"a. Per call: GET /account/list against the sandbox (median of {rounds} rounds x {n:,} calls)",
        ["contender", "µs/call (wall)", "vs raw httpx (wall)", "µs/call (client CPU)", "vs raw httpx (CPU)"],
    )
    floor = "raw httpx, static header"
    for name in contenders:
        table.add(
            name, wall[name] * 1e6, f"{wall[name] / wall[floor]:.3f}", cpu[name] * 1e6, f"{cpu[name] / cpu[floor]:.3f}"
        )
    for label, medians in (("wall", wall), ("client CPU", cpu)):
        plain = medians["generated via auth.client()"]
        table.notes.append(
            f"{label}: the plain call through auth.client() ÷ raw httpx with a static header "
            f"{plain / medians[floor]:.3f}; "
            f"÷ the bare generated call (static token, no hook) {plain / medians['generated, static token']:.3f} "
            f"(aim ≤ 1.05 for both); the hook alone (÷ auth.client(call_hook=None)) "
            f"{plain / medians['auth.client(call_hook=None)']:.3f}."
        )
    table.notes.append(
        f"Client CPU (time.process_time) is this process's own work, whatever else loads the machine; token "
        f"requests during the run: {logins} (one login)."
    )
    return table


def main() -> None:
    args = parse_args(__doc__ or "", ["a"])
    tables = [per_call(args.quick)]
    report("bench_client: the generated Tradovate client through auth.client()", tables, args.json)


if __name__ == "__main__":
    main()
