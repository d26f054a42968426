"""Testing aids for code that uses auth-overlay: the sandbox, a fake clock, in-process transports.

``auth_overlay.testing.sandbox``        a local HTTP server emulating every vendor;
``auth_overlay.testing.pytest_plugin``  fixtures (registered by entry point);
``FakeClock``                           time that moves only when a test says so.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from auth_overlay._front._auth import TokenAuth
from auth_overlay.testing._clock import FakeClock
from auth_overlay.vendors import get_profile

__all__ = ["FakeClock", "mock_token_transport", "sandbox_token_auth"]

_CALLBACK = "https://app.example/callback"
_START_OPTIONS = frozenset({"grant", "code", "refresh_token", "username"})


def sandbox_token_auth(sandbox: Any, provider: str, **options: Any) -> TokenAuth[Any]:
    """A ``TokenAuth`` for ``provider`` pointed at a running ``auth_overlay.testing.sandbox.Sandbox``.

    A vendor that cannot start from client credentials starts from a fresh authorization code.
    Tradovate's socket URLs are filled in when the sandbox's sockets run (``sandbox.sockets``).
    """
    creds = sandbox.credentials(provider)
    if not get_profile(provider).client_credentials and not _START_OPTIONS & options.keys():
        options["code"] = sandbox.issue_authorization_code(_CALLBACK)
        options["redirect_uri"] = _CALLBACK
    options.setdefault("client_id", creds.client_id)
    options.setdefault("client_secret", creds.client_secret)
    options.setdefault("base_url", sandbox.base_url(provider))
    if provider == "tradovate" and getattr(sandbox, "sockets_running", False) and "endpoint" not in options:
        # Tradovate's sockets, once the sandbox runs them (``sandbox.sockets`` starts them)
        options.setdefault("websocket_url", sandbox.websocket_url())
        options.setdefault("market_data_url", sandbox.market_data_url())
        options.setdefault("replay_url", sandbox.replay_url())
    return TokenAuth.for_provider(provider, **options)


def mock_token_transport(
    handler: Callable[[httpx.Request], httpx.Response] | None = None, *, lifetime: int = 3600
) -> httpx.MockTransport:
    """In-process answers: every token endpoint gets a fresh token — OAuth2 ones (form or JSON
    body, ``.../token``, ``.../oauthtoken``) in the OAuth2 shape, Tradovate's session endpoints
    (``/auth/accesstokenrequest``, ``/auth/renewaccesstoken``) in theirs (``accessToken``,
    ``mdAccessToken``, ``expirationTime``); anything else goes to ``handler`` (default: 200
    ``{"ok": true}`` when a bearer token is sent, else 401)."""
    counter = itertools.count(1)

    def respond(request: httpx.Request) -> httpx.Response:
        path = request.url.path.lower()
        if path.endswith(("/token", "/oauthtoken")):
            access, n = _fresh(counter)
            body = {"access_token": access, "token_type": "Bearer", "expires_in": lifetime, "refresh_token": f"r{n}"}
            return _json(body)
        if path.endswith(("/auth/accesstokenrequest", "/auth/renewaccesstoken")):
            access, n = _fresh(counter)
            expires = datetime.now(UTC) + timedelta(seconds=lifetime)
            body = {
                "accessToken": access,
                "mdAccessToken": f"md{access}",
                "expirationTime": expires.isoformat().replace("+00:00", "Z"),
                "userStatus": "Active",
                "userId": 1,
                "name": "mock-user",
                "hasLive": False,
            }
            return _json(body)
        if handler is not None:
            return handler(request)
        if request.headers.get("authorization", "").startswith("Bearer "):
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(401, json={"error": "unauthorized"})

    return httpx.MockTransport(respond)


def _fresh(counter: Iterator[int]) -> tuple[str, int]:
    n = next(counter)
    return hashlib.sha256(f"mock-{n}".encode()).hexdigest()[:40], n


def _json(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
