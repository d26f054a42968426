"""check-upstream, update and specdiff against a local server standing in for the vendors.

The server (127.0.0.1, started and stopped here) serves a docs page in the vendors' markdown
form and a published spec, version 1 then version 2, plus the ways a vendor's site fails:
304, 404, 500, a timeout, an HTML error page, a redirect to plain http.
"""

from __future__ import annotations

import copy
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tool_calls import call_tool

REPO = Path(__file__).resolve().parents[2]
# serve_forever polls for shutdown() twice a second by default: each stop would wait up to 0.5 s.
POLL = {"poll_interval": 0.02}
SPEC_1 = json.loads((REPO / "openapi" / "tradevest" / "upstream.json").read_text(encoding="utf-8"))
AP_SPEC_1 = json.loads((REPO / "openapi" / "alternative_payments" / "upstream.json").read_text(encoding="utf-8"))


def docs_page(spec: dict[str, Any]) -> bytes:
    """A page in the vendors' markdown form: prose, then the spec as one ```json block."""
    return f"# Authorization\n\nGet a token.\n\n```json\n{json.dumps(spec, indent=2)}\n```\n".encode()


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None


class QuietServer(http.server.ThreadingHTTPServer):
    """A client that hangs up mid-answer (its deadline: what a test is about) is not an error to print.
    A harvest opens a connection per page at once: socketserver's backlog of 5 would drop the rest,
    each retried by the kernel a second later."""

    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class VendorSite:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, str | None]] = []  # (path, If-None-Match)
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append((self.path, self.headers.get("If-None-Match")))
                route = site.routes.get(self.path, Route(b"not found", 404))
                time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for key, value in {**route.headers, **({"ETag": route.etag} if route.etag else {})}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs=POLL, daemon=True)

    def serve(self, path: str, **kwargs: Any) -> str:
        self.routes[path] = Route(**kwargs)
        return f"{self.url}{path}"


@pytest.fixture
def site() -> Iterator[VendorSite]:
    served = VendorSite()
    served.thread.start()
    try:
        yield served
    finally:
        served.server.shutdown()
        served.server.server_close()


