"""Tradovate in real time: what the typed socket layer costs and how fast it recovers.

The package's sandbox runs in a child process started by this script (its socket server on
127.0.0.1, stopped at the end), so the client's CPU time is the client's alone. Figures:

a. **Quotes decoded into typed models** through ``md.quotes()`` vs raw ``websockets`` +
   ``json.loads`` on the same local stream (the sandbox streams as fast as it can): client CPU
   time per quote, and quotes per second (aim: ≤ 1.25 × raw cost per message).
b. **Round trip** of ``await ws.call(account_list.asyncio)`` over the socket vs
   ``await account_list.asyncio(client=auth.client())`` over REST (HTTP keep-alive).
c. **Server restart → resynced store**: the socket server is stopped and started again on the
   same port; from the moment it listens again to the ``Resync`` on ``ws.changes()`` (aim < 1 s),
   with the default back-off.
d. **Worst heartbeat gap** seen by the server, which sends no ``h`` while streaming, under a
   consumer that takes 4 s per quote: this layer (heartbeat on its own task) vs the vendor JS
   tutorial's way (a raw client that sends ``[]`` when a message arrives and 2.5 s passed)
   (aim < 3 s).

    python benchmarks/bench_realtime.py [--json] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import time
from typing import Any

from tradovate_client.api.accounting import account_list

from auth_overlay import TokenAuth
from auth_overlay.realtime import Resync, SocketOptions
from auth_overlay.testing.sandbox import Sandbox


def _serve(conn: Any) -> None:
    """Child process: the sandbox and its sockets, driven by commands from the parent."""
    sandbox = Sandbox(host="127.0.0.1", port=0).start()
    sockets = sandbox.sockets
    creds = sandbox.credentials("tradovate")
    conn.send(
        {
            "base_url": sandbox.base_url("tradovate"),
            "websocket_url": sandbox.websocket_url(),
            "market_data_url": sandbox.market_data_url(),
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "username": creds.username,
            "password": creds.password,
        }
    )
    while True:
        command, argument = conn.recv()
        if command == "options":
            for name, value in argument.items():
                setattr(sockets.options, name, value)
            conn.send(None)
        elif command == "restart":
            sockets.stop()
            sockets.start()
            conn.send(time.time())  # when it listens again
        elif command == "max_gap":
            conn.send(sockets.stats().max_heartbeat_gap)
        elif command == "reset":
            sockets.reset()
            conn.send(None)
        else:
            sandbox.stop()
            conn.send(None)
            return


class Child:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        self.info: dict[str, str] = self.conn.recv()

    def ask(self, command: str, argument: Any = None) -> Any:
        self.conn.send((command, argument))
        return self.conn.recv()

    def stop(self) -> None:
        self.ask("stop")
        self.process.join(10)


def make_auth(info: dict[str, str]) -> TokenAuth[Any]:
    return TokenAuth.for_provider(
        "tradovate",
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        username=info["username"],
        password=info["password"],
        base_url=info["base_url"],
        websocket_url=info["websocket_url"],
        market_data_url=info["market_data_url"],
    )


# -- a. quotes --------------------------------------------------------------------------------------


async def typed_quotes(auth: TokenAuth[Any], n: int) -> tuple[float, float]:
    async with auth.market_data(options=SocketOptions(queue_size=n + 1000)) as md, md.quotes(3_570_919) as quotes:
        got, cpu, wall = 0, time.process_time(), time.perf_counter()
        async for quote in quotes:
            _ = quote.bid
            got += 1
            if got == n:
                break
        return (time.process_time() - cpu) / n, n / (time.perf_counter() - wall)


async def raw_quotes(auth: TokenAuth[Any], url: str, n: int) -> tuple[float, float]:
    """What a user writes without this layer: websockets, the protocol by hand, json.loads."""
    from websockets.asyncio.client import connect

    token = (await auth.aget_token()).md_access_token
    async with connect(url, ping_interval=None, proxy=None) as ws:
        await ws.recv()
        await ws.send(f"authorize\n1\n\n{token}")
        await ws.recv()
        await ws.send('md/subscribeQuote\n2\n\n{"symbol":3570919}')
        got, cpu, wall = 0, time.process_time(), time.perf_counter()
        async for frame in ws:
            if not isinstance(frame, str) or frame[0] != "a":
                continue
            for message in json.loads(frame[1:]):
                for quote in message.get("d", {}).get("quotes", ()) if message.get("e") == "md" else ():
                    _ = quote["entries"].get("Bid")
                    got += 1
            if got >= n:
                break
        return (time.process_time() - cpu) / got, got / (time.perf_counter() - wall)


# -- b. round trip ----------------------------------------------------------------------------------


async def round_trips(auth: TokenAuth[Any], n: int, rounds: int) -> dict[str, float]:
    socket_us, rest_us = [], []
    async with auth.socket() as ws, auth.client() as client:
        for _ in range(50):  # warm-up
            await ws.call(account_list.asyncio)
            await account_list.asyncio(client=client)
        for index in range(rounds):
            order = ("socket", "rest") if index % 2 == 0 else ("rest", "socket")
            for name in order:
                start = time.perf_counter()
                for _ in range(n):
                    if name == "socket":
                        await ws.call(account_list.asyncio)
                    else:
                        await account_list.asyncio(client=client)
                (socket_us if name == "socket" else rest_us).append((time.perf_counter() - start) / n * 1e6)
    return {"socket_us": statistics.median(socket_us), "rest_us": statistics.median(rest_us)}


# -- c. restart → resynced --------------------------------------------------------------------------


async def restarts(auth: TokenAuth[Any], child: Child, count: int) -> list[float]:
    gaps = []
    async with auth.socket() as ws:
        await ws.sync(entity_types=["order"])
        changes = ws.changes()
        for _ in range(count):
            listening = await asyncio.to_thread(child.ask, "restart")
            async with asyncio.timeout(30):
                async for item in changes:
                    if isinstance(item, Resync):
                        gaps.append(time.time() - listening)
                        break
    return gaps


# -- d. heartbeat gaps under a slow consumer ----------------------------------------------------------


async def slow_typed(auth: TokenAuth[Any], seconds: float, per_item: float) -> None:
    async with auth.market_data() as md, md.quotes(3_570_919) as quotes:
        deadline = time.monotonic() + seconds
        async for _ in quotes:
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(per_item)  # the application's work on each quote


async def slow_raw(auth: TokenAuth[Any], url: str, seconds: float, per_item: float) -> None:
    """The vendor JS tutorial's heartbeat: checked when a message arrives."""
    from websockets.asyncio.client import connect

    token = (await auth.aget_token()).md_access_token
    async with connect(url, ping_interval=None, proxy=None) as ws:
        await ws.recv()
        await ws.send(f"authorize\n1\n\n{token}")
        await ws.send('md/subscribeQuote\n2\n\n{"symbol":3570919}')
        last, deadline = time.monotonic(), time.monotonic() + seconds
        async for _ in ws:
            if time.monotonic() - last >= 2.5:
                await ws.send("[]")
                last = time.monotonic()
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(per_item)


