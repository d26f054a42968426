"""``serve()``: the sandbox as a foreground process, as the ``auth-overlay sandbox`` command runs it."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from auth_overlay.testing.sandbox import serve


class Served:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def line(self, timeout: float = 15.0) -> str:
        line = self.lines.get(timeout=timeout)
        assert line is not None, f"serve() exited early: {self.process.wait()}"
        return line


@pytest.fixture
def run_serve(tmp_path: Path) -> Iterator[Callable[..., Served]]:
    processes: list[subprocess.Popen[str]] = []

    def start(*args: str) -> Served:
        code = f"from auth_overlay.testing.sandbox import serve; raise SystemExit(serve({list(args)!r}))"
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=tmp_path,  # not the checkout: the installed package is what runs
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        return Served(process)

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _listening_url(served: Served) -> str:
    match = re.fullmatch(r"auth-overlay sandbox listening on (http://127\.0\.0\.1:\d+)", served.line())
    assert match, "first line must announce the URL"
    return match.group(1)


def test_serve_announces_answers_and_stops_on_sigint(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0", "--token-lifetime", "120", "--fault", "tradevest:status:503")
    url = _listening_url(served)
    details = "\n".join(served.line() for _ in range(3))
    assert f"{url}/tradevest/oauth2/token" in details
    assert f"{url}/alternative_payments/oauth/token" in details
    assert f"{url}/tradovate/v1/auth/oauthtoken" in details
    assert "client_id=sandbox-tradevest-client client_secret=sandbox-tradevest-secret" in details

    form = {
        "client_id": "sandbox-tradevest-client",
        "client_secret": "sandbox-tradevest-secret",
        "grant_type": "client_credentials",
    }
    assert httpx.post(f"{url}/tradevest/oauth2/token", data=form).status_code == 503
    answer = httpx.post(f"{url}/tradevest/oauth2/token", data=form)
    assert answer.status_code == 200
    assert answer.json()["expires_in"] == 120

    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0
    with pytest.raises(httpx.ConnectError):
        httpx.post(f"{url}/tradevest/oauth2/token", data=form)


def test_serve_stops_cleanly_on_sigterm(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0")
    url = _listening_url(served)
    assert httpx.get(f"{url}/tradovate/api/whoami").status_code == 401
    served.process.send_signal(signal.SIGTERM)
    assert served.process.wait(10) == 0
    assert served.process.stderr is not None
    assert "Traceback" not in served.process.stderr.read()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.com"])
def test_serve_refuses_a_non_loopback_host(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert serve(["--host", host]) == 2
    assert "--allow-remote" in capsys.readouterr().err


@pytest.mark.parametrize(
    "spec",
    ["stripe:status:503", "tradevest:explode", "tradevest:status", "tradevest:latency:soon", "tradevest:drop@x"],
)
def test_serve_rejects_bad_fault_specs(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert serve(["--fault", spec]) == 2
    assert "bad --fault" in capsys.readouterr().err


def test_serve_reports_usage_errors_as_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert serve(["--port", "not-a-port"]) == 2
    assert "usage" in capsys.readouterr().err


def test_serve_lists_every_protected_endpoint_at_start(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0")
    url = _listening_url(served)
    announced = "\n".join(served.line() for _ in range(3))  # one line per vendor
    for provider in ("alternative_payments", "tradevest", "tradovate"):
        assert f"protected endpoint: GET {url}/{provider}/api/whoami" in announced
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0
