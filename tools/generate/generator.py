"""Run the pinned openapi-python-client for one vendor; every warning it gives must be declared."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.layout import WARNINGS_NAME, Vendor

# A generator warning: its first line names the level and what was being parsed.
WARNING_HEADER = re.compile(r"^(WARNING|ERROR) ")
# Python reprs in warning details carry memory addresses; a declared warning must not.
OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def _tool_env() -> dict[str, str]:
    # The generator's post hooks call `ruff` and `python` by name: make them the ones
    # installed beside this interpreter, whatever the caller's PATH says.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_one(vendor: Vendor, out_dir: Path, spec_path: Path | None = None) -> Path:
    """Generate vendor's client package into out_dir/<vendor>_client and return that path.

    ``spec_path`` is the spec to read (default: the vendor's openapi.json). Every warning of
    the generator must be declared in the vendor's generator-warnings.txt, and every declared
    one must still occur: anything else is an error, so no warning is ignored silently."""
    target = out_dir / vendor.package
    config_dir = out_dir / ".config"
    config_dir.mkdir(exist_ok=True)
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path or vendor.spec_path),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--config",
        str(vendor.write_generator_config(config_dir)),
        "--overwrite",
    ]
    templates = vendor.write_templates(config_dir)
    if templates is not None:
        cmd += ["--custom-template-path", str(templates)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_tool_env(), check=False)
    if proc.returncode != 0:
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise ToolError(f"{vendor.name}: openapi-python-client failed: {' | '.join(detail[-6:])}")
    check_warnings(vendor, generator_warnings(proc.stdout + "\n" + proc.stderr))
    return target


def generator_warnings(output: str) -> list[str]:
    """Each warning the generator printed, as one line: its header, then its first detail line."""
    lines = [line.strip() for line in output.splitlines()]
    found: list[str] = []
    for index, line in enumerate(lines):
        if WARNING_HEADER.match(line):
            detail = next((rest for rest in lines[index + 1 :] if rest), "")
            found.append(f"{line} {OBJECT_REPR.sub('<…>', detail)}".strip())
    if not found and "Warning(s) encountered" in output:
        found.append("Warning(s) encountered (the generator printed no detail)")
    return found


def declared_warnings(vendor: Vendor) -> list[str]:
    if not vendor.warnings_path.exists():
        return []
    lines = vendor.warnings_path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def check_warnings(vendor: Vendor, warnings: list[str]) -> None:
    """A warning is accepted when a declared line starts it; a declared line nothing matches is stale."""
    declared = declared_warnings(vendor)
    where = f"openapi/{vendor.name}/{WARNINGS_NAME}"
    for warning in warnings:
        if not any(warning.startswith(line) for line in declared):
            why = f"repair the spec, or declare it in {where}"
            raise ToolError(f"{vendor.name}: undeclared generator warning ({why}): {warning}")
    for line in declared:
        if not any(warning.startswith(line) for warning in warnings):
            raise ToolError(f"{vendor.name}: {where} declares a warning the generator no longer gives: {line}")
