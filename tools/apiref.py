"""Write the browsable API reference, docs/api/<vendor>.md, one page per vendor.

Each page lists every operation of openapi/<vendor>/openapi.json as the generated client
calls it — import path, the call and its parameters, HTTP method and path, operationId,
summary, request body and response models — grouped by tag (the generated ``api/<tag>``
package), with a tag index at the top, an anchor per operation and the list of models.
Python names come from the generated tree read with ``ast`` (tools/watch/impact.py's reader, plus
each endpoint module's method, URL and parsed responses; nothing is imported), the HTTP side
from the spec, joined on method and path: deriving Python names from the spec would
re-implement the generator's naming rules.

A page depends on those two inputs only (sorted, no dates, no absolute paths), so ``nox -s
drift`` compares the pages with what this tool writes now and ``nox -s regenerate`` rewrites
them. ``python -m tools.apiref`` writes the pages, ``--check`` only reports stale ones (exit
1); ``--repo DIR`` works on a copy of the repository.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tools.core.errors import ArgumentParser, ToolError
from tools.core.layout import REPO
from tools.reference.files import DOCS_DIR, pages, stale, write

__all__ = ["DOCS_DIR", "FIX", "main", "pages", "stale", "write"]

FIX = "python -m tools.apiref (or nox -s regenerate)"


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="apiref", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="repository root (default: this one)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a page is stale")
    args = parser.parse_args(argv)
    root: Path = args.repo.resolve()
    started = time.perf_counter()
    try:
        if not (root / "openapi").is_dir():
            raise ToolError(f"no openapi/ folder under {root}")
        if args.check:
            problems = stale(root)
            print("\n".join(f"apiref: {line}" for line in [*problems, f"fix: {FIX}"]) if problems else "apiref: OK")
            return 1 if problems else 0
        written = write(root)
    except (ToolError, OSError) as exc:
        print(f"apiref: {exc}", file=sys.stderr)
        return 1
    shown = ", ".join(p.as_posix() for p in written) or "nothing (every page is current)"
    print(f"apiref: wrote {shown} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
