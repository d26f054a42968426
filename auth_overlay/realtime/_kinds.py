"""The three sockets a ``TokenAuth`` opens, each a combination of the abilities beside it (``ReplaySocket``
is in ``_replay``)."""

from __future__ import annotations

from ._market import MarketData
from ._replay import ReplaySocket
from ._sync import SyncedSocket
from ._urls import SocketKind


class TradingSocket(SyncedSocket):
    """The trading socket (``auth.socket()``): every REST operation (``call``/``request``) and user sync."""

    kind: SocketKind = "trading"


class MarketDataSocket(MarketData):
    """The market-data socket (``auth.market_data()``): quotes, DOMs, histograms, charts."""

    kind: SocketKind = "market_data"


__all__ = ["MarketDataSocket", "ReplaySocket", "TradingSocket"]
