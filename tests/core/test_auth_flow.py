"""The httpx integration: bearer header, 401 → one refresh and one replay, 403 left alone."""

from __future__ import annotations

import httpx
import pytest

from auth_overlay import TokenAuth
from auth_overlay.events import Event, UnauthorizedReplay
from auth_overlay.testing.sandbox import Sandbox

from .conftest import make_auth


def test_api_calls_carry_the_bearer_token(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    with httpx.Client(auth=auth) as client:
        response = client.get(sandbox.api_url("tradevest"))
    assert response.status_code == 200
    sent = response.request.headers["authorization"]
    assert sent == f"Bearer {auth.get_token().access_token}"


def test_lowercase_bearer_from_the_vendor_is_sent_as_bearer(sandbox: Sandbox) -> None:
    # Alternative Payments' schema says token_type "bearer"; the header must say "Bearer".
    auth = make_auth(sandbox, "alternative_payments")
    with httpx.Client(auth=auth) as client:
        response = client.get(sandbox.api_url("alternative_payments"))
    assert response.request.headers["authorization"].startswith("Bearer ")
    assert response.status_code == 200


def test_a_401_refreshes_once_and_replays_once(sandbox: Sandbox) -> None:
    events: list[Event] = []
    auth = make_auth(sandbox, "tradevest", on_event=events.append)
    api = sandbox.api_url("tradevest")
    with httpx.Client(auth=auth) as client:
        first = client.get(api)
        old = auth.get_token()
        sandbox.revoke_tokens("tradevest")
        replayed = client.get(api)
    assert first.status_code == 200
    assert replayed.status_code == 200
    assert replayed.request.headers["authorization"] != f"Bearer {old.access_token}"
    assert sandbox.token_requests("tradevest") == 2
    replays = [e for e in events if isinstance(e, UnauthorizedReplay)]
    assert [(e.rejected_fingerprint, e.replayed) for e in replays] == [(old.fingerprint, True)]


def test_a_second_401_is_returned_not_looped(sandbox: Sandbox) -> None:
    calls = {"api": 0}

    def always_401(request: httpx.Request) -> httpx.Response:
        calls["api"] += 1
        return httpx.Response(401)

    auth = make_auth(sandbox, "tradevest")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(always_401)) as client:
        response = client.get("https://api.example/anything")
    assert response.status_code == 401
    assert calls["api"] == 2  # the original and exactly one replay
    assert sandbox.token_requests("tradevest") == 2


def test_a_403_does_not_refresh(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    forbidden = httpx.MockTransport(lambda request: httpx.Response(403))
    with httpx.Client(auth=auth, transport=forbidden) as client:
        assert client.get("https://api.example/x").status_code == 403
        assert client.get("https://api.example/x").status_code == 403
    assert sandbox.token_requests("tradevest") == 1


def test_a_streamed_body_is_not_replayed(sandbox: Sandbox) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return httpx.Response(401)

    def body() -> object:
        yield b"chunk-1"
        yield b"chunk-2"

    auth = make_auth(sandbox, "tradevest")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        response = client.post("https://api.example/upload", content=body())
    assert response.status_code == 401
    assert seen == [b"chunk-1chunk-2"]  # sent once, never replayed half-consumed


def test_invalidating_after_a_401_drops_only_the_rejected_token(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    manager = auth._manager
    old = auth.get_token()
    newer = manager.get_token(rejected=old)
    assert newer.fingerprint != old.fingerprint
    # A late 401 for the old token must not throw away the newer one.
    again = manager.get_token(rejected=old)
    assert again.fingerprint == newer.fingerprint
    assert sandbox.token_requests("tradevest") == 2


def test_invalidate_forces_a_new_token(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    first = auth.get_token()
    auth.invalidate()
    second = auth.get_token()
    assert first.fingerprint != second.fingerprint
    assert sandbox.token_requests("tradevest") == 2


def test_cached_token_is_reused(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "alternative_payments")
    fingerprints = {auth.get_token().fingerprint for _ in range(50)}
    assert len(fingerprints) == 1
    assert sandbox.token_requests("alternative_payments") == 1


@pytest.mark.parametrize("provider", ["tradevest", "alternative_payments", "tradovate"])
def test_generated_client_is_wired_with_the_auth_in_one_line(sandbox: Sandbox, provider: str) -> None:
    auth = make_auth(sandbox, provider, base_url=sandbox.base_url(provider), token_url=None)
    client = auth.client()
    assert type(client).__module__.startswith(f"{provider}_client")
    response = client.get_httpx_client().get(sandbox.api_url(provider))
    assert response.status_code == 200


def test_client_uses_the_environments_api_host() -> None:
    auth = TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", environment="pretest")
    client = auth.client()
    assert client._base_url == "https://tvda-api.platform-pretest.tradevest.ai"
    assert auth.token_url == "https://b2b.auth.platform-pretest.tradevest.ai/oauth2/token"
    prod = TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", environment="prod")
    assert prod.api_base_url == "https://tvda-api.platform-prod.tradevest.ai"
    assert prod.token_url == "https://b2b.auth.platform-prod.tradevest.ai/oauth2/token"


def test_requestor_id_never_reaches_the_token_endpoint(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    with httpx.Client(auth=auth, headers={"Requestor-ID": "3f1c2a40-0000-4000-8000-000000000001"}) as client:
        response = client.get(sandbox.api_url("tradevest"))
    assert response.status_code == 200
    assert response.request.headers["requestor-id"]
    token_requests = [r for r in sandbox.requests("tradevest") if r.path.endswith("/token")]
    assert token_requests
    assert all("requestor-id" not in r.headers for r in token_requests)