def run(module: str, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return call_tool(module, "--repo", repo, *args)


def check(repo: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    report = repo / "report.json"
    result = run("check_upstream", repo, "--no-impact", "--json", str(report), *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result, json.loads(report.read_text()) if report.exists() else {}


def mutate(spec: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    result = copy.deepcopy(spec)
    change(result)
    return result


# ------------------------------------------------------------------------ unchanged


def test_the_same_page_again_is_unchanged(site: VendorSite, small_repo_copy: Path) -> None:
    page = (REPO / "tests/tooling/pages/000_c4a8024841990d83.txt").read_bytes()
    url = site.serve("/authorization.md", body=page)

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 0, result.stdout + result.stderr
    assert report["vendors"][0]["status"] == "unchanged"
    assert "tradevest: unchanged" in result.stdout


def test_a_304_for_the_manifests_etag_is_unchanged(site: VendorSite, small_repo_copy: Path) -> None:
    url = site.serve("/authorization.md", body=b"never sent", etag='"v1"')
    manifest_path = small_repo_copy / "openapi" / "tradevest" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest.update(url=url, validators={"etag": '"v1"'})
    manifest.pop("site")  # a vendor read from one page (the site's harvest: test_harvest.py)
    manifest_path.write_text(json.dumps(manifest))

    result, report = check(small_repo_copy, "tradevest")

    assert result.returncode == 0, result.stdout + result.stderr
    assert site.hits == [("/authorization.md", '"v1"')], "a conditional GET with the manifest's ETag"
    assert "304" in report["vendors"][0]["reason"]


# ------------------------------------------------------------------------ changes


def _add_optional_response_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["AuthResponse"]["properties"]["scope"] = {"type": "string"}


def test_a_compatible_change_exits_1(site: VendorSite, small_repo_copy: Path) -> None:
    url = site.serve("/authorization.md", body=docs_page(mutate(SPEC_1, _add_optional_response_field)))

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 1, result.stdout + result.stderr
    vendor = report["vendors"][0]
    assert vendor["status"] == "compatible"
    assert [c["kind"] for c in vendor["changes"]] == ["field-added"]
    assert "changed — compatible" in result.stdout


def _remove_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/oauth2/revoke"] = spec["paths"].pop("/oauth2/token")


def _required_request_field(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["AuthRequest"]
    schema["properties"]["audience"] = {"type": "string"}
    schema["required"].append("audience")


def _remove_response_field(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["AuthResponse"]
    del schema["properties"]["expires_in"]
    schema["required"].remove("expires_in")


def _response_enum_value(spec: dict[str, Any]) -> None:
    error = spec["paths"]["/oauth2/token"]["post"]["responses"]["400"]["content"]["application/json"]["schema"]
    error["properties"]["error"]["enum"].append("invalid_scope")


def test_a_response_enum_value_is_tolerated_for_every_vendor(site: VendorSite, small_repo_copy: Path) -> None:
    """Tradevest's enums are tolerant too (issue 19): a new response enum value is compatible."""
    url = site.serve("/authorization.md", body=docs_page(mutate(SPEC_1, _response_enum_value)))

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 1, result.stdout + result.stderr
    [change] = [c for c in report["vendors"][0]["changes"] if c["kind"] == "enum-value-added"]
    assert change["breaking"] is False


@pytest.mark.parametrize(
    ("change", "kind", "subject"),
    [
        (_remove_operation, "operation-removed", "POST /oauth2/token"),
        (_required_request_field, "field-added", "audience"),
        (_remove_response_field, "field-removed", "expires_in"),
    ],
    ids=["removed operation", "new required request field", "removed response field"],
)
def test_a_breaking_change_exits_2_and_names_it(
    site: VendorSite, small_repo_copy: Path, change: Callable[[dict[str, Any]], None], kind: str, subject: str
) -> None:
    url = site.serve("/authorization.md", body=docs_page(mutate(SPEC_1, change)))

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 2, result.stdout + result.stderr
    vendor = report["vendors"][0]
    assert vendor["status"] == "breaking"
    named = [c for c in vendor["changes"] if c["kind"] == kind and c["breaking"]]
    assert named, vendor["changes"]
    assert subject in named[0]["subject"]
    assert "BREAKING" in result.stdout


def test_an_overlay_action_that_no_longer_matches_is_reported_by_action(
    site: VendorSite, small_repo_copy: Path
) -> None:
    fixed = mutate(AP_SPEC_1, lambda s: s.update(servers=[{"url": "https://public-api.alternativepayments.io"}]))
    url = site.serve("/oauth.md", body=docs_page(fixed))

    result, report = check(small_repo_copy, "alternative_payments", "--from", f"alternative_payments={url}")

    assert result.returncode == 2, result.stdout + result.stderr
    vanished = report["vendors"][0]["overlay_actions_vanished"]
    assert len(vanished) == 1
    assert vanished[0].startswith("action 1 (")
    assert "matches nothing" in vanished[0]
    assert "OVERLAY   action 1" in result.stdout
    assert any(note.startswith("servers changed") for note in report["vendors"][0]["auth_overlay"])


def test_a_change_to_the_token_exchange_is_flagged_for_the_auth_overlay(
    site: VendorSite, small_repo_copy: Path
) -> None:
    url = site.serve("/authorization.md", body=docs_page(mutate(SPEC_1, _required_request_field)))
    report, md = small_repo_copy / "r.json", small_repo_copy / "r.md"
    shutil.copytree(REPO / "auth_overlay", small_repo_copy / "auth_overlay")  # what the overlay imports

    result = run(
        "check_upstream",
        small_repo_copy,
        "tradevest",
        "--from",
        f"tradevest={url}",
        "--json",
        str(report),
        "--report",
        str(md),
    )

    assert result.returncode == 2, result.stdout + result.stderr
    vendor = json.loads(report.read_text())["vendors"][0]
    expected = "token flow: `tradevest_client.models.AuthorizationRequest`: required field `audience: str` added"
    assert any(note.startswith(expected) for note in vendor["auth_overlay"]), vendor["auth_overlay"]
    assert "auth_overlay/vendors/tradevest.py" in md.read_text()
    assert "**Auth overlay affected**" in md.read_text()


# ------------------------------------------------------------------------ failures


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ({"status": 404, "body": b"gone"}, "HTTP 404"),
        ({"status": 500, "body": b"oops"}, "HTTP 500"),
        ({"delay": 3.0, "body": b"late"}, "timed out"),
        (
            {"status": 302, "headers": {"Location": "http://example.com/spec.json"}},
            "redirect (302) to http://example.com",
        ),
    ],
    ids=["404", "500", "timeout", "redirect to http"],
)
def test_an_unreachable_source_exits_3_with_the_reason(
    site: VendorSite, small_repo_copy: Path, route: dict[str, Any], reason: str
) -> None:
    url = site.serve("/authorization.md", **route)

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}", "--timeout", "1")

    assert result.returncode == 3, result.stdout + result.stderr
    vendor = report["vendors"][0]
    assert vendor["status"] == "unreachable"
    assert reason in vendor["reason"]


def test_an_html_error_page_is_invalid_not_a_change(site: VendorSite, small_repo_copy: Path) -> None:
    url = site.serve("/authorization.md", body=b"<!DOCTYPE html><html><body>Service unavailable</body></html>")

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 3
    assert report["vendors"][0]["status"] == "invalid"
    assert "HTML page" in report["vendors"][0]["reason"]


def test_breaking_beats_unreachable_which_beats_compatible(site: VendorSite, small_repo_copy: Path) -> None:
    compatible = site.serve("/a.md", body=docs_page(mutate(SPEC_1, _add_optional_response_field)))
    missing = site.serve("/b.md", status=404)
    result, _ = check(small_repo_copy, "--from", f"tradevest={compatible}", "--from", f"alternative_payments={missing}")
    assert result.returncode == 3

    breaking = site.serve("/c.md", body=docs_page(mutate(SPEC_1, _remove_response_field)))
    result, _ = check(small_repo_copy, "--from", f"tradevest={breaking}", "--from", f"alternative_payments={missing}")
    assert result.returncode == 2


def test_a_yaml_spec_url_is_read(site: VendorSite, small_repo_copy: Path) -> None:
    import yaml

    body = yaml.safe_dump(mutate(SPEC_1, _add_optional_response_field), sort_keys=False).encode()
    url = site.serve("/openapi.yaml", body=body)

    result, report = check(small_repo_copy, "tradevest", "--from", f"tradevest={url}")

    assert result.returncode == 1, result.stdout + result.stderr
    assert report["vendors"][0]["changes"][0]["subject"] == "scope"


# ------------------------------------------------------------------------ end to end


NEW_OPERATION = "alternative_payments_client.api.o_auth"


def _new_operation(spec: dict[str, Any]) -> None:
    operation = copy.deepcopy(spec["paths"]["/oauth/token"]["post"])
    operation["operationId"] = "revokeOAuthToken"
    spec["paths"]["/oauth/revoke"] = {"post": operation}


@pytest.mark.slow
def test_check_then_update_then_drift_green_and_the_new_operation_imports(
    site: VendorSite, small_repo_copy: Path
) -> None:
    url = site.serve("/oauth.md", body=docs_page(mutate(AP_SPEC_1, _new_operation)))
    source = f"alternative_payments={url}"
    result, _ = check(small_repo_copy, "alternative_payments", "--from", source)
    assert result.returncode == 1, result.stdout + result.stderr

    md = small_repo_copy / "pr.md"
    updated = run(
        "update", small_repo_copy, "alternative_payments", "--from", source, "--no-tests", "--today", "2031-02-03",
        "--report", str(md),
    )  # fmt: skip

    assert updated.returncode == 1, updated.stdout + updated.stderr
    assert "updated alternative_payments" in updated.stdout
    assert run("drift", small_repo_copy).returncode == 0
    changes = (small_repo_copy / "openapi/alternative_payments/CHANGES.md").read_text()
    assert changes.startswith("# Upstream changes")
    assert "## 2031-02-03: 1.1.0 → 1.1.0, changed — compatible" in changes
    assert "alternative_payments_client.api.o_auth.revoke_o_auth_token.sync(...)" in md.read_text()
    assert "`POST /oauth/revoke`" in (small_repo_copy / "docs/api/alternative_payments.md").read_text()
    probe = subprocess.run(
        [sys.executable, "-c", f"from {NEW_OPERATION} import revoke_o_auth_token as m; print(m.__file__)"],
        env={**os.environ, "PYTHONPATH": str(small_repo_copy / "generated")},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert str(small_repo_copy) in probe.stdout


@pytest.mark.slow
def test_a_failing_update_writes_nothing(
    site: VendorSite, small_repo_copy: Path, snapshot: Callable[[Path], dict[str, bytes]]
) -> None:
    url = site.serve("/oauth.md", body=docs_page(mutate(AP_SPEC_1, _new_operation)))
    (small_repo_copy / "tests").mkdir()
    (small_repo_copy / "tests" / "test_contract.py").write_text(
        "def test_alternative_payments_has_exactly_one_operation():\n"
        "    import alternative_payments_client.api.o_auth as tag, pkgutil\n"
        "    assert len(list(pkgutil.iter_modules(tag.__path__))) == 1\n"
    )
    before = snapshot(small_repo_copy)

    result = run("update", small_repo_copy, "alternative_payments", "--from", f"alternative_payments={url}")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "tests fail against the new client: FAILED tests/test_contract.py::" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(small_repo_copy) == before


# ------------------------------------------------------------------------ nox -s vendor


def test_vendor_takes_a_yaml_spec_and_exits_1_for_a_compatible_change(tmp_path: Path, small_repo_copy: Path) -> None:
    import yaml

    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(mutate(SPEC_1, _add_optional_response_field), sort_keys=False))
    openapi = small_repo_copy / "openapi"
    manifest_path = openapi / "tradevest" / "manifest.json"
    recorded = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**recorded, "validators": {"etag": '"old"'}}))

    result = call_tool("vendor", spec, "tradevest", "--openapi-dir", openapi)

    assert result.returncode == 1, result.stdout + result.stderr
    manifest = json.loads(manifest_path.read_text())
    assert manifest["obtained"] == "published-yaml"
    assert manifest["url"] == recorded["url"], "a file keeps the URL to fetch again"
    assert manifest["validators"] == {}, "the old ETag described the old bytes: a 304 must not hide this change"
    assert json.loads((openapi / "tradevest" / "upstream.json").read_text())["components"]["schemas"]["AuthResponse"][
        "properties"
    ]["scope"] == {"type": "string"}


