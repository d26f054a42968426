"""The drift sentinel: one event per finding per process, a JSON-lines log shared by processes,
and ``auth-overlay drift-report`` summarising it. Values never leave the answer."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tradovate_client import AuthenticatedClient
from tradovate_client.api.orders import order_list

from auth_overlay import api
from auth_overlay._cli import main

from .conftest import Answer, ScriptedServer

ORDER = {
    "id": 1,
    "accountId": 2,
    "timestamp": "2026-12-02T06:00:00+00:00",
    "action": "Sell",
    "ordStatus": "Parked",
    "admin": False,
    "iban": "DE89370400440532013000",
}
CALLER = textwrap.dedent(
    """
    import sys
    from tradovate_client import AuthenticatedClient
    from tradovate_client.api.orders import order_list
    from auth_overlay import api

    client = AuthenticatedClient(base_url=sys.argv[1], token="t", call_hook=api.CallGuard("tradovate"))
    for _ in range(3):
        order_list.sync(client=client)
    """
)


def log_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_each_finding_is_logged_once_per_process_without_its_value(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    log = tmp_path / "drift.jsonl"
    monkeypatch.setenv(api.DRIFT_LOG_ENV, str(log))
    server.script("GET", "/order/list", Answer.json([ORDER, ORDER]))
    client = AuthenticatedClient(base_url=server.url, token="t", call_hook=api.CallGuard("tradovate"))
    with caplog.at_level(logging.WARNING, logger="auth_overlay"):
        for _ in range(3):
            order_list.sync(client=client)
    records = log_lines(log)
    assert sorted((r["path"], r["kind"], r["value_type"]) for r in records) == [
        ("$[*].iban", "unknown_field", "string"),
        ("$[*].ordStatus", "unknown_enum_value", "string"),
    ]
    assert {r["provider"] for r in records} == {"tradovate"}
    assert len([r for r in caplog.records if "ContractDrift" in r.getMessage()]) == 2
    assert "DE89" not in log.read_text()
    assert "Parked" not in log.read_text()
    assert "DE89" not in caplog.text


def test_drift_report_summarises_what_several_processes_saw(
    server: ScriptedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "drift.jsonl"
    server.script("GET", "/order/list", Answer.json([ORDER]))
    for _ in range(2):
        subprocess.run(
            [sys.executable, "-c", CALLER, server.url],
            env={"AUTH_OVERLAY_DRIFT_LOG": str(log), "PATH": "/usr/bin:/bin"},
            check=True,
            timeout=60,
        )
    with log.open("a") as extra:
        extra.write("not json\n")
    assert main(["drift-report", "--log", str(log), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unreadable_lines"] == 1
    assert [(f["path"], f["kind"], f["processes"]) for f in report["findings"]] == [
        ("$[*].iban", "unknown_field", 2),
        ("$[*].ordStatus", "unknown_enum_value", 2),
    ]
    assert main(["drift-report", "--log", str(log)]) == 0
    table = capsys.readouterr().out
    assert "unknown_enum_value" in table
    assert "tradovate GET /order/list" in table
    assert "(1 unreadable line skipped)" in table


def test_drift_report_needs_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(api.DRIFT_LOG_ENV, raising=False)
    assert main(["drift-report"]) == 2
    assert "AUTH_OVERLAY_DRIFT_LOG" in capsys.readouterr().err
    assert main(["drift-report", "--log", str(tmp_path / "missing.jsonl")]) == 2
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["drift-report", "--log", str(empty)]) == 0
    assert "no contract drift recorded" in capsys.readouterr().out


def test_an_unwritable_log_never_breaks_a_call(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(api.DRIFT_LOG_ENV, str(tmp_path / "no" / "such" / "dir.jsonl"))
    server.script("GET", "/order/list", Answer.json([ORDER]))
    [order] = order_list.sync(
        client=AuthenticatedClient(base_url=server.url, token="t", call_hook=api.CallGuard("tradovate"))
    )
    assert order.ord_status.is_known is False


def test_a_checked_clean_shape_does_not_hide_a_later_unknown_value() -> None:
    from tradovate_client.models import Order

    from auth_overlay.api import _drift

    known = Order.from_dict({**ORDER, "ordStatus": "Working"})
    del known.additional_properties["iban"]
    for _ in range(3):  # the same shape again and again: served from the clean-signature memory
        found: list[_drift.Finding] = []
        _drift.walk([known], "$", found)
        assert found == []
    unknown = Order.from_dict({**ORDER, "ordStatus": "Parked", "admin": "no"})
    found = []
    _drift.walk([known, unknown], "$", found)
    assert sorted(found) == [
        ("$[*].admin", "wrong_type", "string"),
        ("$[*].iban", "unknown_field", "string"),
        ("$[*].ordStatus", "unknown_enum_value", "string"),
    ]
