"""Compare a vendor's spec as published now with the vendored one (used by check-upstream and update).

``check_vendor`` fetches the manifest's source (or an override), takes the spec from it the
way the manifest says, applies the vendor's overlay to it (reporting every action that no
longer matches), diffs the result against the current ``openapi.json`` with the rules of
tools/diff/, and — for a change — generates the new client into a scratch folder and
compares its Python surface with ``generated/`` (impact.py).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tools.core.errors import ToolError, one_line
from tools.core.files import dump_spec
from tools.core.layout import SPEC_NAME, Vendor, tolerant_enums
from tools.diff import Change, diff_specs
from tools.generate.build import build
from tools.generate.generator import generated_package
from tools.generate.overlay import OverlayError, apply_overlay_leniently, load_overlay
from tools.harvest.index import normalise_under
from tools.harvest.site import harvest
from tools.net.fetch import TIMEOUT_S, FetchError
from tools.net.sources import read_source
from tools.parse.pages import Extracted, Page
from tools.watch.impact import Impact, auth_uses, compare, read_tree, users_of

UNCHANGED, COMPATIBLE, BREAKING, UNREACHABLE, INVALID = "unchanged", "compatible", "breaking", "unreachable", "invalid"

LABELS = {
    UNCHANGED: "unchanged",
    COMPATIBLE: "changed — compatible",
    BREAKING: "changed — breaking",
    UNREACHABLE: "unreachable",
    INVALID: "invalid",
}


@dataclass(slots=True)
class VendorCheck:
    vendor: str
    source: str  # the URL or file checked
    status: str = UNCHANGED
    reason: str = ""  # why unchanged / unreachable / invalid, in one line
    old_version: str = ""
    new_version: str = ""
    changes: list[Change] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)  # overlay actions that match nothing now
    impact: list[Impact] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)  # how the auth overlay is touched
    problems: list[str] = field(default_factory=list)  # e.g. the generator refuses the new spec
    page: Page | None = None  # what was fetched
    extracted: Extracted | None = None  # the new spec (update writes it)
    pages: list[str] = field(default_factory=list)  # a harvested site: which pages changed, came, went

    @property
    def changed(self) -> bool:
        return self.status in (COMPATIBLE, BREAKING)


@dataclass(frozen=True, slots=True)
class Context:
    repo: Path  # holds openapi/, generated/ and auth_overlay/
    impact: bool = True  # generate the new client and compare its Python surface
    timeout: float = TIMEOUT_S  # seconds per connect / read


def check_vendor(vendor: Vendor, context: Context, override: str | None = None) -> VendorCheck:
    manifest = vendor.manifest()
    site = manifest.get("site")
    # A docs site is harvested (again): once it was, --from names another site; before the first
    # harvest (a vendor extracted from one page, its manifest naming the site), --from is a page.
    harvested = manifest.get("obtained") == "harvested"
    if isinstance(site, dict) and isinstance(site.get("url"), str) and (harvested or override is None):
        return _check_site(vendor, context, manifest, override or str(site["url"]), str(site.get("under", "/")))
    url = override or manifest.get("url")
    if not isinstance(url, str) or not url:
        return VendorCheck(vendor.name, "?", INVALID, "the manifest names no url to fetch; vendor it from a URL once")
    check = VendorCheck(vendor.name, url)
    raw_validators = manifest.get("validators") if override is None else None
    validators = {str(k): str(v) for k, v in raw_validators.items()} if isinstance(raw_validators, dict) else None
    extracted = _fetch_and_extract(vendor, check, validators, context.timeout)
    if extracted is not None:
        _compare(vendor, context, check, extracted)
    return check


def _check_site(vendor: Vendor, context: Context, manifest: dict[str, object], site: str, under: str) -> VendorCheck:
    """Re-harvest with conditional requests per page; a harvest the manifest does not describe
    yet (the first, from a vendor that was extracted from one page) is a full one."""
    check = VendorCheck(vendor.name, site)
    previous = manifest if manifest.get("obtained") == "harvested" else None
    try:
        harvested = harvest(vendor, site, normalise_under(under), previous=previous, timeout=context.timeout)
    except FetchError as exc:
        check.status, check.reason = UNREACHABLE, one_line(str(exc))
        return check
    except (ToolError, RecursionError, MemoryError) as exc:
        check.status, check.reason = INVALID, one_line(str(exc) if isinstance(exc, ToolError) else "too large")
        return check
    check.pages = harvested.notes
    if previous is None and harvested.extracted is not None:  # the first harvest: say what it read
        pages = harvested.extracted.facts.get("pages")
        check.pages.insert(0, f"first harvest of {site}: {len(pages) if isinstance(pages, list) else 0} pages")
    if harvested.extracted is None:
        check.reason = "the index and every page are as recorded (304 Not Modified or the same bytes)"
        return check
    check.extracted = harvested.extracted
    if vendor.upstream_path.read_bytes() == harvested.extracted.data:
        check.reason = "the same spec as the vendored one" + (" (pages changed around it)" if check.pages else "")
        return check
    _compare(vendor, context, check, harvested.extracted)
    return check


def _fetch_and_extract(
    vendor: Vendor, check: VendorCheck, validators: dict[str, str] | None, timeout: float
) -> Extracted | None:
    """The new spec, or None with check's status and reason saying why there is none."""
    try:
        page = read_source(check.source, validators, timeout)
        if page is None:
            check.reason = "304 Not Modified (the server's validators match the manifest's)"
            return None
        check.page = page
        if page.data == vendor.upstream_path.read_bytes():  # a published spec, byte-identical: no need to validate
            check.reason = "the same bytes as the vendored spec"
            return None
    except ToolError as exc:
        check.status, check.reason = UNREACHABLE, one_line(str(exc))
        return None
    try:
        extracted = Extracted.from_page(page)
    except (ToolError, RecursionError, MemoryError) as exc:
        why = str(exc) if isinstance(exc, ToolError) else f"{check.source}: too deeply nested or too large"
        check.status, check.reason = INVALID, one_line(why)
        return None
    check.extracted = extracted
    if vendor.upstream_path.read_bytes() == extracted.data:
        check.reason = "the same spec as the vendored one"
        return None
    return extracted


