"""A scratch copy of the checkout, and the vendor's tests run in it against the new client."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.layout import Vendor

SCRATCH_IGNORED = (
    ".git",
    ".spec-update",
    ".nox",
    ".venv",
    "node_modules",
    "__pycache__",
    "*.pyc",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
)


def selected_tests(repo: Path, vendor: str) -> list[str]:
    """Test files outside tests/tooling that name the vendor (its profile or its client)."""
    found = []
    for path in sorted((repo / "tests").rglob("test_*.py")):
        if "tooling" not in path.parts and vendor in path.read_text(encoding="utf-8"):
            found.append(str(path))
    return found


def run_tests(scratch: Path, vendor: Vendor, pytest_args: list[str] | None) -> None:
    """The vendor's tests in the scratch checkout, importing its auth_overlay and new client."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(scratch / "generated"), str(scratch)])}
    env.pop("AUTH_OVERLAY_TESTS_AGAINST_WHEEL", None)  # these run against the scratch checkout, not a wheel
    probe = subprocess.run(
        [sys.executable, "-c", f"import {vendor.package}; print({vendor.package}.__file__)"],
        env=env, capture_output=True, text=True, check=False, cwd=scratch,
    )  # fmt: skip
    if probe.returncode != 0 or str(scratch) not in probe.stdout:
        where = probe.stdout.strip() or probe.stderr.strip().splitlines()[-1:]
        raise ToolError(f"{vendor.name}: the tests would not import the new {vendor.package} ({where})")
    args = pytest_args if pytest_args is not None else selected_tests(scratch, vendor.name)
    if not args:
        return
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-m", "not slow", *args]
    # As `nox -s tests` runs them, one file per worker; a single file needs no workers (starting
    # them costs more than its tests). `-n 0` in --pytest-args turns them off too.
    several_files = pytest_args is not None or len(args) > 1
    if several_files and importlib.util.find_spec("xdist") is not None:
        cmd[3:3] = ["-n", "auto", "--dist", "loadfile"]
    proc = subprocess.run(cmd, env=env, cwd=scratch, capture_output=True, text=True, check=False)
    if proc.returncode != 0:  # 5 ("no tests ran") too: the named tests must run
        lines = proc.stdout.strip().splitlines()
        failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))][:3] or lines[-3:]
        raise ToolError(f"{vendor.name}: tests fail against the new client: {' | '.join(failed)}")
