"""Regenerate every client in generated/ from the vendored specs (`nox -s regenerate`)."""

from __future__ import annotations

import sys
import time

from tools.specs import ToolError, check_pinned_versions, regenerate_in_place


def main() -> int:
    started = time.perf_counter()
    try:
        problems = check_pinned_versions()
        if problems:
            raise ToolError("; ".join(problems) + " — run through `nox -s regenerate`")
        packages = regenerate_in_place()
    except ToolError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    print(f"regenerated {', '.join(packages)} in {took:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
