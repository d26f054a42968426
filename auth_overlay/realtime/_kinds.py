"""The three sockets a ``TokenAuth`` opens, each a combination of the abilities beside it."""

from __future__ import annotations

from ._sync import SyncedSocket
from ._urls import SocketKind


class TradingSocket(SyncedSocket):
    """The trading socket (``auth.socket()``): every REST operation (``call``/``request``) and user sync."""

    kind: SocketKind = "trading"
