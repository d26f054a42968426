"""The HTTP layer: a standard-library threading server that routes, records and misbehaves."""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import urlsplit

from ._cors import allowed_methods, cors_headers, options_answer
from ._faults import Fault, padded, patched
from ._models import CannedResponse, RecordedRequest, is_provider
from ._request_body import BodyError, read_body
from ._routes import Route, error_answer
from ._state import SandboxState

_EXTRA_REASONS = {520: "Unknown Error", 521: "Web Server Is Down", 522: "Connection Timed Out"}


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_REASONS.get(status, "Unknown")


class SandboxServer(ThreadingHTTPServer):
    """Tracks every connection and worker so ``close`` can end keep-alive sockets and join."""

    daemon_threads = True
    block_on_close = False  # we join our own workers, with a timeout
    request_queue_size = 128  # socketserver's 5 resets bursts of concurrent clients

    def __init__(
        self,
        address: tuple[str, int],
        state: SandboxState,
        routes: Sequence[Route],
        stopping: threading.Event,
    ) -> None:
        self.state = state
        self.routes = tuple(routes)
        self.stopping = stopping
        self._tracking = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._workers: set[threading.Thread] = set()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, RequestHandler)

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        assert isinstance(request, socket.socket)
        worker = threading.Thread(target=self._work, args=(request, client_address), daemon=True, name="sandbox-conn")
        with self._tracking:
            self._connections.add(request)
            self._workers.add(worker)
        worker.start()

    def _work(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._tracking:
                self._connections.discard(request)
                self._workers.discard(threading.current_thread())

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError) or self.stopping.is_set():
            return  # a client that went away, or our own shutdown closing its socket
        super().handle_error(request, client_address)

    def close_connections(self, timeout: float) -> None:
        with self._tracking:
            connections = list(self._connections)
            workers = list(self._workers)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without TCP_NODELAY each answer would wait ~40 ms
    # for the client's delayed ACK.
    disable_nagle_algorithm = True
    server_version = "auth-overlay-sandbox"
    sys_version = ""
    timeout = 30  # an idle keep-alive connection does not hold its thread forever

    @property
    def _sandbox(self) -> SandboxServer:
        return cast(SandboxServer, self.server)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read ``Sandbox.requests`` instead of a log."""

    def version_string(self) -> str:
        return self.server_version

    # Every method reaches the router (``http.server`` looks up ``do_<METHOD>``, and would answer
    # any it lacks with its 501 page): 404 off the routes, 405 with ``Allow`` for a method the path
    # does not have (TRACE, QUERY or any other token), HEAD like GET without a body, OPTIONS with
    # ``Allow`` and, for a CORS preflight, the ``Access-Control-Allow-*`` headers.
    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """``http.server``'s own refusals (bad request line, unknown method): JSON, not an HTML page."""
        self.close_connection = True
        path = urlsplit(getattr(self, "path", "") or "").path
        prefix = path.lstrip("/").partition("/")[0]
        provider = prefix if is_provider(prefix) else None
        self._send(error_answer(provider, code, message or _reason(code)), close=True)

    # -- request ------------------------------------------------------------------------

    def _lowercase_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return headers

    def _dispatch(self) -> None:
        path = urlsplit(self.path).path
        prefix, _, rest = path.lstrip("/").partition("/")
        provider = prefix if is_provider(prefix) else None
        try:
            body = read_body(self.headers, self.rfile)
        except BodyError as exc:
            self._send(error_answer(provider, exc.status, str(exc)), close=True)
            return
        if provider is None:
            self._send(error_answer(None, 404, f"no such path: {path}"))
            return
        rest = "/" + rest
        headers = self._lowercase_headers()
        request = RecordedRequest(
            provider=provider,
            method=self.command,
            path=self.path,
            headers=headers,
            body=body,
            received_at=time.monotonic(),
        )
        candidates = [r for r in self._sandbox.routes if r.provider == provider and r.path_matches(rest)]
        methods = frozenset().union(*(r.methods(rest) for r in candidates))
        wanted = "GET" if self.command == "HEAD" else self.command
        route = next((r for r in candidates if r.method == wanted), None) if wanted in methods else None
        state = self._sandbox.state
        fault: Fault | None = None
        with state.lock:
            state.recorded[provider].append(request)
            if route is not None and route.token_endpoint:
                state.token_request_counts[provider] += 1
                fault = state.take_fault(provider, rest)
            elif route is not None:
                fault = state.take_fault(provider, rest, api=True)
        if not methods:
            self._send(error_answer(provider, 404, f"no such path: {path}"))
        elif self.command == "OPTIONS":
            self._send(options_answer(methods, headers))
        elif route is None:
            allow = {"Allow": allowed_methods(methods)}
            self._send(error_answer(provider, 405, f"{self.command} is not allowed on {path}", allow))
        else:
            self._answer(route, request, fault)

    # -- response -----------------------------------------------------------------------

    def _normal(self, route: Route, request: RecordedRequest) -> CannedResponse:
        state = self._sandbox.state
        try:
            with state.lock:
                return route.handler(state, request)
        except Exception as exc:  # a sandbox bug must show up as an answer, not a hang
            return CannedResponse.json(500, {"error": "sandbox_internal_error", "detail": repr(exc)})

    def _answer(self, route: Route, request: RecordedRequest, fault: Fault | None) -> None:
        if fault is None:
            self._send(self._normal(route, request))
            return
        kind = fault.kind
        if kind == "latency":
            if self._sandbox.stopping.wait(fault.seconds):
                self.close_connection = True
                return
            self._send(self._normal(route, request))
        elif kind == "status":
            assert fault.response is not None
            self._send(fault.response)
        elif kind == "respond_with":
            assert fault.responder is not None
            try:
                custom = fault.responder(request)
            except Exception as exc:
                custom = CannedResponse.json(500, {"error": "sandbox_responder_error", "detail": repr(exc)})
            self._send(custom if custom is not None else self._normal(route, request))
        elif kind == "drop_connection":
            self._drop(reset=fault.reset)
        elif kind == "slow_body":
            self._send(fault.response or self._normal(route, request), trickle=fault.seconds)
        elif kind == "truncated":
            self._send(self._normal(route, request), cut=True)
        elif kind == "oversized":
            self._send(padded(self._normal(route, request), fault.size))
        else:  # patch
            self._send(patched(self._normal(route, request), fault))

    def _request_headers(self) -> Mapping[str, str]:
        headers = getattr(self, "headers", None)  # absent when the request line itself was bad
        return {k.lower(): v for k, v in headers.items()} if headers is not None else {}

    def _send(
        self,
        response: CannedResponse,
        *,
        trickle: float = 0.0,
        cut: bool = False,
        close: bool = False,
    ) -> None:
        body = b"" if getattr(self, "command", None) == "HEAD" else response.body
        self.send_response(response.status, _reason(response.status))
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in (*response.headers, *cors_headers(self._request_headers())):
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))  # HEAD: the length GET would send
        if cut or close:
            self.send_header("Connection", "close")
        self.end_headers()
        if cut:
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self._drop(reset=False)
        elif trickle > 0 and body:
            pieces = min(len(body), 20)
            step = -(-len(body) // pieces)
            for start in range(0, len(body), step):
                if self._sandbox.stopping.wait(trickle / pieces):
                    self.close_connection = True
                    return
                self.wfile.write(body[start : start + step])
                self.wfile.flush()
        else:
            self.wfile.write(body)

    def _drop(self, *, reset: bool) -> None:
        self.close_connection = True
        connection = self.connection
        with contextlib.suppress(OSError):
            if reset:
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.rfile.close()
                connection.close()
            else:
                connection.shutdown(socket.SHUT_RDWR)
