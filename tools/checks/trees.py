"""generated/ against a fresh generation, compared in both directions (changed, missing, extra)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from tools.checks.specs import Finding, Layout
from tools.core.layout import UPSTREAM_NAME

# Enough of a diff to see what happened without burying the rest of the report.
MAX_DIFF_LINES_PER_FILE = 40
MAX_DIFF_LINES_TOTAL = 200
# Interpreter and tool caches (all git-ignored) appear wherever code is imported or checked.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
IGNORED_SUFFIXES = frozenset({".pyc", ".pyo"})


@dataclass(slots=True)
class DiffBudget:
    """Lines of diff still allowed in the report, and how many were cut."""

    left: int = MAX_DIFF_LINES_TOTAL
    cut_lines: int = 0
    cut_files: int = 0

    def take(self, lines: list[str]) -> list[str]:
        allowed = min(MAX_DIFF_LINES_PER_FILE, self.left)
        shown = lines[:allowed]
        self.left -= len(shown)
        if len(lines) > allowed:
            self.cut_lines += len(lines) - allowed
            self.cut_files += 1
            why = "per-file limit" if allowed == MAX_DIFF_LINES_PER_FILE else "report limit"
            shown.append(f"… {len(lines) - allowed} more diff lines cut ({why})")
        return shown


@dataclass(slots=True)
class Result:
    findings: list[Finding] = field(default_factory=list)
    specs_checked: int = 0
    files_compared: int = 0
    compared: bool = False
    notes: list[str] = field(default_factory=list)


def tree(root: Path) -> dict[str, Path]:
    """Relative POSIX path → file, without interpreter caches."""
    if not root.is_dir():
        return {}
    files: dict[str, Path] = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if IGNORED_DIRS.intersection(relative.parts) or path.suffix in IGNORED_SUFFIXES:
            continue
        if path.is_file():
            files[relative.as_posix()] = path
    return files


def compare_generated(layout: Layout, fresh: dict[str, Path], unknown: set[str], result: Result) -> None:
    """Add findings for fresh (package → the folder of what the generator writes) against
    generated/ to result. Packages in `unknown` failed to generate: left out here, their failure
    is reported."""
    findings = result.findings
    budget = DiffBudget()
    for package, folder in fresh.items():
        expected, actual = tree(folder), tree(layout.generated_dir / package)
        result.files_compared += len(expected)
        shown = f"generated/{package}"
        if not actual:
            findings.append(Finding("generated", f"missing   {shown}/ (the whole package)"))
            continue
        for name in sorted(expected.keys() | actual.keys()):
            findings += _compare_file(f"{shown}/{name}", expected.get(name), actual.get(name), budget)
    findings += _extra_packages(layout, set(fresh) | unknown)
    if budget.cut_lines:
        result.notes.append(
            f"report trimmed: {budget.cut_lines} diff lines cut in {budget.cut_files} file(s); "
            "run `nox -s regenerate` and `git diff generated/` to see everything"
        )
    result.compared = True


def _compare_file(shown: str, expected: Path | None, actual: Path | None, budget: DiffBudget) -> list[Finding]:
    if actual is None:
        return [Finding("generated", f"missing   {shown} (the generator writes it)")]
    if expected is None:
        return [Finding("generated", f"extra     {shown} (the generator does not write it)")]
    old, new = actual.read_bytes(), expected.read_bytes()
    if old == new:
        return []
    return [Finding("generated", f"changed   {shown}", tuple(budget.take(_diff(shown, old, new))))]


def _diff(shown: str, committed: bytes, regenerated: bytes) -> list[str]:
    try:
        before, after = committed.decode("utf-8"), regenerated.decode("utf-8")
    except UnicodeDecodeError:
        return ["binary files differ"]
    return [
        line.rstrip("\n")
        for line in difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{shown} (in the repository)",
            tofile=f"{shown} (regenerated)",
            n=2,
        )
    ]


def _extra_packages(layout: Layout, known: set[str]) -> list[Finding]:
    if not layout.generated_dir.is_dir():
        return []
    findings = []
    for entry in sorted(layout.generated_dir.iterdir()):
        if entry.name in known or entry.name in IGNORED_DIRS:
            continue
        vendor = entry.name.removesuffix("_client")
        shown = f"generated/{entry.name}{'/' if entry.is_dir() else ''}"
        summary = f"extra     {shown} (no openapi/{vendor}/{UPSTREAM_NAME} generates it)"
        # regenerate replaces known packages only, so it would leave this one behind.
        detail = f"regenerating keeps it: delete {shown}, or vendor openapi/{vendor}/ first"
        findings.append(Finding("generated", summary, (detail,)))
    return findings
