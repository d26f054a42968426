"""API calls that return the parsed model or raise exactly one ``auth_overlay.errors.APIError``.

::

    from tradovate_client.api.accounting import account_list
    from auth_overlay import api

    accounts = api.call(account_list.sync, client=client)            # list[Account]
    accounts = await api.acall(account_list.asyncio, client=client)  # the same, async

The generated ``account_list.sync_detailed(client=client)`` path is untouched: it returns the
generator's ``Response`` and raises what httpx and the models raise. See ``_call`` for the
retry rules and ``_drift`` for the drift sentinel.
"""

from auth_overlay._core._policy import RetryPolicy

from ._call import IDEMPOTENT, acall, call
from ._drift import DRIFT_LOG_ENV, seen
from ._settings import DEFAULT_API_RETRY, NO_API_RETRY

__all__ = ["DEFAULT_API_RETRY", "DRIFT_LOG_ENV", "IDEMPOTENT", "NO_API_RETRY", "RetryPolicy", "acall", "call", "seen"]
