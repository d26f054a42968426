"""What is being asked of a token endpoint: the credentials and the grant."""

from __future__ import annotations

import attrs

from auth_overlay._core._secret import Secret


def _secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


@attrs.frozen
class UserLogin:
    """A user's login for vendors that open sessions with a password (Tradovate)."""

    username: str
    password: Secret = attrs.field(converter=_secret)
    app_id: str | None = None
    app_version: str | None = None
    device_id: str | None = None


@attrs.frozen
class Credentials:
    """The client's identity. ``repr`` shows the id, never the secret."""

    client_id: str
    client_secret: Secret
    scope: str | None = None
    user: UserLogin | None = None


@attrs.frozen
class ClientCredentialsGrant:
    """RFC 6749 §4.4: the client authenticates as itself."""

    kind = "client_credentials"


@attrs.frozen
class AuthorizationCodeGrant:
    """RFC 6749 §4.1.3: exchange a one-time code from the user's redirect."""

    code: Secret = attrs.field(converter=_secret)
    redirect_uri: str | None = None
    kind = "authorization_code"


@attrs.frozen
class RefreshTokenGrant:
    """RFC 6749 §6: trade a refresh token for a new access token (maybe a new refresh token too)."""

    refresh_token: Secret = attrs.field(converter=_secret)
    kind = "refresh_token"


@attrs.frozen
class LoginGrant:
    """Open a new session with the user's name and password (Tradovate's access-token request)."""

    kind = "access_token_request"


@attrs.frozen
class RenewGrant:
    """Extend the current session with its still-valid access token (Tradovate's renewal)."""

    access_token: Secret = attrs.field(converter=_secret)
    kind = "renew_access_token"


#: what a user may start from (``grant=``); client credentials is the default where the vendor allows it
StartGrant = ClientCredentialsGrant | AuthorizationCodeGrant | RefreshTokenGrant | UserLogin

Grant = ClientCredentialsGrant | AuthorizationCodeGrant | RefreshTokenGrant | LoginGrant | RenewGrant
