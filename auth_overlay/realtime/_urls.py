"""Which socket URL a ``TokenAuth`` talks to: given with ``Endpoint``, or its environment's.

Tradovate's hosts (the vendor's examples and docs): the trading socket beside each REST host
(the C# sample derives it: ``https:`` → ``wss:``, ``+ /websocket``), one market-data host and
one replay host for every environment. When the REST base was overridden (``base_url=``, a
sandbox or a proxy) the trading socket is derived from it the same way, and the market-data
and replay sockets must be given: guessing would send a sandbox's token to the vendor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

import attrs

from auth_overlay import errors

SocketKind = Literal["trading", "market_data", "replay"]

_OPTION: Final[dict[SocketKind, str]] = {
    "trading": "websocket_url",
    "market_data": "market_data_url",
    "replay": "replay_url",
}
MARKET_DATA: Final = "wss://md.tradovateapi.com/v1/websocket"
REPLAY: Final = "wss://replay.tradovateapi.com/v1/websocket"


@attrs.frozen
class SocketPlace:
    """What a ``TokenAuth`` knows about where its sockets are (its front hands this in)."""

    provider: str
    environment: str | None
    #: where its REST calls go, and where they would go without ``base_url=``
    api_base_url: str | None
    environment_api_base: str | None
    #: ``Endpoint(websocket_url=…, market_data_url=…, replay_url=…)``, already checked
    overrides: Mapping[str, str] = attrs.field(factory=dict)

    def url(self, kind: SocketKind) -> str:
        if self.provider != "tradovate":
            raise errors.ConfigurationError(
                "sockets are Tradovate's: this auth is for another vendor", provider=self.provider
            )
        given = self.overrides.get(_OPTION[kind])
        if given is not None:
            return given
        api_base = self.api_base_url or ""
        if kind == "trading" and api_base:
            scheme, _, rest = api_base.partition("://")
            return ("wss" if scheme == "https" else "ws") + "://" + rest.rstrip("/") + "/websocket"
        if api_base and api_base == self.environment_api_base:
            return MARKET_DATA if kind == "market_data" else REPLAY
        raise errors.ConfigurationError(
            f"base_url= points the API elsewhere: pass {_OPTION[kind]}= (Endpoint) for the "
            f"{kind.replace('_', '-')} socket",
            provider=self.provider,
        )