def test_vendor_refuses_an_html_page_with_exit_3(tmp_path: Path, small_repo_copy: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!doctype html><title>Login</title>")

    openapi = small_repo_copy / "openapi"
    result = call_tool("vendor", page, "tradevest", "--openapi-dir", openapi)

    assert result.returncode == 3
    assert "an HTML page" in result.stderr


# ------------------------------------------------------------------------ Tradovate, in Python terms


@pytest.mark.slow
def test_tradovate_changes_are_named_as_the_python_code_meets_them(site: VendorSite, tmp_path: Path) -> None:
    """The published-spec form (a JSON URL), the generated client's names, tolerant enums."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from spec_mutations import V2_CHANGES, mutated

    spec = json.loads((REPO / "openapi" / "tradovate" / "upstream.json").read_text(encoding="utf-8"))
    url = site.serve("/openapi.json", body=json.dumps(mutated(spec, V2_CHANGES)).encode())
    report, md = tmp_path / "report.json", tmp_path / "report.md"

    # check-upstream writes nothing, so it can look at this repository itself.
    result = run(
        "check_upstream", REPO, "tradovate", "--from", f"tradovate={url}", "--json", str(report), "--report", str(md)
    )

    assert result.returncode == 2, result.stdout + result.stderr
    vendor = json.loads(report.read_text())["vendors"][0]
    impact = {(i["subject"], i["detail"], i["breaking"]) for i in vendor["impact"]}
    assert ("tradovate_client.api.orders.suspend_order.sync(...)", "new operation", False) in impact
    assert ("tradovate_client.api.users.user_plugin_list.sync(...)", "removed: the import fails", True) in impact
    assert ("tradovate_client.models.PlaceOrder", "required field `venue: str` added", True) in impact
    assert ("tradovate_client.models.PlaceOrderResult", "field `order_id` removed", True) in impact
    tolerated = [i for i in vendor["impact"] if i["subject"] == "tradovate_client.models.OrderOrdStatus"]
    assert len(tolerated) == 1
    assert not tolerated[0]["breaking"]
    assert '"Paused" → tolerated at runtime' in tolerated[0]["detail"]
    # The demo places orders with PlaceOrder; the token flow's modules are untouched.
    assert any("auth_overlay/_cli/_demo.py" in line for line in vendor["auth_overlay"])
    assert not any(line.startswith("token flow") for line in vendor["auth_overlay"])
    body = md.read_text()
    assert body.startswith("# Upstream spec check")
    assert "| tradovate | **changed — breaking** |" in body
