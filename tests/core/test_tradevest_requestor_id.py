"""Tradevest's Requestor-ID: a documented client option, on every API call, never on the token request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from auth_overlay import errors

REQUESTOR = "3f1c2a40-0000-4000-8000-000000000001"


def test_requestor_id_goes_on_every_api_call_and_never_to_the_token_endpoint(
    sandbox_auth: Callable[..., Any], auth_sandbox: Any
) -> None:
    client = sandbox_auth("tradevest").client(requestor_id=REQUESTOR)

    response = client.get_httpx_client().get(auth_sandbox.api_url("tradevest"))

    assert response.status_code == 200
    assert response.headers["Requestor-ID"] == REQUESTOR  # the sandbox's protected endpoint echoes it
    recorded = auth_sandbox.requests("tradevest")
    token = [r for r in recorded if r.path.endswith("/oauth2/token")]
    api = [r for r in recorded if not r.path.endswith("/oauth2/token")]
    assert len(token) == 1
    assert "requestor-id" not in token[0].headers
    assert [r.headers["requestor-id"] for r in api] == [REQUESTOR]


def test_requestor_id_keeps_other_headers(sandbox_auth: Callable[..., Any]) -> None:
    client = sandbox_auth("tradevest").client(requestor_id=REQUESTOR, headers={"X-Trace": "t1"})

    headers = client.get_httpx_client().headers

    assert (headers["Requestor-ID"], headers["X-Trace"]) == (REQUESTOR, "t1")


@pytest.mark.parametrize("bad", ["", "with space", "line\r\nInjected: 1", "x" * 201])
def test_a_requestor_id_that_is_no_header_value_is_refused(sandbox_auth: Callable[..., Any], bad: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="requestor_id= must be the Requestor-ID Tradevest issued"):
        sandbox_auth("tradevest").client(requestor_id=bad)
