"""Harvest a docs site's API reference into one spec (`nox -s vendor -- SITE VENDOR --site`).

The index names the pages (tools/harvest/index.py); they are fetched concurrently within
every limit (crawl.py); every ```json block of a page's markdown form whose object has a
top-level "openapi" key is a piece (tools/parse/pages.py); the pieces are merged (merge.py),
conflicts refused unless harvest.yaml names a winner (winners.py); the result passes the work
limits and the validator and is written in the stable form. A page that is not an API page
(no block), a block that is not JSON or not valid OpenAPI, a page the index lists but the site
answers 404 for: each is reported and left out, never guessed at.

With the previous manifest, the harvest is conditional: each page is asked for with its
recorded ETag / Last-Modified, and when the index and every page are as recorded nothing is
merged at all. Otherwise the notes name each page that changed, appeared or went.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.core.errors import ToolError, one_line
from tools.core.files import dump_spec, sha256_bytes
from tools.core.layout import Vendor
from tools.generate.validate import validate_spec
from tools.harvest.crawl import HARVEST_TIMEOUT_S, Fetched, fetch_pages
from tools.harvest.index import Index, read_index
from tools.harvest.merge import Block, merge
from tools.harvest.winners import WINNERS_NAME, load_winners
from tools.net.fetch import TIMEOUT_S, check_url, fetch
from tools.net.http1 import Deadline, ExchangeError
from tools.parse.limits import check_work
from tools.parse.pages import Extracted, Page, embedded_specs

NOT_AN_API_PAGE = "no OpenAPI block (not an API page)"


@dataclass(slots=True)
class Harvest:
    extracted: Extracted | None  # None: the index and every page are as recorded
    notes: list[str] = field(default_factory=list)  # what changed, what was left out, one line each


@dataclass(slots=True)
class _Pieces:
    blocks: list[Block] = field(default_factory=list)
    pages: list[dict[str, object]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)


def harvest(
    vendor: Vendor,
    site: str,
    under: str,
    *,
    previous: dict[str, object] | None = None,
    timeout: float = TIMEOUT_S,
) -> Harvest:
    """The site's API reference as one spec; with ``previous`` (the manifest) conditionally."""
    check_url(site)
    whole = Deadline(HARVEST_TIMEOUT_S)

    def get(url: str) -> bytes:
        try:
            own = Deadline(min(timeout, whole.left()))
        except ExchangeError as exc:
            raise ToolError(f"{url}: {exc}") from None
        data = fetch(url, deadline=own).data
        assert data is not None  # no validators sent: never a 304
        return data

    index, index_bytes = read_index(site, under, get)
    recorded = _recorded_pages(previous)
    validators = {url: _validators(record) for url, record in recorded.items()} if previous else None
    fetched = fetch_pages(index.pages, validators, timeout=timeout, whole=whole)
    notes = _changes(index, fetched, recorded)
    same_index = previous is not None and _recorded_index_sha(previous) == sha256_bytes(index_bytes)
    if previous is not None and same_index and not notes:
        return Harvest(None)
    if any(page.not_modified for page in fetched):  # something changed: the rest is needed to merge
        again = fetch_pages(tuple(p.ref for p in fetched if p.not_modified), None, timeout=timeout, whole=whole)
        fresh = {page.ref.url: page for page in again}
        fetched = [fresh.get(page.ref.url, page) for page in fetched]
    pieces = _pieces(fetched)
    document = _merged(vendor, pieces, index)
    data = dump_spec(document)
    facts: dict[str, object] = {
        "site": {"url": site, "under": under},
        "index": {"url": index.url, "kind": index.kind, "sha256": sha256_bytes(index_bytes)},
        "pages": pieces.pages,
        "skipped": pieces.skipped,
    }
    source: dict[str, object] = {"document": index.url, "sha256": sha256_bytes(index_bytes)}
    extracted = Extracted(document, data, sha256_bytes(data), source, "harvested", site, {}, facts)
    before = previous.get("skipped") if previous else None
    known = [s for s in before if isinstance(s, dict)] if isinstance(before, list) else []
    notes += [f"left out {s['url']}: {s['why']}" for s in pieces.skipped if s not in known]  # news only
    return Harvest(extracted, notes)


