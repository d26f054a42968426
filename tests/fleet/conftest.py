"""Fleet fixtures: a real redis-server on 127.0.0.1 and real worker processes."""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.context
import multiprocessing.process
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

FLEET_DIR = Path(__file__).parent
if str(FLEET_DIR) not in sys.path:
    sys.path.insert(0, str(FLEET_DIR))  # workers are pickled by reference: fleet_worker.run must import by name

import fleet_worker  # noqa: E402
from shared_clock import SharedClock  # noqa: E402

#: imported once by the fork server, so a forked worker starts with them loaded
PRELOAD = [
    "fleet_worker",
    "shared_clock",
    "auth_overlay._front._assembly",
    "auth_overlay._caches._file",
    "auth_overlay._caches._redis",
    "auth_overlay._caches._redis_clients",
    "auth_overlay.vendors.tradevest",
    "auth_overlay.vendors.tradovate",
    "tradevest_client.api",
    "tradovate_client.api.authentication",
    "redis",
    "redis.cluster",
    "redis.sentinel",
    "httpcore",
]


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
def sandbox(fleet: Fleet) -> Iterator[Sandbox]:
    """The vendor, on the fleet's shared clock (real time until a test moves it)."""
    with Sandbox(host="127.0.0.1", port=0, clock=fleet.clock) as sb:
        yield sb


class Worker:
    """One worker process of a fleet: a real process with its own pid, forked from the fork server."""

    def __init__(self, process: multiprocessing.process.BaseProcess, report: Path) -> None:
        self.process, self.report = process, report

    @property
    def pid(self) -> int:
        assert self.process.pid is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process.is_alive()

    def wait(self, timeout: float = 120.0) -> int | None:
        self.process.join(timeout)
        return self.process.exitcode

    def stderr(self) -> str:
        path = Path(f"{self.report}.err")
        return path.read_text() if path.exists() else ""

    def result(self, timeout: float = 120.0) -> dict[str, Any]:
        code = self.wait(timeout)
        assert code == 0, f"worker {self.pid} exited with {code}: {self.stderr()}"
        result: dict[str, Any] = json.loads(self.report.read_text())
        return result

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)


class Fleet:
    """Starts worker processes, releases them together, collects what they reported.

    Workers are forked from one multiprocessing fork server per test session that has already
    imported the installed package (and redis-py): real, separate processes, without paying an
    interpreter start and its imports per worker. ``clock`` is the fleet's shared clock: every
    worker and the ``sandbox`` fixture run on it, so ``fleet.clock.advance(s)`` moves them all.
    """

    def __init__(self, tmp_path: Path, context: multiprocessing.context.BaseContext) -> None:
        self.tmp = tmp_path
        self.context = context
        self.workers: list[Worker] = []
        self.go = tmp_path / "go"
        self.stop_file = tmp_path / "stop"
        self.clock = SharedClock(tmp_path / "clock")

    def spawn(self, count: int, **options: Any) -> list[Worker]:
        started = []
        for _ in range(count):
            n = len(self.workers)
            ready, report = self.tmp / f"ready-{n}", self.tmp / f"report-{n}.json"
            opts = {"ready": str(ready), "go": str(self.go), "served": str(self.tmp / f"served-{n}"), **options}
            opts["clock"] = str(self.clock.path)  # real time until the test moves it
            if opts.pop("until_stopped", False):
                opts["stop"] = str(self.stop_file)
            process = self.context.Process(target=fleet_worker.run, args=(opts, str(report)), daemon=True)
            process.start()
            worker = Worker(process, report)
            self.workers.append(worker)
            started.append((worker, ready))
        deadline = time.monotonic() + 60
        while not all(ready.exists() for _, ready in started):
            dead = [w for w, _ in started if not w.alive()]
            if time.monotonic() > deadline or dead:
                raise RuntimeError("a worker did not start: " + "\n".join(w.stderr() for w in dead))
            time.sleep(0.01)
        return [worker for worker, _ in started]

    def release(self) -> None:
        self.go.touch()

    def wait_served(self, limit: float = 30.0) -> None:
        """Until every thread of every worker has had its first token (real time): the fleet is running."""
        deadline = time.monotonic() + limit
        while not all((self.tmp / f"served-{n}").exists() for n in range(len(self.workers))):
            if time.monotonic() > deadline:
                raise AssertionError("the fleet's threads did not all get a first token")
            time.sleep(0.01)

    def stop(self) -> None:
        """Ends the workers started with ``until_stopped=True`` (their threads finish the round they are in)."""
        self.stop_file.touch()

    def results(self, workers: list[Worker] | None = None) -> list[dict[str, Any]]:
        return [worker.result() for worker in workers or self.workers]

    def kill_all(self) -> None:
        for worker in self.workers:
            worker.kill()


@pytest.fixture(scope="session")
def fork_server() -> multiprocessing.context.BaseContext:
    """A fork server that has imported what every worker needs, once per test process."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


@pytest.fixture
def fleet(tmp_path: Path, fork_server: multiprocessing.context.BaseContext) -> Iterator[Fleet]:
    f = Fleet(tmp_path, fork_server)
    try:
        yield f
    finally:
        f.kill_all()
