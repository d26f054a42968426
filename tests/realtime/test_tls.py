"""The sockets verify TLS with the auth's ``verify=``, as its token requests and API calls do.

A TLS-terminating relay on 127.0.0.1 (certificate from a private CA, trustme) stands in front of
the sandbox's trading socket, as a TLS-inspecting proxy stands in front of the vendor. Before,
``wss://`` connections ignored ``verify=``: behind such a proxy the REST calls worked and every
socket connect failed the handshake, over and over.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from tradovate_client.api.accounting import account_list

from auth_overlay import TokenAuth, errors
from auth_overlay.realtime import Backoff, SocketOptions
from auth_overlay.testing.sandbox import Sandbox

FAST = SocketOptions(backoff=Backoff(base=0.01, cap=0.02), first_attempts=2, open_timeout=5.0)


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


class TlsRelay:
    """Accepts TLS on 127.0.0.1 and relays the plain bytes to ``backend`` (host, port)."""

    def __init__(self, backend: tuple[str, int], context: ssl.SSLContext) -> None:
        self.backend, self.context = backend, context
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.handshakes_refused = 0
        self.threads: list[threading.Thread] = []
        self.accepting = threading.Thread(target=self._accept, daemon=True)
        self.accepting.start()

    def _accept(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return  # closed
            try:
                client = self.context.wrap_socket(raw, server_side=True)
            except (ssl.SSLError, OSError):
                self.handshakes_refused += 1  # the client did not trust the certificate
                raw.close()
                continue
            upstream = socket.create_connection(self.backend)
            for a, b in ((client, upstream), (upstream, client)):
                thread = threading.Thread(target=_pump, args=(a, b), daemon=True)
                thread.start()
                self.threads.append(thread)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone does not)
        self.listener.close()
        self.accepting.join(5)
        assert not self.accepting.is_alive()


@pytest.fixture
def relay(sandbox: Sandbox, tmp_path: Path) -> Iterator[tuple[str, Path, TlsRelay]]:
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "proxy-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    plain = sandbox.websocket_url()
    host_port, path = plain.removeprefix("ws://").split("/", 1)
    host, port = host_port.rsplit(":", 1)
    tls = TlsRelay((host, int(port)), context)
    yield f"wss://127.0.0.1:{tls.port}/{path}", ca_file, tls
    tls.close()


async def test_the_auths_ca_bundle_verifies_the_socket(
    sandbox: Sandbox, make_auth: Callable[..., TokenAuth[Any]], relay: tuple[str, Path, TlsRelay]
) -> None:
    url, ca_file, tls = relay
    auth = make_auth(sandbox, verify=str(ca_file))
    async with auth.socket(url=url, options=FAST) as ws:
        accounts = await ws.call(account_list.asyncio)
    assert [account.name for account in accounts] == [a.name for a in account_list.sync(client=auth.client())]
    assert tls.handshakes_refused == 0


async def test_without_the_ca_the_socket_refuses_the_certificate_typed(
    sandbox: Sandbox, make_auth: Callable[..., TokenAuth[Any]], relay: tuple[str, Path, TlsRelay]
) -> None:
    url, _, tls = relay
    auth = make_auth(sandbox)
    with pytest.raises(errors.APIConnectionError):
        async with auth.socket(url=url, options=FAST):
            pass
    assert tls.handshakes_refused >= 1


def test_an_unreadable_bundle_is_a_configuration_error_when_the_socket_is_made(
    sandbox: Sandbox, make_auth: Callable[..., TokenAuth[Any]], tmp_path: Path
) -> None:
    auth = make_auth(sandbox, verify=str(tmp_path / "missing.pem"))
    with pytest.raises(errors.ConfigurationError, match="verify="):
        auth.socket(url="wss://127.0.0.1:9/tradovate/v1/websocket")
