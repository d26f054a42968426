"""What a spec change means for a user's Python code: the generated tree, old vs new.

Both trees are read with ``ast`` (nothing is imported): every ``api/<tag>/<operation>.py``
module's ``sync_detailed`` keyword parameters, every model class's attrs fields and every
enum's values. Comparing them names what code meets — a function that appears, disappears
or changes signature, a model field that appears, disappears or changes type, an enum value.
Measured on Tradovate (350 operations, 278 models): reading one tree takes about 0.5 s,
generating the new tree about 5–13 s, which a changed spec can afford (an unchanged one
costs nothing). Deriving the same names from the spec would re-implement the generator's
naming rules and drift from them; the generated tree is the truth a user imports.

``auth_uses`` lists the generated modules the auth overlay itself imports, so a change to
one of them is flagged as touching the overlay.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

SIGNATURE_FUNCTION = "sync_detailed"
TOLERATED = "tolerated at runtime (is_known False; see the runtime-tolerance rules)"


@dataclass(frozen=True, slots=True)
class Param:
    annotation: str
    required: bool


@dataclass(frozen=True, slots=True)
class Tree:
    package: str
    functions: dict[str, dict[str, Param]]  # "pkg.api.tag.op" → keyword → Param
    fields: dict[str, dict[str, Param]]  # "pkg.models.Model" → field → Param
    enums: dict[str, tuple[str, ...]]  # "pkg.models.Enum" → values
    tolerant: frozenset[str]  # enums that keep unknown values (is_known)


@dataclass(frozen=True, slots=True)
class Impact:
    subject: str  # the dotted name a user's code meets
    detail: str
    breaking: bool
    module: str  # the module that holds it (for the auth overlay check)


def read_tree(root: Path, package: str) -> Tree:
    """The Python surface of one generated package (an absent package reads as empty)."""
    functions: dict[str, dict[str, Param]] = {}
    fields: dict[str, dict[str, Param]] = {}
    enums: dict[str, tuple[str, ...]] = {}
    tolerant: set[str] = set()
    base = root / package
    for path in sorted((base / "api").glob("*/*.py")) if base.is_dir() else []:
        if path.name == "__init__.py":
            continue
        module = f"{package}.api.{path.parent.name}.{path.stem}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == SIGNATURE_FUNCTION:
                functions[module] = _parameters(node.args)
    for path in sorted((base / "models").glob("*.py")) if base.is_dir() else []:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                name = f"{package}.models.{node.name}"
                bases = {ast.unparse(b) for b in node.bases}
                if any("Enum" in b for b in bases):
                    enums[name] = _enum_values(node)
                    if any(isinstance(n, ast.FunctionDef) and n.name == "is_known" for n in node.body):
                        tolerant.add(name)
                else:
                    fields[name] = _fields(node)
    return Tree(package, functions, fields, enums, frozenset(tolerant))


def _parameters(args: ast.arguments) -> dict[str, Param]:
    found: dict[str, Param] = {}
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults, strict=True):
        found[arg.arg] = Param(_annotation(arg.annotation), default is None)
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        found[arg.arg] = Param(_annotation(arg.annotation), kw_default is None)
    return found


def _fields(node: ast.ClassDef) -> dict[str, Param]:
    return {
        stmt.target.id: Param(_annotation(stmt.annotation), stmt.value is None)
        for stmt in node.body
        if isinstance(stmt, ast.AnnAssign)
        and isinstance(stmt.target, ast.Name)
        and stmt.target.id != "additional_properties"
    }


def _enum_values(node: ast.ClassDef) -> tuple[str, ...]:
    values = []
    for stmt in node.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
            target = stmt.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                values.append(json.dumps(stmt.value.value))
    return tuple(values)


def _annotation(node: ast.expr | None) -> str:
    return "" if node is None else ast.unparse(node).replace("'", "").replace('"', "")


def compare(old: Tree, new: Tree) -> list[Impact]:
    """Every difference of the Python surface, breaking ones marked."""
    out: list[Impact] = []
    for name in sorted(new.functions.keys() - old.functions.keys()):
        out.append(Impact(f"{name}.sync(...)", "new operation", False, name))
    for name in sorted(old.functions.keys() - new.functions.keys()):
        out.append(Impact(f"{name}.sync(...)", "removed: the import fails", True, name))
    for name in sorted(old.functions.keys() & new.functions.keys()):
        out += _members(f"{name}.sync(...)", "parameter", old.functions[name], new.functions[name], name)
    for name in sorted(new.fields.keys() - old.fields.keys()):
        out.append(Impact(name, "new model", False, _module(name)))
    for name in sorted(old.fields.keys() - new.fields.keys()):
        out.append(Impact(name, "removed model: the import fails", True, _module(name)))
    for name in sorted(old.fields.keys() & new.fields.keys()):
        out += _members(name, "field", old.fields[name], new.fields[name], _module(name))
    for name in sorted(old.enums.keys() & new.enums.keys()):
        out += _enum_changes(name, old.enums[name], new.enums[name], name in new.tolerant)
    for name in sorted(new.enums.keys() - old.enums.keys()):
        out.append(Impact(name, "new enum", False, _module(name)))
    for name in sorted(old.enums.keys() - new.enums.keys()):
        out.append(Impact(name, "removed enum: the import fails", True, _module(name)))
    return out


def _members(owner: str, noun: str, old: dict[str, Param], new: dict[str, Param], module: str) -> list[Impact]:
    out: list[Impact] = []
    for key in new.keys() - old.keys():
        required = new[key].required
        detail = f"{'required' if required else 'optional'} {noun} `{key}: {new[key].annotation}` added"
        out.append(Impact(owner, detail, required, module))
    for key in old.keys() - new.keys():
        out.append(Impact(owner, f"{noun} `{key}` removed", True, module))
    for key in old.keys() & new.keys():
        before, after = old[key], new[key]
        if before.annotation != after.annotation:
            detail = f"{noun} `{key}` type `{before.annotation}` → `{after.annotation}`"
            out.append(Impact(owner, detail, True, module))
        elif before.required != after.required:
            state = "required" if after.required else "optional"
            out.append(Impact(owner, f"{noun} `{key}` now {state}", after.required, module))
    return sorted(out, key=lambda i: i.detail)


def _enum_changes(name: str, old: tuple[str, ...], new: tuple[str, ...], tolerant: bool) -> list[Impact]:
    out: list[Impact] = []
    for value in new:
        if value not in old:
            if tolerant:
                detail = (
                    f"gains enum value {value} → tolerated at runtime (is_known False; see the runtime-tolerance rules)"
                )
            else:
                detail = f"gains enum value {value} → parsing a response with it raises ValueError until regenerated"
            out.append(Impact(name, detail, not tolerant, _module(name)))
    for value in old:
        if value not in new:
            out.append(Impact(name, f"loses enum value {value}: code naming the member fails", True, _module(name)))
    return out


def _module(dotted: str) -> str:
    """pkg.models.PlaceOrder → pkg.models.place_order (the module the generator writes)."""
    head, _, cls = dotted.rpartition(".")
    return f"{head}.{re.sub(r'(?<!^)(?=[A-Z])', '_', cls).lower()}"


IMPORT = re.compile(r"\b([a-z][a-z0-9_]*_client(?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
FROM_IMPORT = re.compile(r"from\s+([a-z][a-z0-9_]*_client(?:\.[a-z_0-9]+)*)\s+import\s+\(?([^)\n]+)")


def auth_uses(auth_dir: Path, package: str) -> dict[str, set[str]]:
    """Generated modules and models the auth overlay uses from ``package`` → the files (relative
    to auth_dir's parent) that use them. Bare packages (``pkg.api``, ``pkg.api.<tag>``) are left
    out: they would make every change look like one the overlay meets."""
    used: dict[str, set[str]] = {}
    for path in sorted(auth_dir.rglob("*.py")) if auth_dir.is_dir() else []:
        text, shown = path.read_text(encoding="utf-8"), path.relative_to(auth_dir.parent).as_posix()
        names = [
            f"{match[1]}.{name.strip().split(' ')[0]}"
            for match in FROM_IMPORT.finditer(text)
            for name in match[2].split(",")
            if name.strip()
        ]
        names += IMPORT.findall(text)
        for name in names:
            parts = name.split(".")
            specific = (len(parts) >= 4 and parts[1] == "api") or (len(parts) >= 3 and parts[1] == "models")
            if parts[0] == package and specific:
                used.setdefault(name, set()).add(shown)
    return used


def users_of(impact: Impact, used: dict[str, set[str]]) -> set[str]:
    """The auth overlay's files that use what this impact changes (empty: none)."""
    names = {impact.module, impact.subject.removesuffix(".sync(...)")}
    return {f for u, files in used.items() for n in names if n == u or n.startswith(f"{u}.") for f in files}
