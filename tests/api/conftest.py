"""Fixtures for the API call layer: a sandbox for tokens (and its emulated API), and a scripted
HTTP server on 127.0.0.1 that answers whatever a test queues and counts what it receives.

Back-off waits go through a ``FakeClock``; the only real waiting is the timeout case (a
client timeout of a fraction of a second against an answer that never comes in time).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from tradovate_client import AuthenticatedClient
from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import RetryPolicy, TokenAuth, events
from auth_overlay.api import _drift
from auth_overlay.testing import FakeClock, sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

API_PREFIX = "/v1"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # real seconds before answering (the timeout case)

    @classmethod
    def json(cls, payload: object, status: int = 200, *, delay: float = 0.0, **headers: str) -> Answer:
        return cls(status, json.dumps(payload).encode(), {"Content-Type": "application/json", **headers}, delay)


class ScriptedServer:
    """Answers each ``(method, path)`` from a queue (the last answer repeats); counts requests."""

    def __init__(self) -> None:
        self.scripts: dict[tuple[str, str], list[Answer]] = {}
        self.hits: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?", 1)[0].removeprefix(API_PREFIX)
                key = (self.command, path.lower())
                with lock:
                    server.hits[key] += 1
                    queue = server.scripts.get(key) or [Answer.json({"errorText": "not scripted"}, 599)]
                    answer = queue.pop(0) if len(queue) > 1 else queue[0]
                if answer.delay and server.stopping.wait(answer.delay):
                    return
                # A vendor that echoes what it was sent: "{authorization}" in a body becomes the header.
                sent = self.headers.get("Authorization") or ""
                body = answer.body.replace(b"{authorization}", sent.encode())
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value.replace("{authorization}", sent))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client under test may stop reading (a size cap, a deadline): that is its right.
                with contextlib.suppress(ConnectionError):
                    self.wfile.write(body)

            do_GET = do_POST = _handle

        lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{API_PREFIX}"

    def script(self, method: str, path: str, *answers: Answer) -> None:
        self.scripts[(method, path.lower())] = list(answers)

    def count(self, method: str, path: str) -> int:
        return self.hits[(method, path.lower())]

    def start(self) -> ScriptedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture(autouse=True)
def fresh_drift_memory() -> Iterator[None]:
    _drift.forget()
    yield
    _drift.forget()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    sb = Sandbox(host="127.0.0.1", port=0).start()
    yield sb
    sb.stop()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer().start()
    yield scripted
    scripted.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def seen_events() -> list[events.Event]:
    return []


@pytest.fixture
def auth(sandbox: Sandbox, clock: FakeClock, seen_events: list[events.Event]) -> TokenAuth[AuthenticatedClient]:
    sandbox.clear_faults()
    creds = sandbox.credentials("tradovate")
    return sandbox_token_auth(
        sandbox,
        "tradovate",
        username=creds.username,
        password=creds.password,
        app_id="auth-overlay-tests",
        app_version="1.0",
        clock=clock,
        on_event=seen_events.append,
    )


MakeClient = Callable[..., AuthenticatedClient]


@pytest.fixture
def local_client(auth: TokenAuth[AuthenticatedClient], server: ScriptedServer) -> Iterator[MakeClient]:
    """``local_client(retry=...)``: the generated client, tokens from the sandbox, API on ``server``."""
    made: list[AuthenticatedClient] = []

    def make(retry: RetryPolicy | bool | None = None, timeout: float = 5.0) -> AuthenticatedClient:
        client = auth.client(base_url=server.url, retry=retry, timeout=httpx.Timeout(timeout))
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()


ORDER = {
    "id": 250000001,
    "accountId": 13758463,
    "contractId": 1,
    "timestamp": "2026-12-02T06:00:00+00:00",
    "action": "Buy",
    "ordStatus": "Working",
    "admin": False,
}
HTML_502 = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
Invoke = Callable[..., Any]
#: every answer shape the tests feed through the call layer (counted at the end of each module)
SHAPES: list[str] = []


def shape(name: str) -> str:
    SHAPES.append(name)
    return name


@pytest.fixture(params=["sync", "async"])
def invoke(request: pytest.FixtureRequest) -> Iterator[Invoke]:
    """``invoke(module, client=..., **kwargs)``: the plain ``module.sync`` or ``module.asyncio``
    (one loop per test), as a user writes it."""
    loop = asyncio.new_event_loop()

    def run(module: Any, **kwargs: Any) -> Any:
        if request.param == "sync":
            return module.sync(**kwargs)
        return loop.run_until_complete(module.asyncio(**kwargs))

    yield run
    # Closed the way asyncio.run closes its loop: an async generator abandoned mid-answer (the
    # size cap stops reading) is finalised on the loop, not warned about once it is gone.
    try:
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()


def order_with(**changes: Any) -> dict[str, Any]:
    order = {**ORDER, **changes}
    return {key: value for key, value in order.items() if value is not ...}


def market_order() -> PlaceOrder:
    return PlaceOrder(action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)


@pytest.fixture(scope="module", autouse=True)
def report_shapes() -> Iterator[None]:
    yield
    if SHAPES:
        print(f"\nanswer shapes through the plain sync()/asyncio() so far: {len(set(SHAPES))} distinct")


def drifts(seen: list[events.Event]) -> list[events.ContractDrift]:
    return [event for event in seen if isinstance(event, events.ContractDrift)]
