"""The distribution ships what users import: the overlay and every generated package, typed.

What the wheel must hold is read from the checkout's ``generated/`` folder, not listed here: a
new vendor's generated package that the build leaves out fails these tests.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GENERATED = sorted(p.name for p in (ROOT / "generated").iterdir() if (p / "__init__.py").is_file())
PACKAGES = ["auth_overlay", *GENERATED]
AGAINST_WHEEL = os.environ.get("AUTH_OVERLAY_TESTS_AGAINST_WHEEL") == "1"


def test_the_checkout_has_generated_packages() -> None:
    assert GENERATED, "generated/ holds no package: the derivation below would test nothing"
    assert all(name.endswith("_client") for name in GENERATED)


@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_importable_and_typed(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert (Path(module.__file__).parent / "py.typed").is_file()


@pytest.mark.skipif(not AGAINST_WHEEL, reason="only when nox installed the wheel")
@pytest.mark.parametrize("name", PACKAGES)
def test_tests_run_against_the_installed_wheel_not_the_checkout(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert "site-packages" in module.__file__, f"{name} was imported from {module.__file__}"


@pytest.mark.skipif(not AGAINST_WHEEL, reason="only when nox installed the wheel")
@pytest.mark.parametrize("name", GENERATED)
def test_the_wheel_holds_every_module_of_each_generated_package(name: str) -> None:
    shipped = {str(f) for f in metadata.distribution("auth-overlay").files or () if str(f).endswith(".py")}
    source = ROOT / "generated" / name
    expected = {p.relative_to(source.parent).as_posix() for p in source.rglob("*.py") if "__pycache__" not in p.parts}
    assert expected - shipped == set()
    assert f"{name}/py.typed" in {str(f) for f in metadata.distribution("auth-overlay").files or ()}


@pytest.mark.skipif(not AGAINST_WHEEL, reason="only when nox installed the wheel")
def test_no_scratch_or_foreign_folder_ships() -> None:
    top = {str(f).split("/")[0] for f in metadata.distribution("auth-overlay").files or ()}
    top = {name for name in top if not name.endswith((".dist-info", ".data")) and name != ".."}  # ..: scripts
    assert top == set(PACKAGES), f"the wheel's top level: {sorted(top)}"


@pytest.mark.parametrize("name", GENERATED)
def test_mypy_knows_every_generated_package(name: str) -> None:
    """The recipe's other step: mypy checks generated code as it is, not to the overlay's standard."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["overrides"]
    modules = {module for override in config for module in override["module"]}
    assert {f"{name}.*", f"{name}.client"} <= modules


def test_distribution_metadata() -> None:
    dist = metadata.distribution("auth-overlay")
    assert dist.metadata["Requires-Python"] == ">=3.11"
    extras = set(dist.metadata.get_all("Provides-Extra") or [])
    assert {"redis", "encryption"} <= extras
    urls = {entry.split(",")[0].strip().lower() for entry in dist.metadata.get_all("Project-URL") or []}
    assert {"source", "changelog", "issues"} <= urls
    assert dist.metadata["Keywords"]
    scripts = {ep.name for ep in dist.entry_points if ep.group == "console_scripts"}
    assert scripts == {"auth-overlay"}
    plugins = {ep.value for ep in dist.entry_points if ep.group == "pytest11"}
    assert plugins == {"auth_overlay.testing.pytest_plugin"}


def test_ci_tests_every_python_the_classifiers_claim() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    claimed = sorted(
        c.rsplit(" ", 1)[1] for c in project["classifiers"] if c.startswith("Programming Language :: Python :: 3.")
    )
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    matrix = workflow["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    assert sorted(str(v) for v in matrix) == claimed
    assert project["requires-python"] == f">={claimed[0]}"
