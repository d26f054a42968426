"""Per-client settings of the call layer: who the vendor is, where events go, how to retry.

``TokenAuth.client(retry=...)`` registers them for the client it builds. A client built any
other way (or copied by ``with_headers``/``with_timeout``, which make a new instance) gets
settings derived from the ``TokenAuth`` in its ``httpx_args``, or plain defaults.
"""

from __future__ import annotations

import random
import threading
import weakref
from typing import Any

import attrs

from auth_overlay._core._clock import SYSTEM_CLOCK, Clock
from auth_overlay._core._policy import RetryPolicy
from auth_overlay.events import EventHook

#: On by default, conservative: 3 attempts, waits of at most 2 s (a vendor's Retry-After up to
#: 10 s is honoured), all within 15 s. Only idempotent operations retry (see ``_call``).
DEFAULT_API_RETRY = RetryPolicy(max_attempts=3, base_delay=0.25, max_delay=2.0, deadline=15.0, retry_after_cap=10.0)
#: ``retry=False``: one attempt.
NO_API_RETRY = RetryPolicy(max_attempts=1)


@attrs.frozen
class APISettings:
    provider: str | None
    environment: str | None = None
    on_event: EventHook | None = None
    clock: Clock = SYSTEM_CLOCK
    retry: RetryPolicy = DEFAULT_API_RETRY
    rng: random.Random = attrs.field(factory=random.Random, eq=False)


def as_retry_policy(retry: RetryPolicy | bool | None) -> RetryPolicy:
    if retry is None or retry is True:
        return DEFAULT_API_RETRY
    if retry is False:
        return NO_API_RETRY
    if not isinstance(retry, RetryPolicy):
        from auth_overlay import errors

        raise errors.ConfigurationError("retry= must be a RetryPolicy, True, False or None")
    return retry


# Generated clients are attrs classes with eq=True, so unhashable: keyed by id, with a weak
# reference whose callback drops the entry when the client is collected.
_registry: dict[int, tuple[weakref.ref[Any], APISettings]] = {}
_lock = threading.Lock()


def register(client: Any, settings: APISettings) -> None:
    key = id(client)

    def forget(_: weakref.ref[Any]) -> None:
        with _lock:
            entry = _registry.get(key)
            if entry is not None and entry[0]() is None:
                del _registry[key]

    with _lock:
        _registry[key] = (weakref.ref(client, forget), settings)


def settings_for(client: Any) -> APISettings:
    """The client's settings; derived once and remembered for a client nobody registered."""
    entry = _registry.get(id(client))
    if entry is not None and entry[0]() is client:
        return entry[1]
    auth = getattr(client, "_httpx_args", {}).get("auth")
    derive = getattr(auth, "api_settings", None)
    if callable(derive):
        settings: APISettings = derive(None)
    else:
        package = type(client).__module__.partition(".")[0]
        settings = APISettings(provider=package.removesuffix("_client") or None)
    register(client, settings)
    return settings
