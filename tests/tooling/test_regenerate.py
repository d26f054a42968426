"""`python -m tools.regenerate --repo COPY`: bad input stops with one line, nothing is half-written.

Runs on a copy without Tradovate (conftest.small_repo_copy): the tool is the same for every
vendor, and the small specs generate in a second or two.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

Run = Callable[..., subprocess.CompletedProcess[str]]
Snapshot = Callable[[Path], dict[str, bytes]]


def append_action(repo: Path, vendor: str, action: str) -> None:
    with (repo / "openapi" / vendor / "overlay.yaml").open("a", encoding="utf-8") as handle:
        handle.write(action)


def upstream_bytes_changed(repo: Path) -> None:
    path = repo / "openapi" / "tradevest" / "upstream.json"
    path.write_bytes(path.read_bytes().replace(b"Get Token", b"Get Tokens"))


def target_matches_nothing(repo: Path) -> None:
    action = "  - target: $.paths['/oauth2/revoke']\n    description: Revocation is documented\n"
    append_action(repo, "tradevest", action + "    update: {summary: Revoke}\n")


def overlay_yields_an_invalid_spec(repo: Path) -> None:
    action = "  - target: $.paths['/oauth/token'].post\n    description: Breaks it\n    update: {responses: 5}\n"
    append_action(repo, "alternative_payments", action)


CSV_OPERATION = (
    "  - target: $.paths\n    description: An operation the generator cannot handle\n    update:\n"
    "      /report:\n        post:\n          operationId: report\n          requestBody:\n"
    "            content:\n              text/csv:\n                schema: {type: string}\n"
    "          responses:\n            '200': {description: OK}\n"
)
CSV_WARNING = "WARNING parsing POST /report within default. Endpoint will not be generated."


def undeclared_warning(repo: Path) -> None:
    append_action(repo, "alternative_payments", CSV_OPERATION)


def stale_declared_warning(repo: Path) -> None:
    (repo / "openapi" / "tradevest" / "generator-warnings.txt").write_text(f"# accepted because …\n{CSV_WARNING}\n")


def broken_overlay_yaml(repo: Path) -> None:
    (repo / "openapi" / "tradevest" / "overlay.yaml").write_text("overlay: [1.0.0\n")


# mutation → the one line regenerate must print
CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "snapshot sha256 mismatch": (
        upstream_bytes_changed,
        "regenerate: tradevest: openapi/tradevest/upstream.json does not match the upstream sha256 in "
        "openapi/tradevest/manifest.json",
    ),
    "target matches nothing": (
        target_matches_nothing,
        "regenerate: tradevest: openapi/tradevest/overlay.yaml: action 2 (Revocation is documented): "
        "target $.paths['/oauth2/revoke'] matches nothing",
    ),
    "overlay yields an invalid spec": (
        overlay_yields_an_invalid_spec,
        "regenerate: alternative_payments: openapi/alternative_payments/overlay.yaml yields an invalid spec: "
        "invalid OpenAPI",
    ),
    "undeclared generator warning": (
        undeclared_warning,
        "regenerate: alternative_payments: undeclared generator warning (repair the spec, or declare it in "
        f"openapi/alternative_payments/generator-warnings.txt): {CSV_WARNING} Unsupported content type text/csv",
    ),
    "declared warning that no longer occurs": (
        stale_declared_warning,
        "regenerate: tradevest: openapi/tradevest/generator-warnings.txt declares a warning the generator "
        f"no longer gives: {CSV_WARNING}",
    ),
    "overlay is not YAML": (
        broken_overlay_yaml,
        "regenerate: tradevest: openapi/tradevest/overlay.yaml: not valid YAML",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_stops_in_one_line_and_writes_nothing(
    regenerate: Run, small_repo_copy: Path, snapshot: Snapshot, case: str
) -> None:
    mutate, message = CASES[case]
    mutate(small_repo_copy)
    before = {name: snapshot(small_repo_copy / name) for name in ("openapi", "generated", "docs")}

    result = regenerate("--repo", small_repo_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("  [")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(message), f"{errors[0]!r}\ndoes not start with\n{message!r}"
    assert "Traceback" not in result.stderr
    assert {name: snapshot(small_repo_copy / name) for name in ("openapi", "generated", "docs")} == before
    assert not list(small_repo_copy.glob("regen-*")), "the scratch folder is gone"


def test_a_declared_warning_is_accepted(regenerate: Run, small_repo_copy: Path) -> None:
    undeclared_warning(small_repo_copy)
    declared = small_repo_copy / "openapi" / "alternative_payments" / "generator-warnings.txt"
    declared.write_text(f"# a report endpoint this client does not need\n{CSV_WARNING}\n")

    result = regenerate("--repo", small_repo_copy)

    assert result.returncode == 0, result.stderr
    assert "/report" in (small_repo_copy / "openapi" / "alternative_payments" / "openapi.json").read_text()


def test_regenerating_a_clean_copy_changes_no_byte_and_shows_progress(
    regenerate: Run, small_repo_copy: Path, snapshot: Snapshot
) -> None:
    before = {name: snapshot(small_repo_copy / name) for name in ("openapi", "generated", "docs")}

    result = regenerate("--repo", small_repo_copy)

    assert result.returncode == 0, result.stderr
    assert {name: snapshot(small_repo_copy / name) for name in ("openapi", "generated", "docs")} == before
    progress = result.stderr.splitlines()

    def actions(vendor: str) -> int:  # read from the overlay, so a new repair does not break this test
        return len(yaml.safe_load((small_repo_copy / "openapi" / vendor / "overlay.yaml").read_text())["actions"])

    assert progress[:2] == [
        f"  [1/2] alternative_payments: upstream.json + {actions('alternative_payments')} overlay actions",
        f"  [2/2] tradevest: upstream.json + {actions('tradevest')} overlay actions",
    ]
    assert sorted(line.split("] ", 1)[1] for line in progress[2:]) == [
        "generated alternative_payments_client",
        "generated tradevest_client",
        "validated openapi/alternative_payments/openapi.json",
        "validated openapi/tradevest/openapi.json",
    ]


def test_shared_templates_apply_to_every_vendor_and_are_not_a_vendor(
    regenerate: Run, drift: Run, small_repo_copy: Path
) -> None:
    """openapi/templates/ is under every vendor's own templates/: Tradevest, which has none of
    its own, gets the shared tolerant enum and call hook; an edit there reaches it."""
    shared = small_repo_copy / "openapi" / "templates"
    assert (shared / "str_enum.py.jinja").is_file()
    client_template = shared / "client.py.jinja"
    client_template.write_text(client_template.read_text() + "\n# shared-template-marker\n")

    result = regenerate("--repo", small_repo_copy)

    assert result.returncode == 0, result.stderr
    enum = small_repo_copy / "generated" / "tradevest_client" / "models" / "get_token_response_400_error.py"
    assert "def _missing_(cls, value: object)" in enum.read_text()
    client = (small_repo_copy / "generated" / "tradevest_client" / "client.py").read_text()
    assert "call_hook" in client
    assert "shared-template-marker" in client
    checked = drift("--repo", small_repo_copy)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("drift: OK — 2 specs")
