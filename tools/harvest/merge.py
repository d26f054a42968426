"""Many self-contained OpenAPI blocks (one per operation or schema, each repeating the servers,
security and components it needs) merged into one document, conflicts refused.

- paths and their operations are united; ``components`` (every section) and ``tags`` too: a
  definition repeated identically on many pages is kept once;
- the same operation, component or tag with different content on two pages is a ``Conflict``
  naming both pages and the JSON pointer where they first differ — unless the vendor's
  harvest.yaml declares which page wins it (tools/harvest/winners.py);
- ``servers`` and the top-level ``security`` are united at the top; a block whose own list is
  not that union puts its list on each of its operations (operation-level ``servers`` /
  ``security``; ``security: []`` for a block that required none), so no operation gains a host
  or an authentication it did not have;
- ``info``: the site's title (or the first block's), the blocks' versions (distinct ones joined).

Pages are merged in the index's order and nothing depends on timing, so the same pages give
the same document, key for key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from tools.core.errors import ToolError
from tools.harvest.winners import Winner

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEYED = ("openapi", "info", "servers", "security", "tags", "paths", "components")


@dataclass(frozen=True, slots=True)
class Block:
    page: str  # the page's URL
    line: int  # the opening fence's line in its markdown form
    document: dict[str, object]


@dataclass(frozen=True, slots=True)
class Conflict:
    pointer: str
    pages: tuple[str, ...]  # the pages that define it, first occurrence first
    differs_at: str  # where the first two different versions first differ

    def line(self) -> str:
        first, second = self.pages[:2]
        return (
            f"{self.pointer} differs between {first} and {second} at {self.differs_at or '(the whole value)'}"
            f"{f' (and {len(self.pages) - 2} more pages)' if len(self.pages) > 2 else ''}"
        )


class ConflictError(ToolError):
    def __init__(self, conflicts: list[Conflict], where: str) -> None:
        more = f" (and {len(conflicts) - 1} more conflicts)" if len(conflicts) > 1 else ""
        super().__init__(f"harvest conflict: {conflicts[0].line()}{more}; declare which page wins in {where}")
        self.conflicts = conflicts


@dataclass(slots=True)
class _Definitions:
    """Every pointer's versions by page; the first page's version first."""

    order: list[str] = field(default_factory=list)
    versions: dict[str, list[tuple[str, object]]] = field(default_factory=dict)

    def add(self, pointer: str, page: str, value: object) -> None:
        if pointer not in self.versions:
            self.order.append(pointer)
            self.versions[pointer] = []
        self.versions[pointer].append((page, value))


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def first_difference(a: object, b: object, at: str = "") -> str:
    """The JSON pointer (below ``at``) of the first place two values differ; "" if equal."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if key not in a or key not in b:
                return f"{at}/{escape(str(key))}"
            found = first_difference(a[key], b[key], f"{at}/{escape(str(key))}")
            if found:
                return found
        return ""
    if isinstance(a, list) and isinstance(b, list):
        for index, (x, y) in enumerate(zip(a, b, strict=False)):
            found = first_difference(x, y, f"{at}/{index}")
            if found:
                return found
        return f"{at}/{min(len(a), len(b))}" if len(a) != len(b) else ""
    return "" if _same(a, b) else at or "/"


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def merge(blocks: list[Block], winners: dict[str, Winner], where: str, title: str = "") -> dict[str, object]:
    """The merged document; ConflictError unless every conflict has a declared winner, and
    ToolError for a declared winner that resolves nothing (the file must stay true)."""
    if not blocks:
        raise ToolError("no OpenAPI block on any page: nothing to harvest")
    servers = _united([s for b in blocks for s in _list(b.document.get("servers"))])
    security = _united([r for b in blocks for r in _list(b.document.get("security"))])
    found = _Definitions()
    for block in blocks:
        _collect(block, found, servers, security)
    values, conflicts, used = _resolve(found, winners)
    stale = [w for pointer, w in winners.items() if pointer not in used]
    if stale:
        raise ToolError(f"{where}: winner for {stale[0].pointer} resolves no conflict (the pages agree now): remove it")
    if conflicts:
        raise ConflictError(conflicts, where)
    return _assemble(blocks, values, found.order, servers, security, title)