def _compare(vendor: Vendor, context: Context, check: VendorCheck, extracted: Extracted) -> None:
    current = build(vendor, check=False)
    new_document: dict[str, object] = dict(extracted.document)
    if vendor.overlay_path.exists():
        try:
            overlay = load_overlay(vendor.overlay_path, f"openapi/{vendor.name}/overlay.yaml")
            new_document, vanished = apply_overlay_leniently(new_document, overlay, "overlay.yaml")
        except OverlayError as exc:
            check.problems.append(one_line(str(exc)))
            vanished = []
        check.vanished = [f"{a.label}: target {a.target} matches nothing" for a in vanished]
    check.old_version, check.new_version = _version(current.document), _version(new_document)
    check.changes = diff_specs(current.document, new_document, tolerant_enums=tolerant_enums(vendor))
    check.auth += _auth_spec_changes(current.document, new_document)
    if context.impact and not check.problems:
        _python_impact(vendor, context, check, new_document)
    breaking = any(c.breaking for c in check.changes) or bool(check.vanished or check.problems)
    breaking = breaking or any(i.breaking for i in check.impact)
    check.status = BREAKING if breaking else COMPATIBLE
    if not check.changes and not check.impact:
        check.reason = "no change a client would notice (descriptions, examples or order only)"


def _python_impact(vendor: Vendor, context: Context, check: VendorCheck, document: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory(prefix="watch-") as tmp:
        spec = Path(tmp) / SPEC_NAME
        spec.write_bytes(dump_spec(document))
        try:
            package = generated_package(vendor, Path(tmp), spec)
        except ToolError as exc:
            check.problems.append(f"the generator refuses the new spec: {one_line(str(exc))}")
            return
        new_tree = read_tree(package.parent, vendor.package)
    old_tree = read_tree(context.repo / "generated", vendor.package)
    check.impact = compare(old_tree, new_tree)
    used = auth_uses(context.repo / "auth_overlay", vendor.package)
    for impact in check.impact:
        files = sorted(users_of(impact, used))
        token_flow = [f for f in files if "/vendors/" in f]
        if token_flow:  # the vendor's token exchange: the boundary the overlay is built on
            check.auth.append(f"token flow: `{impact.subject}`: {impact.detail} (used by {', '.join(token_flow)})")
        elif files:
            check.auth.append(f"also used by {', '.join(files)}: `{impact.subject}`: {impact.detail}")


def _auth_spec_changes(old: dict[str, object], new: dict[str, object]) -> list[str]:
    """Servers and security schemes: what the auth overlay's profiles are built on."""
    found: list[str] = []
    for key, what in (("servers", "servers"), ("security", "the top-level security requirement")):
        if _canonical(old.get(key)) != _canonical(new.get(key)):
            found.append(f"{what} changed: check the vendor profile's hosts and auth in auth_overlay/vendors/")
    old_schemes, new_schemes = _schemes(old), _schemes(new)
    for name in sorted(old_schemes.keys() | new_schemes.keys()):
        if _canonical(old_schemes.get(name)) != _canonical(new_schemes.get(name)):
            state = "added" if name not in old_schemes else "removed" if name not in new_schemes else "changed"
            found.append(f"security scheme `{name}` {state}: check the token flow in auth_overlay/vendors/")
    return found


def _schemes(document: dict[str, object]) -> dict[str, object]:
    components = document.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    return dict(schemes) if isinstance(schemes, dict) else {}


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True)


def _version(document: dict[str, object]) -> str:
    info = document.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""


EXIT = {UNCHANGED: 0, COMPATIBLE: 1, BREAKING: 2, UNREACHABLE: 3, INVALID: 3}


def exit_code(checks: list[VendorCheck]) -> int:
    """0 unchanged, 1 compatible, 2 breaking, 3 unreachable/invalid; 2 beats 3 beats 1."""
    codes = {EXIT[c.status] for c in checks}
    for code in (2, 3, 1):
        if code in codes:
            return code
    return 0
