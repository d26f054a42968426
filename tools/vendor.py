"""Vendor a vendor's published spec: ``python -m tools.vendor PAGE VENDOR``.

PAGE is a file or an http(s) URL. Either it is the OpenAPI JSON document itself (Tradovate
publishes one): its bytes are kept exactly as served. Or it is a docs page in the vendors'
markdown form: the spec is the one ```json fenced block whose object has a top-level
"openapi" key, written in the stable form. Either way the spec is validated and written to
openapi/VENDOR/upstream.json, the manifest beside it is updated (for a URL: the URL, and the
ETag / Last-Modified validators the server sent), and a summary of what changed for clients
is printed. `nox -s regenerate` then applies overlay.yaml and regenerates the client.

Re-vendoring a page whose spec is already vendored writes nothing, so running it is always
safe. Any bad input is refused with one line on stderr before anything is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from tools.fetch import MAX_BYTES as MAX_PAGE_BYTES
from tools.fetch import fetch
from tools.specdiff import diff_specs, render
from tools.specs import (
    MANIFEST_NAME,
    OPENAPI_DIR,
    UPSTREAM_NAME,
    ArgumentParser,
    ToolError,
    Vendor,
    dump_manifest,
    dump_spec,
    tolerant_enums,
    validate_spec,
    write_atomic,
)

VENDOR_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
URL = re.compile(r"^https?://", re.IGNORECASE)
# A CommonMark fence: up to three spaces, then ``` or ~~~ (three or more), then the info string.
FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")


@dataclass(frozen=True, slots=True)
class Page:
    document: str  # what the manifest records: the file's name, or the URL
    data: bytes
    validators: tuple[tuple[str, str], ...] = ()  # ("etag", …), ("last_modified", …) from the server

    @property
    def url(self) -> str | None:
        return self.document if URL.match(self.document) else None


@dataclass(frozen=True, slots=True)
class Extracted:
    """A validated spec taken from a page, in the form it will be written."""

    document: dict[str, object]
    data: bytes
    sha256: str
    source: dict[str, object]  # the manifest's record of the page
    obtained: str  # a key of EXTRACTION: how the spec was taken from the page
    url: str | None  # where it was fetched from, if it was
    validators: dict[str, str]  # the server's ETag / Last-Modified for that URL

    @property
    def published(self) -> bool:
        return self.obtained != "extracted"

    @classmethod
    def from_page(cls, page: Page) -> Extracted:
        published, obtained = published_spec(page), "published"
        if published is None:
            published, obtained = published_yaml(page), "published-yaml"
        document = published if published is not None else extract_spec(page)
        obtained = obtained if published is not None else "extracted"
        validate_spec(document, page.document)
        # A JSON document is kept byte-exact; YAML and extracted specs in the stable JSON form.
        data = page.data if obtained == "published" else dump_spec(document)
        source: dict[str, object] = {"document": page.document, "sha256": _sha256(page.data)}
        return cls(document, data, _sha256(data), source, obtained, page.url, dict(page.validators))


@dataclass(frozen=True, slots=True)
class Block:
    line: int  # 1-based line of the opening fence, for error messages
    text: str


# ------------------------------------------------------------------- reading the page


def read_page(where: str, validators: dict[str, str] | None = None) -> Page:
    """The page's bytes from a file or URL (tools/fetch.py: https, timeouts, size cap)."""
    if URL.match(where):
        fetched = fetch(where)
        assert fetched.data is not None  # no validators sent, so never a 304
        return Page(where, fetched.data, tuple(fetched.validators.items()))
    if "://" in where:
        raise ToolError(f"{where}: only http(s) URLs and file paths are supported")
    path = Path(where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ToolError(f"cannot read {where}: {exc.strerror or exc}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise ToolError(f"{where}: larger than {MAX_PAGE_BYTES} bytes")
    return Page(path.name, data)


def fenced_blocks(text: str) -> Iterator[tuple[str, Block]]:
    """(info string, block) for every fenced code block, in page order."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, info = opening["fence"], opening["info"].strip()
        # The closing fence uses the same character, at least as many of them, nothing else.
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(index + 1, len(lines)) if closing.match(lines[j])), len(lines))
        yield info, Block(index + 1, "\n".join(lines[index + 1 : end]))
        index = end + 1


def _reject_constant(name: str) -> NoReturn:
    # NaN and Infinity are not JSON; accepting them would vendor a spec no other tool reads.
    raise ValueError(f"{name} is not valid JSON")


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json.loads would keep the last of two equal keys and silently drop part of the spec.
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key!r}")
        found[key] = value
    return found


def published_spec(page: Page) -> dict[str, object] | None:
    """The page itself, when it is an OpenAPI JSON document rather than a docs page."""
    if page.data.lstrip()[:1] != b"{":
        return None
    try:
        value = json.loads(page.data, parse_constant=_reject_constant, object_pairs_hook=_reject_duplicates)
    except ValueError:
        return None  # a page that merely starts with "{": let extraction report on it
    return value if isinstance(value, dict) and "openapi" in value else None


def published_yaml(page: Page) -> dict[str, object] | None:
    """The page itself, when it is an OpenAPI document in YAML (a docs page never parses
    as a mapping with a top-level "openapi" key)."""
    head = page.data.lstrip()[:1]
    if head in (b"{", b"<", b"`") or b"openapi" not in page.data[:4096]:
        return None
    import yaml

    try:
        value = yaml.safe_load(page.data)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) and "openapi" in value else None


def extract_spec(page: Page) -> dict[str, object]:
    """The one OpenAPI document embedded in a ```json block of the page."""
    if page.data.lstrip()[:1] == b"<":
        # What a CDN or a login wall answers with 200: say so instead of "no ```json block".
        raise ToolError(f"{page.document}: an HTML page, not a spec nor a docs page's markdown form (an error page?)")
    try:
        text = page.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"{exc.reason} at byte {exc.start}"
        raise ToolError(f"{page.document}: not UTF-8 text ({where})") from None
    specs: list[dict[str, object]] = []
    broken: list[str] = []
    for info, block in fenced_blocks(text):
        if (info.split() or [""])[0].lower() != "json":
            continue
        try:
            value = json.loads(block.text, parse_constant=_reject_constant, object_pairs_hook=_reject_duplicates)
        except ValueError as exc:
            broken.append(f"the ```json block at line {block.line} is not valid JSON ({exc})")
            continue
        if isinstance(value, dict) and "openapi" in value:
            specs.append(value)
    distinct = {json.dumps(s, sort_keys=True) for s in specs}
    if len(distinct) > 1:
        count = len(distinct)
        raise ToolError(f"{page.document}: {count} different embedded OpenAPI specs; expected one")
    if specs:
        return specs[0]
    if broken:
        raise ToolError(f"{page.document}: {broken[0]}")
    why = "no ```json block with a top-level 'openapi' key"
    raise ToolError(f"{page.document}: no embedded OpenAPI spec ({why})")


# ------------------------------------------------------------------- the vendor folder


def resolve_vendor(openapi_dir: Path, name: str, *, new: bool) -> Vendor:
    if not openapi_dir.is_dir():
        raise ToolError(f"no openapi folder at {openapi_dir}")
    exists = (openapi_dir / name).is_dir()
    if exists and new:
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


def _sources(manifest: dict[str, object] | None) -> list[dict[str, object]]:
    raw = manifest.get("sources") if manifest else None
    return [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []


def _info(document: dict[str, object]) -> tuple[str, str]:
    info = document.get("info")
    info = info if isinstance(info, dict) else {}
    return str(info.get("title", "")), str(info.get("version", ""))


def build_manifest(
    vendor: Vendor, previous: dict[str, object] | None, spec: Extracted, today: str
) -> dict[str, object]:
    """The manifest for a newly extracted spec. The previous one's key order is kept so
    the file's diff shows only what changed; its sources described the old spec, so they go."""
    title, version = _info(spec.document)
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
}


def _provenance(manifest: dict[str, object], spec: Extracted, obtained: str) -> dict[str, object]:
    """Where to fetch the spec again and how it is taken from what is fetched. A page read
    from a file keeps the URL recorded before (but not its validators); a URL also records
    the server's validators."""
    found: dict[str, object] = {"obtained": obtained, "extraction": EXTRACTION[obtained]}
    if spec.url is not None:
        found.update(url=spec.url, validators=spec.validators)
    else:
        # The recorded validators described the URL's old bytes: sent with the next conditional
        # GET they could make the server answer 304 for the very version this file replaced.
        found.update(url=manifest.get("url"), validators={})
    return found


def _listed(sources: list[dict[str, object]], source: dict[str, object]) -> bool:
    return any(s.get("document") == source["document"] and s.get("sha256") == source["sha256"]
               for s in sources)  # fmt: skip


def _repaired(vendor: Vendor, manifest: dict[str, object], spec: Extracted) -> dict[str, object] | None:
    """For an unchanged spec: the manifest with wrong facts corrected, or None if all hold.
    This is what makes `nox -s vendor` the fix for a manifest whose hash no longer matches."""
    title, version = _info(spec.document)
    facts: dict[str, object] = {"vendor": vendor.name, "title": title, "version": version}
    facts["upstream"] = {"file": UPSTREAM_NAME, "sha256": spec.sha256}
    if spec.url is not None:
        facts.update(url=spec.url, validators=spec.validators)
    if all(manifest.get(k) == v for k, v in facts.items()):
        return None
    return {**manifest, **facts}


# ------------------------------------------------------------------- the command


# Exit codes, the same as check-upstream's and specdiff's (README, "Watching upstream").
UNCHANGED, COMPATIBLE, BREAKING, REFUSED = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Outcome:
    lines: list[str]
    code: int = UNCHANGED  # UNCHANGED, COMPATIBLE or BREAKING


def vendor_page(page: Page, vendor: Vendor, today: str, *, display_root: Path | None = None) -> Outcome:
    """Extract, validate, compare and write. Everything that can fail does so before the
    first write; the two writes are each atomic and happen back to back."""
    spec = Extracted.from_page(page)
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
    updated = _repaired(vendor, manifest, spec)
    if updated is not None:
        lines.append("spec unchanged; corrected the manifest (sha256, title, version, URL or validators)")
    sources = _sources(updated or manifest)
    if not _listed(sources, spec.source):
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
    title, version = _info(document)
    if old_bytes is None:
        return [f"{vendor.name}: new spec {title!r} version {version}"], COMPATIBLE
    try:
        old = json.loads(old_bytes)
    except ValueError:
        return [f"{vendor.name}: replaced a vendored spec that was not valid JSON"], BREAKING
    _, old_version = _info(old) if isinstance(old, dict) else ("", "?")
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


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _display(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root)) if root else str(path)
    except ValueError:
        return str(path)


# ------------------------------------------------------------------- command line


def _day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _vendor_name(value: str) -> str:
    if not VENDOR_NAME.match(value):
        raise argparse.ArgumentTypeError(f"vendor names match {VENDOR_NAME.pattern}: {value!r}")
    return value


EPILOG = """exit codes: 0 unchanged (nothing written, or only the manifest corrected); 1 a compatible
change written; 2 a BREAKING change written (for clients: see the summary); 3 refused, nothing
written (bad page, invalid spec, unreachable URL, usage error)."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = ArgumentParser(
        prog="vendor",
        description=__doc__.splitlines()[0] if __doc__ else None,
        epilog=EPILOG,
        usage_exit=REFUSED,
    )
    parser.add_argument("page", help="a spec (JSON or YAML) or a docs page: a file path or an http(s) URL")
    parser.add_argument("vendor", type=_vendor_name, help="folder name under openapi/")
    parser.add_argument("--new", action="store_true", help="add a vendor that has no folder yet")
    parser.add_argument("--openapi-dir", type=Path, default=OPENAPI_DIR, help="default: openapi/")
    parser.add_argument("--today", type=_day, help="date for the manifest (default: today, UTC)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    today = args.today or dt.datetime.now(dt.UTC).date().isoformat()
    try:
        vendor = resolve_vendor(args.openapi_dir, args.vendor, new=args.new)
        page = read_page(args.page)
        outcome = vendor_page(page, vendor, today, display_root=args.openapi_dir.parent)
    except ToolError as exc:
        return refuse(str(exc))
    except OSError as exc:  # a write that failed: disk full, permissions
        return refuse(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except (RecursionError, MemoryError):  # absurdly nested or huge JSON
        return refuse(f"{args.page}: the embedded JSON is too deeply nested or too large")
    print("\n".join(outcome.lines))
    return outcome.code


def refuse(message: str) -> int:
    """One line on stderr, however long or multi-line the underlying message is."""
    line = " ".join(message.split())
    print(f"vendor: {line if len(line) <= 400 else line[:399] + '…'}", file=sys.stderr)
    return REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
