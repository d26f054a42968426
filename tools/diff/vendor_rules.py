"""Which vendor's rules a diff of two files follows, as check-upstream knows them per vendor.

The rule that differs by vendor is runtime tolerance: a vendor whose generated enums keep an
unknown value (Tradovate: ``openapi/tradovate/templates/str_enum.py.jinja``) takes a new
response enum value without breaking. specdiff finds the vendor from ``--vendor``, else from
where the files lie (``openapi/<vendor>/…``), else from the servers the documents declare (a
host one vendored spec declares and no other); none found means strict enums, and says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tools.core.errors import ToolError
from tools.core.layout import SPEC_NAME, UPSTREAM_NAME, Vendor, tolerant_enums, vendors


@dataclass(frozen=True, slots=True)
class Rules:
    vendor: str | None
    tolerant_enums: bool
    how: str  # why these rules, for the report

    def said(self) -> str:
        enums = "tolerant response enums" if self.tolerant_enums else "strict enums"
        return f"rules: {self.vendor or 'no vendor'}, {enums} ({self.how})"


def rules_for(files: list[Path], documents: list[dict[str, object]], named: str | None, openapi_dir: Path) -> Rules:
    known = {v.name: v for v in vendors(openapi_dir)}
    if named is not None:
        if named not in known:
            raise ToolError(f"unknown vendor {named!r} (known: {', '.join(sorted(known)) or 'none'})")
        return _rules(known[named], "named with --vendor")
    for path in files:
        vendor = _folder_vendor(path, openapi_dir, known)
        if vendor is not None:
            return _rules(vendor, f"{path.name} lies in openapi/{vendor.name}/")
    hosts = {host for document in documents for host in _hosts(document)}
    owners = {name for name, vendor in known.items() if hosts & _vendored_hosts(vendor)}
    if len(owners) == 1:
        vendor = known[owners.pop()]
        return _rules(vendor, f"the documents' servers are {vendor.name}'s")
    return Rules(None, False, "no vendor recognised: pass --vendor to use one's rules")


def _rules(vendor: Vendor, how: str) -> Rules:
    return Rules(vendor.name, tolerant_enums(vendor), how)


def _folder_vendor(path: Path, openapi_dir: Path, known: dict[str, Vendor]) -> Vendor | None:
    try:
        relative = path.resolve().relative_to(openapi_dir.resolve())
    except ValueError:
        return None
    return known.get(relative.parts[0]) if len(relative.parts) > 1 else None


def _hosts(document: object) -> set[str]:
    servers = document.get("servers") if isinstance(document, dict) else None
    found = set()
    for server in servers if isinstance(servers, list) else []:
        url = server.get("url") if isinstance(server, dict) else None
        host = urlsplit(url).hostname if isinstance(url, str) else None
        if host:
            found.add(host.lower())
    return found


def _vendored_hosts(vendor: Vendor) -> set[str]:
    hosts: set[str] = set()
    for name in (UPSTREAM_NAME, SPEC_NAME):
        try:
            hosts |= _hosts(json.loads((vendor.folder / name).read_bytes()))
        except (OSError, ValueError):
            continue
    return hosts
