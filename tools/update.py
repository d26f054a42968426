"""Take a changed upstream spec in (`nox -s update [-- VENDOR…] [--from VENDOR=URL_OR_FILE…]`).

Runs check-upstream; for each changed vendor, in a scratch copy of openapi/ and generated/:
writes the new upstream.json and manifest, re-applies the overlay and regenerates every
client, runs the drift check, runs the tests that touch that vendor against the new client,
and prepends the report to openapi/<vendor>/CHANGES.md (newest first, dated). Only when all of
that passed are the vendor's files and generated package moved into the repository: a failure
at any step leaves the working tree exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from tools import drift
from tools.check_upstream import parser, run_checks, write_reports
from tools.checks.specs import Layout
from tools.core.errors import ToolError
from tools.core.files import write_atomic
from tools.core.layout import MANIFEST_NAME, SPEC_NAME, UPSTREAM_NAME, Vendor
from tools.generate.build import regenerate_in_place
from tools.generate.toolchain import check_pinned_versions
from tools.vendoring.write import vendor_page
from tools.watch import report
from tools.watch.changes import CHANGES_NAME, changes_entry, prepend_changes
from tools.watch.check import BREAKING, VendorCheck, exit_code
from tools.watch.scratch import SCRATCH_IGNORED, run_tests

VENDOR_FILES = (UPSTREAM_NAME, MANIFEST_NAME, SPEC_NAME, CHANGES_NAME)


def update(repo: Path, checks: list[VendorCheck], today: str, pytest_args: list[str] | None) -> list[str]:
    """Apply every changed check; the repository is written only after every step passed."""
    changed = [c for c in checks if c.changed]
    for check in changed:
        if check.vanished or check.problems:
            raise ToolError(
                f"{check.vendor}: fix openapi/{check.vendor}/overlay.yaml first: {(check.vanished + check.problems)[0]}"
            )
    if not changed:
        return []
    problems = check_pinned_versions()
    if problems:
        raise ToolError("; ".join(problems) + " — run through `nox -s update`")
    with tempfile.TemporaryDirectory(prefix="update-") as tmp:
        # The whole checkout, so the vendor's tests read the new openapi/ and README as they will be.
        scratch = Path(tmp) / "repo"
        shutil.copytree(repo, scratch, ignore=shutil.ignore_patterns(*SCRATCH_IGNORED), symlinks=True)
        for check in changed:
            vendor = Vendor(check.vendor, scratch / "openapi")
            assert check.page is not None
            vendor_page(check.page, vendor, today)
            changes = vendor.folder / CHANGES_NAME
            changes.write_bytes(prepend_changes(changes, changes_entry(check, today)))
        regenerate_in_place(scratch / "generated", scratch / "openapi")
        result = drift.run(Layout(scratch))
        if result.findings:
            raise ToolError(f"drift check fails after the update: {result.findings[0].summary}")
        for check in changed:
            run_tests(scratch, Vendor(check.vendor, scratch / "openapi"), pytest_args)
        for check in changed:
            _move_in(repo, scratch, Vendor(check.vendor, repo / "openapi"))
    return [c.vendor for c in changed]


def _move_in(repo: Path, scratch: Path, vendor: Vendor) -> None:
    for name in VENDOR_FILES:
        new = scratch / "openapi" / vendor.name / name
        if new.exists():
            write_atomic(vendor.folder / name, new.read_bytes())
    final = repo / "generated" / vendor.package
    staged = repo / "generated" / f".new-{vendor.package}"
    retired = repo / "generated" / f".old-{vendor.package}"
    shutil.copytree(scratch / "generated" / vendor.package, staged)
    if final.exists():
        final.rename(retired)  # two renames: the package is never a half-copied tree
    staged.rename(final)
    shutil.rmtree(retired, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    made = parser("update", __doc__)
    made.add_argument("--today", help="date for the manifest and CHANGES.md (default: today, UTC)")
    made.add_argument("--no-tests", action="store_true", help="skip the vendor's tests (drift still runs)")
    made.add_argument("--pytest-args", help="run these pytest arguments instead of the vendor's test files")
    args = made.parse_args(argv)
    today = args.today or dt.datetime.now(dt.UTC).date().isoformat()
    pytest_args = [] if args.no_tests else (args.pytest_args.split() if args.pytest_args else None)
    try:
        checks = run_checks(args)
        code = exit_code(checks)
        print(report.text(checks))
        write_reports(args, checks, code, "Upstream spec update")  # also when the update then fails
        updated = update(args.repo.resolve(), checks, today, pytest_args)
    except (ToolError, OSError) as exc:
        print(f"update: {' '.join(str(exc).split())} — nothing was written", file=sys.stderr)
        return 3
    for name in updated:
        breaking = next(c.status == BREAKING for c in checks if c.vendor == name)
        print(f"updated {name}{' (BREAKING)' if breaking else ''}: openapi/{name}/, generated/{name}_client/")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
