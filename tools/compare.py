"""Compare two spec files with the watch's client-side rules (`nox -s specdiff -- OLD NEW`).

OLD and NEW are OpenAPI documents in JSON or YAML. Exit codes: 0 no change a client would
notice, 1 compatible changes only, 2 a breaking change, 3 a file unreadable or not OpenAPI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.core.errors import ArgumentParser, ToolError
from tools.diff import diff_specs, render
from tools.net.fetch import MAX_BYTES
from tools.parse.documents import load_json, load_yaml
from tools.parse.limits import check_work
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


def markdown(old: Path, new: Path, text: str, breaking: int, total: int) -> str:
    head = f"# Spec changes: `{old.name}` → `{new.name}`\n\n{total} changes, **{breaking} breaking**.\n"
    return f"{head}\n```\n{text}\n```\n"


def main(argv: list[str] | None = None) -> int:
    made = ArgumentParser(prog="specdiff", description=(__doc__ or "").splitlines()[0], usage_exit=3)
    made.add_argument("old", type=Path)
    made.add_argument("new", type=Path)
    made.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    made.add_argument("--tolerant-enums", action="store_true", help="new response enum values are compatible")
    args = made.parse_args(argv)
    try:
        changes = diff_specs(load(args.old), load(args.new), tolerant_enums=args.tolerant_enums)
    except ToolError as exc:
        print(f"specdiff: {exc}", file=sys.stderr)
        return 3
    breaking = sum(c.breaking for c in changes)
    code = 2 if breaking else 1 if changes else 0
    if args.format == "json":
        print(
            json.dumps({"exit_code": code, "changes": [change_json(c) for c in changes]}, indent=2, ensure_ascii=False)
        )
    elif args.format == "markdown":
        print(markdown(args.old, args.new, render(changes), breaking, len(changes)))
    else:
        print(render(changes))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
