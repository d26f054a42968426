"""The layout is the architecture: imports between auth_overlay's packages run one way.

Read from the installed package's source with ``ast`` (every import, including the lazy ones
inside functions), so a new module that imports a package above its own fails here, not in a
review. The ranks are the README's layout drawing, lowest first.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import auth_overlay

PACKAGE = Path(auth_overlay.__file__).parent

# Lowest first. A module may import its own package and any package of a lower rank; packages
# of one rank stay independent of each other.
RANKS: dict[str, int] = {
    "__about__": 0,
    "errors": 0,
    "events": 0,
    "_core": 1,
    "_caches": 2,
    "vendors": 2,
    "api": 2,
    "_flow": 3,
    "realtime": 4,  # the sockets run on the token flow; the front (TokenAuth) offers them
    "_front": 5,
    "testing": 6,
    "_cli": 7,
    "__init__": 8,
}
GENERATED = ("tradevest_client", "alternative_payments_client", "tradovate_client")


def _room(module: str) -> str:
    """``auth_overlay._flow._fetch`` → ``_flow``; ``auth_overlay`` itself → ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(source: str, module: str, is_package: bool) -> list[str]:
    """Every auth_overlay module ``source`` imports (``from auth_overlay import errors`` → ``auth_overlay.errors``)."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append(candidate if _is_module(candidate) else base)
    return [name for name in found if name == "auth_overlay" or name.startswith("auth_overlay.")]


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _library() -> dict[str, tuple[str, bool]]:
    """module name → (source, is a package), for every module of the installed library."""
    return {
        _module_name(path): (path.read_text(encoding="utf-8"), path.name == "__init__.py")
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _upward(modules: dict[str, tuple[str, bool]]) -> list[str]:
    found = []
    for module, (source, is_package) in modules.items():
        here = _room(module)
        for target in _imports(source, module, is_package):
            there = _room(target)
            if there != here and RANKS[there] >= RANKS[here]:
                found.append(f"{module} imports {target} ({here} → {there})")
    return found


def test_every_top_level_entry_has_a_rank() -> None:
    entries = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir() if p.suffix == ".py" or p.is_dir()}
    entries.discard("__pycache__")
    assert entries <= set(RANKS), f"new top-level entries need a place in the layout: {sorted(entries - set(RANKS))}"


def test_imports_between_packages_run_one_way() -> None:
    assert _upward(_library()) == []


def test_the_check_catches_an_import_running_up_or_sideways() -> None:
    planted = {
        "auth_overlay._core._clock": (
            "from auth_overlay._front._auth import TokenAuth\nfrom auth_overlay import errors",
            False,
        ),
        "auth_overlay.api._call": ("def f():\n    from .._caches import _base", False),
    }
    assert _upward(planted) == [
        "auth_overlay._core._clock imports auth_overlay._front._auth (_core → _front)",
        "auth_overlay.api._call imports auth_overlay._caches._base (api → _caches)",
    ]


def test_nothing_in_the_library_imports_the_testing_aids() -> None:
    users = sorted(
        module
        for module, (source, is_package) in _library().items()
        if _room(module) not in ("testing", "_cli")
        and any(_room(target) == "testing" for target in _imports(source, module, is_package))
    )
    assert users == []


@pytest.mark.parametrize("package", GENERATED)
def test_generated_packages_never_import_the_overlay(package: str) -> None:
    root = Path(importlib.import_module(package).__file__ or "").parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "auth_overlay"]
    assert offenders == []


def _cycles(modules: dict[str, tuple[str, bool]]) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), type-checking imports included: a cycle of
    annotations is still a design loop a reader has to hold in their head."""
    edges = {m: {t for t in _imports(src, m, pkg) if t in modules and t != m} for m, (src, pkg) in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return sorted(found)


def test_no_module_imports_itself_round_a_loop() -> None:
    # a package's __init__ re-exporting its modules is not a loop: drop package faces
    modules = {m: v for m, v in _library().items() if not v[1]}
    assert _cycles(modules) == []


def test_the_loop_check_finds_a_loop_of_annotations() -> None:
    planted = {
        "auth_overlay.realtime._a": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._b import B",
            False,
        ),
        "auth_overlay.realtime._b": ("from ._a import A", False),
    }
    assert _cycles(planted) == [["auth_overlay.realtime._a", "auth_overlay.realtime._b"]]
