"""Reading a request body off the socket, bounded, as RFC 9112 section 6 frames it.

Every way a body can be framed wrongly is refused with a status (the connection is then
closed, since the stream cannot be resynchronised): a ``Content-Length`` that is not a plain
decimal or disagrees with itself, a body shorter than it promised, a ``Transfer-Encoding``
whose last coding is not ``chunked``, a chunk size that is not hexadecimal (``-1`` would read
to EOF), a chunk shorter than its size or not followed by CRLF, endless trailers. Nothing
larger than :data:`MAX_BODY` is ever held in memory.
"""

from __future__ import annotations

import re
from email.message import Message
from io import BufferedIOBase
from typing import Final

MAX_BODY: Final = 16 * 1024 * 1024
_MAX_LINE: Final = 1024  # a chunk-size line (with extensions) or one trailer line
_MAX_TRAILERS: Final = 32
_DECIMAL = re.compile(r"[0-9]{1,20}")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")


class BodyError(Exception):
    """The body cannot be read: answer ``status`` and close the connection."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def read_body(headers: Message, rfile: BufferedIOBase) -> bytes:
    codings = [c.strip().lower() for v in headers.get_all("Transfer-Encoding") or [] for c in v.split(",")]
    codings = [c for c in codings if c]
    if codings:  # RFC 9112 section 6.3: Transfer-Encoding wins over Content-Length
        if codings[-1] != "chunked":
            raise BodyError(400, "Transfer-Encoding must end with chunked")
        if len(codings) > 1:
            raise BodyError(501, f"Transfer-Encoding {', '.join(codings[:-1])} is not supported")
        return _read_chunked(rfile)
    lengths = {v.strip() for v in headers.get_all("Content-Length") or []}
    if not lengths:
        return b""
    if len(lengths) > 1 or not _DECIMAL.fullmatch(next(iter(lengths))):
        raise BodyError(400, "bad Content-Length")
    size = int(next(iter(lengths)))
    if size > MAX_BODY:
        raise BodyError(413, "request body too large")
    body = rfile.read(size)
    if len(body) < size:
        raise BodyError(400, "request body shorter than its Content-Length")
    return body


def _line(rfile: BufferedIOBase, what: str) -> bytes:
    line = rfile.readline(_MAX_LINE + 1)
    if not line.endswith(b"\n"):  # too long, or the client stopped sending
        raise BodyError(400, f"bad {what}")
    return line.rstrip(b"\r\n")


def _read_chunked(rfile: BufferedIOBase) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_text = _line(rfile, "chunk size").split(b";", 1)[0].strip(b" \t")
        if not _HEX.fullmatch(size_text):
            raise BodyError(400, "bad chunk size")
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > MAX_BODY:
            raise BodyError(413, "request body too large")
        chunk = rfile.read(size)
        if len(chunk) < size or _line(rfile, "chunk end") != b"":
            raise BodyError(400, "chunk shorter than its size")
        chunks.append(chunk)
    for _ in range(_MAX_TRAILERS + 1):
        if _line(rfile, "trailer") == b"":
            return b"".join(chunks)
    raise BodyError(431, "too many trailer fields")
