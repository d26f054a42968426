"""Write the browsable API reference, docs/api/<vendor>.md, one page per vendor.

Each page lists every operation of openapi/<vendor>/openapi.json as the generated client
calls it — import path, the call and its parameters, HTTP method and path, operationId,
summary, request body and response models — grouped by tag (the generated ``api/<tag>``
package), with a tag index at the top, an anchor per operation and the list of models.
Python names come from the generated tree read with ``ast`` (tools/impact.py's reader, plus
each endpoint module's method, URL and parsed responses; nothing is imported), the HTTP side
from the spec, joined on method and path: deriving Python names from the spec would
re-implement the generator's naming rules.

A page depends on those two inputs only (sorted, no dates, no absolute paths), so ``nox -s
drift`` compares the pages with what this tool writes now and ``nox -s regenerate`` rewrites
them. ``python -m tools.apiref`` writes the pages, ``--check`` only reports stale ones (exit
1); ``--repo DIR`` works on a copy of the repository.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tools.impact import Param, Tree, read_tree
from tools.specs import REPO, SPEC_NAME, ArgumentParser, ToolError, Vendor, vendors, write_atomic

DOCS_DIR = Path("docs") / "api"
FIX = "python -m tools.apiref (or nox -s regenerate)"
STALE = "generated/ is stale, run nox -s regenerate"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PATH_PARAMETER = re.compile(r"\{[^}]*\}")
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>")
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>|#])")
MAX_DESCRIPTION = 200  # characters of the description's first line shown under the summary


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


def _dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


# ------------------------------------------------------------------------- reading


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
    for path, item in sorted(_dict(spec.get("paths")).items()):
        for method in METHODS:
            operation = _dict(item).get(method)
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
    endpoints, wanted = read_endpoints(generated_dir, vendor.package), spec_operations(_dict(spec))
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


# ------------------------------------------------------------------------- the page


def _text(value: object) -> str:
    """Vendor prose as one line of Markdown that cannot open a heading, link or tag; its code
    spans stay code when the backticks pair up."""
    parts = " ".join(str(value or "").split()).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: nothing is code
        parts = ["`".join(parts)]
    return "`".join(part if index % 2 else MARKDOWN_SPECIALS.sub(r"\\\1", part) for index, part in enumerate(parts))


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _arguments(op: Operation) -> str:
    """The keywords a call must pass: the client and every required parameter."""
    required = [name for name, param in op.params.items() if param.required and name != "client"]
    return ", ".join(["client=client", *(f"{name}=..." for name in required)])


def _about(spec: dict[str, object]) -> str:
    """The summary, then the description's first line (Tradovate's hold long code examples)."""
    # The vendors' docs sites render components such as <Info>…</Info>: here only their text counts.
    text = HTML_TAG.sub("", str(spec.get("description") or ""))
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    first = next((line for line in lines if line), "")
    if first.startswith("```"):
        first = ""
    elif len(first) > MAX_DESCRIPTION:
        first = first[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
    summary = _text(spec.get("summary"))
    return " — ".join(part for part in (f"**{summary}**" if summary else "", _text(first)) if part)


def _responses(op: Operation) -> str:
    shown = []
    for status, response in sorted(_dict(op.spec.get("responses")).items()):
        python = op.endpoint.parsed.get(status)
        said = _text(_dict(response).get("description"))
        if python and said in CLASS_NAME.findall(python):
            said = ""  # Tradovate describes a response by its schema's name: said already
        what = {None: "not parsed (`.parsed` is None)", "None": "no content"}.get(python, f"`{python}`")
        shown.append(f"`{status}` → {what}{f' ({said})' if said else ''}")
    return "; ".join(shown) or "none declared"


def _operation(op: Operation, package: str) -> list[str]:
    endpoint, spec = op.endpoint, op.spec
    about = _about(spec)
    lines = [f'<a id="{op.anchor}"></a>', "", f"### `{endpoint.module}` — `{op.method} {op.path}`", ""]
    lines += [f"{about + ' · ' if about else ''}operationId `{spec.get('operationId', '—')}`", ""]
    lines += ["```python", f"from {package}.api.{endpoint.tag} import {endpoint.module}", ""]
    lines += [f"{endpoint.module}.{endpoint.function}({_arguments(op)})", f"# -> {endpoint.returns}", "```", ""]
    shown = [
        f"`{name}: {param.annotation}`{'' if param.required else ' (optional)'}" for name, param in op.params.items()
    ]
    lines.append(f"- parameters: {', '.join(shown)}")
    body, request = op.params.get("body"), _dict(spec.get("requestBody"))
    if body is not None and request:
        types = ", ".join(f"`{name}`" for name in sorted(_dict(request.get("content"))))
        lines.append(f"- request body: `{body.annotation}` ({types}{', required' if request.get('required') else ''})")
    lines.append(f"- responses: {_responses(op)}")
    if op.models:
        lines.append(f"- models: `from {package}.models import {', '.join(op.models)}`")
    return [*lines, ""]


def _introduction(vendor: Vendor, ops: list[Operation], missing: int, tree: Tree) -> list[str]:
    package, tags = vendor.package, {op.endpoint.tag for op in ops}
    models = f"{_count(len(tree.fields), 'class', 'classes')}, {_count(len(tree.enums), 'enum')}"
    lines = [
        f"# {vendor.name.replace('_', ' ').title()} API reference: `{package}`",
        "",
        f"<!-- Written by `python -m tools.apiref` from openapi/{vendor.name}/{SPEC_NAME} and generated/{package}/. "
        "Do not edit: `nox -s regenerate` rewrites it, `nox -s drift` fails when it is stale. -->",
        "",
        f"Every operation of `openapi/{vendor.name}/{SPEC_NAME}` as the generated client calls it: "
        f"{_count(len(ops) + missing, 'operation')} under {_count(len(tags), 'tag')}, "
        f"{_count(len(tree.fields) + len(tree.enums), 'model')} ({models}).",
        "",
    ]
    example = next((op for op in ops if op.endpoint.function == "sync"), None)
    if example is None:
        return lines
    module = example.endpoint.module
    return [
        *lines,
        f"Find an operation with your browser's search: by path (`{example.path}`), operationId "
        f"(`{example.spec.get('operationId', '—')}`) or Python name (`{module}`); each has an anchor "
        f"(`#{example.anchor}`). Every module also has `sync_detailed` (the `Response` with status and headers), "
        "`asyncio` and `asyncio_detailed`. `client` is `auth.client()`: `sync`/`asyncio` return the success "
        "model or raise one typed `AuthOverlayError`:",
        "",
        "```python",
        "from auth_overlay import TokenAuth",
        f"from {package}.api.{example.endpoint.tag} import {module}",
        "",
        f'client = TokenAuth.for_provider("{vendor.name}", ...).client()',
        f"result = {module}.sync({_arguments(example)})",
        "```",
        "",
    ]


def _models(tree: Tree, package: str, ops: list[Operation]) -> list[str]:
    users: dict[str, list[str]] = {}
    for op in ops:
        for name in op.models:
            users.setdefault(name, []).append(f"[`{op.endpoint.module}`](#{op.anchor})")
    kinds = {dotted.rpartition(".")[2]: _count(len(fields), "field") for dotted, fields in tree.fields.items()}
    for dotted, values in tree.enums.items():
        kinds[dotted.rpartition(".")[2]] = f"enum, {_count(len(values), 'value')}"
    lines = ['<a id="models"></a>', "", "## Models", "", f"Each is `from {package}.models import <name>`.", ""]
    lines += ["| model | kind | used directly by |", "| --- | --- | --- |"]
    lines += [
        f"| `{name}` | {kinds[name]} | {', '.join(sorted(users.get(name, []))) or '—'} |" for name in sorted(kinds)
    ]
    return [*lines, ""]


def render(vendor: Vendor, generated_dir: Path) -> str:
    """The page's text: the same inputs give the same bytes."""
    tree, package = read_tree(generated_dir, vendor.package), vendor.package
    ops, missing = operations(vendor, generated_dir, tree)
    by_tag: dict[str, list[Operation]] = {}
    for op in ops:
        by_tag.setdefault(op.endpoint.tag, []).append(op)
    # A tag's heading is the spec's name for it: the first tag of its first operation.
    titles = {tag: _text(next(iter(_tags(members[0].spec)), tag)) for tag, members in by_tag.items()}
    lines = _introduction(vendor, ops, len(missing), tree)
    lines += ["| tag | package | operations |", "| --- | --- | ---: |"]
    lines += [f"| [{titles[t]}](#tag-{t}) | `{package}.api.{t}` | {len(m)} |" for t, m in sorted(by_tag.items())]
    if missing:
        lines.append(f"| [not generated](#not-generated) | — | {len(missing)} |")
    lines += [f"| [models](#models) | `{package}.models` | {len(tree.fields) + len(tree.enums)} |", ""]
    for tag, members in sorted(by_tag.items()):
        lines += [f'<a id="tag-{tag}"></a>', "", f"## {titles[tag]}", ""]
        lines += [f"`{package}.api.{tag}`: {_count(len(members), 'operation')}.", ""]
        for op in members:
            lines += _operation(op, package)
    if missing:
        lines += ['<a id="not-generated"></a>', "", "## Not generated", ""]
        lines += ["In the spec, but the generator made no function of them (see its declared warnings):", ""]
        lines += [f"- `{method} {path}` operationId `{operation_id}`" for method, path, operation_id in missing]
        lines.append("")
    lines += _models(tree, package, ops)
    return "\n".join(lines).rstrip("\n") + "\n"


