"""Which grant a fetch uses, what to try when it is refused, and the fetch itself as a flow."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

import attrs

from auth_overlay import errors
from auth_overlay._core._deadline import Deadline
from auth_overlay._core._grants import ClientCredentialsGrant, Grant, LoginGrant, RefreshTokenGrant, RenewGrant
from auth_overlay._core._secret import Secret
from auth_overlay._core._token import Token
from auth_overlay._flow._effects import Flow
from auth_overlay._flow._fetch import Fetcher
from auth_overlay.events import EventHook, TokenAcquired, emit


class GrantSource(Protocol):
    """Which grant the next fetch uses, and what to try when it is refused."""

    def next(self, previous: Token | None, now: datetime) -> Grant: ...

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None: ...

    def finish(self, grant: Grant, token: Token | None) -> Token | None: ...


@attrs.define
class OAuthGrants:
    """Refresh token when there is one; else the user's one-time start; else client credentials."""

    initial: Grant | None
    client_credentials: bool
    spent: bool = False

    def next(self, previous: Token | None, now: datetime) -> Grant:
        if previous is not None and previous.refresh_token:
            return RefreshTokenGrant(Secret(previous.refresh_token))
        if self.initial is not None and not self.spent:
            return self.initial
        if self.client_credentials:
            return ClientCredentialsGrant()
        raise errors.InvalidGrantError(
            "no refresh token is left and the one-time grant is spent: start again with a new authorization code"
        )

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None:
        # A spent or expired refresh token: start over from the client's own credentials.
        if (
            isinstance(grant, RefreshTokenGrant)
            and isinstance(error, errors.InvalidGrantError)
            and self.client_credentials
        ):
            return ClientCredentialsGrant()
        return None

    def finish(self, grant: Grant, token: Token | None) -> Token | None:
        if grant is self.initial:
            self.spent = True  # one-time codes are single use, even when refused
        if token is not None and isinstance(grant, RefreshTokenGrant) and token.refresh_token is None:
            # RFC 6749 §6: no new refresh token means the old one stays valid.
            return attrs.evolve(token, refresh_token=grant.refresh_token.reveal())
        return token


class SessionGrants:
    """Renew the session while its token is valid; log in only after expiry or a refused renewal."""

    def next(self, previous: Token | None, now: datetime) -> Grant:
        if previous is not None and not previous.is_expired(now):
            return RenewGrant(Secret(previous.access_token))
        return LoginGrant()

    def fallback(self, grant: Grant, error: errors.TokenError) -> Grant | None:
        if isinstance(grant, RenewGrant) and not error.retryable:
            return LoginGrant()
        return None

    def finish(self, grant: Grant, token: Token | None) -> Token | None:
        return token


def fetch_with_grants(
    fetcher: Fetcher, grants: GrantSource, previous: Token | None, on_event: EventHook | None
) -> Flow[Token]:
    """Fetch with the next grant, and once with its fallback; one deadline for both."""
    now = fetcher.now()
    grant = grants.next(previous, now)
    token: Token | None = None
    # One deadline for the flight, fallback grant included, so it ends within its lease.
    deadline = Deadline.after(fetcher.retry.deadline, fetcher.clock.monotonic)
    try:
        try:
            token = yield from fetcher.fetch(grant, deadline)
        except errors.TokenError as exc:
            fallback = grants.fallback(grant, exc)
            if fallback is None:
                raise
            grants.finish(grant, None)
            grant = fallback
            token = yield from fetcher.fetch(grant, deadline)
    finally:
        token = grants.finish(grant, token)
    assert token is not None
    acquired = TokenAcquired(
        fetcher.provider,
        fetcher.environment,
        token.fingerprint,
        token.expires_in(fetcher.now()),
        grant.kind,
        "endpoint",
    )
    emit(on_event, acquired)
    return token
