"""The pages on disk: what they should hold, which are stale, writing them."""

from __future__ import annotations

from pathlib import Path

from tools.core.files import write_atomic
from tools.core.layout import SPEC_NAME, vendors
from tools.reference.page import render

DOCS_DIR = Path("docs") / "api"


def pages(root: Path) -> dict[Path, bytes]:
    """docs/api/<vendor>.md (relative to root) → the bytes this tool writes for it."""
    generated = root / "generated"
    return {DOCS_DIR / f"{v.name}.md": render(v, generated).encode("utf-8") for v in vendors(root / "openapi")}


def stale(root: Path) -> list[str]:
    """One line per page that differs from what this tool writes (empty: every page is current)."""
    expected, problems = pages(root), []
    for relative, data in sorted(expected.items()):
        shown, path = relative.as_posix(), root / relative
        if not path.exists():
            problems.append(f"missing   {shown}")
            continue
        current = path.read_bytes()
        if current != data:
            old, new = current.splitlines(), data.splitlines()
            same = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
            problems.append(f"changed   {shown} (edited by hand, or stale: first difference at line {same + 1})")
    folder = root / DOCS_DIR
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.relative_to(root) not in expected:
            shown = path.relative_to(root).as_posix()
            problems.append(f"extra     {shown} (no openapi/{path.stem}/{SPEC_NAME} describes it: delete it)")
    return problems


def write(root: Path) -> list[Path]:
    """Write every page that differs from what it should hold; the pages written (relative to root)."""
    written = []
    for relative, data in sorted(pages(root).items()):
        path = root / relative
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
            written.append(relative)
    return written
