"""`python -m tools.drift --repo COPY`: a clean copy passes, every kind of drift is caught.

Needs openapi-python-client and ruff at their pinned versions beside the interpreter (the
`test` dependency group installs them), since drift regenerates the clients for real. Most
cases run on a copy without Tradovate (see conftest.small_repo_copy); one checks the whole.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
Mutation = Callable[[Path], None]


def rewrite_upstream(repo: Path, vendor: str, edit: Callable[[dict[str, object]], None]) -> None:
    """Edit a vendored upstream spec the way `tools.vendor` writes it, and keep its manifest true."""
    path = repo / "openapi" / vendor / "upstream.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document)
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    path.write_bytes(data)
    manifest_path = repo / "openapi" / vendor / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["upstream"]["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def append_action(repo: Path, vendor: str, action: str) -> None:
    with (repo / "openapi" / vendor / "overlay.yaml").open("a", encoding="utf-8") as handle:
        handle.write(action)


def longer_token_lifetime(document: dict[str, object]) -> None:
    schemas = document["components"]["schemas"]  # type: ignore[index]
    schemas["AuthResponse"]["properties"]["expires_in"]["default"] = 7200


def upstream_edited_without_regenerating(repo: Path) -> None:
    rewrite_upstream(repo, "tradevest", longer_token_lifetime)


def hand_edit_in_generated_file(repo: Path) -> None:
    with (repo / "generated" / "tradevest_client" / "client.py").open("a") as handle:
        handle.write("# tweaked by hand\n")


def file_added_to_generated(repo: Path) -> None:
    (repo / "generated" / "alternative_payments_client" / "helpers.py").write_text("X = 1\n")


def file_removed_from_generated(repo: Path) -> None:
    (repo / "generated" / "tradevest_client" / "errors.py").unlink()


def package_without_a_spec(repo: Path) -> None:
    (repo / "generated" / "acme_client").mkdir()
    (repo / "generated" / "acme_client" / "__init__.py").write_text("")


def upstream_bytes_differ_from_manifest(repo: Path) -> None:
    # Same document, other bytes: only the hash can notice, generation doesn't change.
    path = repo / "openapi" / "alternative_payments" / "upstream.json"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def result_edited_by_hand(repo: Path) -> None:
    path = repo / "openapi" / "tradevest" / "openapi.json"
    path.write_bytes(path.read_bytes().replace(b'"Get Token"', b'"Get a token"'))


def overlay_edited_without_regenerating(repo: Path) -> None:
    append_action(
        repo, "tradevest", "  - target: $.info\n    description: A new repair\n    update:\n      x-note: hi\n"
    )


def overlay_target_matches_nothing(repo: Path) -> None:
    append_action(
        repo, "tradevest", "  - target: $.paths['/gone'].post\n    description: Stale repair\n    remove: true\n"
    )


def overlay_yields_an_invalid_spec(repo: Path) -> None:
    action = (
        "  - target: $.paths['/oauth/token']\n    description: Breaks it\n    update:\n      post: {responses: 5}\n"
    )
    append_action(repo, "alternative_payments", action)


def invalid_upstream(repo: Path) -> None:
    def break_it(document: dict[str, object]) -> None:
        document["paths"]["/oauth2/token"]["post"]["responses"] = 5  # type: ignore[index]

    rewrite_upstream(repo, "tradevest", break_it)


def undeclared_generator_warning(repo: Path) -> None:
    action = (
        "  - target: $.paths\n    description: An operation the generator cannot handle\n    update:\n"
        "      /report:\n        post:\n          operationId: report\n          requestBody:\n"
        "            content:\n              text/csv:\n                schema: {type: string}\n"
        "          responses:\n            '200': {description: OK}\n"
    )
    append_action(repo, "alternative_payments", action)


FIX = "fix: nox -s regenerate"

# mutation → lines the report must contain, and lines it must not
CASES: dict[str, tuple[Mutation, list[str], list[str]]] = {
    "upstream edited without regenerating": (
        upstream_edited_without_regenerating,
        [
            "openapi/tradevest/openapi.json is not upstream.json + overlay.yaml (edited by hand, or stale)",
            "the spec sha256 in openapi/tradevest/manifest.json is not that of upstream + overlay",
            "changed   generated/tradevest_client/models/authentication_response.py",
            "-    expires_in: int = 3600",
            "+    expires_in: int = 7200",
            FIX,
        ],
        ["does not match the upstream sha256"],
    ),
    "hand edit in a generated file": (
        hand_edit_in_generated_file,
        ["changed   generated/tradevest_client/client.py", "-# tweaked by hand", FIX],
        ["sha256"],
    ),
    "file added to generated/": (
        file_added_to_generated,
        ["extra     generated/alternative_payments_client/helpers.py (the generator does not write it)"],
        ["changed "],
    ),
    "file removed from generated/": (
        file_removed_from_generated,
        ["missing   generated/tradevest_client/errors.py (the generator writes it)"],
        ["changed "],
    ),
    "package with no spec": (
        package_without_a_spec,
        ["extra     generated/acme_client/ (no openapi/acme/upstream.json generates it)", "delete"],
        [],
    ),
    "upstream bytes differ from the manifest": (
        upstream_bytes_differ_from_manifest,
        [
            "alternative_payments: openapi/alternative_payments/upstream.json does not match the upstream "
            "sha256 in openapi/alternative_payments/manifest.json",
            "nox -s vendor -- URL alternative_payments",
        ],
        ["generated/ differs", "extra "],
    ),
    "openapi.json edited by hand": (
        result_edited_by_hand,
        ["openapi/tradevest/openapi.json is not upstream.json + overlay.yaml (edited by hand, or stale)", FIX],
        ["generated/ differs"],
    ),
    "overlay edited without regenerating": (
        overlay_edited_without_regenerating,
        [
            "openapi/tradevest/overlay.yaml does not match the overlay sha256 in openapi/tradevest/manifest.json",
            "openapi/tradevest/openapi.json is not upstream.json + overlay.yaml",
            FIX,
        ],
        ["generated/ differs"],
    ),
    "overlay target matches nothing": (
        overlay_target_matches_nothing,
        [
            "tradevest: openapi/tradevest/overlay.yaml: action 2 (Stale repair): "
            "target $.paths['/gone'].post matches nothing"
        ],
        [],
    ),
    "overlay yields an invalid spec": (
        overlay_yields_an_invalid_spec,
        ["alternative_payments: openapi/alternative_payments/overlay.yaml yields an invalid spec: invalid OpenAPI"],
        [],
    ),
    "invalid upstream": (invalid_upstream, ["tradevest: openapi/tradevest/overlay.yaml yields an invalid spec"], []),
    "undeclared generator warning": (
        undeclared_generator_warning,
        [
            "alternative_payments: undeclared generator warning (repair the spec, or declare it in "
            "openapi/alternative_payments/generator-warnings.txt): WARNING parsing POST /report within default. "
            "Endpoint will not be generated. Unsupported content type text/csv"
        ],
        [],
    ),
}


def test_a_clean_copy_of_the_whole_repository_passes(drift: Run, repo_copy: Path) -> None:
    result = drift("--repo", repo_copy)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("drift: OK — 3 specs")
    assert len(result.stdout.splitlines()) == 1
    progress = result.stderr.splitlines()
    assert len(progress) == 6, "one progress line per vendor validated and per client generated"
    assert any("tradovate_client" in line for line in progress)


def test_interpreter_caches_are_not_drift(drift: Run, small_repo_copy: Path) -> None:
    cache = small_repo_copy / "generated" / "tradevest_client" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "client.cpython-311.pyc").write_bytes(b"\x00")
    (small_repo_copy / "generated" / "tradevest_client" / "stray.pyc").write_bytes(b"\x00")

    result = drift("--repo", small_repo_copy)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_drift_is_caught_with_a_readable_report(drift: Run, small_repo_copy: Path, case: str) -> None:
    mutate, expected, unexpected = CASES[case]
    mutate(small_repo_copy)

    result = drift("--repo", small_repo_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    for wanted in expected:
        assert any(wanted.strip() in line for line in lines), f"{wanted!r} not in:\n{result.stdout}"
    for unwanted in unexpected:
        assert unwanted not in result.stdout, result.stdout


def test_long_diffs_are_trimmed_and_say_so(drift: Run, small_repo_copy: Path) -> None:
    for path in (small_repo_copy / "generated").rglob("*.py"):
        path.write_text("".join(f"# line {n}\n" for n in range(100)))

    result = drift("--repo", small_repo_copy)

    assert result.returncode == 1
    diff_lines = [line for line in result.stdout.splitlines() if line.startswith("      ")]
    assert len(diff_lines) <= 200 + 60, "the report stays readable however much drifted"
    assert "more diff lines cut (per-file limit)" in result.stdout
    assert "report trimmed:" in result.stdout


def test_a_missing_repository_is_refused_in_one_line(drift: Run, tmp_path: Path) -> None:
    result = drift("--repo", tmp_path / "nowhere")

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("drift: no openapi/ folder")
