"""Issue 12, hostile vendors: each test names the attack it would catch (items 1, 2, 3, 6, 7).

Wire attacks run against real servers on 127.0.0.1 started and stopped by the test (the
sandbox, or a raw-socket server for what no HTTP framework would send); discovery is pure
logic and uses ``httpx.MockTransport``.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import auth_overlay as ao
from auth_overlay import RetryPolicy, TokenAuth
from auth_overlay.testing.sandbox import Fault, Sandbox
from auth_overlay.testing.sandbox._models import CannedResponse, RecordedRequest

from .conftest import FAST_RETRY, make_auth

pytestmark = pytest.mark.timeout(60)

# -- 1. a token endpoint that trickles its status line and headers -------------------------------

_TOKEN_BODY = json.dumps({"access_token": "trickled-token", "token_type": "Bearer", "expires_in": 300}).encode()


class TricklingServer:
    """Answers every request with a status line, then one header line every ``gap`` seconds.

    After ``lines`` header lines it completes a valid token answer, so a client that is not
    bounded by its deadline gets a token (after lines × gap seconds) instead of an error.
    ``finished`` counts answers sent to the end; ``abandoned`` those the client hung up on.
    """

    def __init__(self, lines: int = 60, gap: float = 0.1) -> None:
        self.lines, self.gap = lines, gap
        self.finished = 0
        self.abandoned = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/token"

    def __enter__(self) -> TricklingServer:
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(10)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            worker.start()
            self._threads.append(worker)

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(2)
                conn.recv(65536)  # the request (small enough for one read)
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for n in range(self.lines):
                    if self._stop.wait(self.gap):
                        return
                    conn.sendall(f"X-Slow-{n}: {n}\r\n".encode())
                head = f"Content-Type: application/json\r\nContent-Length: {len(_TOKEN_BODY)}\r\n\r\n"
                conn.sendall(head.encode() + _TOKEN_BODY)
                with self._lock:
                    self.finished += 1
            except OSError:  # the client hung up: what a deadline should make it do
                with self._lock:
                    self.abandoned += 1


@pytest.fixture
def trickling() -> Iterator[TricklingServer]:
    with TricklingServer() as server:
        yield server


_SHORT_DEADLINE = RetryPolicy(max_attempts=1, deadline=0.5, request_timeout=1.0)


def _trickled_auth(server: TricklingServer, **options: Any) -> TokenAuth:
    options.setdefault("retry", _SHORT_DEADLINE)
    return TokenAuth.for_provider("oauth2", client_id="c", client_secret="s", token_url=server.url, **options)


def _wait_until_hung_up(server: TricklingServer) -> None:
    for _ in range(100):
        if server.abandoned or server.finished:
            return
        threading.Event().wait(0.05)


def test_slow_headers_are_bounded_by_the_deadline_sync(trickling: TricklingServer) -> None:
    # Each header line arrives well inside httpx's per-read timeout (1 s); only the overall
    # deadline (0.5 s) can stop this. Unbounded, the client waits 6 s and gets a token.
    with pytest.raises(ao.TokenEndpointUnavailableError):
        _trickled_auth(trickling).get_token()
    _wait_until_hung_up(trickling)
    assert (trickling.finished, trickling.abandoned) == (0, 1)


def test_slow_headers_are_bounded_by_the_deadline_sync_with_a_user_transport(trickling: TricklingServer) -> None:
    with pytest.raises(ao.TokenEndpointUnavailableError):
        _trickled_auth(trickling, transport=httpx.HTTPTransport()).get_token()
    _wait_until_hung_up(trickling)
    assert (trickling.finished, trickling.abandoned) == (0, 1)


async def test_slow_headers_are_bounded_by_the_deadline_async(trickling: TricklingServer) -> None:
    with pytest.raises(ao.TokenEndpointUnavailableError):
        await _trickled_auth(trickling).aget_token()
    _wait_until_hung_up(trickling)
    assert (trickling.finished, trickling.abandoned) == (0, 1)


async def test_slow_headers_are_bounded_by_the_deadline_async_with_a_user_transport(
    trickling: TricklingServer,
) -> None:
    auth = _trickled_auth(trickling, async_transport=httpx.AsyncHTTPTransport())
    with pytest.raises(ao.TokenEndpointUnavailableError):
        await auth.aget_token()
    _wait_until_hung_up(trickling)
    assert (trickling.finished, trickling.abandoned) == (0, 1)


def test_a_patient_deadline_still_gets_the_trickled_token() -> None:
    # The guard clamps, it does not cut short: inside the deadline the answer is taken.
    with TricklingServer(lines=3, gap=0.05) as server:
        auth = _trickled_auth(server, retry=RetryPolicy(max_attempts=1, deadline=10.0, request_timeout=1.0))
        assert auth.get_token().access_token == "trickled-token"


# -- 2. vendor text that carries a secret ------------------------------------------------------------


def _texts(exc: ao.AuthOverlayError) -> str:
    """Everything an error shows: message, attributes, repr, the CLI's JSON."""
    return " ".join([str(exc), repr(exc), json.dumps(exc.to_dict()), repr(vars(exc))])


