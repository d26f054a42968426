"""A list of changes as readable text, grouped by operation."""

from __future__ import annotations

from collections.abc import Iterable

from tools.diff.model import Change


def render(changes: Iterable[Change]) -> str:
    """Readable text: one block per operation, one line per change, a count line last."""
    changes = list(changes)
    if not changes:
        return "no changes a client would notice\n0 changes"
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.operation or "whole document", []).append(change)
    lines: list[str] = []
    for operation, members in groups.items():
        lines.append(operation)
        for change in members:
            marker = "BREAKING" if change.breaking else "ok"
            context = "" if change.where in ("operation",) else f"{change.where}: "
            reason = f" — {change.why}" if change.breaking and change.why else ""
            lines.append(f"  {marker:<8}  {context}{change.detail}{reason}")
    breaking = sum(c.breaking for c in changes)
    noun = "change" if len(changes) == 1 else "changes"
    lines.append(f"{len(changes)} {noun}: {breaking} breaking, {len(changes) - breaking} ok")
    return "\n".join(lines)
