"""The spec tools' exit codes are the contract a script or a workflow branches on: they survive
`nox -s …` (run here with --no-venv on this interpreter), and `--from` alone names the vendors."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "pages"
SPEC = json.loads((REPO / "openapi/tradevest/upstream.json").read_text(encoding="utf-8"))


def nox(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(REPO / "noxfile.py"), "--no-venv", "--no-install",
         "--envdir", str(tmp_path / ".nox"), *map(str, args)],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def docs_page(tmp_path: Path, spec: dict[str, Any]) -> Path:
    page = tmp_path / "authorization.md"
    page.write_text(f"# Authorization\n\n```json\n{json.dumps(spec, indent=2)}\n```\n")
    return page


def with_response_field(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["AuthResponse"]["properties"]["scope"] = {"type": "string"}
    return changed


def without_expires_in(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    del changed["components"]["schemas"]["AuthResponse"]["properties"]["expires_in"]
    changed["components"]["schemas"]["AuthResponse"]["required"].remove("expires_in")
    return changed


@pytest.mark.parametrize(
    ("make_page", "code", "said"),
    [
        (lambda tmp: PAGES / "000_c4a8024841990d83.txt", 0, "unchanged: identical to the vendored spec"),
        (lambda tmp: docs_page(tmp, with_response_field(SPEC)), 1, "optional field 'scope' added"),
        (lambda tmp: docs_page(tmp, without_expires_in(SPEC)), 2, "BREAKING"),
        (lambda tmp: (tmp / "login.html").write_text("<html>login</html>") and tmp / "login.html", 3, "an HTML page"),
    ],
    ids=["unchanged", "compatible", "breaking", "refused"],
)
def test_vendor_exits_with_its_own_code_through_nox(
    tmp_path: Path, openapi_copy: Path, make_page: Any, code: int, said: str
) -> None:
    result = nox(tmp_path, "-s", "vendor", "--", make_page(tmp_path), "tradevest", "--openapi-dir", openapi_copy)

    assert result.returncode == code, result.stdout + result.stderr
    assert said in result.stdout + result.stderr
    assert "Session vendor failed" not in result.stderr


def test_check_upstream_from_a_file_checks_that_vendor_alone(tmp_path: Path, small_repo_copy: Path) -> None:
    report = tmp_path / "report.json"
    page = PAGES / "000_c4a8024841990d83.txt"

    result = nox(
        tmp_path, "-s", "check-upstream", "--",
        "--repo", small_repo_copy, "--from", f"tradevest={page}", "--json", report, "--no-impact",
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    assert [v["vendor"] for v in json.loads(report.read_text())["vendors"]] == ["tradevest"]


def test_an_unreachable_source_exits_3_through_nox(tmp_path: Path, small_repo_copy: Path) -> None:
    import socket

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]

    result = nox(
        tmp_path, "-s", "check-upstream", "--",
        "--repo", small_repo_copy, "--from", f"tradevest=http://127.0.0.1:{port}/a.md", "--no-impact",
    )  # fmt: skip

    assert result.returncode == 3, result.stdout + result.stderr
    assert "tradevest: unreachable" in result.stdout
