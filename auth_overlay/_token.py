"""The token value every vendor's answer is normalised into."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from auth_overlay._secret import fingerprint as _fingerprint


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("Token times must be timezone-aware")
    return value.astimezone(UTC)


def _plain_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@attrs.frozen(repr=False)
class Token:
    """An access token. ``repr`` and ``str`` show its fingerprint, never the token.

    ``expires_at`` is absolute and timezone-aware (UTC), so a token stored by one host
    means the same moment on another. ``extras`` keeps vendor fields that matter to a
    caller (Tradovate's ``md_access_token`` for the market-data socket, ``user_id`` …).
    """

    access_token: str
    expires_at: datetime = attrs.field(converter=_utc)
    issued_at: datetime = attrs.field(converter=_utc)
    token_type: str = "Bearer"
    scope: str | None = None
    refresh_token: str | None = None
    extras: Mapping[str, Any] = attrs.field(factory=dict, converter=_plain_dict)

    @property
    def fingerprint(self) -> str:
        """Twelve hex digits of the token's SHA-256: safe to log, enough to tell tokens apart."""
        return _fingerprint(self.access_token)

    @property
    def lifetime(self) -> float:
        """Seconds between issue and expiry, as the vendor granted them."""
        return (self.expires_at - self.issued_at).total_seconds()

    @property
    def md_access_token(self) -> str | None:
        """Tradovate's market-data token, when the vendor sent one."""
        value = self.extras.get("md_access_token")
        return value if isinstance(value, str) else None

    def expires_in(self, now: datetime | None = None) -> float:
        return (self.expires_at - (now or datetime.now(UTC))).total_seconds()

    def is_expired(self, now: datetime | None = None) -> bool:
        return self.expires_in(now) <= 0

    @property
    def authorization(self) -> str:
        """The ``Authorization`` header value."""
        return f"{self.token_type} {self.access_token}"

    def __repr__(self) -> str:
        return (
            f"Token(fingerprint={self.fingerprint!r}, token_type={self.token_type!r}, "
            f"expires_at={self.expires_at.isoformat()!r}, scope={self.scope!r}, "
            f"refresh_token={'<set>' if self.refresh_token else None})"
        )

    __str__ = __repr__

    # --- persistence (shared caches). Lives here so every cache stores the same shape.

    def to_record(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_at": self.expires_at.isoformat(),
            "issued_at": self.issued_at.isoformat(),
            "scope": self.scope,
            "refresh_token": self.refresh_token,
            "extras": dict(self.extras),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Token:
        """Rebuild a token from ``to_record``; raises ValueError/TypeError/KeyError on junk."""
        access = record["access_token"]
        if not isinstance(access, str) or not access:
            raise ValueError("access_token")
        extras = record.get("extras") or {}
        if not isinstance(extras, dict):
            raise TypeError("extras")
        refresh = record.get("refresh_token")
        scope = record.get("scope")
        token_type = record.get("token_type", "Bearer")
        for name, value in (("refresh_token", refresh), ("scope", scope)):
            if value is not None and not isinstance(value, str):
                raise TypeError(name)
        if not isinstance(token_type, str):
            raise TypeError("token_type")
        return cls(
            access_token=access,
            token_type=token_type,
            expires_at=datetime.fromisoformat(record["expires_at"]),
            issued_at=datetime.fromisoformat(record["issued_at"]),
            scope=scope,
            refresh_token=refresh,
            extras=extras,
        )
