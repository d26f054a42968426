"""Regenerate every client in generated/ from the vendored specs (`nox -s regenerate`).

For each vendor: check upstream.json against its manifest, apply overlay.yaml, validate,
generate; only when every vendor succeeded are openapi/<vendor>/openapi.json, the manifests
and generated/ replaced, and then the API reference pages docs/api/<vendor>.md rewritten.
Any bad input stops the run with one line naming the vendor, the file and the overlay
action, and leaves openapi/ and generated/ as they were.

``--repo DIR`` regenerates a copy of the repository (its openapi/ and generated/).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tools import apiref
from tools.core.errors import ArgumentParser, ToolError
from tools.core.layout import REPO
from tools.generate.build import regenerate_in_place
from tools.generate.toolchain import check_pinned_versions
from tools.watch.movein import recover


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="regenerate", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="repository root (default: this one)")
    root: Path = parser.parse_args(argv).repo.resolve()
    started = time.perf_counter()
    try:
        problems = check_pinned_versions()
        if problems:
            raise ToolError("; ".join(problems) + " — run through `nox -s regenerate`")
        if not (root / "openapi").is_dir():
            raise ToolError(f"no openapi/ folder under {root}")
        for line in recover(root):  # an interrupted update is finished (or cleared) first
            print(f"regenerate: {line}", file=sys.stderr)
        packages = regenerate_in_place(root / "generated", root / "openapi")
        pages = apiref.write(root)  # the API reference follows the clients
    except ToolError as exc:
        print(f"regenerate: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except OSError as exc:  # a write that failed: disk full, permissions
        print(f"regenerate: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    rewritten = f"; rewrote {', '.join(p.as_posix() for p in pages)}" if pages else ""
    print(f"regenerated {', '.join(packages)}{rewritten} in {took:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
