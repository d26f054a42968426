"""Property-based tests (Hypothesis) over the token-answer parser and the cache codec.

Whatever a token endpoint answers (any JSON, any number, any string, any bytes, any status)
the outcome is a valid ``Token`` or a documented ``AuthOverlayError``; no secret given to the
auth, and no token in the answer, appears in any error's text, attributes, repr or JSON.
Whatever sits in a cache entry, it decodes to a valid token stored under that key, or to
nothing. Pure logic: the fetch flow is driven by hand, no sockets; example counts are bounded.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import auth_overlay as ao
from auth_overlay._caches._codec import Codec
from auth_overlay._core._grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    Credentials,
    Grant,
    RefreshTokenGrant,
    RenewGrant,
    UserLogin,
)
from auth_overlay._core._secret import Secret
from auth_overlay._core._token import Token, check_header_token
from auth_overlay._flow._effects import Call, Flow, Send, Sleep
from auth_overlay._flow._fetch import Fetcher
from auth_overlay._flow._outcome import Judge
from auth_overlay.vendors import ProviderProfile, get_profile
from auth_overlay.vendors._base import TokenShape

pytestmark = pytest.mark.timeout(120)

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Secrets: distinctive (so fixed message text never equals one) and full of what echoes mangle:
# characters a form body, a URL, JSON or a repr would escape.
_SECRET_ALPHABET = string.ascii_letters + string.digits + "-._~+/=!$&'\"\\%:@"
secret_values = st.text(_SECRET_ALPHABET, min_size=6, max_size=24).map(lambda s: "s3cr3t" + s)

FIELDS = [
    "access_token",
    "accessToken",
    "mdAccessToken",
    "refresh_token",
    "id_token",
    "token",
    "token_type",
    "expires_in",
    "expirationTime",
    "scope",
    "error",
    "error_description",
    "errorText",
    "message",
    "detail",
    "error_message",
    "p-ticket",
    "p-time",
    "p-captcha",
    "userId",
    "userStatus",
]

header_safe = st.text(string.ascii_letters + string.digits + "-._~+/=", min_size=1, max_size=40)
# Tokens a vendor issues in these tests: distinctive, so finding one in an error is a leak, not chance.
TOKEN_PREFIX = "tok3n"
issued_tokens = header_safe.map(lambda s: TOKEN_PREFIX + s)
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=10**300, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1, 59, 3600, 10**12, 1e308, -1e308]),
)
number_strings = st.one_of(
    numbers.map(str),
    st.sampled_from(["Infinity", "-Infinity", "NaN", " 120 ", "1e400", "0x10", "", "9" * 400, "9" * 5000]),
)
instants = st.one_of(
    st.datetimes(timezones=st.none() | st.just(UTC)).map(lambda d: d.isoformat()),
    st.sampled_from(["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "soon", "2026-13-40"]),
)


@st.composite
def vendor_text(draw: st.DrawFn, secrets: list[str]) -> str:
    """Plain text, or text that echoes a secret somewhere inside it."""
    if secrets and draw(st.booleans()):
        return draw(st.text(max_size=6)) + draw(st.sampled_from(secrets)) + draw(st.text(max_size=6))
    return draw(st.one_of(st.text(max_size=30), st.sampled_from(["Bearer", "bearer", "mac", "invalid_grant", ""])))


def json_values(secrets: list[str]) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        numbers,
        number_strings,
        instants,
        vendor_text(secrets),
        st.text(max_size=20),
        issued_tokens,
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6), inner, max_size=4)
        ),
        max_leaves=12,
    )


@st.composite
def near_tokens(draw: st.DrawFn, shape: TokenShape, secrets: list[str]) -> dict[str, Any]:
    """A success answer in the profile's shape, with some of its fields made odd."""
    lifetime: Any = draw(st.integers(min_value=1, max_value=10**6))
    payload: dict[str, Any] = {shape.access_token: draw(issued_tokens)}
    if shape.expires_in:
        payload[shape.expires_in] = lifetime
    if shape.expires_at:
        at = datetime.now(UTC) + timedelta(seconds=lifetime)
        payload[shape.expires_at] = at.isoformat().replace("+00:00", "Z")
    if shape.token_type:
        payload[shape.token_type] = "Bearer"
    for field in draw(st.lists(st.sampled_from(FIELDS + list(payload)), max_size=2)):
        payload[field] = draw(json_values(secrets))
    return payload


