"""Checked by mypy in `nox -s typecheck`, never run: what a user's editor knows about `auth.client()`.

`assert_type` fails the type check when the inferred type differs, so a regression to `Any`
(or to the wrong vendor's client) breaks CI.
"""

from __future__ import annotations

from typing import Any, assert_type

import alternative_payments_client
import tradevest_client
import tradovate_client

from auth_overlay import Endpoint, TokenAuth, UserLogin


def clients_are_typed_per_vendor() -> None:
    tradovate = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    assert_type(tradovate, TokenAuth[tradovate_client.AuthenticatedClient])
    assert_type(tradovate.client(), tradovate_client.AuthenticatedClient)

    tradevest = TokenAuth.for_provider("tradevest", client_id="1", client_secret="s")
    assert_type(tradevest.client(), tradevest_client.Client)

    payments = TokenAuth.for_provider("alternative_payments", client_id="1", client_secret="s")
    assert_type(payments.client(), alternative_payments_client.Client)

    generic = TokenAuth.for_provider(
        "oauth2", client_id="1", client_secret="s", endpoint=Endpoint(token_url="https://a.example/t")
    )
    assert_type(generic.client(package="my_client"), Any)
