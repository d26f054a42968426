"""Who the sandbox knows: the primary client of each vendor, named users (tenants), redirect URIs."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._models import Provider, VendorCredentials

DEFAULT_CREDENTIALS: Mapping[Provider, VendorCredentials] = {
    "tradevest": VendorCredentials(
        client_id="sandbox-tradevest-client",
        client_secret="sandbox-tradevest-secret",
    ),
    # The secret holds colons on purpose: RFC 7617 splits at the first one only.
    "alternative_payments": VendorCredentials(
        client_id="sandbox-ap-client",
        client_secret="sandbox:ap:secret",
    ),
    "tradovate": VendorCredentials(
        client_id="4242",
        client_secret="sandbox-tradovate-secret",
        username="sandbox-trader",
        password="sandbox-password",
    ),
}


_USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def user_credentials(name: str, number: int) -> dict[Provider, VendorCredentials]:
    """Named user (tenant) ``number`` (1, 2, …): a client at every vendor, and a Tradovate login
    with its own API key, account, orders and session limit. Predictable, like the primary's,
    and printed by ``auth-overlay sandbox`` at start."""
    if not _USER_NAME.fullmatch(name):
        raise ValueError(f"a user name is 1-64 letters, digits, '.', '_' or '-' (first a letter or digit): {name!r}")
    return {
        "tradevest": VendorCredentials(f"sandbox-tradevest-{name}", f"sandbox-tradevest-{name}-secret"),
        "alternative_payments": VendorCredentials(f"sandbox-ap-{name}", f"sandbox:ap:{name}:secret"),
        "tradovate": VendorCredentials(
            client_id=str(int(DEFAULT_CREDENTIALS["tradovate"].client_id) + number),
            client_secret=f"sandbox-tradovate-{name}-secret",
            username=name,
            password=f"{name}-password",
        ),
    }


# Where the OAuth authorize step may send a code unless told otherwise; on loopback any port
# is accepted (RFC 8252 section 7.3), so a local app's callback on a free port works.
DEFAULT_REDIRECT_URIS: tuple[str, ...] = ("http://127.0.0.1/callback", "http://localhost/callback")
