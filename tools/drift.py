"""Fail when the repository no longer agrees with itself (`nox -s drift`).

Every problem is reported, not just the first:

1. the installed generator toolchain differs from tools/generator-requirements.txt;
2. an openapi/<vendor>/openapi.json no longer matches the sha256 in its manifest;
3. a spec is not valid OpenAPI;
4. generated/ differs from a fresh generation into a temporary folder, compared in both
   directions (changed, missing and extra files, extra packages), because `git diff` alone
   would miss files nobody added to git.

``--repo DIR`` checks a copy of the repository (its openapi/ and generated/).
"""

from __future__ import annotations

import difflib
import json
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from tools.specs import (
    PINS_FILE,
    REPO,
    SPEC_NAME,
    ArgumentParser,
    ToolError,
    Vendor,
    check_pinned_versions,
    generate_one,
    sha256_file,
    show_progress,
    validate_spec,
    vendors,
)

# Enough of a diff to see what happened without burying the rest of the report.
MAX_DIFF_LINES_PER_FILE = 40
MAX_DIFF_LINES_TOTAL = 200
# Interpreter and tool caches (all git-ignored) appear wherever code is imported or checked.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
IGNORED_SUFFIXES = frozenset({".pyc", ".pyo"})

SECTIONS = {
    "toolchain": (
        "the generator toolchain differs from tools/generator-requirements.txt",
        "run the check through `nox -s drift`, which installs the pinned versions",
    ),
    "specs": ("a vendored spec does not match its manifest or is not valid OpenAPI", ""),
    "generated": (
        "generated/ differs from what the pinned generator writes from openapi/",
        "nox -s regenerate",
    ),
}


@dataclass(frozen=True, slots=True)
class Finding:
    section: str  # a key of SECTIONS
    summary: str  # one line naming the problem
    details: tuple[str, ...] = ()  # diff lines, hashes, the per-vendor fix


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a repository (or a copy of one) keeps what drift compares."""

    root: Path

    @property
    def openapi_dir(self) -> Path:
        return self.root / "openapi"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def pins_file(self) -> Path:
        copy = self.root / "tools" / PINS_FILE.name
        return copy if copy.exists() else PINS_FILE

    def show(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


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


# ------------------------------------------------------------------------- checks


def check_toolchain(layout: Layout) -> list[Finding]:
    return [Finding("toolchain", problem) for problem in check_pinned_versions(layout.pins_file)]


def check_specs(layout: Layout, chosen: list[Vendor]) -> tuple[list[Finding], list[Vendor]]:
    """Hash and validity findings, and the vendors whose spec is fit to generate from."""
    findings = [
        Finding("specs", f"{layout.show(folder)}/ has no {SPEC_NAME}")
        for folder in sorted(p for p in layout.openapi_dir.iterdir() if p.is_dir())
        if not (folder / SPEC_NAME).exists()
    ]
    usable: list[Vendor] = []
    for vendor in chosen:
        findings += _check_hash(layout, vendor)
        problem = _check_valid(layout, vendor)
        if problem is None:
            usable.append(vendor)
        else:
            findings.append(problem)
    return findings, usable


def _check_hash(layout: Layout, vendor: Vendor) -> list[Finding]:
    spec, manifest_path = layout.show(vendor.spec_path), layout.show(vendor.manifest_path)
    revendor = f"fix: `nox -s vendor -- PAGE {vendor.name}` with the page it came from"
    try:
        manifest = vendor.manifest()
    except ToolError as exc:
        return [Finding("specs", str(exc), (revendor,))]
    recorded, actual = manifest.get("sha256"), sha256_file(vendor.spec_path)
    if recorded == actual:
        return []
    update = f'set "sha256" in {manifest_path} to {actual}'
    fix: tuple[str, ...]
    if manifest.get("obtained") == "extracted":
        fix = (f"{revendor};", f"or, if the edit is deliberate, {update}")
    else:  # transcribed by hand: there is no page to re-extract from
        fix = (f"fix: if the edit to the {manifest.get('obtained', 'hand-made')} spec is deliberate, {update}",)
    summary = f"{spec} does not match the sha256 in {manifest_path}"
    return [Finding("specs", summary, (f"manifest says  {recorded}", f"file hashes to {actual}", *fix))]


def _check_valid(layout: Layout, vendor: Vendor) -> Finding | None:
    label = layout.show(vendor.spec_path)
    fix = (f"fix: `nox -s vendor -- PAGE {vendor.name}` from the vendor's page, or correct the spec",)
    try:
        document = json.loads(vendor.spec_path.read_bytes())
        validate_spec(document, label)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both are
        return Finding("specs", f"{label}: not valid JSON ({exc})", fix)
    except ToolError as exc:
        return Finding("specs", str(exc), fix)
    return None


def generate(chosen: list[Vendor], out_dir: Path) -> dict[str, Finding | None]:
    """Generate each vendor's client in parallel: package → its failure, or None. One
    failing vendor doesn't hide the others (unlike specs.generate_all, which stops)."""

    def one(vendor: Vendor) -> Finding | None:
        try:
            generate_one(vendor, out_dir)
        except ToolError as exc:
            return Finding("generated", str(exc))
        return None

    results: dict[str, Finding | None] = {}
    with ThreadPoolExecutor(max_workers=max(1, len(chosen))) as pool:
        jobs = {pool.submit(one, vendor): vendor for vendor in chosen}
        for done, job in enumerate(as_completed(jobs), 1):
            results[jobs[job].package] = job.result()
            show_progress(done, len(chosen), f"regenerated {jobs[job].package} for comparison")
    return {vendor.package: results[vendor.package] for vendor in chosen}


