"""Vendor a vendor's published spec: ``python -m tools.vendor PAGE VENDOR``.

PAGE is a file or an http(s) URL. Either it is the OpenAPI JSON document itself (Tradovate
publishes one): its bytes are kept exactly as served. Or it is a docs page in the vendors'
markdown form: the spec is the one ```json fenced block whose object has a top-level
"openapi" key, written in the stable form. Either way the spec is validated and written to
openapi/VENDOR/upstream.json, the manifest beside it is updated (for a URL: the URL, and the
ETag / Last-Modified validators the server sent), and a summary of what changed for clients
is printed. `nox -s regenerate` then applies overlay.yaml and regenerates the client.

With ``--site``, PAGE is a docs site (``https://docs.tradevest.ai``) whose API reference comes
in pieces, one OpenAPI block per operation or schema: every page under ``--under`` that the
site's llms.txt (or navigation) lists is harvested and the pieces merged into one spec
(tools/harvest/); the manifest records the site, the index and every page with its sha256, so
check-upstream re-harvests with conditional requests and names the page that changed.

Re-vendoring a page whose spec is already vendored writes nothing, so running it is always
safe. Any bad input is refused with one line on stderr before anything is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from tools.core.errors import ArgumentParser, ToolError
from tools.core.layout import OPENAPI_DIR
from tools.harvest.index import DEFAULT_UNDER, normalise_under
from tools.harvest.site import harvest
from tools.net.fetch import TIMEOUT_S
from tools.net.sources import read_page
from tools.parse.pages import Extracted
from tools.vendoring.write import REFUSED, resolve_vendor, vendor_extracted
from tools.watch.movein import recover

VENDOR_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _vendor_name(value: str) -> str:
    if not VENDOR_NAME.match(value):
        raise argparse.ArgumentTypeError(f"vendor names match {VENDOR_NAME.pattern}: {value!r}")
    return value


EPILOG = """exit codes: 0 unchanged (nothing written, or only the manifest corrected); 1 a compatible
change written; 2 a BREAKING change written (for clients: see the summary); 3 refused, nothing
written (bad page, invalid spec, unreachable URL, usage error)."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = ArgumentParser(
        prog="vendor",
        description=__doc__.splitlines()[0] if __doc__ else None,
        epilog=EPILOG,
        usage_exit=REFUSED,
    )
    parser.add_argument("page", help="a spec (JSON or YAML) or a docs page: a file path or an http(s) URL")
    parser.add_argument("vendor", type=_vendor_name, help="folder name under openapi/")
    parser.add_argument("--new", action="store_true", help="add a vendor that has no folder yet")
    parser.add_argument("--openapi-dir", type=Path, default=OPENAPI_DIR, help="default: openapi/")
    parser.add_argument("--today", type=_day, help="date for the manifest (default: today, UTC)")
    parser.add_argument("--site", action="store_true", help="PAGE is a docs site: harvest its API reference")
    parser.add_argument("--under", default=DEFAULT_UNDER, help=f"with --site: the pages' prefix ({DEFAULT_UNDER})")
    parser.add_argument(
        "--timeout", type=float, default=TIMEOUT_S, help=f"seconds for each fetch (default {TIMEOUT_S:g})"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    today = args.today or dt.datetime.now(dt.UTC).date().isoformat()
    try:
        for line in recover(args.openapi_dir.resolve().parent):  # an interrupted update first
            print(f"vendor: {line}", file=sys.stderr)
        vendor = resolve_vendor(args.openapi_dir, args.vendor, new=args.new)
        notes: list[str] = []
        if args.site:
            harvested = harvest(vendor, args.page, normalise_under(args.under), timeout=args.timeout)
            assert harvested.extracted is not None  # not conditional: always a spec
            spec, notes = harvested.extracted, harvested.notes
        else:
            spec = Extracted.from_page(read_page(args.page, timeout=args.timeout))
        outcome = vendor_extracted(spec, vendor, today, display_root=args.openapi_dir.parent)
    except ToolError as exc:
        return refuse(str(exc))
    except OSError as exc:  # a write that failed: disk full, permissions
        return refuse(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except (RecursionError, MemoryError):  # absurdly nested or huge JSON
        return refuse(f"{args.page}: the embedded JSON is too deeply nested or too large")
    print("\n".join([*outcome.lines, *notes]))
    return outcome.code


def refuse(message: str) -> int:
    """One line on stderr, however long or multi-line the underlying message is."""
    line = " ".join(message.split())
    print(f"vendor: {line if len(line) <= 400 else line[:399] + '…'}", file=sys.stderr)
    return REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
