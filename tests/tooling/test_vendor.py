"""`python -m tools.vendor PAGE VENDOR`: extract, validate, write, and say what changed."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Fixtures (vendor, openapi_copy, snapshot) come from conftest.py; it can't be imported here
# under --import-mode=importlib, so the two paths are spelled out again.
REPO = Path(__file__).resolve().parents[2]
# serve_forever polls for shutdown() twice a second by default: each stop would wait up to 0.5 s.
POLL = {"poll_interval": 0.02}
PAGES = Path(__file__).resolve().parent / "pages"
Run = Callable[..., subprocess.CompletedProcess[str]]
Snapshot = Callable[[Path], dict[str, bytes]]
PAGE_000 = PAGES / "000_c4a8024841990d83.txt"
PAGE_001 = PAGES / "001_9e287adac31b7ed1.txt"
PAGE_002 = PAGES / "002_a09c1668438ad085.txt"
PAGE_003 = PAGES / "003_dc75c454e1213261.txt"
TODAY = "2031-02-03"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(openapi: Path, name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((openapi / name / "manifest.json").read_text())
    return loaded


def edited_page(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """Page 000 with one textual edit inside its embedded spec."""
    text = PAGE_000.read_text(encoding="utf-8")
    assert old in text, f"the seed page no longer contains {old!r}"
    page = tmp_path / name
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return page


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], code: int = 3) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("vendor: ")
    return lines[0]


# ----------------------------------------------------------------- unchanged specs


@pytest.mark.parametrize("page", [PAGE_000, PAGE_001], ids=["000", "001"])
def test_revendoring_an_identical_spec_writes_nothing(
    vendor: Run, openapi_copy: Path, page: Path, snapshot: Snapshot
) -> None:
    before = snapshot(openapi_copy)

    result = vendor(page, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 0, result.stderr
    assert "unchanged: identical to the vendored spec" in result.stdout
    assert snapshot(openapi_copy) == before


@pytest.mark.parametrize(
    ("page", "name"),
    [(PAGE_000, "tradevest"), (PAGE_001, "tradevest"), (PAGE_003, "alternative_payments")],
    ids=["000", "001", "003"],
)
def test_extraction_reproduces_the_vendored_bytes(vendor: Run, openapi_copy: Path, page: Path, name: str) -> None:
    (openapi_copy / name / "upstream.json").unlink()

    result = vendor(page, name, "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 1, "a first spec is a compatible change (exit 1)"
    assert result.stderr == "", result.stderr
    written = (openapi_copy / name / "upstream.json").read_bytes()
    assert written == (REPO / "openapi" / name / "upstream.json").read_bytes()


def test_another_page_with_the_same_spec_is_listed_as_a_source(vendor: Run, openapi_copy: Path, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror.md"
    mirror.write_bytes(PAGE_000.read_bytes() + b"\nA footer the first page lacks.\n")
    spec_before = (openapi_copy / "tradevest" / "upstream.json").read_bytes()
    old = manifest(openapi_copy, "tradevest")

    result = vendor(mirror, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 0, result.stderr
    new = manifest(openapi_copy, "tradevest")
    assert new["sources"] == [
        *old["sources"],  # type: ignore[misc]
        {"document": "mirror.md", "sha256": sha256(mirror.read_bytes())},
    ]
    assert new["date"] == old["date"], "an identical spec keeps the date it was vendored"
    assert (openapi_copy / "tradevest" / "upstream.json").read_bytes() == spec_before


def test_a_manifest_with_a_wrong_hash_is_corrected(vendor: Run, openapi_copy: Path) -> None:
    path = openapi_copy / "tradevest" / "manifest.json"
    broken = {**manifest(openapi_copy, "tradevest"), "upstream": {"file": "upstream.json", "sha256": "0" * 64}}
    path.write_text(json.dumps(broken, indent=2) + "\n")

    result = vendor(PAGE_000, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == (REPO / "openapi" / "tradevest" / "manifest.json").read_bytes()


# ----------------------------------------------------------------- upstream changes


@pytest.fixture
def changed_page(tmp_path: Path) -> Path:
    """Upstream removed expires_in from the 200 response and added an error code."""
    page = edited_page(
        tmp_path,
        "changed.md",
        '"expires_in":{"type":"integer","default":3600,"readOnly":true},',
        "",
    )
    text = page.read_text(encoding="utf-8").replace(
        '"unsupported_grant_type"]', '"unsupported_grant_type","invalid_scope"]', 1
    )
    page.write_text(text, encoding="utf-8")
    return page


def test_a_changed_spec_is_summarised_with_breaking_changes(
    vendor: Run, openapi_copy: Path, changed_page: Path
) -> None:
    result = vendor(changed_page, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 2, "a breaking change exits 2"
    assert result.stderr == "", result.stderr
    lines = result.stdout.splitlines()
    removed = [line for line in lines if "expires_in" in line]
    added = [line for line in lines if "invalid_scope" in line]
    assert len(removed) == 1
    assert "BREAKING" in removed[0]
    assert "removed" in removed[0]
    assert "response 200" in removed[0]
    assert len(added) == 1
    assert "BREAKING" not in added[0], "every vendor's generated enums keep an unknown value (issue 19)"
    assert "enum value" in added[0]
    assert "tolerated at runtime" in added[0], "the reason is given"
    assert "2 changes: 1 breaking, 1 ok" in lines


def test_a_changed_spec_is_written_with_its_manifest(vendor: Run, openapi_copy: Path, changed_page: Path) -> None:
    result = vendor(changed_page, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 2, result.stderr
    spec = (openapi_copy / "tradevest" / "upstream.json").read_bytes()
    assert b"invalid_scope" in spec
    assert b'"expires_in": {' not in spec
    assert spec.endswith(b"}\n")
    assert spec.startswith(b'{\n  "openapi": "3.0.1"')
    new = manifest(openapi_copy, "tradevest")
    assert new["upstream"] == {"file": "upstream.json", "sha256": sha256(spec)}
    assert new["date"] == TODAY
    assert new["obtained"] == "extracted"
    assert new["sources"] == [{"document": "changed.md", "sha256": sha256(changed_page.read_bytes())}]
    assert (new["title"], new["version"]) == ("Authorization", "1.0")


def test_revendoring_the_changed_page_is_then_a_no_op(
    vendor: Run, openapi_copy: Path, changed_page: Path, snapshot: Snapshot
) -> None:
    vendor(changed_page, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)
    before = snapshot(openapi_copy)

    again = vendor(changed_page, "tradevest", "--openapi-dir", openapi_copy, "--today", "2040-01-01")

    assert again.returncode == 0, again.stderr
    assert "unchanged: identical to the vendored spec" in again.stdout
    assert snapshot(openapi_copy) == before


def test_a_new_vendor_needs_new_and_gets_a_folder(vendor: Run, openapi_copy: Path) -> None:
    result = vendor(PAGE_003, "acme_pay", "--new", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 1, result.stderr
    assert "new spec" in result.stdout
    spec = (openapi_copy / "acme_pay" / "upstream.json").read_bytes()
    assert spec == (REPO / "openapi" / "alternative_payments" / "upstream.json").read_bytes()
    assert manifest(openapi_copy, "acme_pay")["vendor"] == "acme_pay"
    assert manifest(openapi_copy, "acme_pay")["upstream"] == {"file": "upstream.json", "sha256": sha256(spec)}


# ----------------------------------------------------------------- refusals


def _broken_json(tmp_path: Path) -> list[str]:
    page = edited_page(tmp_path, "broken.md", '"openapi":"3.0.1",', '"openapi":"3.0.1",,')
    return [str(page), "tradevest"]


def _invalid_openapi(tmp_path: Path) -> list[str]:
    page = edited_page(tmp_path, "invalid.md", '"responses":{', '"responses":5,"x":{')
    return [str(page), "tradevest"]


def _unknown_openapi_version(tmp_path: Path) -> list[str]:
    page = edited_page(tmp_path, "future.md", '"openapi":"3.0.1"', '"openapi":"9.9"')
    return [str(page), "tradevest"]


REFUSALS: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "no embedded spec (002)": (lambda _: [str(PAGE_002), "tradevest"], "no embedded OpenAPI"),
    "broken JSON": (_broken_json, "not valid JSON"),
    "invalid OpenAPI": (_invalid_openapi, "invalid OpenAPI"),
    "unknown OpenAPI version": (_unknown_openapi_version, "invalid OpenAPI"),
    "unknown vendor": (lambda _: [str(PAGE_000), "acme"], "unknown vendor 'acme'"),
    "--new for an existing vendor": (
        lambda _: [str(PAGE_000), "tradevest", "--new"],
        "already exists",
    ),
    "invalid spec for a new vendor": (
        lambda tmp: [*_invalid_openapi(tmp)[:1], "acme", "--new"],
        "invalid OpenAPI",
    ),
    "unreadable file": (lambda tmp: [str(tmp / "missing.md"), "tradevest"], "cannot read"),
    "other URL scheme": (lambda _: ["ftp://example.invalid/page", "tradevest"], "http(s)"),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(
    vendor: Run, openapi_copy: Path, tmp_path: Path, case: str, snapshot: Snapshot
) -> None:
    make_args, message = REFUSALS[case]
    args = make_args(tmp_path)
    before = snapshot(openapi_copy.parent)

    result = vendor(*args, "--openapi-dir", openapi_copy, "--today", TODAY)

    line = assert_one_line_refusal(result)
    assert message in line
    assert snapshot(openapi_copy.parent) == before


@pytest.mark.parametrize(
    "args",
    [
        [str(PAGE_000), "Trade-Vest"],
        [str(PAGE_000), "tradevest", "--today", "2031-13-01"],
        [str(PAGE_000)],
    ],
    ids=["vendor name", "date", "missing argument"],
)
def test_usage_errors_exit_3_in_one_line(vendor: Run, openapi_copy: Path, args: list[str], snapshot: Snapshot) -> None:
    before = snapshot(openapi_copy)

    result = vendor(*args, "--openapi-dir", openapi_copy)

    assert_one_line_refusal(result, code=3)
    assert snapshot(openapi_copy) == before


# ----------------------------------------------------------------- URLs


@pytest.fixture
def page_server() -> Iterator[str]:
    """A local HTTP server for the pages folder: URLs without the network."""
    with serving(PAGES) as url:
        yield url


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs=POLL, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_is_fetched_from_a_url_and_recorded_by_url(vendor: Run, openapi_copy: Path, page_server: str) -> None:
    url = f"{page_server}/{PAGE_000.name}"

    result = vendor(url, "tradevest", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 0, result.stderr
    sources = manifest(openapi_copy, "tradevest")["sources"]
    assert isinstance(sources, list)
    assert sources[-1] == {"document": url, "sha256": sha256(PAGE_000.read_bytes())}
    recorded = manifest(openapi_copy, "tradevest")
    assert recorded["url"] == url, "the URL that worked is where to fetch it again"
    assert isinstance(recorded["validators"], dict)
    assert "last_modified" in recorded["validators"], "the server's Last-Modified is kept for a conditional fetch"


def test_a_published_json_spec_is_kept_byte_exact(vendor: Run, openapi_copy: Path, tmp_path: Path) -> None:
    """Tradovate serves the OpenAPI document itself: its bytes are the upstream, unchanged."""
    published = REPO / "openapi" / "tradovate" / "upstream.json"
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "openapi.json").write_bytes(published.read_bytes())
    (openapi_copy / "tradovate" / "upstream.json").unlink()
    with serving(tmp_path / "site") as site:
        result = vendor(f"{site}/openapi.json", "tradovate", "--openapi-dir", openapi_copy, "--today", TODAY)

    assert result.returncode == 1, result.stderr
    assert (openapi_copy / "tradovate" / "upstream.json").read_bytes() == published.read_bytes()
    recorded = manifest(openapi_copy, "tradovate")
    assert recorded["obtained"] == "published"
    assert recorded["upstream"] == {"file": "upstream.json", "sha256": sha256(published.read_bytes())}
    assert "next: nox -s regenerate" in result.stdout


def test_a_missing_url_is_refused_in_one_line(
    vendor: Run, openapi_copy: Path, page_server: str, snapshot: Snapshot
) -> None:
    before = snapshot(openapi_copy)

    result = vendor(f"{page_server}/nope.md", "tradevest", "--openapi-dir", openapi_copy)

    assert "HTTP 404" in assert_one_line_refusal(result)
    assert snapshot(openapi_copy) == before
