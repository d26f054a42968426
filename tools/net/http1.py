"""One HTTP/1.1 GET over one connection, every step inside one deadline.

The protocol is h11's (python-hyper: a strict state machine with no I/O): a malformed status
line, a header block over the limit, a body shorter than its ``Content-Length`` or a chunked
body cut mid-chunk are protocol errors, never a shorter body taken at its word. The socket
work here is small and owns the time: the name lookup, the connect, the TLS handshake, each
send and each receive get at most what is left of the deadline, so a server trickling one
byte a second cannot stretch a 30 s fetch. Each failure is an ``ExchangeError`` with one line.
"""

from __future__ import annotations

import socket
import ssl
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

import h11

MAX_HEADER_BYTES = 64 * 1024  # the whole status line + header block
MAX_HEADERS = 200
RECEIVE_CHUNK = 64 * 1024
# Name lookups have no timeout of their own: one runs in this pool, waited for at most the time left.
_LOOKUPS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch-dns")


class ExchangeError(Exception):
    """The exchange failed; the message is one line without the URL (the caller adds it)."""


class DeadlineExceeded(ExchangeError):
    pass


@dataclass(slots=True)
class Deadline:
    """A moment on the monotonic clock; ``left()`` is the time until it, or DeadlineExceeded."""

    seconds: float
    ends: float = field(init=False)

    def __post_init__(self) -> None:
        self.ends = time.monotonic() + self.seconds

    def left(self) -> float:
        remaining = self.ends - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceeded(f"timed out after {self.seconds:g}s (the whole fetch, not one read)")
        return remaining


@dataclass(frozen=True, slots=True)
class Target:
    scheme: str  # "http" or "https"
    host: str
    port: int
    path: str  # path and query, as sent in the request line


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    reason: str
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "
    body: bytes


def get(target: Target, headers: dict[str, str], deadline: Deadline, max_bytes: int) -> Response:
    """GET target with these headers; the body is decoded (gzip) and at most max_bytes long."""
    with _connect(target, deadline) as sock:
        conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEADER_BYTES)
        host = target.host if ":" not in target.host else f"[{target.host}]"
        sent = {"Host": host if target.port in (80, 443) else f"{host}:{target.port}", **headers, "Connection": "close"}
        request = h11.Request(method="GET", target=target.path, headers=list(sent.items()))
        _send(sock, conn.send(request) + (conn.send(h11.EndOfMessage()) or b""), deadline)
        return _receive(sock, conn, deadline, max_bytes)


def _connect(target: Target, deadline: Deadline) -> socket.socket:
    lookup = _LOOKUPS.submit(socket.getaddrinfo, target.host, target.port, type=socket.SOCK_STREAM)
    try:
        addresses = lookup.result(timeout=deadline.left())
    except FutureTimeout:
        raise DeadlineExceeded(f"timed out after {deadline.seconds:g}s looking up {target.host}") from None
    except OSError as exc:
        raise ExchangeError(f"cannot resolve {target.host} ({exc.strerror or exc})") from None
    last: OSError | None = None
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
        except TimeoutError:
            sock.close()
            raise DeadlineExceeded(f"timed out after {deadline.seconds:g}s connecting") from None
        except OSError as exc:
            sock.close()
            last = exc
            continue
        if target.scheme == "https":
            return _tls(sock, target.host, deadline)
        return sock
    raise ExchangeError(f"cannot connect ({last.strerror if last and last.strerror else last})")


def _tls(sock: socket.socket, host: str, deadline: Deadline) -> socket.socket:
    context = ssl.create_default_context()  # verifies the certificate and the host name
    try:
        wrapped = context.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
        wrapped.settimeout(deadline.left())  # since 3.5 the timeout bounds the whole handshake
        wrapped.do_handshake()
    except TimeoutError:
        sock.close()
        raise DeadlineExceeded(f"timed out after {deadline.seconds:g}s in the TLS handshake") from None
    except (ssl.SSLError, ssl.CertificateError, OSError) as exc:
        sock.close()
        raise ExchangeError(f"TLS failed ({_printable(str(exc))})") from None
    return wrapped


def _send(sock: socket.socket, data: bytes, deadline: Deadline) -> None:
    try:
        sock.settimeout(deadline.left())
        sock.sendall(data)  # since 3.5 the timeout bounds the whole sendall
    except TimeoutError:
        raise DeadlineExceeded(f"timed out after {deadline.seconds:g}s sending the request") from None
    except OSError as exc:
        raise ExchangeError(f"connection failed while sending ({exc.strerror or exc})") from None


