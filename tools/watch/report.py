"""The one report writer: an upstream check, a diff or an update as terminal text, Markdown (a
pull-request body, the entries of openapi/<vendor>/CHANGES.md) and JSON (for scripts and the
workflow). Vendor text goes through tools/watch/markdown.py on the way: escaped for Markdown,
without control characters for the terminal; JSON keeps it as it is (JSON escapes it)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TypeVar

from tools.diff import Change
from tools.watch.check import LABELS, VendorCheck
from tools.watch.impact import Impact
from tools.watch.markdown import cell, code, escape, inline, plain

T = TypeVar("T", Change, Impact)
MAX_LINES = 200  # a pull-request body has a size limit; the JSON report keeps everything


def text(checks: list[VendorCheck]) -> str:
    lines: list[str] = []
    for check in checks:
        head = f"{check.vendor}: {LABELS[check.status]}"
        if check.old_version or check.new_version:
            head += f" (version {check.old_version} → {check.new_version})"
        lines.append(plain(head + (f" — {check.reason}" if check.reason else "")))
        lines += [f"  PAGE      {plain(p)}" for p in check.pages]
        lines += [f"  OVERLAY   {plain(v)}" for v in check.vanished]
        lines += [f"  PROBLEM   {plain(p)}" for p in check.problems]
        lines += [f"  {_marker(c.breaking)}  {plain(_change_line(c))}" for c in check.changes]
        lines += [f"  {_marker(i.breaking)}  python: {plain(i.subject)}: {plain(i.detail)}" for i in check.impact]
        lines += [f"  AUTH      {plain(a)}" for a in check.auth]
    return "\n".join(lines)


def _marker(breaking: bool) -> str:
    return "BREAKING" if breaking else "ok      "


def _change_line(change: Change) -> str:
    where = change.operation or "whole document"
    context = "" if change.where == "operation" else f" {change.where}:"
    reason = f" — {change.why}" if change.breaking and change.why else ""
    return f"{where}{context} {change.detail}{reason}"


def markdown(checks: list[VendorCheck], title: str = "Upstream spec check") -> str:
    lines = [f"# {title}", "", "| vendor | result | version | source |", "| --- | --- | --- | --- |"]
    for check in checks:
        version = cell(f"{check.old_version} → {check.new_version}") if check.changed else ""
        lines.append(f"| {cell(check.vendor)} | {_status(check)} | {version} | {cell(check.source)} |")
    for check in checks:
        lines += ["", *vendor_markdown(check)]
    return "\n".join(lines) + "\n"


def _status(check: VendorCheck) -> str:
    label = LABELS[check.status]
    return f"**{label}**" if check.status == "breaking" else label


def vendor_markdown(check: VendorCheck, heading: str = "##") -> list[str]:
    lines = [f"{heading} {escape(check.vendor)}: {_status(check)}"]
    if check.reason:
        lines += ["", inline(check.reason, starts_line=True)]
    if check.pages:
        lines += ["", "**Pages** (the docs site's API reference, harvested again):", ""]
        lines += [f"- {inline(p)}" for p in check.pages]
    if check.vanished:
        lines += ["", "**Overlay repairs that no longer apply** (fix `overlay.yaml` before updating):", ""]
        lines += [f"- {inline(v)}" for v in check.vanished]
    if check.problems:
        lines += ["", "**Problems:**", ""] + [f"- {inline(p)}" for p in check.problems]
    if check.changed or check.auth:
        lines += ["", *_auth_markdown(check.auth)]
    if check.impact:
        lines += ["", "**What your Python code meets** (generated client, before → after):", ""]
        lines += _capped([_impact_line(i) for i in _breaking_first(check.impact)])
    if check.changes:
        lines += ["", "**Spec changes** (client-side rules, `nox -s specdiff`):", ""]
        lines += _capped(
            [f"- {_marker(c.breaking).strip()}: {inline(_change_line(c))}" for c in _breaking_first(check.changes)]
        )
    return lines


def _auth_markdown(notes: list[str]) -> list[str]:
    """The token flow (and servers, security schemes) first; other users of the generated code after."""
    others = [n for n in notes if n.startswith("also used by")]
    token = [n for n in notes if n not in others]
    if token:
        lines = ["**Auth overlay affected** (its token flow is built on these):", ""] + [
            f"- {inline(n)}" for n in token
        ]
    else:
        why = "its token endpoints' generated code, security schemes and servers are unchanged"
        lines = [f"Auth overlay: **not affected** ({why})."]
    if others:
        lines += ["", "Also used by auth_overlay's demo or sandbox:", ""] + [
            f"- {inline(n.removeprefix('also used by '))}" for n in others
        ]
    return lines


def _impact_line(impact: Impact) -> str:
    return f"- {'**breaking**' if impact.breaking else 'ok'}: {code(impact.subject)}: {inline(impact.detail)}"


def _breaking_first(items: Iterable[T]) -> list[T]:
    return sorted(items, key=lambda item: not item.breaking)


def _capped(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    return [*lines[:MAX_LINES], f"- … and {len(lines) - MAX_LINES} more (see the JSON report)"]


def as_json(checks: list[VendorCheck], code: int) -> str:
    return json.dumps({"exit_code": code, "vendors": [_vendor_json(c) for c in checks]}, indent=2, ensure_ascii=False)


def _vendor_json(check: VendorCheck) -> dict[str, object]:
    return {
        "vendor": check.vendor,
        "status": check.status,
        "label": LABELS[check.status],
        "source": check.source,
        "reason": check.reason,
        "old_version": check.old_version,
        "new_version": check.new_version,
        "breaking": check.status == "breaking",
        "pages": check.pages,
        "overlay_actions_vanished": check.vanished,
        "problems": check.problems,
        "auth_overlay": check.auth,
        "changes": [change_json(c) for c in check.changes],
        "impact": [{"subject": i.subject, "detail": i.detail, "breaking": i.breaking} for i in check.impact],
    }


def change_json(change: Change) -> dict[str, object]:
    return {
        "operation": change.operation,
        "where": change.where,
        "kind": change.kind,
        "subject": change.subject,
        "detail": change.detail,
        "breaking": change.breaking,
        "why": change.why,
    }
