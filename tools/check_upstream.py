"""Check every vendor's published spec against the vendored one (`nox -s check-upstream`).

For each vendor: fetch the manifest's source (conditional GET with its ETag/Last-Modified;
https only, loopback http allowed; timeouts; a size cap), take the spec from it as the
manifest says, apply the vendor's overlay, and diff against openapi/<vendor>/openapi.json
with the client-side rules (tools/diff/); for a change, generate the new client in a
scratch folder and name what a user's Python code meets. Writes nothing in the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.core.errors import ArgumentParser, ToolError
from tools.core.files import write_atomic
from tools.core.layout import REPO, Vendor, vendors
from tools.net.fetch import TIMEOUT_S
from tools.watch import report
from tools.watch.check import Context, VendorCheck, check_vendor, exit_code
from tools.watch.movein import pending

EXIT_CODES = """exit codes: 0 every vendor unchanged; 1 a compatible change; 2 a breaking change (or an
overlay repair that no longer applies); 3 a source unreachable or invalid (or a usage error).
Several vendors: 2 wins over 3, and 3 over 1 — a breaking change is the news; an unreachable
source must not hide behind a compatible change elsewhere."""


def parser(prog: str, doc: str | None) -> ArgumentParser:
    made = ArgumentParser(
        prog=prog,
        description=(doc or "").splitlines()[0],
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage_exit=3,
    )
    made.add_argument(
        "vendors", nargs="*", metavar="VENDOR", help="vendors to check (default: those named by --from, else all)"
    )
    made.add_argument(
        "--from",
        dest="overrides",
        action="append",
        default=[],
        metavar="VENDOR=URL_OR_FILE",
        help="take VENDOR's spec from here instead of the manifest's URL (mirrors, proxies, tests)",
    )
    made.add_argument("--report", type=Path, metavar="FILE.md", help="also write a Markdown report")
    made.add_argument("--json", type=Path, metavar="FILE", help="also write a JSON report")
    made.add_argument("--repo", type=Path, default=REPO, help="repository root (default: this one)")
    made.add_argument("--no-impact", action="store_true", help="skip generating the new client (faster)")
    made.add_argument(
        "--timeout", type=float, default=TIMEOUT_S, help=f"seconds per connect/read (default {TIMEOUT_S:g})"
    )
    return made


def chosen(args: argparse.Namespace) -> tuple[list[Vendor], dict[str, str]]:
    """The vendors named (or all) and the overrides; ToolError for unknown names or bad --from."""
    known = {v.name: v for v in vendors(args.repo.resolve() / "openapi")}
    overrides: dict[str, str] = {}
    for item in args.overrides:
        name, sep, where = item.partition("=")
        if not sep or not where:
            raise ToolError(f"--from takes VENDOR=URL_OR_FILE, not {item!r}")
        overrides[name] = where
    # --from without vendor names checks those vendors alone: a test or a mirror must not reach the network.
    names = args.vendors or sorted(overrides or known)
    unknown = sorted({*names, *overrides} - known.keys())
    if unknown:
        raise ToolError(f"unknown vendor(s) {', '.join(unknown)} (known: {', '.join(sorted(known)) or 'none'})")
    return [known[n] for n in names], overrides


def run_checks(args: argparse.Namespace) -> list[VendorCheck]:
    selected, overrides = chosen(args)
    context = Context(args.repo.resolve(), impact=not args.no_impact, timeout=args.timeout)
    return [check_vendor(v, context, overrides.get(v.name)) for v in selected]


def write_reports(args: argparse.Namespace, checks: list[VendorCheck], code: int, title: str) -> None:
    if args.report:
        write_atomic(args.report.resolve(), report.markdown(checks, title).encode("utf-8"))
    if args.json:
        write_atomic(args.json.resolve(), (report.as_json(checks, code) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = parser("check-upstream", __doc__).parse_args(argv)
    interrupted = pending(args.repo.resolve())
    if interrupted:  # this tool writes nothing, so it says so and compares what is there
        print(f"check-upstream: note: {interrupted}", file=sys.stderr)
    try:
        checks = run_checks(args)
        code = exit_code(checks)
        print(report.text(checks))
        write_reports(args, checks, code, "Upstream spec check")
    except (ToolError, OSError) as exc:
        print(f"check-upstream: {' '.join(str(exc).split())}", file=sys.stderr)
        return 3
    return code


if __name__ == "__main__":
    raise SystemExit(main())
