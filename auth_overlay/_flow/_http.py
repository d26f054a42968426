"""The HTTP clients token flights use: opened only when a flow really calls the vendor.

Most refreshes in a fleet adopt the shared token instead of calling the vendor, so a client
is opened lazily and lives for one flight: a flight happens about once per token lifetime,
and a fresh client never carries the application's headers.
"""

from __future__ import annotations

import os
import ssl

import httpx

from auth_overlay import errors
from auth_overlay._core._endpoint import HttpOptions
from auth_overlay._flow._effects import ssl_context


def tls_verify(options: HttpOptions) -> ssl.SSLContext | bool:
    """httpx's ``verify=`` for these options, one context per CA bundle for the whole process.

    Building a context loads the bundle, tens of milliseconds for every client that builds its
    own; and a bundle's path (``verify="corp-ca.pem"``, a file or a folder) is no longer an
    ``verify=`` httpx accepts without a deprecation warning.
    """
    if options.verify is True:
        return ssl_context()
    if options.verify is False:
        return False
    context = _bundles.get(options.verify)
    if context is None:
        context = _bundles[options.verify] = _bundle_context(options.verify)
    return context


#: CA bundle path → its context (a process names one or two; read once, like the default bundle)
_bundles: dict[str, ssl.SSLContext] = {}


def _built(options: HttpOptions) -> bool:
    if options.verify is True:
        return bool(ssl_context.cache_info().currsize)
    return options.verify is False or options.verify in _bundles


def _bundle_context(path: str) -> ssl.SSLContext:
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
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
