"""API calls that return the parsed model or raise exactly one ``AuthOverlayError``.

The generated operations are the call path; a client from ``auth.client()`` carries a
:class:`CallGuard` as its ``call_hook``, which their ``sync()``/``asyncio()`` hand every call to::

    from tradovate_client.api.accounting import account_list

    api = auth.client()
    accounts = account_list.sync(client=api)            # list[Account], or one AuthOverlayError
    accounts = await account_list.asyncio(client=api)   # the same, async

``APIError`` (its subclasses by status, in-band refusal, contract violation, transport
failure), ``TokenError`` (no token could be had) or ``ConfigurationError`` (a request that
cannot be built, a closed client): nothing else escapes. The generated
``account_list.sync_detailed(client=api)`` path is untouched: it returns the generator's
``Response`` and raises what httpx and the models raise.

Internal entry points for calls that do not travel over HTTP (Tradovate's sockets, which
mirror the REST API): ``_request.describe(module, kwargs)`` → the request's method, path,
query and body; ``_mapping.parse_answer(module, client, status, body, settings)`` → the model
or one raised ``APIError``, with the same in-band checks, drift sentinel and scrubbing.
"""

from auth_overlay._core._policy import RetryPolicy

from ._call import IDEMPOTENT, CallGuard
from ._drift import DRIFT_LOG_ENV, seen
from ._settings import DEFAULT_API_RETRY, DEFAULT_MAX_ANSWER_BYTES, NO_API_RETRY

__all__ = [
    "DEFAULT_API_RETRY",
    "DEFAULT_MAX_ANSWER_BYTES",
    "DRIFT_LOG_ENV",
    "IDEMPOTENT",
    "NO_API_RETRY",
    "CallGuard",
    "RetryPolicy",
    "seen",
]
