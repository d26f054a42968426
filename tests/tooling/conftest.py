"""Shared fixtures for the repository tools (tools/ is not in the wheel under test).

The tools run from the checkout against temporary copies, so no test can change the real
openapi/ or generated/: in this process (``call_tool``: ``main(argv)`` with its streams captured)
where a tool's logic is what is tested, as ``python -m tools.X`` (``run_tool``) where the
interpreter boundary is (exit codes through nox, signals, a killed process, hash seeds).
Generating a client is remembered by tools/generate/cache.py, as for a user: a spec a test
generated once is not generated again (``AUTH_OVERLAY_TOOL_CACHE`` decides where, or ``off``).
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tool_calls import call_tool, tool_module

REPO = Path(__file__).resolve().parents[2]
# Byte-exact copies of the seed pages the specs were vendored from (their sha256s are the
# ones in the manifests), kept here so the tests don't depend on anything outside the repo.
PAGES = Path(__file__).resolve().parent / "pages"
CACHE_DIRS = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")

Run = Callable[..., subprocess.CompletedProcess[str]]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not set(CACHE_DIRS).intersection(p.parts)
    }


@pytest.fixture(scope="session")
def snapshot() -> Callable[[Path], dict[str, bytes]]:
    """Every file under a folder with its bytes: equal snapshots mean nothing was written."""
    return _snapshot


@pytest.fixture
def vendor() -> Run:
    return lambda *args: call_tool("vendor", *args)


@pytest.fixture
def drift() -> Run:
    return lambda *args: call_tool("drift", *args)


@pytest.fixture
def openapi_copy(tmp_path: Path) -> Path:
    """A private copy of openapi/ to vendor into."""
    target = tmp_path / "repo" / "openapi"
    shutil.copytree(REPO / "openapi", target, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    return target


# What drift and regenerate read and write: the specs, the clients, the tools, the API reference.
COPIED = ("openapi", "generated", "tools", "docs")


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The parts of the repository drift and regenerate look at, copied."""
    root = tmp_path / "repo"
    for name in COPIED:
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    return root


# Tradovate's 350 operations take seconds to generate; most checks are about the tools, not
# about one vendor, so they run on a copy holding the two small vendors only.
LARGE_VENDORS = ("tradovate", "tradovate_client", "tradovate.md")


@pytest.fixture
def small_repo_copy(tmp_path: Path) -> Path:
    """Like repo_copy, without Tradovate."""
    root = tmp_path / "repo"
    for name in COPIED:
        ignore = shutil.ignore_patterns(*CACHE_DIRS, *LARGE_VENDORS)
        shutil.copytree(REPO / name, root / name, ignore=ignore)
    return root


@pytest.fixture
def regenerate() -> Run:
    return lambda *args: call_tool("regenerate", *args)


@pytest.fixture(scope="session")
def specdiff() -> ModuleType:
    """tools/diff, the pure client-side diff (diff_specs, render)."""
    return tool_module("diff")


@pytest.fixture(scope="session")
def overlay_tool() -> ModuleType:
    """tools/generate/overlay.py, the Overlay 1.0 applier (imports only jsonpath-rfc9535 and PyYAML)."""
    return tool_module("generate.overlay")


# ------------------------------------------------------------------ hostile servers


class RawServer:
    """A TCP server on 127.0.0.1 that reads a request's head and hands the raw socket to
    ``handler(conn, head, stopping)``: for answers no well-behaved HTTP server would give
    (garbage status lines, endless headers, bodies cut short, one byte at a time)."""

    def __init__(
        self,
        handler: Callable[[socket.socket, bytes, threading.Event], None],
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.handler = handler
        self.tls = tls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.stopping = threading.Event()
        self.requests: list[bytes] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        try:
            conn = self.tls.wrap_socket(raw, server_side=True) if self.tls else raw
            conn.settimeout(10)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            self.requests.append(head)
            self.handler(conn, head, self.stopping)
        except OSError:
            pass  # the client gave up (a deadline, a refusal): that is what is tested
        finally:
            raw.close()

    def close(self) -> None:
        self.stopping.set()
        self.listener.close()
        self.thread.join(timeout=5)


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    """raw_server(handler, tls=None) → a started RawServer, closed after the test."""
    started: list[RawServer] = []

    def start(
        handler: Callable[[socket.socket, bytes, threading.Event], None], tls: ssl.SSLContext | None = None
    ) -> RawServer:
        server = RawServer(handler, tls)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


@pytest.fixture(scope="session")
def loopback_tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context for 127.0.0.1 and the CA file a client must trust (SSL_CERT_FILE)."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return context, ca_file
