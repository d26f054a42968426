"""`python -m tools.drift --repo COPY`: a clean copy passes, every kind of drift is caught.

Needs openapi-python-client and ruff at their pinned versions beside the interpreter (the
`test` dependency group installs them), since drift regenerates the clients for real.
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


def rewrite_spec(repo: Path, vendor: str, edit: Callable[[dict[str, object]], None]) -> None:
    """Edit a vendored spec the way `tools.vendor` writes it, and keep its manifest true."""
    spec_path = repo / "openapi" / vendor / "openapi.json"
    document = json.loads(spec_path.read_text(encoding="utf-8"))
    edit(document)
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    spec_path.write_bytes(data)
    manifest_path = repo / "openapi" / vendor / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def longer_token_lifetime(document: dict[str, object]) -> None:
    schemas = document["components"]["schemas"]  # type: ignore[index]
    schemas["AuthResponse"]["properties"]["expires_in"]["default"] = 7200


def spec_edited_without_regenerating(repo: Path) -> None:
    rewrite_spec(repo, "tradevest", longer_token_lifetime)


def hand_edit_in_generated_file(repo: Path) -> None:
    with (repo / "generated" / "tradovate_client" / "client.py").open("a") as handle:
        handle.write("# tweaked by hand\n")


def file_added_to_generated(repo: Path) -> None:
    (repo / "generated" / "alternative_payments_client" / "helpers.py").write_text("X = 1\n")


def file_removed_from_generated(repo: Path) -> None:
    (repo / "generated" / "tradevest_client" / "errors.py").unlink()


def package_without_a_spec(repo: Path) -> None:
    (repo / "generated" / "acme_client").mkdir()
    (repo / "generated" / "acme_client" / "__init__.py").write_text("")


def spec_bytes_differ_from_manifest(repo: Path) -> None:
    # Same document, other bytes: only the hash can notice, generation doesn't change.
    path = repo / "openapi" / "alternative_payments" / "openapi.json"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def transcribed_spec_bytes_differ_from_manifest(repo: Path) -> None:
    path = repo / "openapi" / "tradovate" / "openapi.json"
    path.write_bytes(path.read_bytes() + b"\n")


def invalid_spec(repo: Path) -> None:
    def break_it(document: dict[str, object]) -> None:
        document["paths"]["/oauth2/token"]["post"]["responses"] = 5  # type: ignore[index]

    rewrite_spec(repo, "tradevest", break_it)


# mutation → lines the report must contain, and lines it must not
CASES: dict[str, tuple[Mutation, list[str], list[str]]] = {
    "spec edited without regenerating": (
        spec_edited_without_regenerating,
        [
            "changed   generated/tradevest_client/models/authentication_response.py",
            "-    expires_in: int = 3600",
            "+    expires_in: int = 7200",
            "fix: nox -s regenerate",
        ],
        ["sha256"],
    ),
    "hand edit in a generated file": (
        hand_edit_in_generated_file,
        ["changed   generated/tradovate_client/client.py", "-# tweaked by hand", "fix: nox -s regenerate"],
        [],
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
        ["extra     generated/acme_client/ (no openapi/acme/openapi.json generates it)", "delete"],
        [],
    ),
    "spec bytes differ from the manifest": (
        spec_bytes_differ_from_manifest,
        [
            "openapi/alternative_payments/openapi.json does not match the sha256 in "
            "openapi/alternative_payments/manifest.json",
            "nox -s vendor -- PAGE alternative_payments",
        ],
        ["generated/ differs"],
    ),
    "transcribed spec bytes differ from the manifest": (
        transcribed_spec_bytes_differ_from_manifest,
        ['if the edit to the transcribed spec is deliberate, set "sha256" in openapi/tradovate/manifest.json'],
        ["nox -s vendor"],
    ),
    "invalid spec": (invalid_spec, ["openapi/tradevest/openapi.json: invalid OpenAPI"], []),
}


def test_a_clean_copy_passes(drift: Run, repo_copy: Path) -> None:
    result = drift("--repo", repo_copy)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("drift: OK")
    assert len(result.stdout.splitlines()) == 1


def test_interpreter_caches_are_not_drift(drift: Run, repo_copy: Path) -> None:
    cache = repo_copy / "generated" / "tradevest_client" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "client.cpython-311.pyc").write_bytes(b"\x00")
    (repo_copy / "generated" / "tradevest_client" / "stray.pyc").write_bytes(b"\x00")

    result = drift("--repo", repo_copy)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_drift_is_caught_with_a_readable_report(drift: Run, repo_copy: Path, case: str) -> None:
    mutate, expected, unexpected = CASES[case]
    mutate(repo_copy)

    result = drift("--repo", repo_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    for wanted in expected:
        assert any(wanted.strip() in line for line in lines), f"{wanted!r} not in:\n{result.stdout}"
    for unwanted in unexpected:
        assert unwanted not in result.stdout, result.stdout


def test_long_diffs_are_trimmed_and_say_so(drift: Run, repo_copy: Path) -> None:
    for path in (repo_copy / "generated").rglob("*.py"):
        path.write_text("".join(f"# line {n}\n" for n in range(100)))

    result = drift("--repo", repo_copy)

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