@st.composite
def answers(draw: st.DrawFn, secrets: list[str], shape: TokenShape) -> httpx.Response:
    """A token endpoint's answer: status, headers and a body that is JSON (maybe odd) or any bytes."""
    status = draw(
        st.sampled_from([200, 200, 200, 201, 204, 302, 400, 401, 403, 404, 408, 418, 423, 429, 500, 503, 520])
    )
    payload = draw(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), json_values(secrets), max_size=7))
    kind = draw(st.sampled_from(["json", "json", "near-token", "near-token", "any-json", "bytes"]))
    if kind == "near-token":
        status = draw(st.sampled_from([200, 200, 200, 200, 200, 400, 401, 500]))
        body = json.dumps(draw(near_tokens(shape, secrets))).encode()
    elif kind == "json":
        body = json.dumps(payload).encode()  # NaN and Infinity as literals, which Python's parser takes
    elif kind == "any-json":
        body = json.dumps(draw(json_values(secrets))).encode()
    else:
        body = draw(st.binary(max_size=64))
    headers: dict[str, str] = {"Content-Type": "application/json"}
    if draw(st.booleans()):
        headers["Retry-After"] = draw(st.one_of(number_strings, st.just("Wed, 21 Oct 2015 07:28:00 GMT")))
    if draw(st.booleans()):
        request_id = draw(vendor_text(secrets)).encode("ascii", "ignore").decode()
        headers["X-Request-Id"] = "".join(ch for ch in request_id if ch.isprintable()) or "r"
    return httpx.Response(status, headers=headers, content=body)


# -- the fetch flow, driven by hand ----------------------------------------------------------------------


def drive(flow: Flow[Token], respond: Callable[[httpx.Request], httpx.Response]) -> Token:
    value: Any = None
    while True:
        try:
            effect = flow.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if isinstance(effect, Send):
            answer = respond(effect.request)
            value = httpx.Response(
                answer.status_code, headers=answer.headers, content=answer.content, request=effect.request
            )
        elif isinstance(effect, Sleep):
            value = None  # no waiting in a property test: the decisions are what is under test
        elif isinstance(effect, Call):
            value = effect.fn()


def _fetcher(profile: ProviderProfile, credentials: Credentials, exchange: Any) -> Fetcher:
    return Fetcher(
        provider=profile.name,
        environment=None,
        token_url="https://vendor.example/auth/accesstokenrequest",
        credentials=credentials,
        exchange=exchange,
        judge=Judge(
            provider=profile.name,
            shape=profile.shape,
            default_lifetime=profile.default_lifetime,
            max_lifetime=profile.max_lifetime,
            codeless_statuses=profile.codeless_statuses,
        ),
        retry=ao.RetryPolicy(max_attempts=1, deadline=30.0),
    )


def _scenario(name: str, secrets: list[str]) -> tuple[Fetcher, Grant, ProviderProfile, list[str]]:
    """A fetcher and grant for ``name``, and the secrets it was actually given."""
    client_secret, password, grant_secret = secrets[0], secrets[1], secrets[2]
    if name == "tradovate-session":
        profile = get_profile("tradovate").session
        assert profile is not None
        credentials = Credentials("4242", Secret(client_secret), user=UserLogin("trader", Secret(password), "app", "1"))
        fetcher = _fetcher(profile, credentials, profile.exchange())
        return fetcher, RenewGrant(Secret(grant_secret)), profile, secrets
    profile = get_profile(name)
    credentials = Credentials("client-id", Secret(client_secret))
    exchange = profile.exchange("client_secret_basic") if profile.auth_methods else profile.exchange()
    grant: Grant
    if name == "tradovate":
        grant = AuthorizationCodeGrant(Secret(grant_secret), "https://app.example/cb")
    elif name == "oauth2":
        grant = RefreshTokenGrant(Secret(grant_secret))
    else:
        return _fetcher(profile, credentials, exchange), ClientCredentialsGrant(), profile, [client_secret]
    return _fetcher(profile, credentials, exchange), grant, profile, [client_secret, grant_secret]


SCENARIOS = ["tradevest", "alternative_payments", "tradovate", "oauth2", "tradovate-session"]


def _shown(error: ao.AuthOverlayError) -> str:
    return " ".join([str(error), repr(error), json.dumps(error.to_dict(), allow_nan=False), repr(vars(error))])


def _assert_valid(token: Token, profile: ProviderProfile) -> None:
    check_header_token(token.access_token, "access token")
    assert "\r" not in token.authorization
    assert "\n" not in token.authorization
    assert 0 < token.lifetime <= profile.max_lifetime.total_seconds()
    Token.from_record(token.to_record())  # what a cache would store reads back


