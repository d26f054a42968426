"""Tradovate in real time: the trading, market-data and replay sockets, on the session's auth.

Open them from a ``TokenAuth`` (``async with auth.socket() as ws``, ``auth.market_data()``,
``auth.replay(...)``). Importing this package does not import ``websockets``: a socket imports
it when it opens.

Layers, one way: ``_frames`` and ``_protocol`` (the protocol as a pure state machine),
``_backoff`` (when to reconnect).
"""

from ._backoff import Backoff
from ._kinds import TradingSocket
from ._settings import LoopTimer, SocketOptions, Timer
from ._socket import Socket
from ._store import Change, Resync, UserStore
from ._sync import DEFAULT_ENTITY_TYPES

__all__ = [
    "DEFAULT_ENTITY_TYPES",
    "Backoff",
    "Change",
    "LoopTimer",
    "Resync",
    "Socket",
    "SocketOptions",
    "Timer",
    "TradingSocket",
    "UserStore",
]
