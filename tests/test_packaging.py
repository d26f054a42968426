"""The distribution ships what users import: the overlay and the three generated packages, typed."""

from __future__ import annotations

import importlib
import os
from importlib import metadata
from pathlib import Path

import pytest

PACKAGES = ["auth_overlay", "tradevest_client", "alternative_payments_client", "tradovate_client"]


@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_importable_and_typed(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert (Path(module.__file__).parent / "py.typed").is_file()


@pytest.mark.skipif(
    os.environ.get("AUTH_OVERLAY_TESTS_AGAINST_WHEEL") != "1", reason="only when nox installed the wheel"
)
@pytest.mark.parametrize("name", PACKAGES)
def test_tests_run_against_the_installed_wheel_not_the_checkout(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert "site-packages" in module.__file__, f"{name} was imported from {module.__file__}"


def test_distribution_metadata() -> None:
    dist = metadata.distribution("auth-overlay")
    assert dist.metadata["Requires-Python"] == ">=3.11"
    extras = set(dist.metadata.get_all("Provides-Extra") or [])
    assert {"redis", "encryption"} <= extras
    scripts = {ep.name for ep in dist.entry_points if ep.group == "console_scripts"}
    assert scripts == {"auth-overlay"}
    plugins = {ep.value for ep in dist.entry_points if ep.group == "pytest11"}
    assert plugins == {"auth_overlay.testing.pytest_plugin"}
