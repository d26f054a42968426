"""The token value every vendor's answer is normalised into."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from auth_overlay._core._secret import fingerprint as _fingerprint


class UnusableTokenError(ValueError):
    """A token value that must not be used; the message names the field, never the value."""


def check_header_token(value: object, field: str) -> str:
    """The one check every token passes, fresh from a vendor or read from a cache.

    A token travels in an HTTP header (``Authorization: Bearer …``) or a socket message, so it
    must be a non-empty ASCII string without whitespace or control characters: a CR/LF in a
    stored token would otherwise break (or inject into) every request that carries it.
    """
    if not isinstance(value, str) or not value:
        raise UnusableTokenError(f"the {field} is missing or not a string")
    if not (value.isascii() and value.isprintable()) or any(ch.isspace() for ch in value):
        raise UnusableTokenError(f"the {field} holds characters a header cannot carry")
    return value


def _access_token(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    check_header_token(value, "access token")


def _optional_token(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        check_header_token(value, attribute.name.replace("_", " "))


def _token_type(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    # Only bearer tokens are issued by the overlay's vendors; a stored "Bearer\r\nX: y" must not pass.
    if value != "Bearer":
        raise UnusableTokenError("the token type is not Bearer")


def _scope(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.isprintable()):
        raise UnusableTokenError("the scope is not printable text")


def _extras(instance: object, attribute: attrs.Attribute[Mapping[str, Any]], value: Mapping[str, Any]) -> None:
    md = value.get("md_access_token")
    if md is not None:
        check_header_token(md, "market-data token")


def _utc(value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise UnusableTokenError("Token times must be timezone-aware datetimes")
    return value.astimezone(UTC)


def _plain_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@attrs.frozen(repr=False)
class Token:
    """An access token. ``repr`` and ``str`` show its fingerprint, never the token.

    Every instance is valid by construction (``check_header_token`` and friends run in
    ``__init__``), so a fresh answer and a cache entry go through one validation path:
    ``UnusableTokenError`` (a ``ValueError``) otherwise.

    ``expires_at`` is absolute and timezone-aware (UTC), so a token stored by one host
    means the same moment on another. ``extras`` keeps vendor fields that matter to a
    caller (Tradovate's ``md_access_token`` for the market-data socket, ``user_id`` …).
    """

    access_token: str = attrs.field(validator=_access_token)
    expires_at: datetime = attrs.field(converter=_utc)
    issued_at: datetime = attrs.field(converter=_utc)
    token_type: str = attrs.field(default="Bearer", validator=_token_type)
    scope: str | None = attrs.field(default=None, validator=_scope)
    refresh_token: str | None = attrs.field(default=None, validator=_optional_token)
    extras: Mapping[str, Any] = attrs.field(factory=dict, converter=_plain_dict, validator=_extras)

    def __attrs_post_init__(self) -> None:
        if self.expires_at <= self.issued_at:
            raise UnusableTokenError("the token expires before it was issued")

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
        """Rebuild a token from ``to_record``; raises ValueError/TypeError/KeyError on junk.

        The constructor validates it exactly as it validates a fresh one.
        """
        access = record["access_token"]
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
            expires_at=_instant(record["expires_at"]),
            issued_at=_instant(record["issued_at"]),
            scope=scope,
            refresh_token=refresh,
            extras=extras,
        )


def _instant(value: object) -> datetime:
    if not isinstance(value, str):
        raise TypeError("a stored time is not a string")
    return datetime.fromisoformat(value)
