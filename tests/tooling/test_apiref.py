"""docs/api/<vendor>.md, written by `python -m tools.apiref`: complete, true, current, stable.

The committed pages are checked against the committed spec (every operation exactly once,
findable by path and operationId) and against the installed generated packages (every
import and call shown works); copies of the repository show that drift catches a page
edited by hand, that regenerate rewrites it, that the bytes do not depend on hash seeds or
where the checkout lives, and that a new operation in the spec changes the page.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from tool_calls import call_tool

REPO = Path(__file__).resolve().parents[2]
VENDORS = sorted(p.parent.name for p in (REPO / "openapi").glob("*/upstream.json"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HEADING = re.compile(r"^### `(\w+)` — `([A-Z]+) (\S+)`$", re.MULTILINE)
ANCHOR = re.compile(r'^<a id="([^"]+)"></a>$', re.MULTILINE)
IMPORT = re.compile(r"from ([\w.]+) import ([\w, ]+)")
CALL = re.compile(r"^(\w+)\.(sync|sync_detailed)\((.*)\)\n# -> ", re.MULTILINE)
MODEL_ROW = re.compile(r"^\| `(\w+)` \| ", re.MULTILINE)

Run = Callable[..., subprocess.CompletedProcess[str]]


def tool(module: str, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", f"tools.{module}", *map(str, args)],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False, env=env,
    )  # fmt: skip


def page(vendor: str, root: Path = REPO) -> str:
    return (root / "docs" / "api" / f"{vendor}.md").read_text(encoding="utf-8")


def spec_operations(vendor: str, root: Path = REPO) -> dict[tuple[str, str], str]:
    """(METHOD, path) → operationId, straight from the vendored spec."""
    spec = json.loads((root / "openapi" / vendor / "openapi.json").read_text(encoding="utf-8"))
    return {
        (method.upper(), path): operation.get("operationId", "")
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_page_lists_every_operation_of_the_spec_exactly_once(vendor: str) -> None:
    text, wanted = page(vendor), spec_operations(vendor)

    listed = Counter((method, path) for _, method, path in HEADING.findall(text))

    assert wanted, "the spec has operations"
    assert set(listed) == set(wanted), set(listed) ^ set(wanted)
    assert set(listed.values()) == {1}, [key for key, count in listed.items() if count > 1]
    anchors = ANCHOR.findall(text)
    assert len(anchors) == len(set(anchors)), "every anchor is unique"
    assert {f"tag-{tag}" for tag in re.findall(r"\]\(#tag-(\w+)\)", text)} <= set(anchors), "the index links resolve"
    for (method, path), operation_id in wanted.items():
        entry = text.split(f"`{method} {path}`", 1)[1].split("\n### ", 1)[0]
        assert f"operationId `{operation_id}`" in entry, f"{method} {path}: its operationId is in its entry"
    total = sum(int(n) for n in re.findall(r"^\| \[[^]]+\]\(#tag-\w+\) \| `[\w.]+` \| (\d+) \|$", text, re.MULTILINE))
    assert total == len(wanted), "the index's counts add up to the spec's operations"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_import_and_call_shown_works(vendor: str) -> None:
    text = page(vendor)
    imports = IMPORT.findall(text)
    calls = CALL.findall(text)
    assert len(calls) == len(HEADING.findall(text)), "one call per operation"

    functions: dict[str, object] = {}
    for module_name, names in imports:
        statement = f"from {module_name} import {names.strip()}"
        exec(statement, functions)  # exactly what a reader pastes; ImportError fails the test
    for module_name, function, arguments in calls:
        call = getattr(functions[module_name], function)
        keywords = [argument.split("=", 1)[0] for argument in arguments.split(", ")]
        # bind() fails when a shown keyword does not exist or a required one is left out.
        inspect.signature(call).bind(**dict.fromkeys(keywords))
    models = importlib.import_module(f"{vendor}_client.models")
    rows = MODEL_ROW.findall(text.split('<a id="models"></a>', 1)[1])
    assert rows, "the models list is there"
    assert [name for name in rows if not hasattr(models, name)] == []
    assert sorted(rows) == sorted(models.__all__), "every model the package exports, once"


def _edit_by_hand(repo: Path) -> None:
    path = repo / "docs" / "api" / "tradevest.md"
    path.write_text(path.read_text().replace("**Get Token**", "**Get a token**"))


def test_a_page_edited_by_hand_fails_drift_and_regenerate_rewrites_it(
    drift: Run, regenerate: Run, small_repo_copy: Path
) -> None:
    original = (small_repo_copy / "docs/api/tradevest.md").read_bytes()
    _edit_by_hand(small_repo_copy)

    result = drift("--repo", small_repo_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert any(line.startswith("changed   docs/api/tradevest.md (edited by hand") for line in lines), result.stdout
    assert "fix: python -m tools.apiref (or nox -s regenerate)" in lines
    assert not any("generated/" in line for line in lines if line.startswith("changed")), "only the page drifted"

    assert regenerate("--repo", small_repo_copy).returncode == 0
    assert (small_repo_copy / "docs/api/tradevest.md").read_bytes() == original
    assert drift("--repo", small_repo_copy).returncode == 0


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_edit_by_hand, "apiref: changed   docs/api/tradevest.md"),
        (lambda repo: (repo / "docs/api/tradevest.md").unlink(), "apiref: missing   docs/api/tradevest.md"),
        (lambda repo: (repo / "docs/api/acme.md").write_text("# Acme\n"), "apiref: extra     docs/api/acme.md"),
    ],
    ids=["edited", "missing", "extra"],
)
def test_check_names_each_stale_page_and_the_fix(
    small_repo_copy: Path, snapshot: Callable[[Path], dict[str, bytes]], mutate: Callable[[Path], None], expected: str
) -> None:
    mutate(small_repo_copy)
    before = snapshot(small_repo_copy)

    result = call_tool("apiref", "--repo", small_repo_copy, "--check")

    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stdout
    assert result.stdout.splitlines()[-1] == "apiref: fix: python -m tools.apiref (or nox -s regenerate)"
    assert snapshot(small_repo_copy) == before, "--check writes nothing"


def test_the_pages_are_byte_identical_whatever_the_hash_seed_or_the_checkout(repo_copy: Path) -> None:
    """Set and dict orders change with PYTHONHASHSEED; absolute paths change with the checkout."""
    pages = sorted((REPO / "docs" / "api").glob("*.md"))
    assert [p.stem for p in pages] == VENDORS
    committed = {p.name: p.read_bytes() for p in pages}
    for seed in ("1", "2"):
        for p in (repo_copy / "docs" / "api").glob("*.md"):
            p.unlink()
        result = tool("apiref", "--repo", repo_copy, env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        assert {p.name: p.read_bytes() for p in (repo_copy / "docs" / "api").glob("*.md")} == committed
    again = call_tool("apiref", "--repo", repo_copy)  # this process's own seed, a third one
    assert again.stdout.startswith("apiref: wrote nothing (every page is current)"), again.stdout


NEW_OPERATION = """\
  - target: $.paths
    description: A new operation (test)
    update:
      /invoices/{invoiceId}:
        get:
          operationId: getInvoice
          summary: Get one invoice
          tags: [Invoices]
          parameters:
            - {name: invoiceId, in: path, required: true, schema: {type: string}}
          responses:
            '200':
              description: The invoice
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/TokenResponse'}
"""


def test_an_operation_added_to_the_spec_appears_on_the_page(regenerate: Run, drift: Run, small_repo_copy: Path) -> None:
    with (small_repo_copy / "openapi/alternative_payments/overlay.yaml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_OPERATION)
    before = page("alternative_payments", small_repo_copy)

    result = regenerate("--repo", small_repo_copy)

    assert result.returncode == 0, result.stderr
    assert "rewrote docs/api/alternative_payments.md" in result.stdout
    text = page("alternative_payments", small_repo_copy)
    assert text != before
    assert "### `get_invoice` — `GET /invoices/{invoiceId}`" in text
    assert "operationId `getInvoice`" in text
    assert "from alternative_payments_client.api.invoices import get_invoice" in text
    assert "get_invoice.sync(client=client, invoice_id=...)\n# -> TokenResponse\n" in text
    assert "| [Invoices](#tag-invoices) | `alternative_payments_client.api.invoices` | 1 |" in text
    assert "2 operations under 2 tags" in text
    assert page("tradevest", small_repo_copy) == page("tradevest"), "the other vendor's page is untouched"
    assert drift("--repo", small_repo_copy).returncode == 0


def test_an_operation_the_client_lacks_is_listed_as_not_generated(small_repo_copy: Path) -> None:
    spec_path = small_repo_copy / "openapi/tradevest/openapi.json"
    spec = json.loads(spec_path.read_text())
    spec["paths"]["/oauth2/revoke"] = {
        "post": {"operationId": "revoke-token", "responses": {"200": {"description": "OK"}}}
    }
    spec_path.write_text(json.dumps(spec, indent=2))

    checked = call_tool("apiref", "--repo", small_repo_copy, "--check")
    written = call_tool("apiref", "--repo", small_repo_copy)

    assert checked.returncode == 1
    assert "changed   docs/api/tradevest.md" in checked.stdout
    assert written.returncode == 0, written.stderr
    text = page("tradevest", small_repo_copy)
    assert "- `POST /oauth2/revoke` operationId `revoke-token`" in text.split('<a id="not-generated"></a>', 1)[1]
    assert "2 operations under 1 tag" in text


def test_a_function_the_spec_lacks_is_refused_in_one_line(small_repo_copy: Path) -> None:
    module = small_repo_copy / "generated/tradevest_client/api/authorization/get_token.py"
    extra = module.with_name("get_token_again.py")
    extra.write_text(module.read_text().replace('"/oauth2/token"', '"/oauth2/other"'))

    result = call_tool("apiref", "--repo", small_repo_copy, "--check")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "apiref: tradevest_client calls POST /oauth2/other, which openapi/tradevest/openapi.json lacks: "
        "generated/ is stale, run nox -s regenerate"
    )
