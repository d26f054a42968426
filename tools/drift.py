"""Fail when the repository no longer agrees with itself (`nox -s drift`).

Every problem is reported, not just the first:

1. the installed generator toolchain differs from tools/generator-requirements.txt;
2. an openapi/<vendor>/upstream.json no longer matches the upstream sha256 in its manifest;
3. overlay.yaml no longer matches the overlay sha256 in the manifest, or an action fails;
4. openapi/<vendor>/openapi.json is not exactly upstream + overlay in the stable form, or
   not what the manifest's spec sha256 says;
5. a spec is not valid OpenAPI, or the generator warns without the warning being declared;
6. generated/ differs from a fresh generation into a temporary folder (or the client the
   generator made before from the same input, once its files hash to the digest stored then:
   tools/generate/cache.py), compared in both directions (changed, missing and extra files,
   extra packages), because `git diff` alone would miss files nobody added to git;
7. a docs/api/<vendor>.md page is not what tools/apiref.py writes from openapi/ and generated/.

``--repo DIR`` checks a copy of the repository (its openapi/ and generated/).
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from tools import apiref
from tools.checks.specs import Finding, Layout, check_specs, check_toolchain
from tools.checks.trees import Result, compare_generated
from tools.core.errors import ArgumentParser, ToolError
from tools.core.files import show_progress
from tools.core.layout import REPO, SPEC_NAME, vendors
from tools.generate.build import Built, validate, write_specs
from tools.generate.generator import generated_package
from tools.watch.movein import pending

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


def check_docs(layout: Layout) -> list[Finding]:
    """The API reference pages against what tools/apiref.py writes now."""
    try:
        return [Finding("docs", problem) for problem in apiref.stale(layout.root)]
    except ToolError as exc:
        return [Finding("docs", str(exc))]


def generate(built: list[Built], out_dir: Path) -> tuple[dict[str, Path | Finding], list[Finding]]:
    """Validate and generate each vendor's spec in parallel: package → the folder holding what
    the generator writes (in out_dir, or where the generation cache keeps it) or its generation
    failure, and the validation findings. One failing vendor doesn't hide the others."""
    specs = write_specs(built, out_dir)

    def one(item: Built) -> Path | Finding:
        try:
            return generated_package(item.vendor, out_dir, specs[item.vendor.name])
        except ToolError as exc:
            return Finding("generated", str(exc))

    def check(item: Built) -> Finding | None:
        try:
            validate(item)
        except ToolError as exc:
            return Finding("specs", str(exc))
        return None

    results: dict[str, Path | Finding] = {}
    invalid: list[Finding] = []
    total = 2 * len(built)
    with ThreadPoolExecutor(max_workers=max(1, total)) as pool:
        checks = {pool.submit(check, item): item for item in built}
        generations = {pool.submit(one, item): item for item in built}
        jobs: set[Future[Any]] = {*checks, *generations}
        for done, job in enumerate(as_completed(jobs), 1):
            if job in generations:
                item = generations[job]
                results[item.vendor.package] = job.result()
                show_progress(done, total, f"regenerated {item.vendor.package} for comparison")
            else:
                finding = job.result()
                invalid += [finding] if finding else []
                show_progress(done, total, f"validated {layout_name(checks[job])}")
    return {item.vendor.package: results[item.vendor.package] for item in built}, invalid


def layout_name(item: Built) -> str:
    return f"openapi/{item.vendor.name}/{SPEC_NAME}"


def run(layout: Layout) -> Result:
    if not layout.openapi_dir.is_dir():
        raise ToolError(f"no openapi/ folder under {layout.root}")
    result = Result()
    interrupted = pending(layout.root)
    if interrupted:
        result.findings.append(Finding("specs", interrupted))
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
        result.findings += [f for f in outcomes.values() if isinstance(f, Finding)]
        generated = {package: tree for package, tree in outcomes.items() if isinstance(tree, Path)}
        # Packages of vendors that could not be generated are neither compared nor "extra".
        unknown = {v.package for v in chosen} - set(generated)
        compare_generated(layout, generated, unknown, result)
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
