"""A page (a file or a fetched URL) and the spec taken from it: the page itself when it is a
published OpenAPI document (JSON or YAML), else the one ```json block of a docs page's markdown form."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tools.core.errors import ToolError
from tools.core.files import dump_spec, sha256_bytes
from tools.generate.validate import validate_remembered
from tools.parse.documents import AliasLoop, DocumentError, load_json, load_yaml
from tools.parse.limits import TooMuchWork, check_work

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
    facts: dict[str, object] = field(default_factory=dict)  # more for the manifest (a harvest's pages)

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
        check_work(document, page.document)  # before the validator, whose time grows with the size
        # A JSON document is kept byte-exact; YAML and extracted specs in the stable JSON form.
        data = page.data if obtained == "published" else dump_spec(document)
        validate_remembered(document, page.document, data)  # data: the bytes document is read from
        source: dict[str, object] = {"document": page.document, "sha256": sha256_bytes(page.data)}
        return cls(document, data, sha256_bytes(data), source, obtained, page.url, dict(page.validators))


@dataclass(frozen=True, slots=True)
class Block:
    line: int  # 1-based line of the opening fence, for error messages
    text: str


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


def published_spec(page: Page) -> dict[str, object] | None:
    """The page itself, when it is an OpenAPI JSON document rather than a docs page."""
    if page.data.lstrip()[:1] != b"{":
        return None
    try:
        value = load_json(page.data, page.document)
    except DocumentError:
        return None  # a page that merely starts with "{": let extraction report on it
    return value if isinstance(value, dict) and "openapi" in value else None


def published_yaml(page: Page) -> dict[str, object] | None:
    """The page itself, when it is an OpenAPI document in YAML (a docs page never parses
    as a mapping with a top-level "openapi" key). An alias bomb or loop is refused, not guessed at."""
    head = page.data.lstrip()[:1]
    if head in (b"{", b"<", b"`") or b"openapi" not in page.data[:4096]:
        return None
    try:
        value = load_yaml(page.data, page.document)
    except (AliasLoop, TooMuchWork):
        raise
    except DocumentError:
        return None
    return value if isinstance(value, dict) and "openapi" in value else None


@dataclass(frozen=True, slots=True)
class Embedded:
    """What a docs page's markdown form holds: its OpenAPI blocks, and the ```json blocks that
    do not parse (a page of API reference pieces has one block per operation or schema)."""

    specs: list[tuple[Block, dict[str, object]]]
    broken: list[str]


def embedded_specs(page: Page) -> Embedded:
    if page.data.lstrip()[:1] == b"<":
        # What a CDN or a login wall answers with 200: say so instead of "no ```json block".
        raise ToolError(f"{page.document}: an HTML page, not a spec nor a docs page's markdown form (an error page?)")
    try:
        text = page.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"{exc.reason} at byte {exc.start}"
        raise ToolError(f"{page.document}: not UTF-8 text ({where})") from None
    found = Embedded([], [])
    for info, block in fenced_blocks(text):
        if (info.split() or [""])[0].lower() != "json":
            continue
        try:
            value = load_json(block.text, f"the ```json block at line {block.line}")
        except DocumentError as exc:
            found.broken.append(str(exc))
            continue
        if isinstance(value, dict) and "openapi" in value:
            found.specs.append((block, value))
    return found


def extract_spec(page: Page) -> dict[str, object]:
    """The one OpenAPI document embedded in a ```json block of the page."""
    embedded = embedded_specs(page)
    specs = [spec for _, spec in embedded.specs]
    distinct = {json.dumps(s, sort_keys=True) for s in specs}
    if len(distinct) > 1:
        count = len(distinct)
        raise ToolError(f"{page.document}: {count} different embedded OpenAPI specs; expected one")
    if specs:
        return specs[0]
    if embedded.broken:
        raise ToolError(f"{page.document}: {embedded.broken[0]}")
    why = "no ```json block with a top-level 'openapi' key"
    raise ToolError(f"{page.document}: no embedded OpenAPI spec ({why})")
