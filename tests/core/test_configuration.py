"""Configuration mistakes raise ConfigurationError before any I/O."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from auth_overlay import ConfigurationError, Secret, TokenAuth


def _no_io(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no I/O may happen while configuring, but {request.url} was requested")


NO_IO = httpx.MockTransport(_no_io)


@pytest.mark.parametrize(
    ("provider", "options", "message"),
    [
        ("nope", {}, "unknown provider"),
        ("tradevest", {"environment": "staging"}, "unknown environment"),
        ("tradevest", {"client_id": ""}, "client_id is required"),
        ("tradevest", {"client_secret": ""}, "client_secret is required"),
        ("tradevest", {"token_url": "http://auth.example.com/token"}, "plain http"),
        ("tradevest", {"token_url": "ftp://auth.example.com/token"}, "https"),
        ("tradevest", {"token_url": "https://user:pw@auth.example.com/token"}, "credentials"),
        ("tradevest", {"auth_method": "client_secret_basic"}, "one way only"),
        ("alternative_payments", {"scope": "x"}, "does not accept a scope"),
        ("alternative_payments", {"client_id": "a:b"}, "':'"),
        ("alternative_payments", {"code": "c"}, "authorization code"),
        ("tradovate", {}, "needs code="),
        ("tradovate", {"code": "c", "refresh_token": "r"}, "not both"),
        ("tradovate", {"redirect_uri": "https://x"}, "goes with code="),
        ("oauth2", {}, "token_url= or issuer="),
        ("oauth2", {"token_url": "https://a.example/t", "auth_method": "private_key_jwt"}, "auth_method"),
        ("oauth2", {"token_url": "https://a.example/t", "environment": "x"}, "no named environments"),
    ],
)
def test_bad_configuration_is_refused_before_io(provider: str, options: dict[str, Any], message: str) -> None:
    options = {"client_id": "id", "client_secret": "secret", **options}
    with pytest.raises(ConfigurationError, match=message) as caught:
        TokenAuth.for_provider(provider, transport=NO_IO, **options)
    assert "secret" not in str(caught.value).replace("client_secret", "")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/t", "http://localhost/t", "http://[::1]:9/t"])
def test_plain_http_is_allowed_to_loopback(url: str) -> None:
    auth = TokenAuth.for_provider("oauth2", client_id="i", client_secret="s", token_url=url)
    assert auth.token_url == url


@pytest.mark.parametrize(
    ("provider", "environment", "token_url"),
    [
        ("tradevest", "test", "https://b2b.auth.platform-test.tradevest.ai/oauth2/token"),
        ("alternative_payments", "demo", "https://public-api.demo.alternativepayments.io/oauth/token"),
        ("tradovate", "demo", "https://demo.tradovateapi.com/v1/auth/oauthtoken"),
    ],
)
def test_environment_defaults_to_non_production(provider: str, environment: str, token_url: str) -> None:
    options: dict[str, Any] = {"refresh_token": "r"} if provider == "tradovate" else {}
    auth = TokenAuth.for_provider(provider, client_id="1", client_secret="s", **options)
    assert (auth.environment, auth.token_url) == (environment, token_url)


def test_secret_type_redacts_everywhere() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in repr(secret)
    assert "hunter2" not in str(secret)
    assert "hunter2" not in f"{secret}"
    assert secret.reveal() == "hunter2"
    auth = TokenAuth.for_provider("tradevest", client_id="id", client_secret=secret)
    assert "hunter2" not in repr(auth)


def test_errors_are_one_hierarchy() -> None:
    import auth_overlay
    from auth_overlay import errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.AuthOverlayError)
        assert getattr(auth_overlay, name) is cls
    error = errors.InvalidClientError("x", provider="p", status_code=401)
    for attribute in (
        "provider",
        "status_code",
        "error_code",
        "vendor_code",
        "description",
        "retryable",
        "retry_after",
        "request_id",
    ):
        assert hasattr(error, attribute)


@pytest.mark.parametrize("option", ["code", "refresh_token"])
@pytest.mark.parametrize("value", ["has space", "line\nbreak", "nul\x00"])
def test_a_start_token_a_header_cannot_carry_is_refused_before_any_io(option: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=option):
        TokenAuth.for_provider(
            "tradovate", client_id="1", client_secret="s", token_url="https://a.example/t", **{option: value}
        )
