"""One vendor's page: the tag index, every operation with its call, the models."""

from __future__ import annotations

import re
from pathlib import Path

from tools.core.layout import SPEC_NAME, Vendor
from tools.reference.read import CLASS_NAME, Operation, as_dict, operations
from tools.watch.impact import Tree, read_tree

HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>")
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>|#])")
MAX_DESCRIPTION = 200  # characters of the description's first line shown under the summary


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
    for status, response in sorted(as_dict(op.spec.get("responses")).items()):
        python = op.endpoint.parsed.get(status)
        said = _text(as_dict(response).get("description"))
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
    body, request = op.params.get("body"), as_dict(spec.get("requestBody"))
    if body is not None and request:
        types = ", ".join(f"`{name}`" for name in sorted(as_dict(request.get("content"))))
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
