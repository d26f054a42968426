"""The sandbox sockets' options and a fault's verdict on one request: plain values, imported by every socket module."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Verdict = Literal["hold"] | tuple[int, Any] | None


@dataclass(slots=True)
class SocketOptions:
    """``heartbeat_interval``: the server's ``h`` (None: never); ``heartbeats_while_streaming``:
    False stops ``h`` while a connection streams (as the vendor may); ``quote_interval``: seconds
    between packets of a stream (0: as fast as the loop can); ``quote_extra``: fields (lower-case
    first letter) or entries (upper-case) added to every quote, to play a vendor that changed."""

    heartbeat_interval: float | None = 2.5
    heartbeats_while_streaming: bool = True
    quote_interval: float = 0.05
    quote_extra: dict[str, Any] = field(default_factory=dict)