def _pieces(fetched: list[Fetched]) -> _Pieces:
    found = _Pieces()
    for page in fetched:
        url = page.ref.url
        if page.data is None:
            found.pages.append({"url": url, "markdown": page.ref.markdown, "missing": page.missing or "not fetched"})
            found.skipped.append({"url": url, "why": page.missing or "not fetched"})
            continue
        record: dict[str, object] = {"url": url, "markdown": page.ref.markdown, "sha256": sha256_bytes(page.data)}
        if page.validators:
            record["validators"] = page.validators
        try:
            embedded = embedded_specs(Page(page.ref.markdown, page.data))
        except ToolError as exc:  # HTML instead of markdown, not UTF-8
            found.pages.append({**record, "blocks": 0})
            found.skipped.append({"url": url, "why": one_line(str(exc).removeprefix(f"{page.ref.markdown}: "))})
            continue
        found.pages.append({**record, "blocks": len(embedded.specs)})
        found.skipped += [{"url": url, "why": one_line(why)} for why in embedded.broken]
        if not embedded.specs and not embedded.broken:
            found.skipped.append({"url": url, "why": NOT_AN_API_PAGE})
        found.blocks += [Block(url, block.line, spec) for block, spec in embedded.specs]
    return found


def _merged(vendor: Vendor, pieces: _Pieces, index: Index) -> dict[str, object]:
    """Merge, bound and validate; a block that makes the whole invalid is found, left out and
    reported, and the rest merged again."""
    winners = load_winners(vendor.folder / WINNERS_NAME)
    where = f"openapi/{vendor.name}/{WINNERS_NAME}"
    document = merge(pieces.blocks, winners, where, index.title)
    check_work(document, index.url)
    try:
        validate_spec(document, index.url)
        return document
    except ToolError as whole:
        invalid = []
        for block in pieces.blocks:
            try:  # a models page's block has no paths (3.0 wants them): judged with none
                validate_spec({"paths": {}, **block.document}, f"the block at line {block.line}")
            except ToolError as exc:
                invalid.append(block)
                pieces.skipped.append({"url": block.page, "why": one_line(str(exc))})
        if not invalid:
            raise whole from None
    pieces.blocks = [b for b in pieces.blocks if b not in invalid]
    document = merge(pieces.blocks, winners, where, index.title)
    validate_spec(document, index.url)
    return document


def _changes(index: Index, fetched: list[Fetched], recorded: dict[str, dict[str, object]]) -> list[str]:
    """Which pages differ from the previous harvest's record (empty without one)."""
    if not recorded:
        return []
    notes = []
    for page in fetched:
        before = recorded.get(page.ref.url)
        if before is None:
            notes.append(f"page added: {page.ref.url}")
        elif page.missing:
            if before.get("missing") != page.missing:
                notes.append(f"page missing ({page.missing}): {page.ref.url}")
        elif before.get("missing"):
            notes.append(f"page back (was {before['missing']}): {page.ref.url}")
        elif page.data is not None and sha256_bytes(page.data) != before.get("sha256"):
            notes.append(f"page changed: {page.ref.url}")
    listed = {ref.url for ref in index.pages}
    notes += [f"page no longer in the index: {url}" for url in recorded if url not in listed]
    return notes


def _recorded_pages(manifest: dict[str, object] | None) -> dict[str, dict[str, object]]:
    pages = manifest.get("pages") if manifest else None
    records = (
        [p for p in pages if isinstance(p, dict) and isinstance(p.get("url"), str)] if isinstance(pages, list) else []
    )
    return {str(p["url"]): p for p in records}


def _validators(record: dict[str, object]) -> dict[str, str]:
    found = record.get("validators")
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _recorded_index_sha(manifest: dict[str, object]) -> object:
    index = manifest.get("index")
    return index.get("sha256") if isinstance(index, dict) else None
