"""The HTTP clients token flights use: opened only when a flow really calls the vendor.

Most refreshes in a fleet adopt the shared token instead of calling the vendor, so a client
is opened lazily and lives for one flight: a flight happens about once per token lifetime,
and a fresh client never carries the application's headers.
"""

from __future__ import annotations

import os
import ssl
from typing import Literal

import httpx

from auth_overlay import errors
from auth_overlay._core._endpoint import HttpOptions


def tls_verify(options: HttpOptions) -> ssl.SSLContext | Literal[False]:
    """httpx's ``verify=`` for these options, one context per CA bundle for the whole process.

    Building a context loads the bundle, tens of milliseconds for every client that builds its
    own (on the event loop, for an async one); and a bundle's path (``verify="corp-ca.pem"``, a
    file or a folder) is no longer a ``verify=`` httpx accepts without a deprecation warning.
    """
    if options.verify is False:
        return False
    context = _contexts.get(options.verify)
    if context is None:
        context = _contexts[options.verify] = _build_context(options.verify)
    return context


#: ``True`` (the default bundle) or a bundle's path → its context, built once per process
_contexts: dict[bool | str, ssl.SSLContext] = {}


def _built(options: HttpOptions) -> bool:
    return options.verify is False or options.verify in _contexts


def _build_context(verify: bool | str) -> ssl.SSLContext:
    if isinstance(verify, bool):  # True: the default bundle (False never gets here)
        return httpx.create_ssl_context()
    try:
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise errors.ConfigurationError(f"verify= names no readable CA bundle: {reason}") from None


def open_client(options: HttpOptions) -> httpx.Client:
    return httpx.Client(transport=options.transport, verify=tls_verify(options))


async def aopen_client(options: HttpOptions) -> httpx.AsyncClient:
    # Building the SSL context reads the CA bundle: tens of ms the event loop must not stall for.
    import asyncio  # loaded by the running loop already

    first_time = not _built(options)
    verify = await asyncio.to_thread(tls_verify, options) if first_time else tls_verify(options)
    return httpx.AsyncClient(transport=options.async_transport, verify=verify)
