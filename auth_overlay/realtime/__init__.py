"""Tradovate in real time: the trading, market-data and replay sockets, on the session's auth.

Open them from a ``TokenAuth`` (``async with auth.socket() as ws``, ``auth.market_data()``,
``auth.replay(start=…)``). Importing this package does not import ``websockets``: a socket
imports it when it opens.

Layers, one way: ``_frames`` and ``_protocol`` (the protocol as a pure state machine, no I/O),
``_backoff`` (when to reconnect), ``_settings`` (``SocketOptions``, the ``Timer`` seam),
``_tokens`` (which token authorises), ``_link`` + ``_connection`` (the one asyncio driver on
``websockets``), ``_calls`` (typed requests judged by ``auth_overlay.api``), ``_socket`` (the
socket and its dispatch), ``_store`` + ``_sync`` (user sync), ``_md_models`` + ``_chart_models``
+ ``_market`` + ``_streams`` (market data), ``_replay``, ``_kinds`` (the three sockets), ``_urls`` (where).
"""

from ._backoff import Backoff
from ._chart_models import Bar, ChartPacket, Clock, Tick
from ._kinds import MarketDataSocket, ReplaySocket, TradingSocket
from ._md_models import DOM, Histogram, PriceSize, Quote, QuoteEntry
from ._settings import LoopTimer, SocketOptions, Timer
from ._socket import Socket
from ._store import Change, Resync, UserStore
from ._streams import ChartStream, Stream
from ._sync import DEFAULT_ENTITY_TYPES

__all__ = [
    "DEFAULT_ENTITY_TYPES",
    "DOM",
    "Backoff",
    "Bar",
    "Change",
    "ChartPacket",
    "ChartStream",
    "Clock",
    "Histogram",
    "LoopTimer",
    "MarketDataSocket",
    "PriceSize",
    "Quote",
    "QuoteEntry",
    "ReplaySocket",
    "Resync",
    "Socket",
    "SocketOptions",
    "Stream",
    "Tick",
    "Timer",
    "TradingSocket",
    "UserStore",
]
