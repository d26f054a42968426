"""Vendor-controlled text in the reports (a pull-request body, CHANGES.md, the terminal): it can
add no heading, table column, HTML tag, hidden link, mention or terminal escape sequence."""

from __future__ import annotations

import copy
import http.server
import json
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tool_calls import call_tool

REPO = Path(__file__).resolve().parents[2]
# serve_forever polls for shutdown() twice a second by default: each stop would wait up to 0.5 s.
POLL = {"poll_interval": 0.02}
AP_SPEC = json.loads((REPO / "openapi/alternative_payments/upstream.json").read_text(encoding="utf-8"))
HOSTILE = "\n## Injected heading\n<img src=x onerror=alert(1)> @octocat | [click](https://evil.example) \x1b[31m"


def hostile_spec(version: str) -> dict[str, Any]:
    spec = copy.deepcopy(AP_SPEC)
    spec["info"]["version"] = version + HOSTILE
    response = spec["components"]["schemas"]["TokenResponse"]
    response["properties"]["note<script>|`x`\n# field"] = {"type": "string"}  # an optional field: compatible
    return spec


def page(spec: dict[str, Any]) -> bytes:
    return f"# OAuth\n\n```json\n{json.dumps(spec, indent=2)}\n```\n".encode()


@pytest.fixture
def served() -> Iterator[dict[str, bytes]]:
    pages: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs=POLL, daemon=True).start()
    pages["base"] = f"http://127.0.0.1:{server.server_address[1]}".encode()
    try:
        yield pages
    finally:
        server.shutdown()
        server.server_close()


def run(module: str, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = call_tool(module, "--repo", repo, *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def assert_inert(markdown: str, own_headings: set[str]) -> None:
    headings = {line for line in markdown.splitlines() if line.startswith("#")}
    assert headings <= own_headings, headings - own_headings
    for raw in ("<img", "<script", "@octocat", "[click](", "\x1b", "## Injected"):
        assert not re.search(r"(?<!\\)" + re.escape(raw), markdown), raw
    assert "@\u200boctocat" in markdown, "the text is still there, only inert"


def test_the_pull_request_body_and_terminal_report_escape_vendor_text(
    served: dict[str, bytes], small_repo_copy: Path
) -> None:
    base = served["base"].decode()
    served["/oauth.md"] = page(hostile_spec("1.2"))
    body, json_report = small_repo_copy / "pr.md", small_repo_copy / "r.json"

    result = run(
        "check_upstream", small_repo_copy, "alternative_payments", "--no-impact",
        "--from", f"alternative_payments={base}/oauth.md", "--report", str(body), "--json", str(json_report),
    )  # fmt: skip

    assert result.returncode == 1, result.stdout + result.stderr
    markdown = body.read_text()
    assert_inert(markdown, {"# Upstream spec check", "## alternative_payments: changed — compatible"})
    row = next(line for line in markdown.splitlines() if line.startswith("| alternative"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 5, f"the vendor's text adds no table column: {row}"
    assert "\x1b" not in result.stdout, "no terminal escape sequence reaches the terminal"
    assert json.loads(json_report.read_text())["vendors"][0]["new_version"].startswith("1.2\n## Injected")


@pytest.mark.slow
def test_changes_md_entries_stay_one_heading_each_across_updates(
    served: dict[str, bytes], small_repo_copy: Path
) -> None:
    base = served["base"].decode()
    changes = small_repo_copy / "openapi/alternative_payments/CHANGES.md"
    for day, version in (("2031-02-03", "1.2"), ("2031-03-04", "1.3")):
        served["/oauth.md"] = page(hostile_spec(version))
        result = run(
            "update", small_repo_copy, "alternative_payments", "--no-impact", "--no-tests", "--today", day,
            "--from", f"alternative_payments={base}/oauth.md",
        )  # fmt: skip
        assert result.returncode == 1, result.stdout + result.stderr

    text = changes.read_text()
    entries = [line for line in text.splitlines() if line.startswith("## ")]
    assert [e.split(":")[0] for e in entries] == ["## 2031-03-04", "## 2031-02-03"], entries
    assert entries[0].startswith("## 2031-03-04: 1.2 \\#\\# Injected heading")
    assert_inert(text, {"# Upstream changes", *entries, "### alternative_payments: changed — compatible"})
