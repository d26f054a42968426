"""The sandbox as a server: URLs, protected endpoints, revocation, lifetimes, counters, lifecycle."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable

import httpx
import pytest

from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import PROVIDERS, Fault, Sandbox, VendorCredentials

from . import one_shot


def get_token(sb: Sandbox, provider: str) -> str:
    """A fresh access token from ``provider``'s sandbox endpoint, by the vendor's own rules."""
    creds = sb.credentials(provider)
    if provider == "tradevest":
        response = one_shot.post(
            sb.token_url(provider),
            data={
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
                "grant_type": "client_credentials",
            },
        )
        return str(response.json()["access_token"])
    if provider == "alternative_payments":
        response = one_shot.post(
            sb.token_url(provider),
            data={"grant_type": "client_credentials"},
            auth=(creds.client_id, creds.client_secret),
        )
        return str(response.json()["access_token"])
    response = one_shot.post(
        sb.token_url(provider),
        json={
            "grant_type": "authorization_code",
            "code": sb.issue_authorization_code(),
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
        },
    )
    return str(response.json()["access_token"])


def whoami(sb: Sandbox, provider: str, token: str | None, **headers: str) -> httpx.Response:
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return one_shot.get(sb.api_url(provider), headers=headers)


def test_urls_follow_the_vendor_layouts(sandbox: Sandbox) -> None:
    base = f"http://127.0.0.1:{sandbox.port}"
    assert sandbox.url == base
    assert sandbox.token_url("tradevest") == f"{base}/tradevest/oauth2/token"
    assert sandbox.token_url("alternative_payments") == f"{base}/alternative_payments/oauth/token"
    assert sandbox.token_url("tradovate") == f"{base}/tradovate/v1/auth/oauthtoken"
    assert sandbox.base_url("tradevest") == f"{base}/tradevest"
    assert sandbox.base_url("alternative_payments") == f"{base}/alternative_payments"
    assert sandbox.base_url("tradovate") == f"{base}/tradovate/v1"
    assert sandbox.api_url("tradovate") == f"{base}/tradovate/api/whoami"
    with pytest.raises(ValueError, match="unknown provider"):
        sandbox.token_url("stripe")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_protected_endpoint_accepts_only_live_tokens_of_its_provider(sandbox: Sandbox, provider: str) -> None:
    token = get_token(sandbox, provider)
    response = whoami(sandbox, provider, token)
    assert response.status_code == 200
    assert response.json()["provider"] == provider
    assert response.json()["token_fingerprint"] == Sandbox.fingerprint(token)
    assert whoami(sandbox, provider, None).status_code == 401
    assert whoami(sandbox, provider, token + "x").status_code == 401
    other = next(p for p in PROVIDERS if p != provider)
    assert whoami(sandbox, other, token).status_code == 401


@pytest.mark.parametrize(
    ("provider", "body"),
    [
        ("tradevest", {"error": "invalid_token", "error_description": "missing, expired or revoked token"}),
        ("alternative_payments", {"error": {"message": "Unauthorized"}}),
        ("tradovate", {"errorText": "Access is denied"}),
    ],
)
def test_revoked_tokens_get_the_vendors_401(sandbox: Sandbox, provider: str, body: object) -> None:
    token = get_token(sandbox, provider)
    assert sandbox.revoke_tokens(provider) == 1
    response = whoami(sandbox, provider, token)
    assert response.status_code == 401
    assert response.json() == body
    assert whoami(sandbox, provider, get_token(sandbox, provider)).status_code == 200


def test_tradevest_protected_endpoint_echoes_requestor_id(sandbox: Sandbox) -> None:
    token = get_token(sandbox, "tradevest")
    response = whoami(sandbox, "tradevest", token, **{"Requestor-ID": "3f1c-uuid"})
    assert response.json()["requestor_id"] == "3f1c-uuid"
    assert response.headers["requestor-id"] == "3f1c-uuid"
    assert whoami(sandbox, "tradevest", token).json()["requestor_id"] is None


def test_tradevest_401_names_the_bearer_scheme(sandbox: Sandbox) -> None:
    response = whoami(sandbox, "tradevest", "nope")
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_short_lifetimes_expire(make_sandbox: Callable[..., Sandbox]) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic)
    for provider in PROVIDERS:
        sandbox.set_token_lifetime(provider, 0.6)
    tokens = {provider: get_token(sandbox, provider) for provider in PROVIDERS}
    assert {p: whoami(sandbox, p, t).status_code for p, t in tokens.items()} == dict.fromkeys(PROVIDERS, 200)
    clock.advance(0.65)
    assert {p: whoami(sandbox, p, t).status_code for p, t in tokens.items()} == dict.fromkeys(PROVIDERS, 401)


def test_expires_in_reports_the_configured_lifetime(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(token_lifetime={"tradevest": 0.5, "alternative_payments": 120})
    creds = sb.credentials("tradevest")
    form = {"client_id": creds.client_id, "client_secret": creds.client_secret, "grant_type": "client_credentials"}
    assert one_shot.post(sb.token_url("tradevest"), data=form).json()["expires_in"] == 1
    ap = sb.credentials("alternative_payments")
    answer = one_shot.post(
        sb.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        auth=(ap.client_id, ap.client_secret),
    ).json()
    assert answer["expires_in"] == 120
    assert sb.token_lifetime("tradovate") == 3600


def test_configured_credentials_replace_the_defaults(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(credentials={"alternative_payments": VendorCredentials("mine", "my:secret")})
    assert sb.credentials("alternative_payments") == VendorCredentials("mine", "my:secret")
    assert "my:secret" not in repr(sb.credentials("alternative_payments"))
    ok = one_shot.post(
        sb.token_url("alternative_payments"), data={"grant_type": "client_credentials"}, auth=("mine", "my:secret")
    )
    assert ok.status_code == 200
    default = one_shot.post(
        sb.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        auth=("sandbox-ap-client", "sandbox:ap:secret"),
    )
    assert default.status_code == 403


def test_alternative_payments_wrong_grant_is_a_400_error_envelope(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("alternative_payments")
    response = one_shot.post(
        sandbox.token_url("alternative_payments"),
        data={"grant_type": "password"},
        auth=(creds.client_id, creds.client_secret),
    )
    assert response.status_code == 400
    assert response.json() == {"error": {"message": "grant_type must be client_credentials"}}


def test_counters_and_recorded_requests(sandbox: Sandbox) -> None:
    get_token(sandbox, "tradevest")
    sandbox.add_fault("tradevest", Fault.status(503))
    one_shot.post(sandbox.token_url("tradevest"), data={"grant_type": "password"})
    one_shot.post(sandbox.token_url("tradevest"), content=b"junk", headers={"Content-Type": "text/plain"})
    whoami(sandbox, "tradevest", "x")
    assert sandbox.token_requests("tradevest") == 3
    assert sandbox.token_requests("alternative_payments") == 0
    recorded = sandbox.requests("tradevest")
    assert [(r.method, r.path) for r in recorded] == [
        ("POST", "/tradevest/oauth2/token"),
        ("POST", "/tradevest/oauth2/token"),
        ("POST", "/tradevest/oauth2/token"),
        ("GET", "/tradevest/api/whoami"),
    ]
    assert recorded[2].body == b"junk"
    assert recorded[2].headers["content-type"] == "text/plain"
    sandbox.reset_counters()
    assert sandbox.token_requests("tradevest") == 0
    assert sandbox.requests("tradevest") == []


def test_reset_forgets_tokens_faults_and_settings(sandbox: Sandbox) -> None:
    token = get_token(sandbox, "tradevest")
    sandbox.set_token_lifetime("tradevest", 5)
    sandbox.add_fault("tradevest", Fault.status(503, times=None))
    sandbox.reset()
    assert sandbox.requests("tradevest") == []
    assert sandbox.pending_faults("tradevest") == []
    assert sandbox.token_lifetime("tradevest") == 3600
    assert whoami(sandbox, "tradevest", token).status_code == 401


def test_unknown_paths_and_methods(sandbox: Sandbox) -> None:
    assert one_shot.get(f"{sandbox.url}/nowhere").status_code == 404
    assert one_shot.get(f"{sandbox.url}/tradevest/nowhere").status_code == 404
    assert one_shot.get(sandbox.token_url("tradevest")).status_code == 405


def test_chunked_request_bodies_are_read(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradevest")
    body = f"client_id={creds.client_id}&client_secret={creds.client_secret}&grant_type=client_credentials"

    def chunks() -> object:
        yield body[:10].encode()
        yield body[10:].encode()

    response = one_shot.post(
        sandbox.token_url("tradevest"),
        content=chunks(),  # type: ignore[arg-type]
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert sandbox.requests("tradevest")[0].headers["transfer-encoding"] == "chunked"


async def test_concurrent_async_clients_each_get_a_token(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("alternative_payments")
    async with httpx.AsyncClient(auth=(creds.client_id, creds.client_secret)) as client:
        responses = await asyncio.gather(
            *(
                client.post(sandbox.token_url("alternative_payments"), data={"grant_type": "client_credentials"})
                for _ in range(20)
            )
        )
    tokens = {r.json()["access_token"] for r in responses}
    assert len(tokens) == 20
    assert sandbox.token_requests("alternative_payments") == 20


# -- lifecycle -----------------------------------------------------------------------------


def test_stop_closes_the_listening_socket() -> None:
    sb = Sandbox().start()
    port = sb.port
    assert one_shot.get(f"{sb.url}/nowhere").status_code == 404
    sb.stop()
    assert not sb.running
    with pytest.raises(httpx.ConnectError):
        one_shot.get(f"http://127.0.0.1:{port}/nowhere")
    sb.stop()  # idempotent


def test_stop_ends_idle_keep_alive_connections_quickly() -> None:
    sb = Sandbox().start()
    with httpx.Client() as client:
        assert client.get(f"{sb.url}/nowhere").status_code == 404  # leaves a pooled connection
        started = time.monotonic()
        sb.stop()
        assert time.monotonic() - started < 1.0


def test_stop_interrupts_a_pending_latency_fault() -> None:
    sb = Sandbox().start()
    sb.add_fault("tradevest", Fault.latency(30))
    with socket.create_connection(("127.0.0.1", sb.port)) as raw:
        raw.sendall(b"POST /tradevest/oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        time.sleep(0.1)
        started = time.monotonic()
        sb.stop()
        assert time.monotonic() - started < 1.0
        raw.settimeout(1.0)
        assert raw.recv(100) == b""  # closed without an answer


def test_context_manager_and_restart() -> None:
    with Sandbox() as sb:
        assert sb.running
        first_url = sb.url
        assert one_shot.get(f"{first_url}/nowhere").status_code == 404
    assert not sb.running
    with sb:
        assert one_shot.get(f"{sb.url}/nowhere").status_code == 404
    with pytest.raises(RuntimeError):
        Sandbox().url  # noqa: B018


def test_starting_twice_is_an_error(sandbox: Sandbox) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        sandbox.start()