def _echo(status: int, **fields: object) -> Any:
    """A vendor that echoes the whole request (body and Authorization header) in its error text."""

    def respond(request: RecordedRequest) -> CannedResponse:
        echoed = f"{request.body.decode('utf-8', 'replace')} {request.headers.get('authorization', '')}"
        return CannedResponse.json(status, {"error_description": f"you sent {echoed}", **fields})

    return respond


@pytest.mark.parametrize("profile", ["tradevest", "alternative_payments", "oauth2"])
def test_an_echoed_client_secret_never_reaches_an_error(sandbox: Sandbox, profile: str) -> None:
    vendor = "tradevest" if profile == "oauth2" else profile
    secret = sandbox.credentials(vendor).client_secret
    auth_method = {"oauth2": "client_secret_basic"}.get(profile)
    options = {"auth_method": auth_method} if auth_method else {}
    sandbox.add_fault(vendor, Fault.respond_with(_echo(400, error="invalid_client"), times=None))
    with pytest.raises(ao.InvalidClientError) as caught:
        make_auth(sandbox, profile, **options).get_token()
    shown = _texts(caught.value)
    basic = base64.b64encode(f"{sandbox.credentials(vendor).client_id}:{secret}".encode()).decode()
    assert "you sent" in shown, "the vendor's text is kept, minus the secrets"
    assert secret not in shown
    assert basic not in shown


def test_an_echoed_refresh_token_and_code_never_reach_an_error(sandbox: Sandbox) -> None:
    callback = "https://app.example/callback"
    code = sandbox.issue_authorization_code(callback)
    sandbox.add_fault("tradovate", Fault.respond_with(_echo(400, error="invalid_grant"), times=None))
    with pytest.raises(ao.InvalidGrantError) as caught:
        make_auth(sandbox, "tradovate", code=code, redirect_uri=callback).get_token()
    assert code not in _texts(caught.value)
    assert sandbox.credentials("tradovate").client_secret not in _texts(caught.value)

    refresh = "rt-0123456789-secret"
    with pytest.raises(ao.InvalidGrantError) as caught:
        make_auth(sandbox, "tradovate", refresh_token=refresh).get_token()
    assert refresh not in _texts(caught.value)


def test_an_echoed_password_never_reaches_an_error(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    assert creds.password is not None

    def respond(request: RecordedRequest) -> CannedResponse:
        return CannedResponse.json(200, {"errorText": f"wrong password {creds.password} for {request.json()}"})

    sandbox.add_fault("tradovate", Fault.respond_with(respond, times=None))
    auth = TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        username=creds.username,
        password=creds.password,
        app_id="tests",
        app_version="1.0",
        base_url=sandbox.base_url("tradovate"),
        retry=FAST_RETRY,
    )
    with pytest.raises(ao.InvalidCredentialsError) as caught:
        auth.get_token()
    assert creds.password not in _texts(caught.value)
    assert creds.client_secret not in _texts(caught.value)


