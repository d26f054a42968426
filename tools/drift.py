"""Fail when the repository no longer agrees with itself (`nox -s drift`).

Every problem is reported, not just the first:

1. the installed generator toolchain differs from tools/generator-requirements.txt;
2. an openapi/<vendor>/upstream.json no longer matches the upstream sha256 in its manifest;
3. overlay.yaml no longer matches the overlay sha256 in the manifest, or an action fails;
4. openapi/<vendor>/openapi.json is not exactly upstream + overlay in the stable form, or
   not what the manifest's spec sha256 says;
5. a spec is not valid OpenAPI, or the generator warns without the warning being declared;
6. generated/ differs from a fresh generation into a temporary folder, compared in both
   directions (changed, missing and extra files, extra packages), because `git diff` alone
   would miss files nobody added to git;
7. a docs/api/<vendor>.md page is not what tools/apiref.py writes from openapi/ and generated/.

``--repo DIR`` checks a copy of the repository (its openapi/ and generated/).
"""

from __future__ import annotations

import difflib
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from tools import apiref
from tools.build import Built, build, validate, write_specs
from tools.specs import (
    OVERLAY_NAME,
    PINS_FILE,
    REPO,
    SPEC_NAME,
    TEMPLATES_NAME,
    UPSTREAM_NAME,
    ArgumentParser,
    ToolError,
    Vendor,
    check_pinned_versions,
    generate_one,
    recorded_sha256,
    sha256_file,
    show_progress,
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
    "specs": (
        "a vendored spec does not match its manifest, its overlay fails, or the result is not valid OpenAPI",
        "",
    ),
    "generated": (
        "generated/ differs from what the pinned generator writes from openapi/",
        "nox -s regenerate",
    ),
    "docs": ("docs/api/ differs from what tools/apiref.py writes from openapi/ and generated/", apiref.FIX),
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


def check_specs(layout: Layout, chosen: list[Vendor]) -> tuple[list[Finding], list[Built]]:
    """Hash and overlay findings, and the vendors whose spec could be built (not yet validated)."""
    findings = [
        Finding("specs", f"{layout.show(folder)}/ has no {UPSTREAM_NAME}")
        for folder in sorted(p for p in layout.openapi_dir.iterdir() if p.is_dir() and p.name != TEMPLATES_NAME)
        if not (folder / UPSTREAM_NAME).exists()
    ]
    usable: list[Built] = []
    for vendor in chosen:
        try:
            built = build(vendor, check=False)
        except ToolError as exc:
            findings.append(Finding("specs", str(exc)))
            continue
        findings += _check_built(layout, built)
        usable.append(built)
    return findings, usable


def _check_built(layout: Layout, built: Built) -> list[Finding]:
    """openapi.json and the manifest against what upstream + overlay make now."""
    vendor, findings = built.vendor, []
    manifest_path = layout.show(vendor.manifest_path)
    fix = ("fix: nox -s regenerate (rebuilds openapi.json from upstream + overlay and updates the manifest)",)
    manifest = vendor.manifest()
    if vendor.overlay_path.exists():
        recorded, actual = recorded_sha256(manifest, "overlay"), sha256_file(vendor.overlay_path)
        if recorded != actual:
            summary = f"{layout.show(vendor.overlay_path)} does not match the overlay sha256 in {manifest_path}"
            findings.append(Finding("specs", summary, (f"manifest says  {recorded}", f"file hashes to {actual}", *fix)))
    spec = layout.show(vendor.spec_path)
    current = vendor.spec_path.read_bytes() if vendor.spec_path.exists() else None
    if current != built.data:
        stale = f"is not {UPSTREAM_NAME} + {OVERLAY_NAME} (edited by hand, or stale)"
        what = "is missing" if current is None else stale
        findings.append(Finding("specs", f"{spec} {what}", fix))
    if recorded_sha256(manifest, "spec") != built.sha256:
        summary = f"the spec sha256 in {manifest_path} is not that of upstream + overlay ({built.sha256})"
        findings.append(Finding("specs", summary, fix))
    return findings


def check_docs(layout: Layout) -> list[Finding]:
    """The API reference pages against what tools/apiref.py writes now."""
    try:
        return [Finding("docs", problem) for problem in apiref.stale(layout.root)]
    except ToolError as exc:
        return [Finding("docs", str(exc))]


def generate(built: list[Built], out_dir: Path) -> tuple[dict[str, Finding | None], list[Finding]]:
    """Validate and generate each vendor's spec in parallel: package → its generation failure
    (or None), and the validation findings. One failing vendor doesn't hide the others."""
    specs = write_specs(built, out_dir)

    def one(item: Built) -> Finding | None:
        try:
            generate_one(item.vendor, out_dir, specs[item.vendor.name])
        except ToolError as exc:
            return Finding("generated", str(exc))
        return None

    def check(item: Built) -> Finding | None:
        try:
            validate(item)
        except ToolError as exc:
            return Finding("specs", str(exc))
        return None

    results: dict[str, Finding | None] = {}
    invalid: list[Finding] = []
    total = 2 * len(built)
    with ThreadPoolExecutor(max_workers=max(1, total)) as pool:
        jobs = {pool.submit(check, item): (item, False) for item in built}
        jobs.update({pool.submit(one, item): (item, True) for item in built})
        for done, job in enumerate(as_completed(jobs), 1):
            item, generating = jobs[job]
            if generating:
                results[item.vendor.package] = job.result()
                show_progress(done, total, f"regenerated {item.vendor.package} for comparison")
            else:
                finding = job.result()
                invalid += [finding] if finding else []
                show_progress(done, total, f"validated {layout_name(item)}")
    return {item.vendor.package: results[item.vendor.package] for item in built}, invalid


def layout_name(item: Built) -> str:
    return f"openapi/{item.vendor.name}/{SPEC_NAME}"


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
        summary = f"extra     {shown} (no openapi/{vendor}/{UPSTREAM_NAME} generates it)"
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
    result.findings += check_docs(layout)
    if any(f.section == "toolchain" for f in result.findings):
        # Another generator version writes other bytes: a comparison would only mislead.
        return result
    with tempfile.TemporaryDirectory(prefix="drift-") as tmp:
        outcomes, invalid = generate(usable, Path(tmp))
        result.findings += invalid
        result.findings += [f for f in outcomes.values() if f is not None]
        generated = [package for package, failure in outcomes.items() if failure is None]
        # Packages of vendors that could not be generated are neither compared nor "extra".
        unknown = {v.package for v in chosen} - set(generated)
        compare_generated(layout, Path(tmp), generated, unknown, result)
    return result


def render(result: Result, seconds: float) -> str:
    if not result.findings:
        return (
            f"drift: OK — {result.specs_checked} specs match their manifests, overlays and are valid; "
            f"generated/ matches a fresh generation ({result.files_compared} files), "
            f"docs/api/ what tools/apiref.py writes, in {seconds:.1f}s"
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
