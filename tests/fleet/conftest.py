"""Fleet fixtures: a real redis-server on 127.0.0.1 and real worker processes."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from auth_overlay.testing.sandbox import Sandbox

WORKER = Path(__file__).with_name("worker.py")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    def __init__(self, binary: str, workdir: Path) -> None:
        self.binary, self.workdir = binary, workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(args, cwd=self.workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "redis-server is not installed (Debian: apt-get install redis-server); shared-cache tests need a real one"
        )
    server = RedisServer(binary, tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(host="127.0.0.1", port=0) as sb:
        yield sb


class Fleet:
    """Starts worker processes, releases them together, collects what they printed."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.processes: list[subprocess.Popen[str]] = []
        self.go = tmp_path / "go"

    def spawn(self, count: int, **options: Any) -> list[subprocess.Popen[str]]:
        started = []
        ready = []
        for _ in range(count):
            n = len(self.processes)
            ready.append(self.tmp / f"ready-{n}")
            opts = {"ready": str(ready[-1]), "go": str(self.go), **options}
            proc = subprocess.Popen(
                [sys.executable, str(WORKER), json.dumps(opts)],
                cwd=self.tmp,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            self.processes.append(proc)
            started.append(proc)
        deadline = time.monotonic() + 60
        while not all(path.exists() for path in ready):
            if time.monotonic() > deadline or any(p.poll() is not None for p in started):
                raise RuntimeError(self._stderr(started))
            time.sleep(0.01)
        return started

    def release(self) -> None:
        self.go.touch()

    def results(self, procs: list[subprocess.Popen[str]] | None = None) -> list[dict[str, list[str]]]:
        out = []
        for proc in procs or self.processes:
            stdout, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr
            out.append(json.loads(stdout))
        return out

    @staticmethod
    def _stderr(procs: list[subprocess.Popen[str]]) -> str:
        return "\n".join(p.stderr.read() if p.stderr and p.poll() is not None else "" for p in procs)

    def kill_all(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    f = Fleet(tmp_path)
    try:
        yield f
    finally:
        f.kill_all()
