"""Schemathesis, a tool nobody here wrote, against ``auth-overlay sandbox`` as users run it.

Every emulated Tradovate operation, its three auth endpoints and the Tradevest and Alternative
Payments token endpoints are run through Schemathesis's standard checks (``--checks all``: not a
server error, status codes, content types, response schemas and headers, negative data rejected,
positive data accepted, unsupported methods with ``Allow``, ignored auth …) from the vendored specs
the generator sees. Any finding not in ``schemathesis-exceptions.yaml`` (one list, each entry with
its reason) fails, and so does an entry no finding matches any more. The run is bounded: a fixed
number of examples per operation, deterministic generation, one worker, a timeout per request and
for the whole run. Then the same running sandbox is called the way the vendor's own examples call
the real service (camel-case paths, JSON without ``Content-Type``, a browser's CORS preflight).
"""

from __future__ import annotations

import base64
import json
import re
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from auth_overlay.testing.sandbox._tradovate_api import EMULATED

from . import one_shot

pytestmark = pytest.mark.slow

REPO = Path(__file__).parents[2]
EXCEPTIONS = Path(__file__).with_name("schemathesis-exceptions.yaml")
USER = "schemathesis"  # its own Tradovate login and session limit: nobody else logs it out
# Examples per operation for the fuzzing and stateful phases. The coverage phase does not depend
# on it: it derives its cases from the schemas (each boundary, missing required part, wrong type,
# unsupported method) and finds 5 of the 6 kinds of finding the exception list explains; fuzzing
# adds the last, a schema-valid order the sandbox refuses (POST /order/placeorder
# positive_data_acceptance), first generated at 5 examples (seed 23, deterministic). 10 keeps twice
# that margin; 25 found nothing more for a sixth more CPU (measured: 9.0-9.2 against 10.6-11.6
# CPU-seconds for the three runs, of which about 6 is starting Schemathesis three times). Each of
# the 15 checks of --checks all still runs hundreds of times (at least 450 at 5 examples).
MAX_EXAMPLES = 10
_OPERATION = re.compile(r"[A-Z]+ /\S*")
RUN_TIMEOUT = 120  # seconds for one vendor's run; it takes a few

TRADOVATE_OPERATIONS = sorted(
    {path for _, path, _ in EMULATED}
    | {"/auth/me", "/auth/accesstokenrequest", "/auth/oauthtoken", "/auth/renewaccesstoken"}
)


@dataclass(frozen=True, slots=True)
class Finding:
    vendor: str
    operation: str  # "POST /order/placeorder"
    check: str
    status: int | None
    message: str


@dataclass(slots=True)
class Run:
    vendor: str
    operations: set[str]
    cases: int
    checks: int
    findings: list[Finding]


@dataclass(frozen=True, slots=True)
class Served:
    url: str
    users: dict[str, dict[str, dict[str, str]]]  # user -> vendor -> {"client_id": …, …}


