"""A broken or hostile upstream, served from 127.0.0.1 by raw-socket servers (conftest.RawServer):
the watch reports it for that vendor — exit 3, one line, a report for every vendor — and is
never crashed, stretched past its deadline or fooled into a smaller spec."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tool_calls import call_tool

REPO = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "pages"
TRADEVEST_PAGE = (PAGES / "000_c4a8024841990d83.txt").read_bytes()
AP_PAGE = (PAGES / "003_dc75c454e1213261.txt").read_bytes()
Handler = Callable[[socket.socket, bytes, threading.Event], None]


def check(repo: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], Any]:
    """check-upstream for both small vendors, Alternative Payments from a well-behaved page."""
    report = repo / "report.json"
    result = call_tool(
        "check_upstream", "--repo", repo, "--no-impact", "--json", report, "tradevest", "alternative_payments", *args,
        env=env,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    return result, json.loads(report.read_text()) if report.exists() else None


def good_ap_page(raw_server: Callable[..., Any]) -> str:
    return str(raw_server(answer(AP_PAGE)).url("/oauth.md"))


def answer(body: bytes, *headers: str, status: bytes = b"HTTP/1.1 200 OK") -> Handler:
    def handle(conn: socket.socket, head: bytes, stopping: threading.Event) -> None:
        lines = [status, *(h.encode() for h in headers), f"Content-Length: {len(body)}".encode()]
        conn.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)

    return handle


def raw(data: bytes) -> Handler:
    def handle(conn: socket.socket, head: bytes, stopping: threading.Event) -> None:
        conn.sendall(data)

    return handle


def assert_reported_for_every_vendor(result: subprocess.CompletedProcess[str], report: Any, reason: str) -> None:
    assert result.returncode == 3, result.stdout + result.stderr
    assert report is not None, "the JSON report is written even when a source is hostile"
    statuses = {v["vendor"]: v for v in report["vendors"]}
    assert statuses["alternative_payments"]["status"] == "unchanged"
    tradevest = statuses["tradevest"]
    assert tradevest["status"] == "unreachable", tradevest
    assert reason in tradevest["reason"], tradevest["reason"]
    assert "\n" not in tradevest["reason"]


# ------------------------------------------------------------------ malformed HTTP


def test_a_garbage_status_line_is_unreachable(raw_server: Callable[..., Any], small_repo_copy: Path) -> None:
    hostile = raw_server(raw(b"SPEC 9000 \x1b[31mnot http\r\n\r\n")).url("/authorization.md")

    result, report = check(
        small_repo_copy, "--from", f"tradevest={hostile}", "--from", f"alternative_payments={good_ap_page(raw_server)}"
    )

    assert_reported_for_every_vendor(result, report, "not a valid HTTP response")
    assert "\x1b" not in result.stdout + json.dumps(report), "server bytes are printed without control characters"


def test_101_headers_are_read_like_any_answer(raw_server: Callable[..., Any], small_repo_copy: Path) -> None:
    headers = [f"X-Cdn-{i}: {i}" for i in range(101)]
    page = raw_server(answer(TRADEVEST_PAGE, *headers)).url("/authorization.md")

    result, report = check(
        small_repo_copy, "--from", f"tradevest={page}", "--from", f"alternative_payments={good_ap_page(raw_server)}"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert [v["status"] for v in report["vendors"]] == ["unchanged", "unchanged"]


def test_a_70_kb_header_line_is_refused(raw_server: Callable[..., Any], small_repo_copy: Path) -> None:
    hostile = raw_server(answer(TRADEVEST_PAGE, "X-Padding: " + "a" * 70_000)).url("/authorization.md")

    result, report = check(
        small_repo_copy, "--from", f"tradevest={hostile}", "--from", f"alternative_payments={good_ap_page(raw_server)}"
    )

    assert_reported_for_every_vendor(result, report, "response headers larger than 64 KiB")


def test_a_chunked_body_cut_mid_chunk_is_unreachable(raw_server: Callable[..., Any], small_repo_copy: Path) -> None:
    half = TRADEVEST_PAGE[: len(TRADEVEST_PAGE) // 2]
    cut = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + f"{len(TRADEVEST_PAGE):x}\r\n".encode() + half
    hostile = raw_server(raw(cut)).url("/authorization.md")

    result, report = check(
        small_repo_copy, "--from", f"tradevest={hostile}", "--from", f"alternative_payments={good_ap_page(raw_server)}"
    )

    assert_reported_for_every_vendor(result, report, "cut off")


def test_a_body_shorter_than_its_content_length_is_not_a_smaller_spec(
    raw_server: Callable[..., Any], small_repo_copy: Path
) -> None:
    """Cut at a path boundary, the YAML that arrived is a valid spec without POST /oauth2/token."""
    import yaml

    spec = json.loads((REPO / "openapi/tradevest/upstream.json").read_text())
    paths = spec.pop("paths")
    spec["paths"] = {"/oauth2/revoke": paths["/oauth2/token"], **paths}  # paths last, the token operation last
    full = yaml.safe_dump(spec, sort_keys=False).encode()
    boundary = full.index(b"\n  /oauth2/token:") + 1
    assert yaml.safe_load(full[:boundary])["paths"].keys() == {"/oauth2/revoke"}, "the cut leaves valid YAML"

    def dropped_at_the_boundary(conn: socket.socket, head: bytes, stopping: threading.Event) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {len(full)}\r\n\r\n".encode() + full[:boundary])

    hostile = raw_server(dropped_at_the_boundary).url("/openapi.yaml")

    result, report = check(
        small_repo_copy, "--from", f"tradevest={hostile}", "--from", f"alternative_payments={good_ap_page(raw_server)}"
    )

    assert_reported_for_every_vendor(result, report, f"connection closed after {boundary} of {len(full)} bytes")
    assert "operation-removed" not in json.dumps(report)


# ------------------------------------------------------------------ time and redirects


def test_a_server_trickling_one_byte_at_a_time_is_cut_at_the_deadline(
    raw_server: Callable[..., Any], small_repo_copy: Path
) -> None:
    """Each byte arrives well inside a per-read timeout; only a deadline for the whole fetch ends it."""

    def trickle(conn: socket.socket, head: bytes, stopping: threading.Event) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {len(TRADEVEST_PAGE)}\r\n\r\n".encode())
        for byte in TRADEVEST_PAGE:
            if stopping.wait(0.5):
                return
            conn.sendall(bytes([byte]))

    hostile = raw_server(trickle).url("/authorization.md")

    result, report = check(
        small_repo_copy,
        "--timeout",
        "2",
        "--from",
        f"tradevest={hostile}",
        "--from",
        f"alternative_payments={good_ap_page(raw_server)}",
    )

    assert_reported_for_every_vendor(result, report, "timed out after 2s (the whole fetch, not one read)")


def test_an_https_source_redirecting_to_http_on_loopback_is_refused(
    raw_server: Callable[..., Any], small_repo_copy: Path, loopback_tls: Any
) -> None:
    context, ca_file = loopback_tls
    plain = raw_server(answer(TRADEVEST_PAGE)).url("/authorization.md")
    secure = raw_server(raw(f"HTTP/1.1 302 Found\r\nLocation: {plain}\r\nContent-Length: 0\r\n\r\n".encode()), context)
    env = {"SSL_CERT_FILE": str(ca_file)}

    result, report = check(
        small_repo_copy,
        "--from",
        f"tradevest={secure.url('/authorization.md')}",
        "--from",
        f"alternative_payments={good_ap_page(raw_server)}",
        env=env,
    )

    assert_reported_for_every_vendor(result, report, f"redirect (302) to {plain} refused")
    assert "never left for http" in report["vendors"][0]["reason"]
    assert len(secure.requests) == 1, "the https source was reached (the CA is trusted)"


def test_an_https_source_served_whole_is_read(
    raw_server: Callable[..., Any], small_repo_copy: Path, loopback_tls: Any
) -> None:
    """The TLS path itself works (so the refusal above is about the redirect, not about TLS)."""
    context, ca_file = loopback_tls
    secure = raw_server(answer(TRADEVEST_PAGE), context).url("/authorization.md")

    result, report = check(
        small_repo_copy,
        "--from",
        f"tradevest={secure}",
        "--from",
        f"alternative_payments={good_ap_page(raw_server)}",
        env={"SSL_CERT_FILE": str(ca_file)},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert [v["status"] for v in report["vendors"]] == ["unchanged", "unchanged"]


def test_a_gzip_answer_is_decoded_and_its_expansion_capped(
    raw_server: Callable[..., Any], small_repo_copy: Path
) -> None:
    import gzip

    page = raw_server(answer(gzip.compress(TRADEVEST_PAGE), "Content-Encoding: gzip")).url("/a.md")
    bomb = raw_server(answer(gzip.compress(b" " * (64 * 1024 * 1024)), "Content-Encoding: gzip")).url("/b.md")

    result, report = check(small_repo_copy, "--from", f"tradevest={page}", "--from", f"alternative_payments={bomb}")

    vendors = {v["vendor"]: v for v in report["vendors"]}
    assert vendors["tradevest"]["status"] == "unchanged"
    assert vendors["alternative_payments"]["status"] == "unreachable"
    assert "larger than 20971520 bytes" in vendors["alternative_payments"]["reason"]
    assert result.returncode == 3


# ------------------------------------------------------------------ what the bytes expand to

BILLION_LAUGHS = b"""openapi: 3.1.0
info: {title: laughs, version: "1"}
paths: {}
x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
x-h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
x-i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def limited_memory() -> None:
    """preexec_fn: 2 GiB of address space, so a bomb that gets expanded fails fast instead of
    taking the shared machine's memory."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def check_limited(repo: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], Any]:
    report = repo / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "tools.check_upstream", "--repo", str(repo), "--no-impact", "--json", str(report),
         "tradevest", *args],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=False, preexec_fn=limited_memory,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    return result, json.loads(report.read_text()) if report.exists() else None


def test_a_billion_laughs_yaml_is_refused_before_it_expands(
    raw_server: Callable[..., Any], small_repo_copy: Path
) -> None:
    assert len(BILLION_LAUGHS) < 3000
    url = raw_server(answer(BILLION_LAUGHS, "Content-Type: application/yaml")).url("/openapi.yaml")

    result, report = check_limited(small_repo_copy, "--from", f"tradevest={url}")

    assert result.returncode == 3, result.stdout + result.stderr
    vendor = report["vendors"][0]
    assert vendor["status"] == "invalid"
    assert "its YAML aliases expand to more than 500,000 values; refused" in vendor["reason"]


def test_a_yaml_alias_that_contains_itself_is_refused(raw_server: Callable[..., Any], small_repo_copy: Path) -> None:
    looped = b'openapi: 3.1.0\ninfo: {title: loop, version: "1"}\npaths: {}\nx-loop: &loop [*loop]\n'
    url = raw_server(answer(looped)).url("/openapi.yaml")

    result, report = check_limited(small_repo_copy, "--from", f"tradevest={url}")

    assert result.returncode == 3, result.stdout + result.stderr
    assert report["vendors"][0]["status"] == "invalid"
    assert "a YAML alias contains itself (line 4); refused" in report["vendors"][0]["reason"]


def test_a_spec_with_100000_paths_is_refused_before_validation(
    raw_server: Callable[..., Any], small_repo_copy: Path
) -> None:
    """Under the byte cap (about 9 MB), but validating it would take minutes: the work is bounded."""
    operation = {"responses": {"200": {"description": "ok"}}}
    huge = {
        "openapi": "3.1.0",
        "info": {"title": "huge", "version": "1"},
        "paths": {f"/resource{i}/item": {"get": operation} for i in range(100_000)},
    }
    body = json.dumps(huge).encode()
    assert 5_000_000 < len(body) < 20 * 1024 * 1024
    url = raw_server(answer(body)).url("/openapi.json")

    result, report = check_limited(small_repo_copy, "--from", f"tradevest={url}")

    assert result.returncode == 3, result.stdout + result.stderr
    vendor = report["vendors"][0]
    assert vendor["status"] == "invalid"
    assert "100,000 operations, more than the 5,000 the watch takes on; refused" in vendor["reason"]
