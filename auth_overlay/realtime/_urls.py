"""Which socket URL a ``TokenAuth`` talks to: given with ``Endpoint``, or its environment's.

Tradovate's hosts (the vendor's examples and docs): the trading socket beside each REST host
(the C# sample derives it: ``https:`` → ``wss:``, ``+ /websocket``), one market-data host and
one replay host for every environment. When the REST base was overridden (``base_url=``, a
sandbox or a proxy) the trading socket is derived from it the same way, and the market-data
and replay sockets must be given: guessing would send a sandbox's token to the vendor.
"""

from __future__ import annotations

from typing import Final, Literal

from auth_overlay import errors
from auth_overlay._config import ResolvedConfig

SocketKind = Literal["trading", "market_data", "replay"]

_OPTION: Final[dict[SocketKind, str]] = {
    "trading": "websocket_url",
    "market_data": "market_data_url",
    "replay": "replay_url",
}
MARKET_DATA: Final = "wss://md.tradovateapi.com/v1/websocket"
REPLAY: Final = "wss://replay.tradovateapi.com/v1/websocket"


def socket_url(config: ResolvedConfig, kind: SocketKind) -> str:
    provider = config.profile.name
    if provider != "tradovate":
        raise errors.ConfigurationError("sockets are Tradovate's: this auth is for another vendor", provider=provider)
    given = config.socket_urls.get(_OPTION[kind])
    if given is not None:
        return given
    api_base = config.api_base_url or ""
    environment = config.profile.environments.get(config.environment or "")
    own = environment is not None and api_base == environment.api_base + config.profile.base_path
    if kind == "trading" and api_base:
        scheme, _, rest = api_base.partition("://")
        return ("wss" if scheme == "https" else "ws") + "://" + rest.rstrip("/") + "/websocket"
    if own:
        return MARKET_DATA if kind == "market_data" else REPLAY
    raise errors.ConfigurationError(
        f"base_url= points the API elsewhere: pass {_OPTION[kind]}= (Endpoint) for the {kind.replace('_', '-')} socket",
        provider=provider,
    )
