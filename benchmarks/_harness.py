"""Shared pieces of the benchmark scripts: tables, timing loops, the in-process vendor mock.

Not a benchmark itself (``nox -s benchmarks`` runs only ``bench_*.py``). Each script puts
its own folder on ``sys.path`` simply by being run as ``python benchmarks/bench_x.py``.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import multiprocessing.connection
import platform
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import authlib.deprecate
import httpx

from auth_overlay import TokenAuth

# authlib 1.9 announces its move to "httpx2" on import (and forces such warnings to "always"
# when its deprecate module loads, hence the import above); the benchmark measures it on httpx.
warnings.filterwarnings("ignore", category=authlib.deprecate.AuthlibDeprecationWarning)

#: the provider every contender is pointed at. Alternative Payments authenticates the client
#: with an HTTP Basic header, the one method all three libraries can use: httpx-auth's
#: OAuth2ClientCredentials only sends Basic, and Tradevest takes the secret in the form body.
PROVIDER = "alternative_payments"
MOCK_HOST = "http://127.0.0.1:9"  # never connected: MockTransport answers in-process
MOCK_TOKEN_URL = f"{MOCK_HOST}/alternative_payments/oauth/token"
MOCK_API_URL = f"{MOCK_HOST}/alternative_payments/api/whoami"
MOCK_CLIENT_ID = "bench-client"
MOCK_CLIENT_SECRET = "bench:secret"
MOCK_ACCESS_TOKEN = "0123456789abcdef" * 3 + "01234567"  # 56 lowercase hex, as the vendor sends


@dataclass
class Table:
    """One Markdown table plus the same figures as JSON."""

    title: str
    columns: Sequence[str]
    rows: list[Sequence[object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append(cells)

    def markdown(self) -> str:
        def cell(value: object) -> str:
            if isinstance(value, float):
                return f"{value:.2f}"
            return str(value)

        lines = [f"### {self.title}", ""]
        lines.append("| " + " | ".join(self.columns) + " |")
        lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(self.columns))) + "|")
        lines.extend("| " + " | ".join(cell(v) for v in row) + " |" for row in self.rows)
        if self.notes:
            lines.append("")
            lines.extend(self.notes)
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "rows": [dict(zip(self.columns, row, strict=True)) for row in self.rows],
            "notes": self.notes,
        }


def parse_args(description: str, parts: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of Markdown")
    parser.add_argument("--quick", action="store_true", help="fewer iterations (a smoke run; figures are noisier)")
    parser.add_argument("--only", action="append", choices=parts, help="run only this part (repeatable); default: all")
    args = parser.parse_args()
    args.only = args.only or list(parts)
    return args


def environment() -> dict[str, str]:
    import authlib
    import httpx_auth

    import auth_overlay

    return {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()}",
        "auth_overlay": auth_overlay.__version__,
        "httpx": httpx.__version__,
        "authlib": authlib.__version__,
        "httpx_auth": httpx_auth.__version__,
    }


def report(title: str, tables: Sequence[Table], as_json: bool) -> None:
    env = environment()
    if as_json:
        json.dump(
            {"benchmark": title, "environment": env, "tables": [t.as_json() for t in tables]}, sys.stdout, indent=2
        )
        print()
        return
    print(f"## {title}\n")
    print(", ".join(f"{k} {v}" for k, v in env.items()) + "\n")
    for table in tables:
        print(table.markdown() + "\n")


def progress(message: str) -> None:
    """Progress goes to stderr so ``--json`` output stays parseable."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the in-process vendor ---------------------------------------------------------------


def mock_auth(cache: str, transport: httpx.BaseTransport) -> TokenAuth[Any]:
    """A ``TokenAuth`` for the in-process mock vendor, sharing ``cache`` (a URL)."""
    return TokenAuth.for_provider(
        PROVIDER,
        client_id=MOCK_CLIENT_ID,
        client_secret=MOCK_CLIENT_SECRET,
        token_url=MOCK_TOKEN_URL,
        cache=cache,
        transport=transport,
    )


class MockVendor:
    """An ``httpx.MockTransport`` handler: 200 for API calls, a token for token requests."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.lifetime = lifetime
        self.token_requests = 0
        self.api_requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            self.token_requests += 1
            payload = {"access_token": MOCK_ACCESS_TOKEN, "expires_in": self.lifetime, "token_type": "bearer"}
            return httpx.Response(200, json=payload, headers={"Cache-Control": "no-store"})
        self.api_requests += 1
        return httpx.Response(200, content=b"{}", headers={"Content-Type": "application/json"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


# -- timing ------------------------------------------------------------------------------


def time_requests(send: Callable[[], object], n: int, timer: Callable[[], float] = time.perf_counter) -> float:
    """Seconds per call of ``send`` over ``n`` calls, with the collector paused (as ``timeit`` does).

    ``timer=time.process_time`` counts this process's CPU only: on a machine shared with other
    work, the figure a contender's own code costs, whatever the neighbours do."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = timer()
        for _ in range(n):
            send()
        return (timer() - start) / n
    finally:
        if enabled:
            gc.enable()


