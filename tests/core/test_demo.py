"""The README's first command: the demo runs every vendor's flow and every step behaves."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_cli


def test_demo_json_reports_every_step_ok(tmp_path: Path) -> None:
    result = run_cli(["demo", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    steps = report["steps"]
    vendors = {s["vendor"] for s in steps}
    assert vendors == {"tradevest", "alternative_payments", "tradovate", "tradovate session"}
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


def test_demo_table_is_printed(tmp_path: Path) -> None:
    result = run_cli(["demo"], tmp_path)
    assert result.returncode == 0
    header = result.stdout.splitlines()[0]
    assert header.split() == ["vendor", "step", "outcome", "token", "requests"]
