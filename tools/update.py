"""Take a changed upstream spec in (`nox -s update [-- VENDOR…] [--from VENDOR=URL_OR_FILE…]`).

Runs check-upstream; for each changed vendor, in a scratch copy of openapi/ and generated/:
writes the new upstream.json and manifest, re-applies the overlay and regenerates every
client, runs the drift check, runs the tests that touch that vendor against the new client,
and prepends the report to openapi/<vendor>/CHANGES.md (newest first, dated). Only when all of
that passed are the vendors' files, generated packages and API reference pages (docs/api/)
moved into the repository, all of them or none (tools/watch/movein.py): a failure at any
step — a full disk, SIGINT, a CI timeout — leaves the working tree as it was, and a process
killed while moving in is finished by the next run, which does that first.
"""

from __future__ import annotations

import datetime as dt
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType

from tools import apiref, drift
from tools.check_upstream import parser, run_checks, write_reports
from tools.checks.specs import Layout
from tools.core.errors import ToolError
from tools.core.layout import MANIFEST_NAME, SPEC_NAME, UPSTREAM_NAME, Vendor
from tools.generate.build import regenerate_in_place
from tools.generate.toolchain import check_pinned_versions
from tools.vendoring.write import vendor_extracted
from tools.watch import report
from tools.watch.changes import CHANGES_NAME, changes_entry, prepend_changes
from tools.watch.check import BREAKING, VendorCheck, exit_code
from tools.watch.movein import DeferredInterrupt, move_in, recover
from tools.watch.scratch import SCRATCH_IGNORED, run_tests

VENDOR_FILES = (UPSTREAM_NAME, MANIFEST_NAME, SPEC_NAME, CHANGES_NAME)


def update(repo: Path, checks: list[VendorCheck], today: str, pytest_args: list[str] | None) -> list[str]:
    """Apply every changed check; the repository is written only after every step passed, and
    then all at once for every vendor (tools/watch/movein.py)."""
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
            assert check.extracted is not None
            vendor_extracted(check.extracted, vendor, today)
            changes = vendor.folder / CHANGES_NAME
            changes.write_bytes(prepend_changes(changes, changes_entry(check, today)))
        regenerate_in_place(scratch / "generated", scratch / "openapi")
        apiref.write(scratch)
        result = drift.run(Layout(scratch))
        if result.findings:
            raise ToolError(f"drift check fails after the update: {result.findings[0].summary}")
        for check in changed:
            run_tests(scratch, Vendor(check.vendor, scratch / "openapi"), pytest_args)
        names = [c.vendor for c in changed]
        files = {
            f"openapi/{name}/{file}": scratch / "openapi" / name / file
            for name in names
            for file in VENDOR_FILES
            if (scratch / "openapi" / name / file).exists()
        }
        for name in names:  # its API reference follows its client
            page = apiref.DOCS_DIR / f"{name}.md"
            files[page.as_posix()] = scratch / page
        packages = {f"generated/{name}_client": scratch / "generated" / f"{name}_client" for name in names}
        move_in(repo, files, packages, names)
    return names


def _as_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)  # a CI timeout cleans up like Ctrl-C


def main(argv: list[str] | None = None) -> int:
    made = parser("update", __doc__)
    made.add_argument("--today", help="date for the manifest and CHANGES.md (default: today, UTC)")
    made.add_argument("--no-tests", action="store_true", help="skip the vendor's tests (drift still runs)")
    made.add_argument("--pytest-args", help="run these pytest arguments instead of the vendor's test files")
    args = made.parse_args(argv)
    today = args.today or dt.datetime.now(dt.UTC).date().isoformat()
    pytest_args = [] if args.no_tests else (args.pytest_args.split() if args.pytest_args else None)
    signal.signal(signal.SIGTERM, _as_interrupt)
    try:
        for line in recover(args.repo.resolve()):
            print(f"update: {line}", file=sys.stderr)
        checks = run_checks(args)
        code = exit_code(checks)
        print(report.text(checks))
        write_reports(args, checks, code, "Upstream spec update")  # also when the update then fails
        updated = update(args.repo.resolve(), checks, today, pytest_args)
    except DeferredInterrupt as exc:
        print(f"update: interrupted ({exc}) once the move-in had begun; it was finished first", file=sys.stderr)
        return 3
    except KeyboardInterrupt as exc:
        print(f"update: interrupted ({exc or 'SIGINT'}) — nothing was written", file=sys.stderr)
        return 3
    except (ToolError, OSError) as exc:
        print(f"update: {' '.join(str(exc).split())} — nothing was written", file=sys.stderr)
        return 3
    for name in updated:
        breaking = next(c.status == BREAKING for c in checks if c.vendor == name)
        print(f"updated {name}{' (BREAKING)' if breaking else ''}: openapi/{name}/, generated/{name}_client/")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