async def main_async(args: argparse.Namespace, child: Child) -> list[dict[str, Any]]:
    auth = make_auth(child.info)
    rows: list[dict[str, Any]] = []
    if "a" in args.only:
        rows.append(await quotes_figure(auth, child, args.quick))
    if "b" in args.only:
        rows.append(await round_trip_figure(auth, args.quick))
    if "c" in args.only:
        rows.append(await restart_figure(auth, child, args.quick))
    if "d" in args.only:
        rows.append(await heartbeat_figure(auth, child, args.quick))
    return rows


async def quotes_figure(auth: TokenAuth[Any], child: Child, quick: bool) -> dict[str, Any]:
    n = 3_000 if quick else 20_000
    child.ask("options", {"quote_interval": 0.0, "heartbeats_while_streaming": True})
    print("a. quotes …", file=sys.stderr)
    typed_cpu, raw_cpu, typed_rate, raw_rate = [], [], [], []
    for _ in range(3 if quick else 5):
        cpu, rate = await raw_quotes(auth, child.info["market_data_url"], n)
        raw_cpu.append(cpu)
        raw_rate.append(rate)
        cpu, rate = await typed_quotes(auth, n)
        typed_cpu.append(cpu)
        typed_rate.append(rate)
    typed_us, raw_us = statistics.median(typed_cpu) * 1e6, statistics.median(raw_cpu) * 1e6
    return {
        "figure": "a. client CPU per quote: md.quotes() (typed) / raw websockets + json.loads",
        "this layer": f"{typed_us:.1f} µs ({statistics.median(typed_rate):,.0f}/s)",
        "alternative": f"{raw_us:.1f} µs ({statistics.median(raw_rate):,.0f}/s)",
        "ratio": typed_us / raw_us,
        "aim": "≤ 1.25",
    }


