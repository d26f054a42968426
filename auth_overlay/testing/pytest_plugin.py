"""pytest fixtures for code that uses auth-overlay (registered automatically by entry point).

``auth_sandbox``
    A running vendor sandbox on 127.0.0.1, one per test session, reset before each test
    (tokens, sessions, faults, counters and lifetimes).
``sandbox_auth``
    ``sandbox_auth("tradevest")`` → a ready ``TokenAuth`` pointed at that sandbox
    (Tradovate: started from a fresh authorization code).
``sandbox_client``
    ``sandbox_client("tradevest")`` → the vendor's generated ``Client`` wired with that auth.
``mock_token_transport``
    ``mock_token_transport(handler=None)`` → an ``httpx.MockTransport`` that answers token
    requests for every vendor in-process (no sockets), for fast unit tests; pass
    ``transport=`` to ``TokenAuth.for_provider`` and to your ``httpx.Client``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from auth_overlay._front._auth import TokenAuth
from auth_overlay.testing import mock_token_transport as _mock_token_transport
from auth_overlay.testing import sandbox_token_auth


@pytest.fixture(scope="session")
def _auth_sandbox_session() -> Iterator[Any]:
    from auth_overlay.testing.sandbox import Sandbox

    with Sandbox(host="127.0.0.1", port=0) as sandbox:
        yield sandbox


@pytest.fixture
def auth_sandbox(_auth_sandbox_session: Any) -> Any:
    sandbox = _auth_sandbox_session
    sandbox.reset()
    return sandbox


@pytest.fixture
def sandbox_auth(auth_sandbox: Any) -> Callable[..., TokenAuth[Any]]:
    def make(provider: str, **options: Any) -> TokenAuth[Any]:
        return sandbox_token_auth(auth_sandbox, provider, **options)

    return make


@pytest.fixture
def sandbox_client(sandbox_auth: Callable[..., TokenAuth[Any]]) -> Callable[..., Any]:
    def make(provider: str, **options: Any) -> Any:
        return sandbox_auth(provider, **options).client()

    return make


@pytest.fixture
def mock_token_transport() -> Callable[..., Any]:
    return _mock_token_transport
