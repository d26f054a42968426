"""Extract, validate, compare and write one vendor's spec; an unchanged spec writes nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.files import dump_manifest, write_atomic
from tools.core.layout import MANIFEST_NAME, UPSTREAM_NAME, Vendor, tolerant_enums
from tools.diff import diff_specs, render
from tools.parse.pages import Extracted, Page
from tools.vendoring.manifest import build_manifest, listed, recorded_sources, repaired, title_and_version

# Exit codes, the same as check-upstream's and specdiff's (README, "Watching upstream").
UNCHANGED, COMPATIBLE, BREAKING, REFUSED = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Outcome:
    lines: list[str]
    code: int = UNCHANGED  # UNCHANGED, COMPATIBLE or BREAKING


def resolve_vendor(openapi_dir: Path, name: str, *, new: bool) -> Vendor:
    if not openapi_dir.is_dir():
        raise ToolError(f"no openapi folder at {openapi_dir}")
    exists = (openapi_dir / name).is_dir()
    # A folder that holds only what a person prepares first (harvest.yaml, overlay.yaml) is still new.
    if new and (openapi_dir / name / UPSTREAM_NAME).exists():
        raise ToolError(f"vendor {name!r} already exists under {openapi_dir}; drop --new")
    if not exists and not new:
        known = ", ".join(sorted(p.name for p in openapi_dir.iterdir() if p.is_dir())) or "none"
        raise ToolError(f"unknown vendor {name!r} (known: {known}); pass --new to add one")
    return Vendor(name, openapi_dir)


def _read_existing(vendor: Vendor) -> tuple[bytes | None, dict[str, object] | None]:
    """The vendored spec's bytes and manifest, None where absent. A broken manifest is an
    error rather than something to overwrite: it may hold provenance worth keeping."""
    spec = vendor.upstream_path.read_bytes() if vendor.upstream_path.exists() else None
    manifest = vendor.manifest() if vendor.manifest_path.exists() else None
    return spec, manifest


def vendor_page(page: Page, vendor: Vendor, today: str, *, display_root: Path | None = None) -> Outcome:
    """Extract, validate, compare and write (see vendor_extracted)."""
    return vendor_extracted(Extracted.from_page(page), vendor, today, display_root=display_root)


def vendor_extracted(spec: Extracted, vendor: Vendor, today: str, *, display_root: Path | None = None) -> Outcome:
    """Compare and write a validated spec. Everything that can fail does so before the first
    write; the two writes are each atomic and happen back to back."""
    old_bytes, manifest = _read_existing(vendor)
    where = _display(vendor.folder, display_root)
    if old_bytes == spec.data and manifest is not None:
        return _same_spec(vendor, manifest, spec, where)

    new_manifest = build_manifest(vendor, manifest, spec, today)
    code = UNCHANGED
    if old_bytes == spec.data:
        lines = [f"{vendor.name}: spec unchanged, but it had no {MANIFEST_NAME}"]
    else:
        lines, code = _summary(vendor, old_bytes, spec.document)
    if manifest and "note" in manifest and "note" not in new_manifest:
        lines.append("dropped the manifest's note: it described how the old spec was obtained")
    vendor.folder.mkdir(exist_ok=True)  # only now: a refused --new leaves no folder
    if old_bytes != spec.data:
        write_atomic(vendor.upstream_path, spec.data)
    write_atomic(vendor.manifest_path, dump_manifest(new_manifest))
    lines.append(f"wrote {where}/{UPSTREAM_NAME} and {MANIFEST_NAME} (sha256 {spec.sha256[:12]}…)")
    lines.append(f"next: nox -s regenerate (applies {where}/overlay.yaml, if any, and regenerates the client)")
    return Outcome(lines, code)


def _same_spec(vendor: Vendor, manifest: dict[str, object], spec: Extracted, where: str) -> Outcome:
    """The spec is byte-identical: write nothing, unless the manifest states something
    false about it or the page is a new witness to the same spec."""
    lines: list[str] = []
    updated = repaired(vendor, manifest, spec)
    if updated is not None:
        lines.append("spec unchanged; corrected the manifest (sha256, title, version, URL or validators)")
    sources = recorded_sources(updated or manifest)
    if not listed(sources, spec.source):
        name = spec.source["document"]
        if any(s.get("document") == name for s in sources):
            # The page changed around an identical spec: the recorded bytes stay true.
            lines.append(f"note: {name} differs from its recorded sha256; the spec is identical")
        else:
            updated = {**(updated or manifest), "sources": [*sources, spec.source]}
            lines.append(f"listed {name} as another source of the identical spec")
    if updated is None:
        return Outcome(["unchanged: identical to the vendored spec", *lines])
    write_atomic(vendor.manifest_path, dump_manifest(updated))
    return Outcome([*lines, f"wrote {where}/{MANIFEST_NAME}"])


def _summary(vendor: Vendor, old_bytes: bytes | None, document: dict[str, object]) -> tuple[list[str], int]:
    """What changed for clients, and the exit code that says it (BREAKING, COMPATIBLE)."""
    title, version = title_and_version(document)
    if old_bytes is None:
        return [f"{vendor.name}: new spec {title!r} version {version}"], COMPATIBLE
    try:
        old = json.loads(old_bytes)
    except ValueError:
        return [f"{vendor.name}: replaced a vendored spec that was not valid JSON"], BREAKING
    _, old_version = title_and_version(old) if isinstance(old, dict) else ("", "?")
    moved = f"{old_version} → {version}" if old_version != version else f"{version}, unchanged"
    head = f"{vendor.name}: spec changed (version {moved})"
    try:
        changes = diff_specs(old if isinstance(old, dict) else {}, document, tolerant_enums=tolerant_enums(vendor))
    except Exception as exc:  # the summary informs; it must never stop a valid spec being vendored
        # Unknown is not "compatible": a script stopping on breaking changes must stop here too.
        return [head, f"(could not summarise the changes: {type(exc).__name__}: {exc})"], BREAKING
    if not changes:
        return [head, "no changes a client would notice (descriptions, examples or order only)"], COMPATIBLE
    return [head, render(changes)], BREAKING if any(c.breaking for c in changes) else COMPATIBLE


def _display(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root)) if root else str(path)
    except ValueError:
        return str(path)