def _tags(spec: dict[str, object]) -> list[str]:
    tags = spec.get("tags")
    return [str(tag) for tag in tags] if isinstance(tags, list) else []


# ------------------------------------------------------------------------- files


def pages(root: Path) -> dict[Path, bytes]:
    """docs/api/<vendor>.md (relative to root) → the bytes this tool writes for it."""
    generated = root / "generated"
    return {DOCS_DIR / f"{v.name}.md": render(v, generated).encode("utf-8") for v in vendors(root / "openapi")}


def stale(root: Path) -> list[str]:
    """One line per page that differs from what this tool writes (empty: every page is current)."""
    expected, problems = pages(root), []
    for relative, data in sorted(expected.items()):
        shown, path = relative.as_posix(), root / relative
        if not path.exists():
            problems.append(f"missing   {shown}")
            continue
        current = path.read_bytes()
        if current != data:
            old, new = current.splitlines(), data.splitlines()
            same = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
            problems.append(f"changed   {shown} (edited by hand, or stale: first difference at line {same + 1})")
    folder = root / DOCS_DIR
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.relative_to(root) not in expected:
            shown = path.relative_to(root).as_posix()
            problems.append(f"extra     {shown} (no openapi/{path.stem}/{SPEC_NAME} describes it: delete it)")
    return problems


def write(root: Path) -> list[Path]:
    """Write every page that differs from what it should hold; the pages written (relative to root)."""
    written = []
    for relative, data in sorted(pages(root).items()):
        path = root / relative
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
            written.append(relative)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="apiref", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="repository root (default: this one)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a page is stale")
    args = parser.parse_args(argv)
    root: Path = args.repo.resolve()
    started = time.perf_counter()
    try:
        if not (root / "openapi").is_dir():
            raise ToolError(f"no openapi/ folder under {root}")
        if args.check:
            problems = stale(root)
            print("\n".join(f"apiref: {line}" for line in [*problems, f"fix: {FIX}"]) if problems else "apiref: OK")
            return 1 if problems else 0
        written = write(root)
    except (ToolError, OSError) as exc:
        print(f"apiref: {exc}", file=sys.stderr)
        return 1
    shown = ", ".join(p.as_posix() for p in written) or "nothing (every page is current)"
    print(f"apiref: wrote {shown} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
