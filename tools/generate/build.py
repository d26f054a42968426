"""Build each vendor's spec from its upstream document and overlay, and regenerate from it.

``build`` is the one place that turns ``upstream.json`` + ``overlay.yaml`` into the bytes of
``openapi.json``: it checks the upstream bytes against the manifest's sha256 first, applies
the overlay (tools/generate/overlay.py), validates the result and writes it in the stable form.
``regenerate_in_place`` (``nox -s regenerate``) builds every vendor, generates every client
into a scratch folder, and only when all of that worked writes openapi/ files and swaps the
packages in generated/: a failure leaves both as they were.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.files import dump_manifest, dump_spec, sha256_bytes, show_progress, write_atomic
from tools.core.layout import (
    GENERATED_DIR,
    MANIFEST_NAME,
    OPENAPI_DIR,
    OVERLAY_NAME,
    SPEC_NAME,
    UPSTREAM_NAME,
    Vendor,
    recorded_sha256,
    vendors,
)
from tools.generate.generator import generate_one
from tools.generate.overlay import OverlayError, apply_overlay, load_overlay
from tools.generate.validate import validate_remembered


@dataclass(frozen=True, slots=True)
class Built:
    """A vendor's spec as the generator must see it, and the manifest that describes it."""

    vendor: Vendor
    data: bytes  # the bytes openapi.json must hold
    manifest: dict[str, object]  # the manifest with the overlay's and the result's sha256
    actions: int  # overlay actions applied
    document: dict[str, object]  # what data holds, parsed
    label: str  # how a validation failure names its origin

    @property
    def sha256(self) -> str:
        return sha256_bytes(self.data)


def shown(vendor: Vendor, name: str) -> str:
    """How error lines name a vendor's file: relative to the repository, as a person types it."""
    return f"{vendor.root.name}/{vendor.name}/{name}"


def validate(built: Built) -> None:
    """ToolError naming the vendor and the file that made the spec invalid. A valid verdict is
    remembered per sha256 of the exact bytes and validator version (tools/generate/validate.py);
    AUTH_OVERLAY_TOOL_CACHE=off disables the memory."""
    validate_remembered(built.document, built.label, built.data)


def build(vendor: Vendor, *, check: bool = True) -> Built:
    """upstream + overlay → the stable spec, validated unless ``check`` is false (then call
    ``validate`` yourself); ToolError (one line) on any bad input."""
    manifest = vendor.manifest()
    upstream_label = shown(vendor, UPSTREAM_NAME)
    try:
        upstream = vendor.upstream_path.read_bytes()
    except OSError as exc:
        raise ToolError(f"{vendor.name}: cannot read {upstream_label} ({exc.strerror or exc})") from None
    recorded, actual = recorded_sha256(manifest, "upstream"), sha256_bytes(upstream)
    if recorded != actual:
        raise ToolError(
            f"{vendor.name}: {upstream_label} does not match the upstream sha256 in {shown(vendor, MANIFEST_NAME)} "
            f"(manifest {recorded}, file {actual}); re-vendor it: nox -s vendor -- URL {vendor.name}"
        )
    try:
        document = json.loads(upstream)
    except ValueError as exc:
        raise ToolError(f"{vendor.name}: {upstream_label} is not valid JSON ({exc})") from None
    overlay_entry: dict[str, object] | None = None
    actions = 0
    if vendor.overlay_path.exists():
        label = shown(vendor, OVERLAY_NAME)
        try:
            overlay = load_overlay(vendor.overlay_path, label)
            document = apply_overlay(document, overlay, label)
        except OverlayError as exc:
            raise ToolError(f"{vendor.name}: {exc}") from None
        overlay_entry = {"file": OVERLAY_NAME, "sha256": overlay.sha256}
        actions = len(overlay.actions)
        origin = f"{vendor.name}: {label} yields an invalid spec"
    else:
        origin = f"{vendor.name}: {upstream_label}"
    if not isinstance(document, dict):
        raise ToolError(f"{origin}: not an OpenAPI document (not a JSON object)")
    data = dump_spec(document)
    updated = dict(manifest)
    updated.update(overlay=overlay_entry, spec={"file": SPEC_NAME, "sha256": sha256_bytes(data)})
    if overlay_entry is None:
        updated.pop("overlay")
    built = Built(vendor, data, updated, actions, document, origin)
    if check:
        validate(built)
    return built


def build_all(chosen: list[Vendor], note: Callable[[str], None] | None = None) -> list[Built]:
    """Build every vendor's spec, unvalidated (generate_built validates while the generator runs)."""
    built = []
    for done, vendor in enumerate(chosen, 1):
        result = build(vendor, check=False)
        built.append(result)
        if note:
            note(f"  [{done}/{len(chosen)}] {vendor.name}: {UPSTREAM_NAME} + {result.actions} overlay actions")
    return built


def write_specs(built: list[Built], folder: Path) -> dict[str, Path]:
    """Each built spec as a file under folder, for the generator to read: vendor → path."""
    paths = {}
    for item in built:
        path = folder / ".specs" / item.vendor.name / SPEC_NAME
        path.parent.mkdir(parents=True)
        path.write_bytes(item.data)
        paths[item.vendor.name] = path
    return paths


def generate_built(built: list[Built], out_dir: Path) -> None:
    """Validate every spec and generate every client from it, in parallel (the generator is a
    subprocess, so validation in this process overlaps it). Any failure ends the run; an
    invalid spec is reported before what the generator made of it."""
    specs = write_specs(built, out_dir)
    total = 2 * len(built)
    failures: list[tuple[int, ToolError]] = []
    with ThreadPoolExecutor(max_workers=max(1, 2 * len(built))) as pool:
        jobs: dict[Future[object], tuple[int, str]] = {}
        for item in built:
            jobs[pool.submit(validate, item)] = (0, f"validated openapi/{item.vendor.name}/{SPEC_NAME}")
        for item in built:
            generated: Future[object] = pool.submit(generate_one, item.vendor, out_dir, specs[item.vendor.name])
            jobs[generated] = (1, f"generated {item.vendor.package}")
        for done, job in enumerate(as_completed(jobs), 1):
            rank, what = jobs[job]
            try:
                job.result()
            except ToolError as exc:
                failures.append((rank, exc))
                continue
            show_progress(done, total, what)
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]


def regenerate_in_place(generated_dir: Path = GENERATED_DIR, openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    """Build and generate everything in a scratch folder, then write openapi/ and swap generated/."""
    generated_dir.mkdir(parents=True, exist_ok=True)
    chosen = vendors(openapi_dir)
    if not chosen:
        raise ToolError(f"no vendor under {openapi_dir} (each needs {UPSTREAM_NAME})")
    built = build_all(chosen, lambda line: print(line, file=sys.stderr, flush=True))
    with tempfile.TemporaryDirectory(prefix="regen-", dir=generated_dir.parent) as tmp:
        generate_built(built, Path(tmp))
        for item in built:
            vendor = item.vendor
            if not vendor.spec_path.exists() or vendor.spec_path.read_bytes() != item.data:
                write_atomic(vendor.spec_path, item.data)
            manifest = dump_manifest(item.manifest)
            if vendor.manifest_path.read_bytes() != manifest:
                write_atomic(vendor.manifest_path, manifest)
            final, retired = generated_dir / vendor.package, Path(tmp) / f".old-{vendor.package}"
            if final.exists():
                final.rename(retired)  # two renames: the package is never a half-copied tree
            (Path(tmp) / vendor.package).rename(final)
            shutil.rmtree(retired, ignore_errors=True)
    return [item.vendor.package for item in built]