def basic_authorization(client_id: str, client_secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")


def _credentials(line: str) -> dict[str, dict[str, str]]:
    """``  user NAME: tradevest client_id=… client_secret=…; … tradovate client_id=… username=…``."""
    found: dict[str, dict[str, str]] = {}
    for part in line.split(":", 1)[1].split(";"):
        vendor, _, pairs = part.strip().partition(" ")
        found[vendor] = dict(pair.split("=", 1) for pair in pairs.split())
    return found


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    process = subprocess.Popen(
        [sys.executable, "-m", "auth_overlay.testing.sandbox", "--port", "0", "--users", USER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not (lines and lines[-1].startswith("  tradovate API")):
            line = process.stdout.readline()
            assert line, f"the sandbox exited: {process.wait()}"
            lines.append(line.rstrip("\n"))
        url = re.fullmatch(r"auth-overlay sandbox listening on (\S+)", lines[0])
        assert url is not None
        users = {line.split()[1].rstrip(":"): _credentials(line) for line in lines if line.startswith("  user ")}
        yield Served(url.group(1), users)
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _session_token(served: Served) -> str:
    creds = served.users[USER]["tradovate"]
    body = {"name": creds["username"], "password": creds["password"], "cid": creds["client_id"]}
    answer = one_shot.post(
        f"{served.url}/tradovate/v1/auth/accesstokenrequest", json={**body, "sec": creds["client_secret"]}
    )
    token: str = answer.json()["accessToken"]
    return token


def _schemathesis(tmp_path: Path, vendor: str, url: str, *options: str) -> Run:
    events = tmp_path / f"{vendor}.ndjson"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(REPO / "openapi" / vendor / "openapi.json"),
        "--url",
        url,
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--generation-deterministic",
        "--seed",
        "23",
        "--workers",
        "1",
        "--request-timeout",
        "5",
        "--continue-on-failure",  # an explained finding must not end an operation's run early
        "--no-color",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(events),
        *options,
    ]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    assert events.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    return _read(vendor, events, done.stdout)


def _read(vendor: str, events: Path, output: str) -> Run:
    run = Run(vendor, set(), 0, 0, [])
    finished = False
    for line in events.read_text().splitlines():
        event: dict[str, Any] = json.loads(line)
        kind, data = next(iter(event.items()))
        if kind in ("NonFatalError", "FatalError"):
            pytest.fail(f"{vendor}: Schemathesis could not test: {json.dumps(data)[:2000]}")
        finished |= kind == "EngineFinished"
        if kind != "ScenarioFinished":
            continue
        recorder = data["recorder"]
        for case_id, case in recorder.get("cases", {}).items():
            value = case["value"]
            # The operation under test (an unsupported-method case sends another method to its path);
            # a stateful scenario's steps are each their own operation.
            label = recorder["label"] if data["phase"] != "stateful" else ""
            operation = label if _OPERATION.fullmatch(label) else f"{value['method']} {value['path']}"
            run.operations.add(operation)
            run.cases += 1
            for check in recorder.get("checks", {}).get(case_id, []):
                run.checks += 1
                if check["status"] != "failure":
                    continue
                response = recorder.get("interactions", {}).get(case_id, {}).get("response") or {}
                failure = check.get("failure_info", {}).get("failure", {})
                run.findings.append(
                    Finding(vendor, operation, check["name"], response.get("status_code"), failure.get("title", ""))
                )
    assert finished, f"{vendor}: the run did not finish:\n{output[-3000:]}"
    return run


def _explained(finding: Finding, entry: dict[str, Any]) -> bool:
    return (
        entry["vendor"] == finding.vendor
        and entry["operation"] in ("*", finding.operation)
        and entry["check"] == finding.check
        and entry["status"] in ("*", finding.status)
    )


def test_the_exception_list_gives_a_reason_for_every_entry() -> None:
    entries = yaml.safe_load(EXCEPTIONS.read_text())
    assert entries
    for entry in entries:
        assert set(entry) == {"vendor", "operation", "check", "status", "reason"}, entry
        assert len(entry["reason"]) > 40, entry


def test_schemathesis_finds_nothing_unexplained_and_vendor_style_calls_work(served: Served, tmp_path: Path) -> None:
    creds = served.users[USER]
    ap = creds["alternative_payments"]
    paths = "|".join(re.escape(path) for path in TRADOVATE_OPERATIONS)
    runs = [
        _schemathesis(
            tmp_path,
            "tradovate",
            f"{served.url}/tradovate/v1",
            "--include-path-regex",
            f"^({paths})$",
            "--header",
            f"Authorization: Bearer {_session_token(served)}",
        ),
        _schemathesis(tmp_path, "tradevest", f"{served.url}/tradevest"),
        _schemathesis(
            tmp_path,
            "alternative_payments",
            f"{served.url}/alternative_payments",
            # not --auth: Schemathesis refuses a password with ':' in it, which RFC 7617 allows
            "--header",
            "Authorization: " + basic_authorization(ap["client_id"], ap["client_secret"]),
        ),
    ]
    entries = yaml.safe_load(EXCEPTIONS.read_text())
    findings = [finding for run in runs for finding in run.findings]
    by_kind = Counter((f.vendor, f.operation, f.check, f.status) for f in findings)
    unexplained = [f for f in findings if not any(_explained(f, e) for e in entries)]
    stale = [e for e in entries if not any(_explained(f, e) for f in findings)]
    print(f"\nSchemathesis against auth-overlay sandbox ({MAX_EXAMPLES} examples per operation, deterministic):")
    for run in runs:
        print(f"  {run.vendor}: {len(run.operations)} operations, {run.cases} cases, {run.checks} checks, ", end="")
        print(f"{len(run.findings)} failed checks")
    distinct_unexplained = {(f.vendor, f.operation, f.check, f.status) for f in unexplained}
    print(f"  distinct findings: {len(by_kind)}, unexplained: {len(distinct_unexplained)}")
    for (vendor, operation, check, status), count in sorted(by_kind.items(), key=repr):
        print(f"    {vendor} {operation} {check} {status}: {count}")
    assert {run.vendor: len(run.operations) for run in runs} == {
        "tradovate": len(TRADOVATE_OPERATIONS),
        "tradevest": 1,
        "alternative_payments": 1,
    }
    assert not unexplained, "\n".join(
        f"{f.vendor} {f.operation} {f.check} {f.status}: {f.message}" for f in unexplained
    )
    assert not stale, f"exceptions no finding matches any more (delete them): {stale}"

    # The same sandbox, after the fuzzing, called as the vendor's examples call the real service.
    base = f"{served.url}/tradovate/v1"
    tradovate = creds["tradovate"]
    login = {
        "name": tradovate["username"],
        "password": tradovate["password"],
        "appId": "Sample App",
        "appVersion": "1.0",
    }
    login |= {"cid": int(tradovate["client_id"]), "sec": tradovate["client_secret"]}  # cid a number, as theirs
    session = one_shot.post(f"{base}/auth/accessTokenRequest", content=json.dumps(login).encode()).json()
    headers = {"Authorization": f"Bearer {session['accessToken']}", "Accept": "application/json"}
    account = one_shot.get(f"{base}/account/list", headers=headers).json()[0]
    contract = one_shot.get(f"{base}/contract/find?name=MESZ6", headers=headers).json()
    order = {"accountSpec": tradovate["username"], "accountId": account["id"], "action": "Buy"}
    order |= {"symbol": contract["name"], "orderQty": 1, "orderType": "Market", "isAutomated": True}
    placed = one_shot.post(f"{base}/order/placeOrder", content=json.dumps(order).encode(), headers=headers)
    assert "content-type" not in placed.request.headers
    assert placed.status_code == 200, placed.text
    assert placed.json()["orderId"] in [o["id"] for o in one_shot.get(f"{base}/Order/List", headers=headers).json()]
    preflight = one_shot.options(
        f"{base}/order/placeOrder",
        headers={
            "Origin": "http://localhost:8080",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert (preflight.status_code, preflight.headers["access-control-allow-origin"]) == (204, "*")
    assert one_shot.head(f"{base}/position/list", headers=headers).status_code == 200
