"""The manifest of a vendored spec: where it came from, how it was taken, its sha256s."""

from __future__ import annotations

from tools.core.layout import UPSTREAM_NAME, Vendor
from tools.parse.pages import Extracted


def recorded_sources(manifest: dict[str, object] | None) -> list[dict[str, object]]:
    raw = manifest.get("sources") if manifest else None
    return [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []


def title_and_version(document: dict[str, object]) -> tuple[str, str]:
    info = document.get("info")
    info = info if isinstance(info, dict) else {}
    return str(info.get("title", "")), str(info.get("version", ""))


def build_manifest(
    vendor: Vendor, previous: dict[str, object] | None, spec: Extracted, today: str
) -> dict[str, object]:
    """The manifest for a newly extracted spec. The previous one's key order is kept so
    the file's diff shows only what changed; its sources described the old spec, so they go."""
    title, version = title_and_version(spec.document)
    manifest: dict[str, object] = dict(previous or {})
    obtained = spec.obtained
    manifest.update(vendor=vendor.name, title=title, version=version)
    manifest.update(_provenance(manifest, spec, obtained))
    source = {**spec.source, "url": spec.url, "retrieved": today} if spec.url else spec.source
    manifest.update(sources=[source], upstream={"file": UPSTREAM_NAME, "sha256": spec.sha256}, date=today)
    # A note explains how a spec came about another way; it is stale now.
    if previous and previous.get("obtained") != obtained:
        manifest.pop("note", None)
    return manifest


EXTRACTION = {
    "published": "none: the URL serves the OpenAPI document itself, kept byte-exact",
    "published-yaml": "none: the URL serves the OpenAPI document itself in YAML, written in the stable JSON form",
    "extracted": (
        'the one ```json block whose object has a top-level "openapi" key, in the page\'s markdown form '
        "(the page URL with .md appended), written in the stable form: the vendor's key order, "
        "2-space indent, final newline"
    ),
    "harvested": (
        'every ```json block whose object has a top-level "openapi" key, on every page under site.under '
        "that the index lists (each page's markdown form: the page URL with .md appended), merged by "
        "tools/harvest/merge.py — paths, components and tags united, identical repeats kept once, servers "
        "and security united with operation-level lists where a page differs, a conflict refused unless "
        "harvest.yaml declares the winning page — and written in the stable form"
    ),
}


def _provenance(manifest: dict[str, object], spec: Extracted, obtained: str) -> dict[str, object]:
    """Where to fetch the spec again and how it is taken from what is fetched. A page read
    from a file keeps the URL recorded before (but not its validators); a URL also records
    the server's validators."""
    found: dict[str, object] = {"obtained": obtained, "extraction": EXTRACTION[obtained], **spec.facts}
    if spec.url is not None:
        found.update(url=spec.url, validators=spec.validators)
    else:
        # The recorded validators described the URL's old bytes: sent with the next conditional
        # GET they could make the server answer 304 for the very version this file replaced.
        found.update(url=manifest.get("url"), validators={})
    return found


def listed(sources: list[dict[str, object]], source: dict[str, object]) -> bool:
    return any(s.get("document") == source["document"] and s.get("sha256") == source["sha256"]
               for s in sources)  # fmt: skip


def repaired(vendor: Vendor, manifest: dict[str, object], spec: Extracted) -> dict[str, object] | None:
    """For an unchanged spec: the manifest with wrong facts corrected, or None if all hold.
    This is what makes `nox -s vendor` the fix for a manifest whose hash no longer matches."""
    title, version = title_and_version(spec.document)
    facts: dict[str, object] = {"vendor": vendor.name, "title": title, "version": version}
    facts["upstream"] = {"file": UPSTREAM_NAME, "sha256": spec.sha256}
    if spec.url is not None:
        facts.update(url=spec.url, validators=spec.validators)
    if spec.facts:  # a harvest: how it was obtained, and every page with its sha256
        facts.update(obtained=spec.obtained, extraction=EXTRACTION[spec.obtained], **spec.facts)
    if all(manifest.get(k) == v for k, v in facts.items()):
        return None
    return {**manifest, **facts}
