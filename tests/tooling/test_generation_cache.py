"""The generation cache (tools/generate/cache.py): the same input is generated once, any change
to what the generator sees is a new entry, and an entry is trusted only while its files and
warnings are what the generator wrote — so a tampered cache cannot hide drift.

Each test has a private cache (``AUTH_OVERLAY_TOOL_CACHE``), copied from one seeded for this
module: Tradevest's current client, generated once. The generator's runs are counted by a spy
around the ``subprocess.run`` that tools/generate/generator.py calls (it still runs for real).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tool_calls import call_tool, tool_module

REPO = Path(__file__).resolve().parents[2]
CACHE_ENV = "AUTH_OVERLAY_TOOL_CACHE"
PACKAGE = "tradevest_client"
CSV_OPERATION = (
    "  - target: $.paths\n    description: An operation the generator cannot handle\n    update:\n"
    "      /report:\n        post:\n          operationId: report\n          requestBody:\n"
    "            content:\n              text/csv:\n                schema: {type: string}\n"
    "          responses:\n            '200': {description: OK}\n"
)
CSV_WARNING = "WARNING parsing POST /report within default. Endpoint will not be generated."

generator = tool_module("generate.generator")
cache = tool_module("generate.cache")
layout = tool_module("core.layout")
errors = tool_module("core.errors")


def out(folder: Path) -> Path:
    folder.mkdir(parents=True)
    return folder


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def tradevest(openapi: Path = REPO / "openapi") -> Any:
    return layout.Vendor("tradevest", openapi)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seeded-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(root))
        generator.generate_one(tradevest(), tmp_path_factory.mktemp("seeding"))
    return root


@pytest.fixture
def entries(seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's cache (a copy of the seeded one); returns the folder of its entries."""
    root = tmp_path / "cache"
    shutil.copytree(seeded, root)
    monkeypatch.setenv(CACHE_ENV, str(root))
    folder = root / "auth-overlay" / "generated"
    assert len(list(folder.iterdir())) == 1
    return folder


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every command tools/generate/generator.py runs (the generator itself), each still run."""
    seen: list[list[str]] = []

    def spy(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append(cmd)
        return subprocess.run(cmd, **kwargs)  # noqa: PLW1510 (check= is in kwargs)

    monkeypatch.setattr(generator, "subprocess", types.SimpleNamespace(run=spy))
    return seen


def generated_packages(runs: list[list[str]]) -> list[str]:
    return [Path(cmd[cmd.index("--output-path") + 1]).name for cmd in runs]


def only_entry(folder: Path) -> Path:
    (entry,) = folder.iterdir()
    return entry


def test_the_same_input_is_restored_byte_for_byte_without_running_the_generator(
    entries: Path, runs: list[list[str]], tmp_path: Path
) -> None:
    made = generator.generate_one(tradevest(), out(tmp_path / "out"))
    read_in_place = generator.generated_package(tradevest(), out(tmp_path / "read"))

    assert runs == []
    assert made == tmp_path / "out" / PACKAGE
    assert files(made) == files(REPO / "generated" / PACKAGE), "what the committed client is (drift keeps it so)"
    assert read_in_place.is_relative_to(entries), "for reading only: the entry itself, not a copy"
    assert files(read_in_place) == files(made)
    assert not (tmp_path / "read" / PACKAGE).exists()


def test_off_generates_every_time_and_writes_no_cache(
    tmp_path: Path, runs: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))

    made = generator.generate_one(tradevest(), out(tmp_path / "out"))

    assert len(runs) == 1
    assert files(made) == files(REPO / "generated" / PACKAGE)
    assert not (tmp_path / "home").exists()
    assert not (tmp_path / "xdg").exists()


def _key(**changes: Any) -> str:
    given = cache.Input(PACKAGE, b'{"openapi": "3.0.1"}\n', b"post_hooks: []\n", None, ("--meta", "none"))
    key: str = cache.input_key(dataclasses.replace(given, **changes))
    return key


def test_every_input_the_generator_sees_is_in_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "str_enum.py.jinja").write_text("{# one #}")
    base, with_templates = _key(), _key(templates=templates)
    variants = {
        "spec bytes": _key(spec=b'{"openapi": "3.1.0"}\n'),
        "config": _key(config=b"post_hooks: [ruff]\n"),
        "package": _key(package="acme_client"),
        "command line": _key(options=("--meta", "poetry")),
        "templates": with_templates,
    }
    (templates / "str_enum.py.jinja").write_text("{# two #}")
    variants["a template's bytes"] = _key(templates=templates)
    (templates / "model.py.jinja").write_text("{# two #}")
    variants["a template added"] = _key(templates=templates)
    for name in cache.KEYED_TOOLS:
        real = cache.metadata.version
        monkeypatch.setattr(cache.metadata, "version", lambda d, n=name, r=real: "0.0.0" if d == n else r(d))
        variants[f"{name}'s version"] = _key()
        monkeypatch.undo()
    monkeypatch.setattr(cache.platform, "python_version", lambda: "3.99.0")
    variants["Python's version"] = _key()
    monkeypatch.undo()

    assert _key() == base, "the key is a function of the input"
    assert len({base, *variants.values()}) == len(variants) + 1, variants


TAMPERING: dict[str, Callable[[Path], None]] = {
    "a file edited": lambda tree: (tree / "client.py").write_text("# edited in the cache\n"),
    "a file added": lambda tree: (tree / "extra.py").write_text("X = 1\n"),
    "a file removed": lambda tree: (tree / "errors.py").unlink(),
    "the tree removed": shutil.rmtree,
    "a warning dropped": lambda tree: (tree.parents[1] / "warnings.json").write_text('["WARNING invented"]\n'),
    "the digest edited": lambda tree: (tree.parents[1] / "digest").write_text("0" * 64 + "\n"),
    "the digest missing": lambda tree: (tree.parents[1] / "digest").unlink(),
    "warnings not JSON": lambda tree: (tree.parents[1] / "warnings.json").write_text("[oops"),
}


@pytest.mark.parametrize("tamper", TAMPERING, ids=list(TAMPERING))
def test_a_tampered_entry_is_never_used_and_is_removed(entries: Path, tmp_path: Path, tamper: str) -> None:
    entry = only_entry(entries)
    key = entry.name
    TAMPERING[tamper](entry / "tree" / PACKAGE)

    restored = cache.restore(key, PACKAGE, tmp_path / "out" / PACKAGE)

    assert restored is None
    assert not (tmp_path / "out" / PACKAGE).exists(), "nothing of it is left for the caller"
    assert not entry.exists()


def test_a_tampered_cache_does_not_hide_a_hand_edit_from_drift(
    entries: Path, runs: list[list[str]], small_repo_copy: Path
) -> None:
    """The cached tree edited exactly as generated/ was: a comparison with it would find nothing."""
    for other in ("openapi/alternative_payments", "generated/alternative_payments_client"):
        shutil.rmtree(small_repo_copy / other)  # Tradevest alone: the only vendor in the seeded cache
    (small_repo_copy / "docs/api/alternative_payments.md").unlink()
    edited = small_repo_copy / "generated" / PACKAGE / "client.py"
    edited.write_text(edited.read_text() + "# tweaked by hand\n")
    poisoned = only_entry(entries) / "tree" / PACKAGE / "client.py"
    poisoned.write_bytes(edited.read_bytes())

    result = call_tool("drift", "--repo", small_repo_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"changed   generated/{PACKAGE}/client.py" in result.stdout
    assert generated_packages(runs) == [PACKAGE], "the poisoned entry was a miss: the generator ran"
    (entry,) = [e for e in entries.iterdir() if (e / "tree" / PACKAGE).is_dir()]
    assert "# tweaked by hand" not in (entry / "tree" / PACKAGE / "client.py").read_text(), (
        "the entry holds the generator's bytes again"
    )


def test_a_remembered_warning_is_judged_like_a_fresh_one(
    entries: Path, runs: list[list[str]], small_repo_copy: Path
) -> None:
    vendor = layout.Vendor("alternative_payments", small_repo_copy / "openapi")
    with vendor.overlay_path.open("a", encoding="utf-8") as handle:
        handle.write(CSV_OPERATION)
    spec = small_repo_copy / "spec.json"
    spec.write_bytes(tool_module("generate.build").build(vendor).data)

    def generate(name: str) -> str:
        try:
            generator.generate_one(vendor, out(small_repo_copy / name), spec)
        except errors.ToolError as exc:
            return str(exc)
        return "generated"

    assert generate("first").startswith("alternative_payments: undeclared generator warning")
    assert len(runs) == 1, "the tree and its warning are remembered even though the check refused it"
    vendor.warnings_path.write_text(f"# a report endpoint this client does not need\n{CSV_WARNING}\n")
    assert generate("declared") == "generated"
    vendor.warnings_path.unlink()
    assert generate("undeclared again").startswith("alternative_payments: undeclared generator warning")
    assert len(runs) == 1, "the last two came from the cache"
    (entry,) = [e for e in entries.iterdir() if (e / "tree" / vendor.package).is_dir()]
    assert json.loads((entry / "warnings.json").read_text())[0].startswith(CSV_WARNING)


def test_the_least_recently_used_entries_are_pruned(
    entries: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    used = only_entry(entries)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "__init__.py").write_text("")
    cache.store("a" * 64, PACKAGE, tree, [])
    assert cache.restore(used.name, PACKAGE, None) is not None, "used again: now the most recent"

    cache.store("b" * 64, PACKAGE, tree, [])

    assert sorted(p.name for p in entries.iterdir()) == sorted(["b" * 64, used.name])