@pytest.mark.parametrize("scenario", SCENARIOS)
@PROPERTY
@given(data=st.data())
def test_any_answer_is_a_valid_token_or_a_typed_error_without_secrets(scenario: str, data: st.DataObject) -> None:
    secrets = data.draw(st.lists(secret_values, min_size=3, max_size=3, unique=True), label="secrets")
    fetcher, grant, profile, given = _scenario(scenario, secrets)
    answer = data.draw(answers(secrets, profile.shape), label="answer")
    outcome: Token | ao.AuthOverlayError
    try:
        outcome = drive(fetcher.fetch(grant), lambda request: answer)
    except ao.AuthOverlayError as error:
        outcome = error
    event(type(outcome).__name__)
    if isinstance(outcome, Token):
        _assert_valid(outcome, profile)
        return
    shown = _shown(outcome)
    for secret in given:
        assert secret not in shown, f"{type(outcome).__name__} shows a secret"
    assert outcome.retry_after is None or 0 <= outcome.retry_after <= 24 * 3600
    payload = _payload(answer)
    for field in ("access_token", "refresh_token", "accessToken", "mdAccessToken", "id_token"):
        value = payload.get(field)
        if isinstance(value, str) and value.startswith(TOKEN_PREFIX):
            assert value not in shown, f"the answer's {field} leaked into an error"


def _payload(answer: httpx.Response) -> dict[str, Any]:
    try:
        value = json.loads(answer.content)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


@PROPERTY
@given(
    secrets=st.lists(secret_values, min_size=3, max_size=3, unique=True),
    expires_in=st.one_of(numbers, number_strings),
)
def test_any_expires_in_is_a_bounded_lifetime_or_a_malformed_answer(secrets: list[str], expires_in: Any) -> None:
    fetcher, grant, profile, _ = _scenario("tradevest", secrets)
    body = json.dumps({"access_token": "abc", "token_type": "Bearer", "expires_in": expires_in}).encode()
    try:
        token = drive(fetcher.fetch(grant), lambda request: httpx.Response(200, content=body))
    except ao.MalformedTokenResponseError:
        return
    _assert_valid(token, profile)


# -- the cache codec ----------------------------------------------------------------------------------------

_FERNET_KEY = b"OPpJL0Y_X8fIdArmPsf9lI_02maakPx_tIo0OTwPSPg="


@st.composite
def tokens(draw: st.DrawFn) -> Token:
    issued = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
    lifetime = draw(st.floats(min_value=0.001, max_value=10**8, allow_nan=False))
    return Token(
        access_token=draw(header_safe),
        issued_at=issued,
        expires_at=issued + timedelta(seconds=lifetime),
        refresh_token=draw(st.none() | header_safe),
        scope=draw(st.none() | st.text(string.printable.strip(), max_size=20)),
        extras=draw(st.dictionaries(st.sampled_from(["user_id", "user_status"]), st.integers() | st.text(max_size=5))),
    )


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@PROPERTY
@given(token=tokens(), key=st.text(string.hexdigits, min_size=1, max_size=40), other=st.text(max_size=40))
def test_an_entry_reads_back_only_under_its_key(encrypted: bool, token: Token, key: str, other: str) -> None:
    codec = Codec(_FERNET_KEY if encrypted else None)
    data = codec.encode(key, token)
    assert codec.decode(key, data) == token
    if other != key:
        assert codec.decode(other, data) is None


def _envelopes(key: str) -> st.SearchStrategy[Any]:
    record_values = st.one_of(
        st.none(), st.booleans(), numbers, st.text(max_size=20), instants, st.just(key), header_safe
    )
    records = st.dictionaries(
        st.sampled_from(
            ["access_token", "token_type", "expires_at", "issued_at", "scope", "refresh_token", "extras", "key"]
        ),
        record_values | st.dictionaries(st.text(max_size=5), record_values, max_size=2),
        max_size=8,
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "v": st.sampled_from([1, 2, "2", None]),
            "fp": st.text(max_size=12),
            "token": records | st.text(max_size=10),
            "enc": st.text(max_size=20),
        },
    )


@PROPERTY
@given(data=st.data())
def test_any_entry_decodes_to_a_valid_token_under_its_key_or_to_nothing(data: st.DataObject) -> None:
    key = "k" * 40
    raw = data.draw(
        st.one_of(st.binary(max_size=200), _envelopes(key).map(lambda e: json.dumps(e).encode())), label="entry"
    )
    for codec in (Codec(), Codec(_FERNET_KEY)):
        token = codec.decode(key, raw)
        if token is not None:
            check_header_token(token.access_token, "access token")
            assert token.expires_at > token.issued_at
            assert json.loads(raw)["token"]["key"] == key
