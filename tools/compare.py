"""Compare two spec files with the watch's client-side rules (`nox -s specdiff -- OLD NEW`).

OLD and NEW are OpenAPI documents in JSON or YAML. Exit codes: 0 no change a client would
notice, 1 compatible changes only, 2 a breaking change, 3 a file unreadable or not OpenAPI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from tools.core.errors import ArgumentParser, ToolError
from tools.diff import diff_specs, render
from tools.watch.report import change_json


def load(path: Path) -> dict[str, object]:
    try:
        data = path.read_bytes()
        document = json.loads(data) if data.lstrip()[:1] == b"{" else yaml.safe_load(data)
    except OSError as exc:
        raise ToolError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, yaml.YAMLError, RecursionError) as exc:
        raise ToolError(f"{path}: neither JSON nor YAML ({' '.join(str(exc).split())[:200]})") from None
    if not isinstance(document, dict) or "openapi" not in document:
        raise ToolError(f"{path}: not an OpenAPI document (no top-level 'openapi' field)")
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
