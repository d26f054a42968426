"""Tradovate's socket frames, both ways: text in, frames out; requests in, text out. No I/O.

The protocol is SockJS-derived. The server sends one-letter frames: ``o`` (open: authorise
now), ``h`` (heartbeat), ``a[...]`` (a JSON array of messages, often several per frame) and
``c[code,"reason"]`` (close; the vendor's C# sample also handles a bare ``c``). The client
sends one request per frame, ``endpoint\\nid\\nquery\\nbody`` (empty fields keep their newline),
and the heartbeat ``[]``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlencode

import attrs

#: what the client sends as its heartbeat
HEARTBEAT: Final = "[]"


@attrs.frozen
class Opened:
    """``o``: the server is ready for ``authorize``."""


@attrs.frozen
class ServerHeartbeat:
    """``h``."""


@attrs.frozen
class Messages:
    """``a[...]``: answers (``{"i", "s", "d"}``) and events (``{"e", "d"}``), in order."""

    items: tuple[Any, ...]


@attrs.frozen
class ServerClose:
    """``c[code, "reason"]`` (``code`` and ``reason`` None for a bare ``c``)."""

    code: int | None
    reason: str | None


Frame = Opened | ServerHeartbeat | Messages | ServerClose

_OPENED, _HEARTBEAT = Opened(), ServerHeartbeat()


class FrameError(ValueError):
    """A frame that is none of the four; the message says why, never quotes the frame."""


def parse_frame(data: str | bytes) -> Frame:
    """One frame as the server sent it (text; a binary frame is decoded as UTF-8)."""
    if not isinstance(data, str):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise FrameError("a binary frame that is not UTF-8") from None
    if data[:1] == "a":  # the common frame first, decoded in place (no copy of a large payload)
        return Messages(tuple(parse_array(data)))
    text = data.strip()
    if not text:
        raise FrameError("an empty frame")
    kind, rest = text[0], text[1:]
    if kind == "a":
        return Messages(tuple(parse_array(text)))
    if kind == "h" and not rest:
        return _HEARTBEAT
    if kind == "o" and not rest:
        return _OPENED
    if kind == "c":
        return _close(rest)
    named = kind.isascii() and kind.isalpha()  # a letter is safe to name; anything else is not quoted
    raise FrameError(f"an unknown frame type {kind!r}" if named else "an unknown frame type")


_decode = json.JSONDecoder().raw_decode


def parse_array(frame: str) -> list[Any]:
    """The messages of an ``a[...]`` frame (``frame`` starts with ``a``)."""
    try:
        items, end = _decode(frame, 1)
    except (ValueError, RecursionError):
        raise FrameError("an 'a' frame whose payload is not JSON") from None
    if end != len(frame) and frame[end:].strip():
        raise FrameError("an 'a' frame whose payload is not JSON")
    if not isinstance(items, list):
        raise FrameError("an 'a' frame whose payload is not a JSON array")
    return items


def _json(text: str, kind: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise FrameError(f"a {kind!r} frame whose payload is not JSON") from None


def _close(rest: str) -> ServerClose:
    if not rest:
        return ServerClose(None, None)
    payload = _json(rest, "c")
    if not isinstance(payload, list):
        raise FrameError("a 'c' frame whose payload is not a JSON array")
    code = payload[0] if payload and isinstance(payload[0], int) and not isinstance(payload[0], bool) else None
    reason = payload[1] if len(payload) > 1 and isinstance(payload[1], str) else None
    return ServerClose(code, reason)


def encode_request(endpoint: str, request_id: int, query: str | Mapping[str, Any] | None, body: object) -> str:
    """``endpoint\\nid\\nquery\\nbody``: the endpoint without its leading ``/``; the query URL-style;
    the body as compact JSON, or as is when it is already text (``authorize`` sends the raw token)."""
    path = endpoint.lstrip("/")
    if not path or any(ch in path for ch in "\n\r"):
        raise ValueError("a socket endpoint is a non-empty path without line breaks")
    if query is None:
        query_text = ""
    elif isinstance(query, str):
        query_text = query
    else:
        query_text = urlencode([(key, _query_value(value)) for key, value in query.items() if value is not None])
    if "\n" in query_text:
        raise ValueError("a socket query cannot contain a line break")
    if body is None:
        body_text = ""
    elif isinstance(body, str):
        body_text = body
    else:
        body_text = json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return f"{path}\n{request_id}\n{query_text}\n{body_text}"


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_value(v) for v in value)
    return str(value)