def _receive(sock: socket.socket, conn: h11.Connection, deadline: Deadline, max_bytes: int) -> Response:
    response: h11.Response | None = None
    headers: dict[str, str] = {}
    body = _Body(max_bytes)
    while True:
        try:
            event = conn.next_event()
        except h11.RemoteProtocolError as exc:
            raise ExchangeError(_protocol_failure(response, body, exc)) from None
        if event is h11.NEED_DATA:
            conn.receive_data(_recv(sock, deadline, body))
        elif isinstance(event, h11.Response):
            response = event
            headers = _headers(event)
            body.start(headers)
        elif isinstance(event, h11.Data):
            body.add(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage):
            assert response is not None
            return Response(response.status_code, _printable(response.reason.decode("latin-1")), headers, body.end())
        elif isinstance(event, h11.ConnectionClosed):  # pragma: no cover (h11 raises before this)
            raise ExchangeError("connection closed before a response")
        # InformationalResponse (1xx): wait for the real one


def _recv(sock: socket.socket, deadline: Deadline, body: _Body) -> bytes:
    try:
        sock.settimeout(deadline.left())
        return sock.recv(RECEIVE_CHUNK)
    except TimeoutError:
        got = f" ({body.received} bytes of the body received)" if body.started else ""
        raise DeadlineExceeded(f"timed out after {deadline.seconds:g}s (the whole fetch, not one read){got}") from None
    except OSError as exc:  # reset by peer and friends
        raise ExchangeError(f"connection failed while reading ({exc.strerror or exc})") from None


def _headers(event: h11.Response) -> dict[str, str]:
    if len(event.headers) > MAX_HEADERS:
        raise ExchangeError(f"{len(event.headers)} response headers; more than {MAX_HEADERS} refused")
    # h11 bounds what it buffers before a head is complete; a head that arrives whole is measured here.
    if sum(len(name) + len(value) + 4 for name, value in event.headers) > MAX_HEADER_BYTES:
        raise ExchangeError(f"response headers larger than {MAX_HEADER_BYTES // 1024} KiB; refused")
    found: dict[str, str] = {}
    for name, value in event.headers:
        key, text = name.decode("latin-1").lower(), value.decode("latin-1")
        found[key] = f"{found[key]}, {text}" if key in found else text
    return found


def _protocol_failure(response: h11.Response | None, body: _Body, exc: h11.RemoteProtocolError) -> str:
    if response is None:
        if "buffer" in str(exc).lower() or exc.error_status_hint == 431:
            return f"response headers larger than {MAX_HEADER_BYTES // 1024} KiB; refused"
        return f"not a valid HTTP response ({_printable(str(exc))[:160]})"
    if body.expected is not None:
        return f"connection closed after {body.received} of {body.expected} bytes (Content-Length): a truncated body"
    return f"the body was cut off after {body.received} bytes ({_printable(str(exc))[:120]})"


class _Body:
    """The body as it arrives: capped, decompressed when gzip-encoded, counted for messages."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        self.received = 0
        self.expected: int | None = None
        self.started = False
        self.gzip: zlib._Decompress | None = None

    def start(self, headers: dict[str, str]) -> None:
        self.started = True
        length = headers.get("content-length", "")
        self.expected = int(length) if length.isdigit() else None
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding == "gzip":
            self.gzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding not in ("identity", ""):
            raise ExchangeError(f"unsupported Content-Encoding {_printable(encoding)[:40]!r} (identity was asked for)")
        if self.gzip is None and self.expected is not None and self.expected > self.max_bytes:
            raise ExchangeError(f"Content-Length {self.expected} is larger than {self.max_bytes} bytes; refused")

    def add(self, data: bytes) -> None:
        self.received += len(data)
        if self.gzip is not None:
            try:
                data = self.gzip.decompress(data, self.max_bytes + 1 - self.size)
            except zlib.error as exc:
                raise ExchangeError(f"the gzip body is corrupt ({exc})") from None
            if self.gzip.unconsumed_tail:
                data += b"!"  # more output is waiting: over the cap either way
        self.size += len(data)
        if self.size > self.max_bytes:
            raise ExchangeError(f"larger than {self.max_bytes} bytes; refused")
        self.parts.append(data)

    def end(self) -> bytes:
        if self.gzip is not None and not self.gzip.eof:
            raise ExchangeError("the gzip body ends before its end-of-stream marker: a truncated body")
        return b"".join(self.parts)


def _printable(text: str) -> str:
    """Vendor-sent text in a message: control characters out, whitespace collapsed."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())
