"""What an API reference page shows, read from the generated tree (with ``ast``) and the spec,
joined on method and path: deriving Python names from the spec would re-implement the
generator's naming rules."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError
from tools.core.layout import SPEC_NAME, Vendor
from tools.watch.impact import Param, Tree

STALE = "generated/ is stale, run nox -s regenerate"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PATH_PARAMETER = re.compile(r"\{[^}]*\}")
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """What one generated api/<tag>/<module>.py holds."""

    tag: str  # the api/<tag> package
    module: str  # what a user imports
    function: str  # sync, or sync_detailed where the spec declares no response content
    returns: str  # its return annotation
    parsed: dict[str, str]  # status → the Python type the module parses that response into


@dataclass(frozen=True, slots=True)
class Operation:
    endpoint: Endpoint
    method: str  # GET, POST …
    path: str  # as the spec writes it
    spec: dict[str, object]  # the spec's operation object
    params: dict[str, Param]  # the function's keywords
    models: tuple[str, ...]  # model classes its body and responses use
    anchor: str


def as_dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def read_endpoints(root: Path, package: str) -> dict[tuple[str, str], Endpoint]:
    """(METHOD, path with {} for its parameters) → the generated module that calls it."""
    found: dict[tuple[str, str], Endpoint] = {}
    for path in sorted((root / package / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        body = ast.parse(path.read_text(encoding="utf-8")).body
        functions = {node.name: node for node in body if isinstance(node, ast.FunctionDef)}
        request, parse = functions.get("_get_kwargs"), functions.get("_parse_response")
        # An operation without response content gets no `sync`: its `.parsed` is always None.
        call = functions.get("sync") or functions.get("sync_detailed")
        where = _request(request) if request else None
        if where is None or call is None or parse is None:
            raise ToolError(f"{package}: {path.relative_to(root)} is not a generated endpoint module: {STALE}")
        returns = ast.unparse(call.returns) if call.returns else "None"
        found[where] = Endpoint(path.parent.name, path.stem, call.name, returns, _parsed(parse))
    return found


def _request(node: ast.FunctionDef) -> tuple[str, str] | None:
    """The method and URL template _get_kwargs puts into its `_kwargs` dict."""
    for child in ast.walk(node):
        if isinstance(child, ast.Dict):
            entries = {k.value: v for k, v in zip(child.keys, child.values, strict=True) if isinstance(k, ast.Constant)}
            method, url = entries.get("method"), entries.get("url")
            if isinstance(method, ast.Constant) and url is not None:
                return str(method.value).upper(), _template(url)
    return None


def _template(node: ast.expr) -> str:
    """The URL with {} for each path parameter, from "/a", "/a/{id}".format(...) or f"/a/{id}"."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return PATH_PARAMETER.sub("{}", str(node.value) if isinstance(node, ast.Constant) else ast.unparse(node))


def _parsed(node: ast.FunctionDef) -> dict[str, str]:
    """status → type, from the `if response.status_code == N:` blocks of _parse_response."""
    out: dict[str, str] = {}
    for block in node.body:
        test = block.test if isinstance(block, ast.If) else None
        if not isinstance(block, ast.If) or not isinstance(test, ast.Compare):
            continue
        status, first = test.comparators[0], block.body[0]
        if not isinstance(status, ast.Constant):
            continue
        model = next((name for child in ast.walk(block) if (name := _from_dict(child))), None)
        if isinstance(first, ast.Return):
            out[str(status.value)] = "None"
        elif isinstance(first, ast.Assign) and isinstance(first.value, ast.List):  # a list built item by item
            out[str(status.value)] = f"list[{model or 'Any'}]"
        elif isinstance(first, ast.Assign) and isinstance(first.value, ast.Call) and _is_cast(first.value):
            out[str(status.value)] = ast.unparse(first.value.args[0])
        else:
            out[str(status.value)] = model or "Any"
    return out


def _from_dict(node: ast.AST) -> str | None:
    """`X` for a call `X.from_dict(...)`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "from_dict":
        return ast.unparse(node.func.value)
    return None


def _is_cast(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id == "cast" and bool(call.args)


def spec_operations(spec: dict[str, object]) -> dict[tuple[str, str], tuple[str, dict[str, object]]]:
    """(METHOD, path with {} for its parameters) → (the spec's path, its operation object)."""
    out: dict[tuple[str, str], tuple[str, dict[str, object]]] = {}
    for path, item in sorted(as_dict(spec.get("paths")).items()):
        for method in METHODS:
            operation = as_dict(item).get(method)
            if isinstance(operation, dict):
                out[(method.upper(), PATH_PARAMETER.sub("{}", path))] = (path, operation)
    return out


def operations(vendor: Vendor, generated_dir: Path, tree: Tree) -> tuple[list[Operation], list[tuple[str, str, str]]]:
    """Every operation with its function, sorted by tag and name; and (METHOD, path, operationId)
    of those nothing was generated for (the generator skips, with a declared warning, what it
    cannot express)."""
    try:
        spec = json.loads(vendor.spec_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ToolError(f"{vendor.name}: cannot read openapi/{vendor.name}/{SPEC_NAME} ({exc})") from None
    endpoints, wanted = read_endpoints(generated_dir, vendor.package), spec_operations(as_dict(spec))
    strays = sorted(endpoints.keys() - wanted.keys())
    if strays:
        method, path = strays[0]
        raise ToolError(
            f"{vendor.package} calls {method} {path}, which openapi/{vendor.name}/{SPEC_NAME} lacks: {STALE}"
        )
    missing = [
        (key[0], path, str(op.get("operationId", "—"))) for key, (path, op) in wanted.items() if key not in endpoints
    ]
    found = sorted(
        ((endpoints[key], key[0], path, op) for key, (path, op) in wanted.items() if key in endpoints),
        key=lambda item: (item[0].tag, item[0].module),
    )
    names = [endpoint.module for endpoint, *_ in found]
    models = {name.rpartition(".")[2] for name in tree.fields.keys() | tree.enums.keys()}
    joined = []
    for endpoint, method, path, operation in found:
        params = tree.functions.get(f"{vendor.package}.api.{endpoint.tag}.{endpoint.module}", {})
        body = params.get("body")
        used = set(CLASS_NAME.findall(f"{endpoint.returns} {body.annotation if body else ''}")) & models
        unique = names.count(endpoint.module) == 1  # else two tags hold the same name
        anchor = endpoint.module if unique else f"{endpoint.tag}-{endpoint.module}"
        joined.append(Operation(endpoint, method, path, operation, params, tuple(sorted(used)), anchor))
    return joined, missing
