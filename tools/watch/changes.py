"""openapi/<vendor>/CHANGES.md: every upstream change taken in, newest first, dated, with its report."""

from __future__ import annotations

from pathlib import Path

from tools.watch import report
from tools.watch.check import LABELS, VendorCheck
from tools.watch.markdown import inline

CHANGES_NAME = "CHANGES.md"
CHANGES_HEAD = "# Upstream changes\n\nNewest first; written by `nox -s update`.\n"


def changes_entry(check: VendorCheck, today: str) -> str:
    body = report.vendor_markdown(check, heading="###")[1:]
    versions = inline(f"{check.old_version} → {check.new_version}")  # the vendor's: one escaped line
    title = f"## {today}: {versions}, {LABELS[check.status]}"
    return "\n".join([title, *body]) + "\n"


def prepend_changes(path: Path, entry: str) -> bytes:
    """The file with entry first. Entries start at "## " lines, which only this writer makes:
    vendor text in an entry is escaped onto single lines (tools/watch/markdown.py)."""
    old = path.read_text(encoding="utf-8") if path.exists() else CHANGES_HEAD
    head, sep, rest = old.partition("\n## ")
    merged = f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if sep else "")
    return merged.encode("utf-8")
