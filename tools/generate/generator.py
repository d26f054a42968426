"""Run the pinned openapi-python-client for one vendor; every warning it gives must be declared."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.layout import WARNINGS_NAME, Vendor
from tools.generate.cache import Input, cache_enabled, input_key, restore, store

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
    one must still occur: anything else is an error, so no warning is ignored silently.
    A tree generated before from the same input is taken from the cache (tools/generate/cache.py)
    once its files hash to what the generator wrote then; its warnings are checked the same way."""
    return _generate(vendor, out_dir, spec_path, place=True)


def generated_package(vendor: Vendor, out_dir: Path, spec_path: Path | None = None) -> Path:
    """Like generate_one, for a caller that only reads the package: a remembered one is read
    where the cache keeps it (verified, not copied); else it is generated into out_dir."""
    return _generate(vendor, out_dir, spec_path, place=False)


def _generate(vendor: Vendor, out_dir: Path, spec_path: Path | None, *, place: bool) -> Path:
    target = out_dir / vendor.package
    config_dir = out_dir / ".config"
    config_dir.mkdir(exist_ok=True)
    spec = spec_path or vendor.spec_path
    config = vendor.write_generator_config(config_dir)
    templates = vendor.write_templates(config_dir)
    # The command line but for its paths (their bytes are keyed instead).
    options = ["--meta", "none", "--overwrite", *(["--custom-template-path"] if templates else [])]
    try:
        given = Input(vendor.package, spec.read_bytes(), config.read_bytes(), templates, tuple(options))
    except OSError as exc:
        raise ToolError(f"{vendor.name}: cannot read {exc.filename} ({exc.strerror or exc})") from None
    key = input_key(given) if cache_enabled() else None
    remembered = restore(key, vendor.package, target if place else None) if key else None
    if remembered is not None:
        package, warnings = remembered
        check_warnings(vendor, warnings)
        return package
    executable = str(Path(sys.executable).parent / "openapi-python-client")
    cmd = [executable, "generate", "--path", str(spec), "--output-path", str(target), "--config", str(config)]
    cmd += [*options, *([str(templates)] if templates else [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_tool_env(), check=False)
    if proc.returncode != 0:
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise ToolError(f"{vendor.name}: openapi-python-client failed: {' | '.join(detail[-6:])}")
    warnings = generator_warnings(proc.stdout + "\n" + proc.stderr)
    if key:
        store(key, vendor.package, target, warnings)
    check_warnings(vendor, warnings)
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
