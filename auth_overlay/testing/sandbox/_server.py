"""The HTTP layer: a standard-library threading server that routes, records and misbehaves."""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import urlsplit

from ._faults import Fault
from ._models import CannedResponse, RecordedRequest, is_provider
from ._routes import Route
from ._state import SandboxState

MAX_BODY = 16 * 1024 * 1024
_EXTRA_REASONS = {520: "Unknown Error", 521: "Web Server Is Down", 522: "Connection Timed Out"}


class _BodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_REASONS.get(status, "Unknown")


def _pad(response: CannedResponse, size: int) -> CannedResponse:
    try:
        payload = json.loads(response.body)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        payload["padding"] = ""
        base = len(json.dumps(payload).encode("utf-8"))
        payload["padding"] = "x" * max(0, size - base)
        body = json.dumps(payload).encode("utf-8")
    else:
        body = response.body + b" " * max(0, size - len(response.body))
    return CannedResponse(response.status, body, response.content_type, response.headers)


def _patch(response: CannedResponse, fault: Fault) -> CannedResponse:
    try:
        payload = json.loads(response.body)
    except ValueError:
        return response
    objects = [payload] if isinstance(payload, dict) else payload if isinstance(payload, list) else []
    objects = [item for item in objects if isinstance(item, dict)]
    if not objects:
        return response
    for item in objects:  # an object, or each object of a list (``account/list``, ``order/list``)
        for name in fault.remove_fields:
            item.pop(name, None)
        item.update(fault.set_fields)
    body = json.dumps(payload).encode("utf-8")
    return CannedResponse(response.status, body, response.content_type, response.headers)


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

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    # -- request ------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError as exc:
            raise _BodyError(400, "bad Content-Length") from exc
        if size < 0:
            raise _BodyError(400, "bad Content-Length")
        if size > MAX_BODY:
            raise _BodyError(413, "request body too large")
        return self.rfile.read(size)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError as exc:
                raise _BodyError(400, "bad chunk size") from exc
            if size == 0:
                break
            total += size
            if total > MAX_BODY:
                raise _BodyError(413, "request body too large")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)
        while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
            pass  # trailers
        return b"".join(chunks)

    def _lowercase_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return headers

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except _BodyError as exc:
            self._send(CannedResponse.json(exc.status, {"error": str(exc)}), close=True)
            return
        path = urlsplit(self.path).path
        prefix, _, rest = path.lstrip("/").partition("/")
        if not is_provider(prefix):
            self._send(CannedResponse.json(404, {"error": "not_found", "path": path}))
            return
        rest = "/" + rest
        request = RecordedRequest(
            provider=prefix,
            method=self.command,
            path=self.path,
            headers=self._lowercase_headers(),
            body=body,
            received_at=time.monotonic(),
        )
        candidates = [r for r in self._sandbox.routes if r.provider == prefix and r.path_matches(rest)]
        route = next((r for r in candidates if r.method == self.command), None)
        state = self._sandbox.state
        fault: Fault | None = None
        with state.lock:
            state.recorded[prefix].append(request)
            if route is not None and route.token_endpoint:
                state.token_request_counts[prefix] += 1
                fault = state.take_fault(prefix, rest)
            elif route is not None:
                fault = state.take_fault(prefix, rest, api=True)
        if route is None:
            status = 405 if candidates else 404
            error = "method_not_allowed" if candidates else "not_found"
            self._send(CannedResponse.json(status, {"error": error, "path": path}))
            return
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
            self._send(_pad(self._normal(route, request), fault.size))
        else:  # patch
            self._send(_patch(self._normal(route, request), fault))

    def _send(
        self,
        response: CannedResponse,
        *,
        trickle: float = 0.0,
        cut: bool = False,
        close: bool = False,
    ) -> None:
        body = response.body
        self.send_response(response.status, _reason(response.status))
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
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
