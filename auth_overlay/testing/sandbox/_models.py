"""Values the sandbox hands out and takes in: credentials, recorded requests, canned answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeGuard
from urllib.parse import parse_qs

Provider = Literal["alternative_payments", "tradevest", "tradovate"]

PROVIDERS: Final[tuple[Provider, ...]] = ("alternative_payments", "tradevest", "tradovate")


def is_provider(name: str) -> TypeGuard[Provider]:
    return name in PROVIDERS


def check_provider(name: str) -> Provider:
    if not is_provider(name):
        raise ValueError(f"unknown provider {name!r}; expected one of {', '.join(PROVIDERS)}")
    return name


@dataclass(frozen=True, slots=True)
class VendorCredentials:
    """One client registered at a vendor sandbox.

    ``client_id``/``client_secret`` are what every vendor checks (for Tradovate they are
    the API key's ``cid``/``sec`` and, equally, the OAuth client). ``username``/``password``
    are the Tradovate user's login for ``/auth/accesstokenrequest``. ``scopes`` limits the
    Tradevest ``scope`` parameter (``None`` accepts any). ``authorized=False`` makes a
    client that authenticates but may not use the grant (Tradevest ``unauthorized_client``).
    """

    client_id: str
    client_secret: str = field(repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    scopes: tuple[str, ...] | None = None
    authorized: bool = True


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A request exactly as it reached the sandbox (header names lower-cased)."""

    provider: Provider
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float

    def json(self) -> Any:
        """The body decoded as JSON (raises ``ValueError`` when it is not)."""
        return json.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        """The body decoded as ``application/x-www-form-urlencoded``."""
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)


@dataclass(frozen=True, slots=True)
class CannedResponse:
    """An HTTP answer: what vendor handlers produce and what ``respond_with`` callables return.

    ``content_type=None`` sends no ``Content-Type`` header at all.
    """

    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def json(
        cls,
        status: int,
        payload: object,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> CannedResponse:
        return cls(
            status=status,
            body=json.dumps(payload).encode("utf-8"),
            content_type="application/json",
            headers=tuple((headers or {}).items()),
        )


@dataclass(frozen=True, slots=True)
class TradovateStats:
    """Counters of the Tradovate session endpoints since start or the last ``reset_counters``.

    ``logins`` counts every access-token request (penalised and failed ones too);
    ``renewals`` counts successful renewals, ``renewals_rejected`` the refused ones.
    ``max_concurrent_sessions_seen`` is the largest number of live sessions one user held
    at once after the session limit was applied: 1 for a client that shares one session.
    """

    logins: int = 0
    renewals: int = 0
    renewals_rejected: int = 0
    sessions_opened: int = 0
    max_concurrent_sessions_seen: int = 0
    sessions_closed_by_limit: int = 0
    penalty_tickets_issued: int = 0
    oauth_token_requests: int = 0
