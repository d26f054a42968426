"""``serve()``: the sandbox as a foreground process, as the ``auth-overlay sandbox`` command runs it."""

from __future__ import annotations

import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from auth_overlay.testing.sandbox import serve

from . import one_shot


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
    assert one_shot.post(f"{url}/tradevest/oauth2/token", data=form).status_code == 503
    answer = one_shot.post(f"{url}/tradevest/oauth2/token", data=form)
    assert answer.status_code == 200
    assert answer.json()["expires_in"] == 120

    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0
    with pytest.raises(httpx.ConnectError):
        one_shot.post(f"{url}/tradevest/oauth2/token", data=form)


def test_serve_stops_cleanly_on_sigterm(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0")
    url = _listening_url(served)
    assert one_shot.get(f"{url}/tradovate/api/whoami").status_code == 401
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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "not-a-port"], "invalid int value"),
        (["--users", "alice,,bob"], "--users"),
        (["--users", "al ice"], "bad --users"),
        (["--users", "alice,alice"], "unique"),
        (["--port", "80", "--host", "192.0.2.10"], "--allow-remote"),
    ],
)
def test_serve_reports_usage_errors_as_one_line_and_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("auth-overlay: ")
    assert err.count("\n") == 1
    assert message in err


def test_a_port_in_use_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert serve(["--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"auth-overlay: cannot listen on 127.0.0.1:{port}: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_serve_lists_every_protected_endpoint_at_start(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0")
    url = _listening_url(served)
    announced = "\n".join(served.line() for _ in range(3))  # one line per vendor
    for provider in ("alternative_payments", "tradevest", "tradovate"):
        assert f"protected endpoint: GET {url}/{provider}/api/whoami" in announced
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0


def _announced(served: Served, count: int) -> str:
    return "\n".join(served.line() for _ in range(count))


def test_serve_users_each_log_in_trade_and_hold_sessions_of_their_own(run_serve: Callable[..., Served]) -> None:
    served = run_serve("--port", "0", "--users", "alice,bob")
    url = _listening_url(served)
    announced = _announced(served, 5)  # three vendors, then one line per user
    logins: dict[str, dict[str, str]] = {}
    for user in ("alice", "bob"):
        line = next(text for text in announced.splitlines() if text.startswith(f"  user {user}:"))
        tradovate = dict(re.findall(r"(\w+)=(\S+?);?(?=\s|$)", line.split("tradovate ", 1)[1]))
        logins[user] = tradovate
        assert re.search(rf"tradevest client_id=sandbox-tradevest-{user} client_secret=\S+;", line)
    assert logins["alice"]["client_id"] != logins["bob"]["client_id"]

    base = f"{url}/tradovate/v1"

    def login(user: str) -> dict[str, str]:
        creds = logins[user]
        body = {"name": creds["username"], "password": creds["password"], "cid": creds["client_id"]}
        answer = one_shot.post(f"{base}/auth/accessTokenRequest", json={**body, "sec": creds["client_secret"]}).json()
        assert "accessToken" in answer, answer
        return {"Authorization": f"Bearer {answer['accessToken']}"}

    alice = login("alice")
    order = {"action": "Buy", "symbol": "MESZ6", "orderQty": 1, "orderType": "Market", "isAutomated": True}
    bob = [login("bob")]
    accounts = {
        user: one_shot.get(f"{base}/account/list", headers=h).json()[0]
        for user, h in [("alice", alice), ("bob", bob[0])]
    }
    assert accounts["alice"]["id"] != accounts["bob"]["id"]
    placed = one_shot.post(
        f"{base}/order/placeOrder", json={**order, "accountId": accounts["alice"]["id"]}, headers=alice
    )
    assert "orderId" in placed.json()
    # bob logs in twice more: the two-session limit closes his own oldest session, not alice's
    bob += [login("bob") for _ in range(2)]
    assert one_shot.get(f"{base}/order/list", headers=bob[0]).status_code == 401
    assert one_shot.get(f"{base}/order/list", headers=alice).json()[0]["id"] == placed.json()["orderId"]
    assert one_shot.get(f"{base}/order/list", headers=bob[-1]).json() == []  # and he does not see her orders
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0


def test_the_oauth_authorization_code_flow_runs_against_the_command(run_serve: Callable[..., Served]) -> None:
    from auth_overlay import TokenAuth

    served = run_serve("--port", "0", "--redirect-uri", "https://app.example/callback")
    url = _listening_url(served)
    announced = _announced(served, 4)
    assert f"GET {url}/tradovate/oauth?response_type=code&client_id=4242" in announced
    assert "registered URIs: https://app.example/callback" in announced
    page = one_shot.get(
        f"{url}/tradovate/oauth",
        params={
            "response_type": "code",
            "client_id": "4242",
            "redirect_uri": "https://app.example/callback",
            "state": "xyz",
        },
    )
    assert page.status_code == 302
    location = httpx.URL(page.headers["location"])
    assert (location.host, location.path, location.params["state"]) == ("app.example", "/callback", "xyz")

    auth = TokenAuth.for_provider(
        "tradovate",
        client_id="4242",
        client_secret="sandbox-tradovate-secret",
        code=location.params["code"],
        redirect_uri="https://app.example/callback",
        base_url=f"{url}/tradovate/v1",
    )
    with httpx.Client(auth=auth) as client:
        assert client.get(f"{url}/tradovate/api/whoami").status_code == 200
        assert client.get(f"{url}/tradovate/v1/account/list").status_code == 200
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(10) == 0