def interleaved_medians(
    contenders: dict[str, Callable[[], object]],
    n: int,
    rounds: int,
    warmup: int,
    chunk: int = 1_000,
    timer: Callable[[], float] = time.perf_counter,
) -> dict[str, float]:
    """Median over ``rounds`` of seconds/request, each round ``n`` requests per contender.

    Within a round the contenders take turns in chunks of ``chunk`` requests (the order
    rotating), so a machine that speeds up or slows down during the run (other load, CPU
    frequency) weighs on every contender alike instead of on whichever ran at that moment.
    """
    for send in contenders.values():
        for _ in range(warmup):
            send()
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for turn in range(max(1, n // chunk)):
            order = names[turn % len(names) :] + names[: turn % len(names)]
            for name in order:
                spent[name] += time_requests(contenders[name], chunk, timer) * chunk
        for name in names:
            samples[name].append(spent[name] / (max(1, n // chunk) * chunk))
    return {name: statistics.median(values) for name, values in samples.items()}


def cache_hit_medians(
    clients: dict[str, httpx.Client], token_requests: Callable[[], int], n: int, rounds: int, label: str
) -> dict[str, float]:
    """Median seconds per API request for each warm client (see ``interleaved_medians``).

    Fails if any token was fetched meanwhile (the figure would not be a cache hit); closes the clients.
    """
    fetched = token_requests()

    def sender(client: httpx.Client) -> Callable[[], object]:
        get = client.get
        return lambda: get(MOCK_API_URL)

    progress(f"{label}: {len(clients)} contenders x {rounds} rounds x {n:,} requests")
    medians = interleaved_medians({k: sender(c) for k, c in clients.items()}, n, rounds, warmup=max(500, n // 10))
    if token_requests() != fetched:
        raise RuntimeError("a token was fetched during the timed loop: the figure would not be a cache hit")
    for client in clients.values():
        client.close()
    return medians


def check_ok(response: httpx.Response) -> httpx.Response:
    if response.status_code != 200:
        raise RuntimeError(f"expected 200, got {response.status_code} for {response.request.url}")
    return response


# -- the sandbox -------------------------------------------------------------------------

NAGLE_NOTE = (
    "The sandbox's sockets were given TCP_NODELAY for this run: as shipped, its handler writes the"
    " headers and the body of an answer in two sends, and Nagle's algorithm with the client's delayed"
    " ACK then adds ~40 ms to every response, which would swamp every latency here."
)


def sandbox_nodelay() -> bool:
    """Give the sandbox's connections TCP_NODELAY unless it already does; True when this changed it.

    Call before starting a ``Sandbox`` in this process. It touches only the test server's
    socket option (the same thing ``disable_nagle_algorithm`` does in any stdlib server),
    never the code under test.
    """
    from auth_overlay.testing.sandbox import _server

    handler = _server.RequestHandler
    if handler.disable_nagle_algorithm:
        return False
    handler.disable_nagle_algorithm = True
    return True


# -- the sandbox in a process of its own ---------------------------------------------------


def _serve_sandbox(conn: multiprocessing.connection.Connection, options: dict[str, Any]) -> None:
    from auth_overlay.testing.sandbox import Sandbox

    patched = sandbox_nodelay()
    with Sandbox(host="127.0.0.1", port=0, **options) as sb:
        conn.send(("ok", patched))
        while True:
            name, args = conn.recv()
            if name == "stop":
                break
            try:
                conn.send(("ok", getattr(sb, name)(*args)))
            except Exception as exc:
                conn.send(("error", repr(exc)))
    conn.send(("ok", None))


class RemoteSandbox:
    """``Sandbox`` run in a child process and driven over a pipe.

    Used where the benchmark must not share its own process (and GIL) with the server: a
    stall measured on the event loop would otherwise include the sandbox's request threads.
    Offers the ``Sandbox`` methods the benchmarks use.
    """

    def __init__(self, **options: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve_sandbox, args=(child, options), daemon=True)

    def __enter__(self) -> RemoteSandbox:
        self._process.start()
        #: True when the sandbox needed TCP_NODELAY from us (see NAGLE_NOTE)
        self.nodelay_patched = bool(self._result())
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._conn.send(("stop", ()))
            self._result()
        finally:
            self._process.join(10)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(5)

    def _result(self) -> Any:
        if not self._conn.poll(60):
            raise RuntimeError("the sandbox process did not answer")
        status, value = self._conn.recv()
        if status != "ok":
            raise RuntimeError(f"sandbox: {value}")
        return value

    def _call(self, name: str, *args: Any) -> Any:
        self._conn.send((name, args))
        return self._result()

    def token_url(self, provider: str) -> str:
        return str(self._call("token_url", provider))

    def api_url(self, provider: str) -> str:
        return str(self._call("api_url", provider))

    def base_url(self, provider: str) -> str:
        return str(self._call("base_url", provider))

    def credentials(self, provider: str) -> Any:
        return self._call("credentials", provider)

    def add_fault(self, provider: str, fault: Any) -> None:
        self._call("add_fault", provider, fault)

    def clear_faults(self, provider: str | None = None) -> None:
        self._call("clear_faults", provider)

    def set_token_lifetime(self, provider: str, seconds: float) -> None:
        self._call("set_token_lifetime", provider, seconds)

    def token_requests(self, provider: str) -> int:
        return int(self._call("token_requests", provider))
