"""``auth.client()`` verifies TLS the way its auth's token requests do, on one shared context.

Against a real HTTPS API on 127.0.0.1 whose certificate comes from a private CA (trustme), as a
vendor reached through a corporate TLS proxy looks: the auth's ``verify=`` (the CA bundle) must
carry the API calls too (before, ``auth.client()`` ignored it and every call failed the
handshake while the token requests passed), and the default is still a verified connection.
Every client shares the process's one default ``SSLContext``: building one loads the CA bundle,
tens of milliseconds of CPU per client (on the event loop for an async client).
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme
from tradovate_client.api.accounting import account_list

from auth_overlay import errors
from auth_overlay.events import RetryScheduled
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

from .conftest import API_PREFIX


class _Accounts(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = json.dumps([]).encode() if self.path == f"{API_PREFIX}/account/list" else b"{}"
        self.send_response(200 if body == b"[]" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def https_api(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS API answering ``GET /v1/account/list`` with ``[]``, and the CA file that trusts it."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "corporate-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Accounts)
    httpd.daemon_threads = True
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}{API_PREFIX}", ca_file
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_the_auths_ca_bundle_verifies_the_api_calls_sync_and_async(
    sandbox: Sandbox, https_api: tuple[str, Path]
) -> None:
    url, ca_file = https_api
    auth = sandbox_token_auth(sandbox, "tradovate", verify=str(ca_file))
    client = auth.client(base_url=url)
    assert account_list.sync(client=client) == []
    assert asyncio.run(account_list.asyncio(client=client)) == []


def test_without_the_ca_the_api_call_is_refused_as_a_typed_connection_error(
    sandbox: Sandbox, https_api: tuple[str, Path]
) -> None:
    url, _ = https_api
    events: list[Any] = []
    auth = sandbox_token_auth(sandbox, "tradovate", on_event=events.append)
    with pytest.raises(errors.APIConnectionError, match=r"TLS certificate was refused .*verify="):
        account_list.sync(client=auth.client(base_url=url))
    # Not retried: the same certificate is refused on every attempt.
    assert not [e for e in events if isinstance(e, RetryScheduled)], events


def test_clients_share_one_default_tls_context(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten ``auth.client()``s, each calling sync and async: at most one context is ever built."""
    built = []
    real = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", counting)
    auth = sandbox_token_auth(sandbox, "tradovate")

    async def twice(client: Any) -> None:
        assert await account_list.asyncio(client=client) is not None

    for _ in range(10):
        client = auth.client()
        assert account_list.sync(client=client) is not None
        asyncio.run(twice(client))
    assert len(built) <= 1, f"{len(built)} TLS contexts built for 10 clients"


@pytest.mark.parametrize("bundle", ["missing.pem", "not-a-certificate.pem"])
def test_a_verify_bundle_that_cannot_be_read_is_a_configuration_error_everywhere(
    sandbox: Sandbox, tmp_path: Path, bundle: str
) -> None:
    """Before: a raw FileNotFoundError / ssl.SSLError out of get_token(), and auth.client() took it."""
    (tmp_path / "not-a-certificate.pem").write_text("client_secret=not-a-cert\n")
    auth = sandbox_token_auth(sandbox, "tradevest", verify=str(tmp_path / bundle))
    with pytest.raises(errors.ConfigurationError, match="verify= names no readable CA bundle") as raised:
        auth.get_token()
    assert "not-a-cert" not in str(raised.value)
    with pytest.raises(errors.ConfigurationError, match="verify="):
        asyncio.run(auth.aget_token())
    with pytest.raises(errors.ConfigurationError, match="verify="):
        auth.client()
    assert sandbox.token_requests("tradevest") == 0
