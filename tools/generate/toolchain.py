"""The pinned generator toolchain (tools/generator-requirements.txt) and whether it is installed."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

PINS_FILE = Path(__file__).resolve().parents[1] / "generator-requirements.txt"


def pinned_versions(pins_file: Path = PINS_FILE) -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in pins_file.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[name.strip()] = version.strip()
    return pins


def check_pinned_versions(pins_file: Path = PINS_FILE) -> list[str]:
    """Problems with the installed generator toolchain, one line each (empty when exact)."""
    problems = []
    for name, wanted in pinned_versions(pins_file).items():
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed (pinned {wanted})")
            continue
        if have != wanted:
            problems.append(f"{name} {have} is installed, but {wanted} is pinned")
    return problems
