"""``auth-overlay drift-report``: what every process appended to ``AUTH_OVERLAY_DRIFT_LOG``.

Each process writes one line per distinct finding (the sentinel deduplicates per process), so
``processes`` counts how many processes saw a finding; ``first``/``last`` bracket when.
Lines that are not a drift record (a torn write, another program's output, a time that is not a
finite instant between 1970 and 9999) are counted, not fatal. Cells are printed with control
characters escaped, so a vendor's key cannot drive the terminal.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

_KEY = ("provider", "operation", "path", "kind", "value_type")
_LAST_INSTANT = 253402300799.0  # 9999-12-31T23:59:59Z
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _cell(text: str) -> str:
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _instant(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a time")
    when = float(value)
    if not (math.isfinite(when) and 0.0 <= when <= _LAST_INSTANT):
        raise ValueError("not a time")
    return when


def summarise(lines: Iterable[str]) -> tuple[list[dict[str, Any]], int]:
    """(one row per finding, most-seen first; the number of unreadable lines)."""
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    unreadable = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = tuple(str(record[name]) for name in _KEY)
            when = _instant(record.get("time", 0.0))
        except (ValueError, TypeError, KeyError, RecursionError):
            unreadable += 1
            continue
        row = rows.setdefault(key, {**dict(zip(_KEY, key, strict=True)), "processes": 0, "first": when, "last": when})
        row["processes"] += 1
        row["first"], row["last"] = min(row["first"], when), max(row["last"], when)
    ordered = sorted(rows.values(), key=lambda row: (-row["processes"], row["operation"], row["path"]))
    return ordered, unreadable


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def as_table(rows: list[dict[str, Any]], unreadable: int) -> str:
    if not rows:
        text = "no contract drift recorded"
    else:
        header = ("processes", "kind", "operation", "path", "value_type", "last seen (UTC)")
        body = [
            (
                str(r["processes"]),
                _cell(r["kind"]),
                _cell(f"{r['provider']} {r['operation']}"),
                _cell(r["path"]),
                _cell(r["value_type"]),
                _iso(r["last"]),
            )
            for r in rows
        ]
        widths = [max(len(row[i]) for row in (header, *body)) for i in range(len(header))]
        text = "\n".join(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in (header, *body)
        )
    if unreadable:
        text += f"\n({unreadable} unreadable line{'s' if unreadable != 1 else ''} skipped)"
    return text
