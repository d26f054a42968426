"""The README's first command: the demo runs every vendor's flow and every step behaves."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import run_cli


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """One ``auth-overlay demo --json`` run (several seconds) shared by the tests that read it."""
    return run_cli(["demo", "--json"], tmp_path_factory.mktemp("demo"))


def test_demo_json_reports_every_step_ok(demo_json: subprocess.CompletedProcess[str]) -> None:
    result = demo_json
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    steps = report["steps"]
    vendors = {s["vendor"] for s in steps}
    assert vendors == {
        "tradevest",
        "alternative_payments",
        "tradovate",
        "tradovate session",
        "tradovate trading",
        "tradovate real time",
    }
    assert all(s["ok"] for s in steps), [s for s in steps if not s["ok"]]
    names = {s["step"] for s in steps}
    assert {
        "token acquired",
        "refresh after expiry",
        "401 -> one refresh, one replay",
        "penalty ticket honoured",
    } <= names
    # per vendor: one request to acquire, none for 100 cached calls
    for vendor in ("tradevest", "alternative_payments", "tradovate"):
        acquired, reused = (
            s for s in steps if s["vendor"] == vendor and s["step"] in ("token acquired", "cached reuse (100 calls)")
        )
        assert (acquired["token_requests"], reused["token_requests"]) == (1, 1)


def test_demo_places_and_cancels_an_order_through_the_generated_client(
    demo_json: subprocess.CompletedProcess[str],
) -> None:
    result = demo_json
    assert result.returncode == 0, result.stderr
    trading = [s for s in json.loads(result.stdout)["steps"] if s["vendor"] == "tradovate trading"]
    assert [s["step"] for s in trading] == ["log in, list accounts", "place a demo order", "cancel it"]
    assert all(s["ok"] for s in trading)
    listed, placed, cancelled = (s["outcome"] for s in trading)
    assert re.fullmatch(r"1 account: DEMO\d+ \(id \d+\)", listed)
    order_id = re.fullmatch(r"Buy 1 MESZ6 Limit @ 5000 -> order (\d+), Working", placed)
    assert order_id is not None
    assert cancelled == f"order {order_id[1]}: Working -> Canceled"
    assert [s["token_requests"] for s in trading] == [1, 1, 1]  # one login serves the whole chain


def test_demo_prints_a_fill_as_it_arrives_on_the_socket(demo_json: subprocess.CompletedProcess[str]) -> None:
    steps = [s for s in json.loads(demo_json.stdout)["steps"] if s["vendor"] == "tradovate real time"]
    assert [s["step"] for s in steps] == ["sync over the socket", "Market order over REST, fill on the socket"]
    assert all(s["ok"] for s in steps)
    assert re.fullmatch(
        r"order (\d+) over REST -> fill \d+ on the socket: Buy 1 @ 6050.25, position 1", steps[1]["outcome"]
    )
    assert [s["token_requests"] for s in steps] == [1, 1]


def test_demo_table_is_printed(tmp_path: Path) -> None:
    result = run_cli(["demo"], tmp_path)
    assert result.returncode == 0
    header = result.stdout.splitlines()[0]
    assert header.split() == ["vendor", "step", "outcome", "token", "requests"]
