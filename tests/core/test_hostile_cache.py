"""Issue 12, hostile neighbours: planted, copied and tampered cache entries (items 4, 5, 8)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import auth_overlay as ao
from auth_overlay import FileTokenCache, TokenAuth
from auth_overlay._caches._codec import Codec
from auth_overlay._core._token import Token
from auth_overlay.testing.sandbox import Sandbox

from .conftest import FAST_RETRY

pytestmark = pytest.mark.timeout(30)


def _token(access: str = "planted-token") -> Token:
    now = datetime.now(UTC)
    return Token(access_token=access, issued_at=now, expires_at=now + timedelta(hours=1))


def _auth(sandbox: Sandbox, cache: Any, **options: Any) -> TokenAuth:
    creds = sandbox.credentials("tradevest")
    return TokenAuth.for_provider(
        "tradevest",
        client_id=options.pop("client_id", creds.client_id),
        client_secret=creds.client_secret,
        token_url=sandbox.token_url("tradevest"),
        cache=cache,
        retry=FAST_RETRY,
        **options,
    )


def _entry_of(sandbox: Sandbox, directory: Path) -> Path:
    """The entry path this auth uses: fetch once, read its name, start again from an empty sandbox."""
    _auth(sandbox, FileTokenCache(directory)).get_token()
    (entry,) = directory.glob("*.token")
    sandbox.reset_counters()
    return entry


# -- 4. planted entries ------------------------------------------------------------------------------------


def test_a_symlinked_entry_is_not_served(sandbox: Sandbox, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    entry = _entry_of(sandbox, directory)
    planted = tmp_path / "attacker.json"  # a valid entry for this very key, outside the folder
    planted.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(planted)
    token = _auth(sandbox, FileTokenCache(directory)).get_token()
    assert token.fingerprint != json.loads(planted.read_bytes())["fp"]
    assert sandbox.token_requests("tradevest") == 1
    assert planted.read_bytes(), "the link's target is left alone"


def test_a_fifo_at_the_entry_path_does_not_hang(sandbox: Sandbox, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    entry = _entry_of(sandbox, directory)
    entry.unlink()
    os.mkfifo(entry)
    token = _auth(sandbox, FileTokenCache(directory)).get_token()  # before: blocked in open() forever
    assert token.access_token
    assert sandbox.token_requests("tradevest") == 1


def test_an_entry_owned_by_another_user_is_not_served(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "cache"
    cache = FileTokenCache(directory)
    cache.store("k", _token())
    assert cache.load("k") is not None
    import auth_overlay._caches._safe_open as safe_open

    real_uid = os.geteuid()
    monkeypatch.setattr(safe_open.os, "geteuid", lambda: real_uid + 1)  # the file's owner is now "someone else"
    assert cache.load("k") is None


@pytest.mark.parametrize("mode", [0o777, 0o733, 0o770, 0o1777], ids=["world", "others-wx", "group", "sticky-world"])
def test_a_folder_others_can_write_is_refused_not_repaired(tmp_path: Path, mode: int) -> None:
    directory = tmp_path / "shared"
    directory.mkdir()
    os.chmod(directory, mode)
    with pytest.raises(ao.ConfigurationError, match="writable by others"):
        FileTokenCache(directory)
    assert stat.S_IMODE(directory.stat().st_mode) == mode, "left as it was: the user decides"


def test_a_folder_of_another_user_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import auth_overlay._caches._safe_open as safe_open

    real_uid = os.geteuid()
    monkeypatch.setattr(safe_open.os, "geteuid", lambda: real_uid + 1)
    with pytest.raises(ao.ConfigurationError, match="another user"):
        FileTokenCache(tmp_path / "theirs")


def test_a_folder_only_readable_by_others_is_made_private(tmp_path: Path) -> None:
    directory = tmp_path / "readable"
    directory.mkdir()
    os.chmod(directory, 0o755)  # nothing can have been planted: tightening it is safe
    FileTokenCache(directory)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700


# -- 5. entries bound to their key ---------------------------------------------------------------------------


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_an_entry_copied_to_another_key_is_not_served(tmp_path: Path, encrypted: bool) -> None:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key() if encrypted else None
    cache = FileTokenCache(tmp_path / "c", encryption_key=key)
    tenant_a = _token("tenant-a-token")
    cache.store("tenant-a", tenant_a)
    shutil.copy(tmp_path / "c" / "tenant-a.token", tmp_path / "c" / "tenant-b.token")
    assert cache.load("tenant-a") == tenant_a
    assert cache.load("tenant-b") is None, "tenant B must not get tenant A's token"


def test_a_copied_entry_makes_the_other_client_fetch_its_own(sandbox: Sandbox, tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    secret_key = Fernet.generate_key()
    probe = tmp_path / "probe"  # where the other client (another scope: another key) keeps its entry
    _auth(sandbox, FileTokenCache(probe, encryption_key=secret_key), scope="other.scope").get_token()
    (other_entry,) = probe.glob("*.token")
    sandbox.reset_counters()

    directory = tmp_path / "c"
    mine = _auth(sandbox, FileTokenCache(directory, encryption_key=secret_key)).get_token()
    (entry,) = directory.glob("*.token")
    shutil.copy(entry, directory / other_entry.name)
    other = _auth(sandbox, FileTokenCache(directory, encryption_key=secret_key), scope="other.scope")
    assert other.get_token().fingerprint != mine.fingerprint
    assert sandbox.token_requests("tradevest") == 2


class _Redis:
    """A real redis-server on a free loopback port, for this module's Redis tests."""

    def __init__(self, binary: str, workdir: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(args, cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    server = _Redis(binary, tmp_path)
    try:
        yield f"redis://127.0.0.1:{server.port}/0"
    finally:
        server.stop()


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_a_redis_entry_copied_to_another_key_is_not_served(redis_url: str, encrypted: bool) -> None:
    import redis
    from cryptography.fernet import Fernet

    from auth_overlay._caches._redis import RedisTokenCache

    client = redis.Redis.from_url(redis_url)
    cache = RedisTokenCache(client, encryption_key=Fernet.generate_key() if encrypted else None)
    tenant_a = _token("tenant-a-token")
    cache.store("tenant-a", tenant_a)
    client.set(cache.entry_name("tenant-b"), client.get(cache.entry_name("tenant-a")))
    assert cache.load("tenant-a") == tenant_a
    assert cache.load("tenant-b") is None
    client.close()


# -- 8. tampered entries are validated like fresh tokens --------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("access_token", "abc\r\nX-Injected: 1"),
        ("access_token", "abc def"),
        ("access_token", "abc\x00"),
        ("access_token", ""),
        ("access_token", 42),
        ("token_type", "Bearer\r\nX-Injected: 1"),
        ("refresh_token", "rt\nX"),
        ("expires_at", 12),
    ],
    ids=["crlf", "space", "nul", "empty", "number", "type-crlf", "refresh-lf", "expiry-number"],
)
def test_a_tampered_cached_token_reads_as_no_entry(sandbox: Sandbox, tmp_path: Path, field: str, value: object) -> None:
    directory = tmp_path / "cache"
    entry = _entry_of(sandbox, directory)
    envelope = json.loads(entry.read_bytes())
    envelope["token"][field] = value
    if field == "access_token" and isinstance(value, str):
        from auth_overlay._core._secret import fingerprint

        envelope["fp"] = fingerprint(value)  # a careful tamperer keeps the envelope consistent
    entry.write_bytes(json.dumps(envelope).encode())
    token = _auth(sandbox, FileTokenCache(directory)).get_token()
    assert "\r" not in token.authorization
    assert "\n" not in token.authorization
    assert sandbox.token_requests("tradevest") == 1, "the tampered entry was refused and a fresh token fetched"


def test_a_tampered_token_is_refused_by_the_codec_and_by_the_constructor() -> None:
    codec = Codec()
    data = json.loads(codec.encode("k", _token()))
    data["token"]["access_token"] = "abc\r\nX: 1"
    assert codec.decode("k", json.dumps(data)) is None
    with pytest.raises(ValueError, match="header"):
        _token("abc\r\nX: 1")
