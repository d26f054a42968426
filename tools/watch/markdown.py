"""Vendor-controlled text made safe for the reports: a pull-request body, CHANGES.md, a terminal.

A spec's ``info.version``, its field names and enum values, a server's reason phrase: all of
it reaches the reports, and none of it may add a heading, a table column, an HTML tag, a link,
a mention that pings someone, or a terminal escape sequence. ``inline`` renders any string as
one line of Markdown whose backtick-quoted parts become code spans and whose other parts are
escaped; ``cell`` does the same inside a table; ``plain`` is for the terminal.
"""

from __future__ import annotations

import re

# Any ASCII punctuation may be backslash-escaped in CommonMark; these can start or end markup
# anywhere in a line (emphasis, links and images, HTML, tables, strikethrough, heading closers).
# An underscore inside a word (snake_case) is no emphasis in GFM and stays as it is. Bare URLs
# may autolink: a link that shows its own address is harmless; a link with hidden text needs [.
_SPECIAL = re.compile(r"([\\`*\[\]<>|~#])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What makes a line a list item, a quote, a heading or a setext underline when it starts it.
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=>])")
_MENTION = "@\u200b"  # a zero-width space after @: GitHub does not ping, the text reads the same


def plain(text: str) -> str:
    """One line without control characters (ANSI escapes, carriage returns, NULs)."""
    return " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())


def escape(text: str, *, starts_line: bool = False) -> str:
    """Running Markdown text that renders exactly as the characters given (``starts_line``: it
    begins a line, where "1." or "-" would make a list)."""
    line = _escaped(plain(text))
    return _guard_start(line) if starts_line else line


def code(text: str) -> str:
    """An inline code span holding text (no markup, no mentions inside it)."""
    return _code(plain(text))


def inline(text: str, *, starts_line: bool = False) -> str:
    """Our own `backtick` quoting becomes code spans; everything else is escaped. Safe for any
    text: whatever backticks a vendor adds only move the boundaries between code and escaped text."""
    line = plain(text)
    parts = line.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: nothing to pair, escape it all
        return escape(line, starts_line=starts_line)
    rendered = "".join(_code(part) if index % 2 else _escaped(part) for index, part in enumerate(parts))
    return _guard_start(rendered) if starts_line else rendered


def _escaped(line: str) -> str:
    return _SPECIAL.sub(lambda m: "\\" + m[0], line.replace("&", "&amp;")).replace("@", _MENTION)


def _guard_start(line: str) -> str:
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line, count=1)


def _code(line: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if line.startswith("`") or line.endswith("`") or not line.strip() else ""
    return f"{fence}{pad}{line}{pad}{fence}"


def cell(text: str) -> str:
    """inline() for a table cell: a pipe inside a code span would still end the cell."""
    return inline(text).replace("|", "\\|").replace("\\\\|", "\\|")