async def round_trip_figure(auth: TokenAuth[Any], quick: bool) -> dict[str, Any]:
    print("b. round trips …", file=sys.stderr)
    trips = await round_trips(auth, 50 if quick else 200, 5 if quick else 11)
    return {
        "figure": "b. account/list round trip: ws.call (socket) / account_list.asyncio (REST, keep-alive)",
        "this layer": f"{trips['socket_us']:.0f} µs",
        "alternative": f"{trips['rest_us']:.0f} µs",
        "ratio": trips["socket_us"] / trips["rest_us"],
        "aim": "—",
    }


async def restart_figure(auth: TokenAuth[Any], child: Child, quick: bool) -> dict[str, Any]:
    print("c. restarts …", file=sys.stderr)
    gaps = await restarts(auth, child, 5 if quick else 15)
    return {
        "figure": "c. server listening again → Resync on changes() (median / worst)",
        "this layer": f"{statistics.median(gaps) * 1000:.0f} / {max(gaps) * 1000:.0f} ms",
        "alternative": "—",
        "ratio": None,
        "aim": "< 1 s",
    }


async def heartbeat_figure(auth: TokenAuth[Any], child: Child, quick: bool) -> dict[str, Any]:
    print("d. heartbeat gaps …", file=sys.stderr)
    seconds = 9.0 if quick else 15.0
    child.ask("reset")
    child.ask("options", {"quote_interval": 0.05, "heartbeats_while_streaming": False})
    await slow_typed(auth, seconds, 4.0)
    ours = child.ask("max_gap")
    child.ask("reset")
    child.ask("options", {"quote_interval": 0.05, "heartbeats_while_streaming": False})
    await slow_raw(auth, child.info["market_data_url"], seconds, 4.0)
    theirs = child.ask("max_gap")
    return {
        "figure": f"d. worst client-heartbeat gap, no server h while streaming, 4 s per quote, {seconds:.0f} s",
        "this layer": f"{ours:.2f} s",
        "alternative": f"{theirs:.2f} s (heartbeat on message receipt)",
        "ratio": None,
        "aim": "< 3 s",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer samples (noisier)")
    parser.add_argument("--only", default="abcd", help="the figures to measure, e.g. --only ad")
    args = parser.parse_args()
    child = Child()
    try:
        rows = asyncio.run(main_async(args, child))
    finally:
        child.stop()
    if args.json:
        print(json.dumps({"benchmark": "bench_realtime", "rows": rows}, indent=2))
        return 0
    import websockets

    print("## bench_realtime\n")
    print(f"python {sys.version.split()[0]}, websockets {websockets.version.version}\n")
    print("| figure | this layer | alternative | ratio | aim |\n|---|---:|---:|---:|---:|")
    for row in rows:
        ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "—"
        print(f"| {row['figure']} | {row['this layer']} | {row['alternative']} | {ratio} | {row['aim']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
