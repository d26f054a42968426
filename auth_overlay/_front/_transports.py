"""The transports an auth was built with (``transport=``, ``async_transport=``), for its API calls.

A generated client builds its ``httpx.Client`` and ``httpx.AsyncClient`` from one
``httpx_args`` dict, so one object must serve as both: sync requests go to ``transport``,
async ones to ``async_transport``, and a side left unset gets httpx's default transport, as
the token requests do.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx


class DualTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(
        self,
        sync: httpx.BaseTransport | None,
        async_: httpx.AsyncBaseTransport | None,
        verify: ssl.SSLContext | bool,
    ) -> None:
        self._sync = sync if sync is not None else httpx.HTTPTransport(verify=verify)
        self._async = async_ if async_ is not None else httpx.AsyncHTTPTransport(verify=verify)

    @property
    def _pool(self) -> Any:
        # The sync side's connection pool, so the call deadline's backend wrapper finds it.
        return getattr(self._sync, "_pool", None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()
