"""Which pages a docs site's API reference has: its ``/llms.txt`` index, or a page's navigation.

GitBook-style sites publish ``SITE/llms.txt``, a markdown list of links (``- [Users](https://
site/api-reference/users.md)``), and serve every page's markdown form at the page URL with
``.md`` appended. The pages taken are those on the site's own host whose path lies under the
prefix (``/api-reference/`` by default), in the index's order, each once. Without an index,
the HTML of the prefix's page is read for its navigation links instead; the manifest records
which of the two worked.
"""

from __future__ import annotations

import html.parser
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from tools.core.errors import ToolError
from tools.net.fetch import FetchError

DEFAULT_UNDER = "/api-reference/"
MAX_PAGES = 500
# A markdown link's target: [text](target "title") or [text](<target>).
LINK = re.compile(r"\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)")
TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
Getter = Callable[[str], bytes]  # a URL's bytes (tools/harvest/site.py passes the careful fetch)


@dataclass(frozen=True, slots=True)
class PageRef:
    url: str  # the page as a person opens it
    markdown: str  # its markdown form: what is fetched

    @classmethod
    def of(cls, link: str, base: str, under: str) -> PageRef | None:
        """The page a link names, if it is one of the site's pages under the prefix."""
        target = urlsplit(urljoin(base, link.strip()))
        site = urlsplit(base)
        if (target.scheme.lower(), target.netloc.lower()) != (site.scheme.lower(), site.netloc.lower()):
            return None  # another host: never followed from an index
        path = target.path.rstrip("/")
        if not (path + "/").startswith(under.rstrip("/") + "/") or path + "/" == under.rstrip("/") + "/":
            return None
        page = path.removesuffix(".md")
        url = urlunsplit((target.scheme.lower(), target.netloc.lower(), page, "", ""))
        return cls(url, url + ".md")


@dataclass(frozen=True, slots=True)
class Index:
    url: str  # what was read: SITE/llms.txt, or the page whose navigation was read
    kind: str  # "llms.txt" or "navigation"
    title: str  # the site's title (the index's first heading), "" if none
    pages: tuple[PageRef, ...]


def normalise_under(under: str) -> str:
    if not under.startswith("/"):
        raise ToolError(f"--under must be a path starting with '/', not {under!r}")
    return "/" + under.strip("/") + "/" if under.strip("/") else "/"


def from_llms(text: str, base: str, under: str) -> Index | None:
    heading = TITLE.search(text)
    pages = _unique(PageRef.of(match[1], base, under) for match in LINK.finditer(text))
    if not pages:
        return None
    return Index(base, "llms.txt", heading[1].strip() if heading else "", pages)


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False if tag == "title" else self._in_title

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def from_navigation(page: bytes, url: str, under: str) -> Index | None:
    links = _Links()
    try:
        links.feed(page.decode("utf-8", errors="replace"))
        links.close()
    except (AssertionError, ValueError):  # html.parser on pathological markup
        return None
    pages = _unique(PageRef.of(href, url, under) for href in links.hrefs)
    if not pages:
        return None
    title = " ".join(links.title.split()).split(" | ")[-1]  # "Users | Tradevest" → the site's name
    return Index(url, "navigation", title, pages)


def read_index(site: str, under: str, get: Getter) -> tuple[Index, bytes]:
    """The site's index and the bytes it was read from; FetchError when neither form works."""
    llms_url = site.rstrip("/") + "/llms.txt"
    try:
        data = get(llms_url)
        found = from_llms(data.decode("utf-8", errors="replace"), site.rstrip("/") + "/", under)
        why = f"{llms_url} lists no page under {under}"
        if found is not None:
            return Index(llms_url, found.kind, found.title, found.pages), data
    except FetchError as exc:
        why = str(exc)
    navigation_url = site.rstrip("/") + under
    try:
        data = get(navigation_url)
    except FetchError as exc:
        raise FetchError(f"no index: {why}; and the navigation page: {exc}") from None
    found = from_navigation(data, navigation_url, under)
    if found is None:
        raise ToolError(f"no index: {why}; and {navigation_url} links no page under {under}")
    return found, data


def _unique(refs: Iterable[PageRef | None]) -> tuple[PageRef, ...]:
    seen: dict[str, PageRef] = {}
    for ref in refs:
        if ref is not None and ref.url not in seen:
            seen[ref.url] = ref
    if len(seen) > MAX_PAGES:
        raise ToolError(f"the index lists {len(seen)} pages; more than {MAX_PAGES} are refused")
    return tuple(seen.values())