_LEAK = "at-leaked-0123456789"


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": "at-leaked-0123456789", "refresh_token": "rt-leaked-0123456789"},
        {"mdAccessToken": "at-leaked-0123456789", "id_token": "rt-leaked-0123456789"},
        {"error": "invalid_request", "accessToken": "at-leaked-0123456789", "token": "rt-leaked-0123456789"},
        {"error": "server_said_at-leaked-0123456789", "access_token": "at-leaked-0123456789"},
        {
            "error": "invalid_request",
            "error_description": "here: at-leaked-0123456789",
            "access_token": "at-leaked-0123456789",
        },
    ],
    ids=["tokens-only", "vendor-token-fields", "coded-with-tokens", "token-in-code", "token-in-description"],
)
def test_tokens_in_an_error_answer_never_reach_an_error(sandbox: Sandbox, answer: dict[str, str]) -> None:
    sandbox.add_fault("tradevest", Fault.json(400, answer, times=None))
    with pytest.raises(ao.TokenError) as caught:
        make_auth(sandbox, "tradevest").get_token()
    shown = _texts(caught.value)
    assert "at-leaked-0123456789" not in shown
    assert "rt-leaked-0123456789" not in shown


# -- 3. non-finite and absurd numbers -----------------------------------------------------------------


def _session(sandbox: Sandbox) -> TokenAuth:
    creds = sandbox.credentials("tradovate")
    return TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        username=creds.username,
        password=creds.password,
        app_id="tests",
        app_version="1.0",
        base_url=sandbox.base_url("tradovate"),
        retry=FAST_RETRY,
    )


