"""Compare two spec files with the watch's client-side rules (`nox -s specdiff -- OLD NEW`).

OLD and NEW are OpenAPI documents in JSON or YAML, read with the watch's one parse and its limits.
The vendor's rules apply as check-upstream applies them (tools/diff/vendor_rules.py: tolerant
response enums for Tradovate), found from --vendor, the files' folder or the servers; the rules
used are printed on stderr. Exit codes: 0 no change a client would notice, 1 compatible changes
only, 2 a breaking change, 3 a file unreadable or not OpenAPI.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from tools.core.errors import ArgumentParser, ToolError
from tools.core.layout import OPENAPI_DIR
from tools.diff import diff_specs, render
from tools.diff.vendor_rules import Rules, rules_for
from tools.net.fetch import MAX_BYTES
from tools.parse.documents import load_json, load_yaml
from tools.parse.limits import check_work
from tools.watch.markdown import code, escape
from tools.watch.report import change_json


def load(path: Path) -> dict[str, object]:
    """A spec file through the one parse (JSON or YAML, strict, within the limits)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ToolError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise ToolError(f"{path}: larger than {MAX_BYTES} bytes; refused")
    document = load_json(data, str(path)) if data.lstrip()[:1] == b"{" else load_yaml(data, str(path))
    if not isinstance(document, dict) or "openapi" not in document:
        raise ToolError(f"{path}: not an OpenAPI document (no top-level 'openapi' field)")
    check_work(document, str(path))
    return document


def markdown(old: Path, new: Path, text: str, breaking: int, total: int, rules: Rules) -> str:
    head = f"# Spec changes: {code(old.name)} → {code(new.name)}\n\n{total} changes, **{breaking} breaking**"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)  # vendor text cannot close the block early
    return f"{head} ({escape(rules.said())}).\n\n{fence}\n{text}\n{fence}\n"


def main(argv: list[str] | None = None) -> int:
    made = ArgumentParser(prog="specdiff", description=(__doc__ or "").splitlines()[0], usage_exit=3)
    made.add_argument("old", type=Path)
    made.add_argument("new", type=Path)
    made.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    made.add_argument("--vendor", help="follow this vendor's rules (default: found from the files, see --help)")
    enums = made.add_mutually_exclusive_group()
    enums.add_argument("--tolerant-enums", action="store_true", help="new response enum values are compatible")
    enums.add_argument(
        "--strict-enums", action="store_true", help="new response enum values break, whatever the vendor"
    )
    made.add_argument("--openapi-dir", type=Path, default=OPENAPI_DIR, help="where the vendors are (default: openapi/)")
    args = made.parse_args(argv)
    try:
        old, new = load(args.old), load(args.new)
        rules = rules_for([args.old, args.new], [old, new], args.vendor, args.openapi_dir)
        tolerant = args.tolerant_enums or (rules.tolerant_enums and not args.strict_enums)
        if tolerant != rules.tolerant_enums:
            rules = Rules(rules.vendor, tolerant, f"{'--tolerant-enums' if tolerant else '--strict-enums'} given")
        changes = diff_specs(old, new, tolerant_enums=tolerant)
    except ToolError as exc:
        print(f"specdiff: {' '.join(str(exc).split())}", file=sys.stderr)
        return 3
    print(f"specdiff: {rules.said()}", file=sys.stderr)
    breaking = sum(c.breaking for c in changes)
    code = 2 if breaking else 1 if changes else 0
    if args.format == "json":
        found = {"exit_code": code, "rules": asdict(rules), "changes": [change_json(c) for c in changes]}
        print(json.dumps(found, indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(markdown(args.old, args.new, render(changes), breaking, len(changes), rules))
    else:
        print(render(changes))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
