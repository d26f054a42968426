"""Each vendor's files against its manifest and overlay: upstream, overlay and result sha256s."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.files import sha256_file
from tools.core.layout import OVERLAY_NAME, TEMPLATES_NAME, UPSTREAM_NAME, Vendor, recorded_sha256
from tools.generate.build import Built, build
from tools.generate.toolchain import PINS_FILE, check_pinned_versions


@dataclass(frozen=True, slots=True)
class Finding:
    section: str  # a key of SECTIONS
    summary: str  # one line naming the problem
    details: tuple[str, ...] = ()  # diff lines, hashes, the per-vendor fix


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a repository (or a copy of one) keeps what drift compares."""

    root: Path

    @property
    def openapi_dir(self) -> Path:
        return self.root / "openapi"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def pins_file(self) -> Path:
        copy = self.root / "tools" / PINS_FILE.name
        return copy if copy.exists() else PINS_FILE

    def show(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def check_toolchain(layout: Layout) -> list[Finding]:
    return [Finding("toolchain", problem) for problem in check_pinned_versions(layout.pins_file)]


def check_specs(layout: Layout, chosen: list[Vendor]) -> tuple[list[Finding], list[Built]]:
    """Hash and overlay findings, and the vendors whose spec could be built (not yet validated)."""
    findings = [
        Finding("specs", f"{layout.show(folder)}/ has no {UPSTREAM_NAME}")
        for folder in sorted(p for p in layout.openapi_dir.iterdir() if p.is_dir() and p.name != TEMPLATES_NAME)
        if not (folder / UPSTREAM_NAME).exists()
    ]
    usable: list[Built] = []
    for vendor in chosen:
        try:
            built = build(vendor, check=False)
        except ToolError as exc:
            findings.append(Finding("specs", str(exc)))
            continue
        findings += _check_built(layout, built)
        usable.append(built)
    return findings, usable


def _check_built(layout: Layout, built: Built) -> list[Finding]:
    """openapi.json and the manifest against what upstream + overlay make now."""
    vendor, findings = built.vendor, []
    manifest_path = layout.show(vendor.manifest_path)
    fix = ("fix: nox -s regenerate (rebuilds openapi.json from upstream + overlay and updates the manifest)",)
    manifest = vendor.manifest()
    if vendor.overlay_path.exists():
        recorded, actual = recorded_sha256(manifest, "overlay"), sha256_file(vendor.overlay_path)
        if recorded != actual:
            summary = f"{layout.show(vendor.overlay_path)} does not match the overlay sha256 in {manifest_path}"
            findings.append(Finding("specs", summary, (f"manifest says  {recorded}", f"file hashes to {actual}", *fix)))
    spec = layout.show(vendor.spec_path)
    current = vendor.spec_path.read_bytes() if vendor.spec_path.exists() else None
    if current != built.data:
        stale = f"is not {UPSTREAM_NAME} + {OVERLAY_NAME} (edited by hand, or stale)"
        what = "is missing" if current is None else stale
        findings.append(Finding("specs", f"{spec} {what}", fix))
    if recorded_sha256(manifest, "spec") != built.sha256:
        summary = f"the spec sha256 in {manifest_path} is not that of upstream + overlay ({built.sha256})"
        findings.append(Finding("specs", summary, fix))
    return findings
