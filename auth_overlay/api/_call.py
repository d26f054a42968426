"""``call`` and ``acall``: a generated operation that returns its model or raises one ``APIError``.

Retries live here, not in an httpx transport: the generated client builds its sync and async
httpx clients from one ``httpx_args`` dict (a transport there would have to be both, and
would displace the user's ``verify``/``limits``/``proxy``), only this layer knows the
operation and sees Tradovate's in-band penalty tickets, and the generated ``Response`` path
(``sync_detailed``) stays exactly what the generator made.

Idempotent methods (GET, HEAD, OPTIONS) retry on 429, 502, 503, 504, a penalty ticket
without captcha, timeouts and connection failures. Every other method (every POST, such as
``order/placeorder``; PUT and DELETE too, as no vendored spec marks one idempotent, and
Tradovate's has none) retries only when the connection was never made (connect error or
timeout, pool timeout): then no byte of the request left this process. Waits use full
jitter, a ``Retry-After``/``p-time`` is honoured up to ``retry_after_cap`` (beyond it the
error is raised with ``retry_after``), and no wait starts that would end past ``deadline``.
"""

from __future__ import annotations

import asyncio
import functools
import sys
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar, cast

import httpx

from auth_overlay import errors
from auth_overlay._core._deadline import Deadline
from auth_overlay.events import RetryScheduled, emit

from . import _mapping
from ._settings import APISettings, settings_for

P = ParamSpec("P")
R = TypeVar("R")

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


@functools.cache
def _endpoint(operation: Callable[..., Any]) -> tuple[Callable[..., dict[str, Any]], Callable[..., Any]]:
    """The generated module's ``_get_kwargs`` and ``_parse_response`` behind ``sync``/``asyncio``."""
    module = sys.modules.get(getattr(operation, "__module__", "") or "")
    get_kwargs = getattr(module, "_get_kwargs", None)
    parse_response = getattr(module, "_parse_response", None)
    if not callable(get_kwargs) or not callable(parse_response):
        raise errors.ConfigurationError(
            f"{getattr(operation, '__qualname__', operation)!r} is not a generated operation; "
            "pass e.g. account_list.sync (call) or account_list.asyncio (acall)"
        )
    return get_kwargs, parse_response


def _prepare(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, dict[str, Any], Callable[..., Any], str]:
    get_kwargs, parse_response = _endpoint(operation)
    if args:
        raise errors.ConfigurationError("generated operations take keywords only: client=, body=, name= …")
    client = kwargs.pop("client", None)
    if client is None:
        raise errors.ConfigurationError("client= is required (the generated client from auth.client())")
    try:
        request = get_kwargs(**kwargs)
    except (TypeError, AttributeError, ValueError, KeyError) as exc:  # a wrong keyword, a half-built body
        raise errors.ConfigurationError(
            f"the request for {getattr(operation, '__module__', '?')} cannot be built: {type(exc).__name__}: {exc}"
        ) from None
    name = f"{str(request['method']).upper()} {request['url']}"
    return client, request, parse_response, name


def _answer(
    response: httpx.Response, parse_response: Any, client: Any, name: str, settings: APISettings, retriable: bool
) -> Any:
    try:
        return _mapping.parse(response, parse_response, client, name, settings)
    except _mapping.Failure as failure:
        # The vendor answered, so a non-idempotent request reached it: never sent twice.
        failure.transient = failure.transient and retriable
        raise


def _next_wait(failure: _mapping.Failure, attempt: int, settings: APISettings, deadline: Deadline) -> float:
    """Seconds to wait before the next attempt, or raise the failure's error."""
    policy = settings.retry
    if not (failure.transient and attempt < policy.max_attempts):
        raise failure.error from None
    delay = policy.delay(attempt, failure.error.retry_after, settings.rng)
    if delay is None or not deadline.allows(delay):
        raise failure.error from None
    error = failure.error
    emit(
        settings.on_event,
        RetryScheduled(
            settings.provider or "unknown", settings.environment, attempt, delay, error.error_code, error.status_code
        ),
    )
    return delay


def call(operation: Callable[P, R | None], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """``call(account_list.sync, client=api)`` → ``list[Account]``, or one ``APIError``.

    ``TokenError`` (no token could be had) and ``ConfigurationError`` pass through: both are
    ``AuthOverlayError`` too. Nothing else escapes. A retry's socket timeouts are clamped to
    what is left of the deadline (httpx's timeouts are per operation, not per request).
    """
    client, request, parse_response, name = _prepare(operation, args, dict(kwargs))
    settings = settings_for(client)
    retriable = str(request["method"]).upper() in IDEMPOTENT
    deadline = Deadline.after(settings.retry.deadline, settings.clock.monotonic)
    http = client.get_httpx_client()
    attempt = 0
    while True:
        attempt += 1
        try:
            try:
                if attempt == 1:
                    response = http.request(**request)
                else:
                    response = http.request(**request, timeout=_clamped(http.timeout, deadline.remaining()))
            except httpx.HTTPError as exc:
                raise _connect(exc, name, settings, retriable) from None
            return cast(R, _answer(response, parse_response, client, name, settings, retriable))
        except _mapping.Failure as failure:
            settings.clock.sleep(_next_wait(failure, attempt, settings, deadline))


async def acall(operation: Callable[P, Awaitable[R | None]], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """``await acall(account_list.asyncio, client=api)``: as :func:`call`, without blocking the loop.

    Each attempt is also bounded by what is left of the deadline (``APITimeoutError``).
    """
    client, request, parse_response, name = _prepare(operation, args, dict(kwargs))
    settings = settings_for(client)
    retriable = str(request["method"]).upper() in IDEMPOTENT
    deadline = Deadline.after(settings.retry.deadline, settings.clock.monotonic)
    http = client.get_async_httpx_client()
    attempt = 0
    while True:
        attempt += 1
        try:
            try:
                async with asyncio.timeout(max(deadline.remaining(), 0.0)):
                    response = await http.request(**request)
            except httpx.HTTPError as exc:
                raise _connect(exc, name, settings, retriable) from None
            except TimeoutError:
                error = errors.APITimeoutError(
                    f"{name}: the call's deadline passed", operation=name, provider=settings.provider
                )
                raise _mapping.Failure(error, transient=False) from None
            return cast(R, _answer(response, parse_response, client, name, settings, retriable))
        except _mapping.Failure as failure:
            await settings.clock.asleep(_next_wait(failure, attempt, settings, deadline))


def _clamped(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    left = max(remaining, 0.001)

    def clamp(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=clamp(timeout.connect), read=clamp(timeout.read), write=clamp(timeout.write), pool=clamp(timeout.pool)
    )


def _connect(exc: Exception, name: str, settings: APISettings, retriable: bool) -> _mapping.Failure:
    failure = _mapping.transport_failure(exc, name, settings)
    # A non-idempotent request is retried only when it surely never left this process.
    failure.transient = failure.transient and (retriable or _mapping.never_sent(exc))
    return failure