def _collect(block: Block, found: _Definitions, servers: list[object], security: list[object]) -> None:
    page, document = block.page, block.document
    found.add("/openapi", page, document.get("openapi"))
    own_servers, own_security = _list(document.get("servers")), document.get("security")
    for path, item in _dict(document.get("paths")).items():
        base = f"/paths/{escape(path)}"
        for key, value in _dict(item).items():
            if key in HTTP_METHODS and isinstance(value, dict):
                operation = dict(value)
                if own_servers and own_servers != servers and "servers" not in operation:
                    operation["servers"] = own_servers
                if _list(own_security) != security and "security" not in operation:
                    operation["security"] = _list(own_security)
                found.add(f"{base}/{key}", page, operation)
            else:
                found.add(f"{base}/{escape(key)}", page, value)
    for section, members in _dict(document.get("components")).items():
        for name, value in _dict(members).items():
            found.add(f"/components/{escape(section)}/{escape(name)}", page, value)
    for tag in _list(document.get("tags")):
        tag_name = tag.get("name") if isinstance(tag, dict) else None
        found.add(f"/tags/{escape(str(tag_name))}", page, tag)
    for key, value in document.items():
        if key not in KEYED:
            found.add(f"/{escape(key)}", page, value)


def _resolve(found: _Definitions, winners: dict[str, Winner]) -> tuple[dict[str, object], list[Conflict], set[str]]:
    values: dict[str, object] = {}
    conflicts: list[Conflict] = []
    used: set[str] = set()
    for pointer in found.order:
        versions = found.versions[pointer]
        first = versions[0][1]
        different = [(page, value) for page, value in versions[1:] if first_difference(first, value, "#")]
        if not different or (pointer == "/openapi" and not _major_minor_differ(first, different)):
            values[pointer] = first
            continue
        pages = tuple(dict.fromkeys(page for page, _ in versions))
        winner = winners.get(pointer)
        if winner is None:
            conflicts.append(Conflict(pointer, pages, first_difference(first, different[0][1], pointer)))
            continue
        chosen = [value for page, value in versions if page == winner.page]
        if not chosen:
            raise ToolError(f"winner for {pointer}: {winner.page} does not define it (pages: {', '.join(pages)})")
        used.add(pointer)
        values[pointer] = chosen[0]
    return values, conflicts, used


def _major_minor_differ(first: object, others: list[tuple[str, object]]) -> bool:
    def minor(version: object) -> str:
        return ".".join(str(version).split(".")[:2])

    return any(minor(value) != minor(first) for _, value in others)


def _assemble(
    blocks: list[Block],
    values: dict[str, object],
    order: list[str],
    servers: list[object],
    security: list[object],
    title: str,
) -> dict[str, object]:
    versions = list(dict.fromkeys(str(_dict(b.document.get("info")).get("version", "")) for b in blocks))
    first_title = str(_dict(blocks[0].document.get("info")).get("title", ""))
    merged: dict[str, object] = {
        "openapi": values["/openapi"],
        "info": {"title": title or first_title, "version": ", ".join(v for v in versions if v) or "0"},
    }
    if servers:
        merged["servers"] = servers
    if security:
        merged["security"] = security
    tags = [values[p] for p in order if p.startswith("/tags/")]
    if tags:
        merged["tags"] = tags
    paths: dict[str, dict[str, object]] = {}
    components: dict[str, dict[str, object]] = {}
    for pointer in order:
        parts = [_unescape(t) for t in pointer.split("/")[1:]]
        if parts[0] == "paths":
            paths.setdefault(parts[1], {})[parts[2]] = values[pointer]
        elif parts[0] == "components":
            components.setdefault(parts[1], {})[parts[2]] = values[pointer]
        elif parts[0] not in KEYED:
            merged[parts[0]] = values[pointer]
    merged["paths"] = paths
    if components:
        merged["components"] = components
    return merged


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _united(items: list[object]) -> list[object]:
    """Distinct items in order of first appearance (compared as canonical JSON)."""
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(json.dumps(item, sort_keys=True), item)
    return list(seen.values())


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}
