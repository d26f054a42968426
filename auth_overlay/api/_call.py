"""The call hook: what a generated operation's ``sync()``/``asyncio()`` runs when its client
carries a :class:`CallGuard` (``auth.client()`` attaches one).

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
error is raised with ``retry_after``), and no wait starts that would end past ``deadline``,
which also bounds every attempt (``_send``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from types import ModuleType
from typing import Any

from auth_overlay._core._clock import SYSTEM_CLOCK, Clock
from auth_overlay._core._deadline import Deadline
from auth_overlay._core._policy import RetryPolicy
from auth_overlay.events import EventHook, RetryScheduled, emit

from . import _mapping, _send
from ._request import describe, operation_module
from ._settings import APISettings, as_answer_cap, as_retry_policy

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


def _endpoint(operation: Callable[..., Any]) -> tuple[Callable[..., dict[str, Any]], Callable[..., Any]]:
    """The generated module's ``_get_kwargs`` and ``_parse_response`` behind ``sync``/``asyncio``
    (a ``ConfigurationError`` for anything else)."""
    module = operation_module(operation)
    return module._get_kwargs, module._parse_response


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


def _answer(
    response: Any, operation: _mapping.Operation, client: Any, name: str, settings: APISettings, retriable: bool
) -> Any:
    """The model of one answer, or ``Failure`` (transient only when a retry may be sent).

    ``operation`` is the endpoint module, or a parse callable for answers that are not a
    generated operation's (the realtime layer's market-data acknowledgements)."""
    try:
        return _mapping.parse(response, operation, client, name, settings)
    except _mapping.Failure as failure:
        # The vendor answered, so a non-idempotent request reached it: never sent twice.
        failure.transient = failure.transient and retriable
        raise


class CallGuard:
    """The hook (``client.call_hook``) that makes ``op.sync(client=…)`` return the model or
    raise one ``AuthOverlayError``: retries, one deadline, a size cap, the drift sentinel.

    ``auth.client()`` attaches one built from the auth. For a generated client built by hand::

        client = AuthenticatedClient(base_url=…, token=…, call_hook=api.CallGuard("tradovate"))
    """

    __slots__ = ("settings",)

    def __init__(
        self,
        provider: str | None = None,
        *,
        environment: str | None = None,
        on_event: EventHook | None = None,
        retry: RetryPolicy | bool | None = None,
        max_answer_bytes: int | None = None,
        clock: Clock = SYSTEM_CLOCK,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = APISettings(
            provider=provider,
            environment=environment,
            on_event=on_event,
            clock=clock,
            retry=as_retry_policy(retry),
            max_answer_bytes=as_answer_cap(max_answer_bytes),
            rng=rng or random.Random(),
        )

    @classmethod
    def from_settings(cls, settings: APISettings) -> CallGuard:
        guard = cls.__new__(cls)
        guard.settings = settings
        return guard

    def __repr__(self) -> str:
        s = self.settings
        return f"CallGuard(provider={s.provider!r}, retry={s.retry!r}, max_answer_bytes={s.max_answer_bytes})"

    def sync(self, client: Any, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        settings = self.settings
        outgoing = describe(operation, arguments)
        name = outgoing.name
        retriable = outgoing.method in IDEMPOTENT
        deadline = Deadline.after(settings.retry.deadline, settings.clock.monotonic)
        http = _send.sync_http(client, name)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = _send.sync_attempt(http, outgoing, deadline, settings, retriable)
                return _answer(response, operation, client, name, settings, retriable)
            except _mapping.Failure as failure:
                settings.clock.sleep(_next_wait(failure, attempt, settings, deadline))

    async def asyncio(self, client: Any, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        settings = self.settings
        outgoing = describe(operation, arguments)
        name = outgoing.name
        retriable = outgoing.method in IDEMPOTENT
        deadline = Deadline.after(settings.retry.deadline, settings.clock.monotonic)
        attempt = 0
        while True:
            attempt += 1
            try:
                http = _send.async_http(client, name)
                response = await _send.async_attempt(http, outgoing, deadline, settings, retriable)
                return _answer(response, operation, client, name, settings, retriable)
            except _mapping.Failure as failure:
                await settings.clock.asleep(_next_wait(failure, attempt, settings, deadline))
