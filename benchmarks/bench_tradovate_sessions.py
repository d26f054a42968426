"""Tradovate trading sessions across a fleet: logins and renewals over three token lifetimes.

8 processes x 16 threads share one session through a file cache and through Redis, asking
for a token continuously for three token lifetimes, against the local sandbox (which
enforces the vendor's two-sessions-per-user limit). The aim: 1 login for the fleet, about
one renewal per lifetime, no session ever closed by the limit. Without a shared cache each
process logs in, and the vendor closes all but two of the sessions.

    python benchmarks/bench_tradovate_sessions.py [--json] [--lifetime SECONDS]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

PROCESSES, THREADS, LIFETIMES = 8, 16, 3


def _worker(options: dict[str, Any], start: Any, stop_at: float, out: Any) -> None:
    from auth_overlay import RefreshPolicy, TokenAuth

    auth = TokenAuth.for_provider("tradovate", refresh=RefreshPolicy(jitter=0), **options)
    errors: list[str] = []
    calls = [0]
    lock = threading.Lock()

    def run() -> None:
        start.wait()
        while time.time() < stop_at:
            try:
                auth.get_token()
            except Exception as exc:
                with lock:
                    errors.append(type(exc).__name__)
            with lock:
                calls[0] += 1
            time.sleep(0.01)

    threads = [threading.Thread(target=run) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put({"calls": calls[0], "errors": errors})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_redis(workdir: str) -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (Debian: apt-get install redis-server)")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def measure(cache: str, lifetime: float) -> dict[str, Any]:
    from auth_overlay.testing.sandbox import Sandbox

    ctx = multiprocessing.get_context("spawn")
    with Sandbox(token_lifetime={"tradovate": lifetime}) as sandbox:
        creds = sandbox.credentials("tradovate")
        options = {
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "username": creds.username,
            "password": creds.password,
            "app_id": "bench",
            "app_version": "1.0",
            "base_url": sandbox.base_url("tradovate"),
            "cache": cache,
        }
        start = ctx.Event()
        out = ctx.Queue()
        begin = time.time() + 3.0  # time for every process to start and import
        stop_at = begin + LIFETIMES * lifetime
        procs = [ctx.Process(target=_worker, args=(options, start, stop_at, out)) for _ in range(PROCESSES)]
        for p in procs:
            p.start()
        time.sleep(max(0.0, begin - time.time()))
        start.set()
        results = [out.get(timeout=LIFETIMES * lifetime + 60) for _ in procs]
        for p in procs:
            p.join(30)
        stats = sandbox.tradovate_stats()
    return {
        "cache": cache.split(":", 1)[0],
        "token lifetimes": LIFETIMES,
        "get_token calls": sum(r["calls"] for r in results),
        "failed calls": sum(len(r["errors"]) for r in results),
        "logins": stats.sessions_opened,
        "renewals": stats.renewals,
        "sessions closed by the 2-session limit": stats.sessions_closed_by_limit,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lifetime", type=float, default=6.0, help="token lifetime in seconds (default 6)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        redis, redis_url = _start_redis(tmp)
        try:
            for cache in (f"file://{tmp}/cache", redis_url, "memory://"):
                print(f"measuring {cache.split(':', 1)[0]} …", flush=True, file=sys.stderr)
                rows.append(measure(cache, args.lifetime))
        finally:
            redis.terminate()
            redis.wait(10)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    columns = list(rows[0])
    title = f"{PROCESSES} processes x {THREADS} threads, {LIFETIMES} token lifetimes of {args.lifetime:g}s"
    print(f"### Tradovate sessions: {title}\n")
    print("| " + " | ".join(columns) + " |")
    print("|" + "|".join("---" for _ in columns) + "|")
    for row in rows:
        print("| " + " | ".join(str(row[c]) for c in columns) + " |")


if __name__ == "__main__":
    main()
