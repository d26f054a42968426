"""`vendor --site` and `check-upstream` against a stand-in docs site on 127.0.0.1 (docs_site.py):
a dozen API pages harvested into one spec, conflicts refused then resolved by a declared winner,
every page recorded, re-harvests conditional, changes named by page and in Python terms."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docs_site import MISSING_PAGE, MODELS_PAGE, PROSE_PAGE, AcmeSite, DocsSite, Op
from tool_calls import call_tool

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
TODAY = "2031-02-03"
Snapshot = Callable[[Path], dict[str, bytes]]


@pytest.fixture
def served() -> Iterator[tuple[DocsSite, AcmeSite]]:
    site = DocsSite()
    acme = AcmeSite(site.url)
    site.files = acme.files()
    try:
        yield site, acme
    finally:
        site.close()


def tool(module: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    result = call_tool(module, *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def harvest(repo: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return tool("vendor", url, "acme", "--site", "--openapi-dir", repo / "openapi", "--today", TODAY, *extra)


def declare_winner(repo: Path, site: str, pointer: str = "/components/schemas/Customer", *more: str) -> None:
    folder = repo / "openapi" / "acme"
    folder.mkdir(exist_ok=True)
    entries = [
        (pointer, f"{site}/api-reference/customers/general"),
        *((p, f"{site}/api-reference/customers/general") for p in more),
    ]
    lines = ["winners:"] + [
        f"  - pointer: {p}\n    page: {page}\n    reason: the general page holds the shape every customer has"
        for p, page in entries
    ]
    (folder / "harvest.yaml").write_text("\n".join(lines) + "\n")


def manifest(repo: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((repo / "openapi/acme/manifest.json").read_text())
    return loaded


def upstream(repo: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((repo / "openapi/acme/upstream.json").read_text())
    return loaded


@pytest.fixture
def harvested(small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]) -> Path:
    """The stand-in site vendored (winner declared) and its client generated."""
    site, _ = served
    declare_winner(small_repo_copy, site.url)
    result = harvest(small_repo_copy, site.url, "--new")
    assert result.returncode == 1, result.stdout + result.stderr
    regenerated = tool("regenerate", "--repo", small_repo_copy)
    assert regenerated.returncode == 0, regenerated.stderr
    return small_repo_copy


def check(repo: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    report = repo / "report.json"
    result = tool("check_upstream", "--repo", repo, "acme", "--json", report, *args)
    return result, json.loads(report.read_text())["vendors"][0]


# ------------------------------------------------------------------ the first harvest


def test_a_schema_defined_differently_on_two_pages_is_refused(
    small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]
) -> None:
    site, _ = served

    result = harvest(small_repo_copy, site.url, "--new")

    assert result.returncode == 3, result.stdout + result.stderr
    base = f"{site.url}/api-reference/customers"
    assert result.stderr.strip() == (
        f"vendor: harvest conflict: /components/schemas/Customer differs between {base}/general and "
        f"{base}/legal-entities at /components/schemas/Customer/properties/email/format (and 1 more pages); "
        "declare which page wins in openapi/acme/harvest.yaml"
    )
    assert not (small_repo_copy / "openapi" / "acme").exists()


def test_with_a_declared_winner_the_site_is_one_spec_and_every_page_is_recorded(
    small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]
) -> None:
    site, acme = served
    declare_winner(small_repo_copy, site.url)

    result = harvest(small_repo_copy, site.url, "--new")

    assert result.returncode == 1, result.stdout + result.stderr
    spec = upstream(small_repo_copy)
    operations = [(m, p) for p, item in spec["paths"].items() for m in item]
    assert len(operations) == acme.operations()  # the broken and the invalid blocks are left out
    assert "/orders/{id}" not in spec["paths"]
    assert "/transactions/{id}" not in spec["paths"]
    assert spec["info"]["title"] == "Acme Brokerage"
    assert spec["components"]["schemas"]["Customer"]["properties"]["email"] == {"type": "string"}  # the winner's
    assert list(spec["components"]["securitySchemes"]) == ["Bearer"]
    assert [s["url"] for s in spec["servers"]] == ["https://auth.acme.test", "https://api.acme.test/v1"]
    token = spec["paths"]["/oauth2/token"]["post"]
    assert token["servers"] == [{"url": "https://auth.acme.test", "description": "Test"}]
    assert token["security"] == [], "the token page required no authentication and gets none from the others"
    assert spec["paths"]["/users"]["get"]["servers"] == [{"url": "https://api.acme.test/v1", "description": "Test"}]

    recorded = manifest(small_repo_copy)
    assert recorded["obtained"] == "harvested"
    assert recorded["site"] == {"url": site.url, "under": "/api-reference/"}
    assert recorded["index"]["url"] == f"{site.url}/llms.txt"
    pages = {p["url"]: p for p in recorded["pages"]}
    for path, body in site.files.items():
        if path.startswith("/api-reference/"):
            page = pages[site.url + path.removesuffix(".md")]
            assert page["sha256"] == hashlib.sha256(body).hexdigest()
            assert page["validators"]["etag"].startswith('"')
    assert f"{site.url}/documentation/overview" not in pages, "pages outside the prefix are not taken"
    skipped = {s["url"].rpartition("/api-reference/")[2]: s["why"] for s in recorded["skipped"]}
    assert skipped[PROSE_PAGE] == "no OpenAPI block (not an API page)"
    assert skipped[MISSING_PAGE] == "HTTP 404 Not Found"
    assert "not valid JSON" in skipped["asset-management/trading"]
    assert "invalid OpenAPI" in skipped["transaction-history"]
    assert MODELS_PAGE not in skipped
    assert f"left out {site.url}/api-reference/{PROSE_PAGE}: no OpenAPI block (not an API page)" in result.stdout


def test_the_harvested_client_has_every_operation(harvested: Path, served: tuple[DocsSite, AcmeSite]) -> None:
    _, acme = served
    modules = [p for p in (harvested / "generated/acme_client/api").glob("*/*.py") if p.name != "__init__.py"]

    assert len(modules) == acme.operations()
    assert (harvested / "generated/acme_client/api/users/list_users.py").exists()
    assert tool("drift", "--repo", harvested).returncode == 0


def test_harvesting_the_same_pages_again_writes_nothing(
    harvested: Path, served: tuple[DocsSite, AcmeSite], snapshot: Snapshot
) -> None:
    site, _ = served
    before = snapshot(harvested / "openapi")

    result = harvest(harvested, site.url)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "unchanged: identical to the vendored spec" in result.stdout
    assert snapshot(harvested / "openapi") == before


def test_navigation_is_read_when_the_site_has_no_llms_txt(
    small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]
) -> None:
    site, acme = served
    del site.files["/llms.txt"]
    links = "".join(f'<li><a href="/api-reference/{p}">{p}</a></li>' for p in [*acme.pages, MODELS_PAGE])
    site.files["/api-reference/"] = f"<html><title>Docs | Acme</title><nav><ul>{links}</ul></nav></html>".encode()
    declare_winner(small_repo_copy, site.url)

    result = harvest(small_repo_copy, site.url, "--new")

    assert result.returncode == 1, result.stdout + result.stderr
    assert manifest(small_repo_copy)["index"] | {"sha256": ""} == {
        "url": f"{site.url}/api-reference/",
        "kind": "navigation",
        "sha256": "",
    }
    assert len([m for item in upstream(small_repo_copy)["paths"].values() for m in item]) == acme.operations()


def test_a_stale_winner_is_an_error(small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]) -> None:
    site, _ = served
    declare_winner(small_repo_copy, site.url, "/components/schemas/Customer", "/components/schemas/Label")

    result = harvest(small_repo_copy, site.url, "--new")

    assert result.returncode == 3
    assert "winner for /components/schemas/Label resolves no conflict (the pages agree now): remove it" in result.stderr


def test_each_page_gets_the_fetch_limits(small_repo_copy: Path, served: tuple[DocsSite, AcmeSite]) -> None:
    site, _ = served
    site.trickle.add("/api-reference/documents/documents.md")
    declare_winner(small_repo_copy, site.url)

    result = harvest(small_repo_copy, site.url, "--new", "--timeout", "2")

    assert result.returncode == 3, result.stdout + result.stderr
    assert f"{site.url}/api-reference/documents/documents.md: timed out after 2s" in result.stderr
    assert not (small_repo_copy / "openapi/acme/upstream.json").exists()


# ------------------------------------------------------------------ the watch


def test_an_unchanged_site_is_checked_with_conditional_requests(
    harvested: Path, served: tuple[DocsSite, AcmeSite]
) -> None:
    site, _ = served
    site.hits.clear()

    result, vendor = check(harvested, "--no-impact")

    assert result.returncode == 0, result.stdout + result.stderr
    assert vendor["reason"] == "the index and every page are as recorded (304 Not Modified or the same bytes)"
    pages = [
        hit
        for hit in site.hits
        if hit[0].startswith("/api-reference/") and hit[0] != f"/api-reference/{MISSING_PAGE}.md"
    ]
    assert pages
    assert all(asked is not None and status == 304 for _, asked, status in pages), pages


def test_one_page_changed_is_named_with_its_python_impact(harvested: Path, served: tuple[DocsSite, AcmeSite]) -> None:
    site, acme = served
    del acme.schemas["User"]["properties"]["name"]  # on every page that repeats User
    site.files = acme.files()

    result, vendor = check(harvested)

    assert result.returncode == 2, result.stdout + result.stderr
    changed = {note.rpartition(": ")[2] for note in vendor["pages"] if note.startswith("page changed")}
    assert f"{site.url}/api-reference/user-management/users" in changed
    assert f"{site.url}/api-reference/{MODELS_PAGE}" in changed
    assert ("acme_client.models.User", "field `name` removed", True) in {
        (i["subject"], i["detail"], i["breaking"]) for i in vendor["impact"]
    }
    assert f"PAGE      page changed: {site.url}/api-reference/user-management/users" in result.stdout


def test_a_page_added_upstream_is_a_new_operation_and_compatible(
    harvested: Path, served: tuple[DocsSite, AcmeSite]
) -> None:
    site, acme = served
    acme.pages["asset-management/digital-assets"] = (
        "Digital Assets",
        "Digital Assets",
        [Op("get", "/digital-assets", "list-digital-assets", "List assets", "[Product]")],
    )
    site.files = acme.files()

    result, vendor = check(harvested, "--no-impact")

    assert result.returncode == 1, result.stdout + result.stderr
    assert vendor["pages"] == [f"page added: {site.url}/api-reference/asset-management/digital-assets"]
    assert [(c["kind"], c["operation"]) for c in vendor["changes"]] == [("operation-added", "GET /digital-assets")]


# ------------------------------------------------------------------ the first online run


def test_the_first_update_harvests_the_site_the_manifest_names(small_repo_copy: Path) -> None:
    """Offline today, real the day it runs online: the vendored Tradevest manifest names its docs
    site, so `update` harvests it with no manual step (here the site is a stand-in on 127.0.0.1
    serving the real authorization page, seed 000, and one more API page)."""
    from docs_site import SCHEMAS, operation_block

    site = DocsSite()
    try:
        users = operation_block(Op("get", "/users", "list-users", "List users", "[User]"), "Users", SCHEMAS, "Users")
        users["servers"] = [{"url": "https://tvda-api.platform-test.tradevest.ai", "description": "Test"}]
        site.files = {
            "/llms.txt": (
                f"# Tradevest\n\n## API Reference\n\n- [Authorization]({site.url}/api-reference/authorization.md)\n"
                f"- [Users]({site.url}/api-reference/user-management/users.md)\n"
            ).encode(),
            "/api-reference/authorization.md": (REPO / "tests/tooling/pages/000_c4a8024841990d83.txt").read_bytes(),
            "/api-reference/user-management/users.md": f"# Users\n\n```json\n{json.dumps(users)}\n```\n".encode(),
        }
        path = small_repo_copy / "openapi/tradevest/manifest.json"
        recorded = json.loads(path.read_text())
        assert recorded["site"] == {"url": "https://docs.tradevest.ai", "under": "/api-reference/"}
        path.write_text(json.dumps({**recorded, "site": {**recorded["site"], "url": site.url}}, indent=2) + "\n")

        result = tool("update", "--repo", small_repo_copy, "tradevest", "--no-tests", "--today", TODAY)
    finally:
        site.close()

    assert result.returncode == 1, result.stdout + result.stderr
    after = json.loads(path.read_text())
    assert after["obtained"] == "harvested"
    assert [p["url"].rpartition("/api-reference/")[2] for p in after["pages"]] == [
        "authorization",
        "user-management/users",
    ]
    spec = json.loads((small_repo_copy / "openapi/tradevest/upstream.json").read_text())
    assert set(spec["paths"]) == {"/oauth2/token", "/users"}
    assert (small_repo_copy / "generated/tradevest_client/api/authorization/get_token.py").exists()
    assert (small_repo_copy / "generated/tradevest_client/api/users/list_users.py").exists()
    assert tool("drift", "--repo", small_repo_copy).returncode == 0
