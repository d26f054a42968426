"""Fixtures for the sandbox tests: started sandboxes and the vendored specs' response schemas."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from auth_overlay.testing.sandbox import Sandbox

REPO = Path(__file__).parents[2]


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    """Start sandboxes with custom options; every one is stopped at teardown."""
    started: list[Sandbox] = []

    def make(**options: Any) -> Sandbox:
        sandbox = Sandbox(host="127.0.0.1", port=0, **options).start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


def _resolve(node: Any, root: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            assert ref.startswith("#/"), f"only local refs are expected, got {ref}"
            target: Any = root
            for part in ref[2:].split("/"):
                target = target[part]
            return _resolve(copy.deepcopy(target), root)
        return {key: _resolve(value, root) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(item, root) for item in node]
    return node


@pytest.fixture(scope="session")
def response_schema() -> Callable[[str, str, str, int], dict[str, Any]]:
    """``response_schema(vendor, method, path, status)``: the spec's JSON schema, refs resolved."""
    specs: dict[str, dict[str, Any]] = {}

    def lookup(vendor: str, method: str, path: str, status: int) -> dict[str, Any]:
        if vendor not in specs:
            specs[vendor] = json.loads((REPO / "openapi" / vendor / "openapi.json").read_text())
        spec = specs[vendor]
        response = spec["paths"][path][method.lower()]["responses"][str(status)]
        schema = response["content"]["application/json"]["schema"]
        resolved: dict[str, Any] = _resolve(schema, spec)
        return resolved

    return lookup