def test_an_infinite_penalty_is_malformed_and_forgotten_on_invalidate(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradovate", Fault.status(200, b'{"p-ticket": "t-1", "p-time": Infinity}', times=None))
    auth = _session(sandbox)
    with pytest.raises(ao.MalformedTokenResponseError) as caught:
        auth.get_token()
    json.dumps(caught.value.to_dict(), allow_nan=False)  # the CLI's output stays JSON
    auth.invalidate()
    with pytest.raises(ao.MalformedTokenResponseError):
        auth.get_token()
    assert sandbox.token_requests("tradovate") == 2, "invalidate() lets the next call ask again"


@pytest.mark.parametrize("p_time", [b"1e308", b"1" + b"0" * 400], ids=["1e308", "400-digits"])
def test_an_absurd_penalty_wait_is_clamped(sandbox: Sandbox, p_time: bytes) -> None:
    sandbox.add_fault("tradovate", Fault.status(200, b'{"p-ticket": "t-1", "p-time": ' + p_time + b"}", times=None))
    with pytest.raises(ao.RateLimitedError) as caught:
        _session(sandbox).get_token()
    assert caught.value.retry_after is not None
    assert 0 < caught.value.retry_after <= 3600
    json.dumps(caught.value.to_dict(), allow_nan=False)


def test_a_400_digit_expires_in_is_clamped_to_the_profile_maximum(sandbox: Sandbox) -> None:
    body = b'{"access_token": "abc", "token_type": "Bearer", "expires_in": 1' + b"0" * 400 + b"}"
    sandbox.add_fault("tradevest", Fault.status(200, body))
    token = make_auth(sandbox, "tradevest").get_token()
    assert token.lifetime == 24 * 3600


@pytest.mark.parametrize(
    "expires_in",
    [b"1e400", b'"Infinity"', b'"NaN"', b"NaN", b'"1' + b"0" * 5000 + b'"'],
    ids=["float-overflow", "string-inf", "string-nan", "nan", "5000-digit-string"],
)
def test_a_non_finite_expires_in_is_malformed_and_remembered(sandbox: Sandbox, expires_in: bytes) -> None:
    body = b'{"access_token": "abc", "token_type": "Bearer", "expires_in": ' + expires_in + b"}"
    sandbox.add_fault("tradevest", Fault.status(200, body, times=None))
    auth = make_auth(sandbox, "tradevest")
    for _ in range(3):
        with pytest.raises(ao.MalformedTokenResponseError):
            auth.get_token()
    assert sandbox.token_requests("tradevest") == 1, "the failure is remembered like any other"


def test_error_waits_are_finite_json_numbers_whatever_they_are_given() -> None:
    for given, expected in ((float("inf"), 86400.0), (1e308, 86400.0), (10**400, 86400.0), (-5.0, 0.0)):
        error = ao.RateLimitedError("slow down", retry_after=given)
        assert error.retry_after == expected
        json.dumps(error.to_dict(), allow_nan=False)
    assert ao.RateLimitedError("slow down", retry_after=float("nan")).retry_after is None


# -- 6. discovery ----------------------------------------------------------------------------------------


def _discovery(metadata: bytes, seen: list[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.startswith("/.well-known/oauth-authorization-server"):
            return httpx.Response(200, content=metadata, headers={"Content-Type": "application/json"})
        return httpx.Response(200, json={"access_token": "abc", "expires_in": 60, "token_type": "bearer"})

    return httpx.MockTransport(handle)


@pytest.mark.parametrize(
    "issuer",
    ["https://evil.example/tenant", "https://idp.example/other", "https://idp.example", 42],
    ids=["other-host", "other-path", "parent", "not-a-string"],
)
def test_metadata_naming_another_issuer_is_refused_before_credentials_are_sent(issuer: object) -> None:
    seen: list[str] = []
    metadata = json.dumps({"issuer": issuer, "token_endpoint": "https://evil.example/token"}).encode()
    auth = TokenAuth.for_provider(
        "oauth2",
        client_id="c",
        client_secret="s",
        issuer="https://idp.example/tenant",
        transport=_discovery(metadata, seen),
    )
    with pytest.raises(ao.MalformedTokenResponseError, match="issuer"):
        auth.get_token()
    assert seen == ["/.well-known/oauth-authorization-server/tenant"], "no token request, no credentials sent"


def test_metadata_naming_the_configured_issuer_is_used() -> None:
    seen: list[str] = []
    metadata = json.dumps({"issuer": "https://idp.example/tenant/", "token_endpoint": "https://idp.example/t"})
    auth = TokenAuth.for_provider(
        "oauth2",
        client_id="c",
        client_secret="s",
        issuer="https://idp.example/tenant",
        transport=_discovery(metadata.encode(), seen),
    )
    assert auth.get_token().access_token == "abc"
    assert seen[-1] == "/t"


def test_deeply_nested_metadata_is_a_typed_error() -> None:
    seen: list[str] = []
    metadata = b'{"issuer": "https://idp.example", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    auth = TokenAuth.for_provider(
        "oauth2", client_id="c", client_secret="s", issuer="https://idp.example", transport=_discovery(metadata, seen)
    )
    with pytest.raises(ao.MalformedTokenResponseError):
        auth.get_token()
    assert len(seen) == 1


# -- 7. a token URL that cannot be sent -----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://idp.example/token\r\nX-Injected: 1",
        "https://idp.example/tok\nen",
        "https://idp.example/token\x00",
        "https://idp.example/to ken",
        "https://idp.exa\tmple/token",
    ],
    ids=["crlf", "lf", "nul", "space", "tab"],
)
@pytest.mark.parametrize("argument", ["token_url", "issuer", "base_url"])
def test_urls_with_control_characters_are_configuration_errors(url: str, argument: str) -> None:
    provider = "tradovate" if argument == "base_url" else "oauth2"
    extra: dict[str, Any] = {"refresh_token": "rt"} if provider == "tradovate" else {}
    with pytest.raises(ao.ConfigurationError, match=argument):
        TokenAuth.for_provider(provider, client_id="c", client_secret="s", **{argument: url}, **extra)
