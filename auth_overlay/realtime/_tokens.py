"""Which token a socket authorises with: the session's current one, from the same ``TokenAuth``.

So a fleet sharing a cache shares one session for its sockets too, and a REST renewal is
what the next reconnect authorises with. The market-data socket takes ``mdAccessToken``
when the login gave one, the access token otherwise (the vendor's examples use both).
"""

from __future__ import annotations

from typing import Protocol

from auth_overlay._core._scrub import Scrubber
from auth_overlay._core._token import Token
from auth_overlay._flow._manager import TokenManager
from auth_overlay.errors._base import _clean


class TokenSource(Protocol):
    async def current(self) -> str:
        """The token to authorise a new connection with."""
        ...

    async def refreshed(self) -> str:
        """After ``authorize`` was refused: one refresh of the token last handed out."""
        ...

    def scrub(self, text: str | None) -> str | None:
        """Vendor text without any token this source handed out (a server may echo one)."""
        ...

    def last_text(self) -> str | None:
        """The token last handed out (the one the open connection authorised with)."""
        ...


class SessionTokens:
    def __init__(self, manager: TokenManager, *, market_data: bool = False) -> None:
        self._manager = manager
        self._market_data = market_data
        self._last: Token | None = None
        self._given: list[str] = []

    async def current(self) -> str:
        return self._text(await self._manager.aget_token())

    async def refreshed(self) -> str:
        return self._text(await self._manager.aget_token(rejected=self._last))

    def _text(self, token: Token) -> str:
        self._last = token
        text = (token.md_access_token or token.access_token) if self._market_data else token.access_token
        self._given = [*[t for t in self._given if t != text][-3:], text]
        return text

    def last_text(self) -> str | None:
        """The token this source last handed out (the one the open connection authorised with)."""
        return self._given[-1] if self._given else None

    def scrub(self, text: str | None) -> str | None:
        return _clean(Scrubber(self._given).text(text)) if text else None
