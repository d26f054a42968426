"""A local vendor sandbox: real HTTP emulating Tradevest, Alternative Payments and Tradovate.

Standard library only (``http.server``), so it ships inside the package::

    from auth_overlay.testing.sandbox import Fault, Sandbox

    with Sandbox(token_lifetime={"tradevest": 0.5}) as sb:
        sb.add_fault("tradevest", Fault.rate_limited("1"))
        ...  # point a client at sb.base_url("tradevest"); assert on sb.requests("tradevest")

Which inputs produce which documented answer:

=====================  ==============================================================
Tradevest 400          ``invalid_request``: not a form / missing or empty field /
                       repeated field; ``invalid_client``: unknown id or wrong secret;
                       ``unsupported_grant_type``: e.g. ``password``;
                       ``unauthorized_client``: a client registered ``authorized=False``;
                       ``invalid_grant``: ``refresh_token`` or ``authorization_code``;
                       (``invalid_scope``, outside the spec: scope not in ``scopes``)
Alternative Payments   403 ``{"message": "Invalid credentials"}``: missing/non-Basic/bad
                       base64/non-UTF-8/colon-less header, wrong id or secret;
                       400 ``{"error": {"message"}}``: not a form, grant not client_credentials
Tradovate OAuth        HTTP 200 ``{"error", "error_description"}``: ``invalid_request``,
                       ``unsupported_grant_type``, ``invalid_client``, ``invalid_grant``
                       (unknown/used/expired code, redirect_uri mismatch, spent refresh)
Tradovate sessions     HTTP 200 ``errorText`` (wrong name/password, wrong cid/sec) or
                       ``p-ticket`` (``Sandbox.tradovate_penalty``); dead bearer on
                       renew/me: 401 ``{"errorText": "Access is denied"}``
Tradovate API          a stateful slice (accounts, contracts, orders, positions, cash
                       balance) with in-band ``failureReason``/``errorText`` refusals;
                       every other operation of the spec: 501 naming it
=====================  ==============================================================

Details live in the vendor modules' docstrings (``_tradevest``, ``_alternative_payments``,
``_tradovate``, ``_tradovate_api``) and in :class:`Fault`.
"""

from ._cli import serve
from ._faults import Fault
from ._models import (
    PROVIDERS,
    CannedResponse,
    RecordedRequest,
    TradovateStats,
    VendorCredentials,
)
from ._sandbox import Sandbox

__all__ = [
    "PROVIDERS",
    "CannedResponse",
    "Fault",
    "RecordedRequest",
    "Sandbox",
    "TradovateStats",
    "VendorCredentials",
    "serve",
]
