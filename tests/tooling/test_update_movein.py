"""`update` moves every vendor's new files and packages in all at once or not at all: a full disk
or SIGINT while staging writes nothing; a process killed while moving in is finished by the
next run (and drift says so until then). The fault seam: tools/watch/movein.py."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tool_calls import call_tool

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
Snapshot = Callable[[Path], dict[str, bytes]]


def spec(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((REPO / "openapi" / vendor / "upstream.json").read_text(encoding="utf-8"))
    return loaded


def pages(tmp_path: Path) -> list[str]:
    """--from arguments: a new operation for Alternative Payments, a new field for Tradevest."""
    ap = spec("alternative_payments")
    revoke = copy.deepcopy(ap["paths"]["/oauth/token"]["post"])
    revoke["operationId"] = "revokeOAuthToken"
    ap["paths"]["/oauth/revoke"] = {"post": revoke}
    tradevest = spec("tradevest")
    tradevest["components"]["schemas"]["AuthResponse"]["properties"]["scope"] = {"type": "string"}
    found = []
    for name, document in (("alternative_payments", ap), ("tradevest", tradevest)):
        page = tmp_path / f"{name}.md"
        page.write_text(f"# API\n\n```json\n{json.dumps(document, indent=2)}\n```\n")
        found += ["--from", f"{name}={page}"]
    return found


def run(module: str, repo: Path, *args: str, fault: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "AUTH_OVERLAY_UPDATE_FAULT"}
    if fault:
        env["AUTH_OVERLAY_UPDATE_FAULT"] = fault
    return subprocess.run(
        [sys.executable, "-m", f"tools.{module}", "--repo", str(repo), *args],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False, env=env,
    )  # fmt: skip


def update(repo: Path, tmp_path: Path, fault: str = "") -> subprocess.CompletedProcess[str]:
    return run("update", repo, "--no-tests", "--no-impact", "--today", "2031-02-03", *pages(tmp_path), fault=fault)


def files_in(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


def test_a_full_disk_while_staging_the_second_package_writes_nothing(
    small_repo_copy: Path, tmp_path: Path, snapshot: Snapshot
) -> None:
    before = snapshot(small_repo_copy)
    # Staged in order: 5 files per vendor (4 in openapi/, the docs/api page), then Alternative
    # Payments' package, then Tradevest's.
    in_tradevests_package = 10 + files_in(small_repo_copy / "generated/alternative_payments_client") + 3

    result = update(small_repo_copy, tmp_path, fault=f"enospc@{in_tradevests_package}")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "No space left on device" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(small_repo_copy) == before, "neither vendor's files nor packages changed"
    assert not (small_repo_copy / ".spec-update").exists()


def test_sigint_while_staging_writes_nothing(small_repo_copy: Path, tmp_path: Path, snapshot: Snapshot) -> None:
    before = snapshot(small_repo_copy)

    result = update(small_repo_copy, tmp_path, fault="sigint@12")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "interrupted" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(small_repo_copy) == before
    assert not (small_repo_copy / ".spec-update").exists()


def test_a_process_killed_while_moving_in_is_finished_by_the_next_run(small_repo_copy: Path, tmp_path: Path) -> None:
    killed = update(small_repo_copy, tmp_path, fault="sigkill-moving@3")
    assert killed.returncode == -9, killed.stdout + killed.stderr
    assert (small_repo_copy / ".spec-update/journal.json").exists()

    explained = call_tool("drift", "--repo", small_repo_copy)
    assert explained.returncode == 1
    assert "an update was interrupted while moving in" in explained.stdout
    assert "`nox -s update` finishes it first" in explained.stdout

    again = update(small_repo_copy, tmp_path)

    assert "finished the move-in of an interrupted update of alternative_payments, tradevest" in again.stderr
    assert again.returncode == 0, again.stdout + again.stderr  # then: both upstreams are what is vendored
    assert "alternative_payments: unchanged" in again.stdout
    assert not (small_repo_copy / ".spec-update").exists()
    assert call_tool("drift", "--repo", small_repo_copy).returncode == 0
    revoke = small_repo_copy / "generated/alternative_payments_client/api/o_auth/revoke_o_auth_token.py"
    assert revoke.exists()
    assert "revoke_o_auth_token" in (small_repo_copy / "docs/api/alternative_payments.md").read_text()
    changes = (small_repo_copy / "openapi/tradevest/CHANGES.md").read_text()
    assert "## 2031-02-03: 1.0 → 1.0, changed — compatible" in changes
