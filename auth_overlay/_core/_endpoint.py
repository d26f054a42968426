"""Where token requests and API calls go (``Endpoint``) and how they travel (``HttpOptions``)."""

from __future__ import annotations

import attrs
import httpx


@attrs.frozen
class Endpoint:
    """Where to send token requests and API calls, instead of the vendor's environment hosts.

    ``token_url`` is the full token endpoint; ``issuer`` discovers it (RFC 8414);
    ``base_url`` replaces host and base path for both tokens and API calls (a sandbox);
    ``base_path`` replaces only the prefix (Tradovate's ``/v1``); ``token_path`` the path below it.
    ``websocket_url``, ``market_data_url``, ``replay_url``: Tradovate's sockets (``wss://``; ``ws://``
    only to loopback addresses), instead of the environment's (see ``auth_overlay.realtime``).
    """

    token_url: str | None = None
    issuer: str | None = None
    base_url: str | None = None
    base_path: str | None = None
    token_path: str | None = None
    websocket_url: str | None = None
    market_data_url: str | None = None
    replay_url: str | None = None


@attrs.frozen
class HttpOptions:
    """How token requests travel: custom transports (tests, proxies) and TLS verification."""

    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    verify: bool | str = True
