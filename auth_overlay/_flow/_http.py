"""The HTTP clients token flights use: opened only when a flow really calls the vendor.

Most refreshes in a fleet adopt the shared token instead of calling the vendor, so a client
is opened lazily and lives for one flight: a flight happens about once per token lifetime,
and a fresh client never carries the application's headers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from auth_overlay._core._endpoint import HttpOptions
from auth_overlay._flow._effects import ssl_context

if TYPE_CHECKING:
    pass


def _verify(options: HttpOptions) -> Any:
    return ssl_context() if options.verify is True else options.verify


def open_client(options: HttpOptions) -> httpx.Client:
    return httpx.Client(transport=options.transport, verify=_verify(options))


async def aopen_client(options: HttpOptions) -> httpx.AsyncClient:
    # Building the SSL context reads the CA bundle: tens of ms the event loop must not stall for.
    import asyncio  # loaded by the running loop already

    first_time = options.verify is True and not ssl_context.cache_info().currsize
    verify = await asyncio.to_thread(_verify, options) if first_time else _verify(options)
    return httpx.AsyncClient(transport=options.async_transport, verify=verify)