# ------------------------------------------------------------------------- comparison


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


def compare_generated(layout: Layout, fresh: Path, packages: list[str], unknown: set[str], result: Result) -> None:
    """Add findings for fresh (what the generator writes) against generated/ to result.
    Packages in `unknown` failed to generate: left out here, their failure is reported."""
    findings = result.findings
    budget = DiffBudget()
    for package in packages:
        expected, actual = tree(fresh / package), tree(layout.generated_dir / package)
        result.files_compared += len(expected)
        shown = f"generated/{package}"
        if not actual:
            findings.append(Finding("generated", f"missing   {shown}/ (the whole package)"))
            continue
        for name in sorted(expected.keys() | actual.keys()):
            findings += _compare_file(f"{shown}/{name}", expected.get(name), actual.get(name), budget)
    findings += _extra_packages(layout, set(packages) | unknown)
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
        summary = f"extra     {shown} (no openapi/{vendor}/{SPEC_NAME} generates it)"
        # regenerate replaces known packages only, so it would leave this one behind.
        detail = f"regenerating keeps it: delete {shown}, or vendor openapi/{vendor}/ first"
        findings.append(Finding("generated", summary, (detail,)))
    return findings


# ------------------------------------------------------------------------- the command


def run(layout: Layout) -> Result:
    if not layout.openapi_dir.is_dir():
        raise ToolError(f"no openapi/ folder under {layout.root}")
    result = Result()
    result.findings += check_toolchain(layout)
    chosen = vendors(layout.openapi_dir)
    spec_findings, usable = check_specs(layout, chosen)
    result.findings += spec_findings
    result.specs_checked = len(chosen)
    if any(f.section == "toolchain" for f in result.findings):
        # Another generator version writes other bytes: a comparison would only mislead.
        return result
    with tempfile.TemporaryDirectory(prefix="drift-") as tmp:
        outcomes = generate(usable, Path(tmp))
        result.findings += [f for f in outcomes.values() if f is not None]
        generated = [package for package, failure in outcomes.items() if failure is None]
        # Packages of vendors that could not be generated are neither compared nor "extra".
        unknown = {v.package for v in chosen} - set(generated)
        compare_generated(layout, Path(tmp), generated, unknown, result)
    return result


def render(result: Result, seconds: float) -> str:
    if not result.findings:
        return (
            f"drift: OK — {result.specs_checked} specs match their manifests and are valid; "
            f"generated/ matches a fresh generation ({result.files_compared} files) "
            f"in {seconds:.1f}s"
        )
    lines = [f"drift: {len(result.findings)} problem(s) found in {seconds:.1f}s"]
    for section, (title, fix) in SECTIONS.items():
        members = [f for f in result.findings if f.section == section]
        if not members:
            continue
        lines += ["", f"{title}:"]
        for finding in members:
            lines.append(f"  {finding.summary}")
            lines += [f"      {detail}" for detail in finding.details]
        if fix:
            lines.append(f"  fix: {fix}")
    notes = list(result.notes)
    if not result.compared:
        notes.append("generated/ was not compared: fix the toolchain first")
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> Path:
    parser = ArgumentParser(prog="drift", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="repository root to check (default: this one)")
    root: Path = parser.parse_args(argv).repo
    return root.resolve()


def main(argv: list[str] | None = None) -> int:
    root = parse_args(argv)
    started = time.perf_counter()
    try:
        result = run(Layout(root))
    except (ToolError, OSError) as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 1
    print(render(result, time.perf_counter() - started))
    return 1 if result.findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
