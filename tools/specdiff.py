"""What changed between two OpenAPI documents (3.0 or 3.1), as a client sees it.

``diff_specs(old, new)`` is pure: it returns ``Change`` records and touches nothing.
``render(changes)`` turns them into text grouped by operation.

"Breaking" is judged for a *client*: code written against the old spec, or a client
generated from it by openapi-python-client, can fail once the server follows the new
spec (or once the client is regenerated). The asymmetric rules that follow from it:

========================  ===================================  ===========================
change                    in a request (what the client sends)  in a response (what it reads)
========================  ===================================  ===========================
field added               breaking only when required           ok (kept as additional_properties)
field removed             breaking (regenerated model drops it)  breaking (code reading it fails)
made required             breaking                              ok
made optional             ok                                    breaking (becomes ``Unset | T``)
type changed              breaking                              breaking
made nullable             ok                                    breaking (``None`` where T expected)
enum value added          ok                                    breaking (generated enums raise
                                                                ``ValueError`` on unknown values)
                                                                — ok with ``tolerant_enums``
enum value removed        breaking (server rejects it)          ok
========================  ===================================  ===========================

The runtime-tolerance rules: with ``diff_specs(old, new, tolerant_enums=True)`` (a vendor
generated with tolerant enum templates, Tradovate's: an unknown value is kept as a pseudo
member with ``is_known`` False) a new response enum value is compatible, and its record says
so; code that matches every known member should still handle the new one.

``$ref`` to the same document is followed (``#/components/...``), cycles stop the descent;
``allOf`` members are merged and ``oneOf``/``anyOf`` variants united one level deep, which is
what a field-level comparison needs without a full JSON Schema model.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import unquote

Side = Literal["request", "response"]
FieldPath = tuple[str, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Deep enough for real payloads, shallow enough that odd documents can't blow up the output.
MAX_DEPTH = 12
ITEMS = "[]"
MAP_VALUES = "*"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference a client could notice."""

    operation: str  # "POST /oauth2/token"; "" for the whole document (servers)
    where: str  # "request body application/json", "response 200 application/json", ...
    kind: str  # a stable tag for tests and tools: "field-removed", "enum-value-added", ...
    subject: str  # the field path, parameter, status, URL or value concerned
    detail: str  # readable fragment: "field 'expires_in' removed"
    breaking: bool
    why: str = ""  # for breaking changes: what goes wrong in a client


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True, slots=True)
class Field:
    """What a client cares about in one schema position."""

    type: str
    required: bool
    nullable: bool
    enum: tuple[str, ...] | None  # JSON-encoded values, so 1 and "1" stay different


@dataclass(slots=True)
class _Shape:
    """A schema after $ref, allOf and oneOf/anyOf are flattened one level."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    enum: list[str] | None = None
    properties: dict[str, object] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: object | None = None
    map_values: object | None = None
    refs: frozenset[str] = frozenset()


class _Document:
    def __init__(self, document: Mapping[str, object]) -> None:
        self.doc = document

    def pointer(self, ref: str) -> object | None:
        """The target of a local reference, or None when it is external or dangling."""
        if not ref.startswith("#"):
            return None
        node: object = self.doc
        for raw in ref[1:].split("/")[1:]:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def deref(self, node: object) -> dict[str, object]:
        """Follow $ref chains of parameters, responses, bodies and path items."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = str(node["$ref"])
            if ref in seen:
                return {}
            seen.add(ref)
            node = self.pointer(ref)
        return dict(node) if isinstance(node, Mapping) else {}

    def shape(self, schema: object, stack: frozenset[str]) -> _Shape:
        if schema is True or schema is None:
            return _Shape(types={"any"})
        if schema is False or not isinstance(schema, Mapping):
            return _Shape(types={"never"})
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._shape_of_ref(schema, ref, stack)
        shape = _Shape(refs=stack)
        _own_keywords(schema, shape)
        for member in _schemas(schema.get("allOf")):
            _merge_all_of(shape, self.shape(member, stack))
        variants = [self.shape(v, stack) for key in ("oneOf", "anyOf") for v in _schemas(schema.get(key))]
        if variants:
            _merge_variants(shape, variants)
        if not shape.types:
            shape.types = {"any"}
        return shape

    def _shape_of_ref(self, schema: Mapping[str, object], ref: str, stack: frozenset[str]) -> _Shape:
        if ref in stack:  # a recursive schema: name it, don't descend again
            return _Shape(types={"object"}, refs=stack)
        target = self.pointer(ref)
        if not isinstance(target, Mapping):
            return _Shape(types={f"unresolved {ref}"}, refs=stack)
        # 3.1 allows keywords beside $ref; the sibling ones refine the target.
        merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return self.shape(merged, stack | {ref})

    def flatten(self, schema: object) -> dict[FieldPath, Field]:
        out: dict[FieldPath, Field] = {}
        self._collect(schema, (), out, required=True, stack=frozenset())
        return out

    def _collect(
        self,
        schema: object,
        path: FieldPath,
        out: dict[FieldPath, Field],
        *,
        required: bool,
        stack: frozenset[str],
    ) -> None:
        shape = self.shape(schema, stack)
        enum = tuple(shape.enum) if shape.enum is not None else None
        out[path] = Field("|".join(sorted(shape.types)), required, shape.nullable, enum)
        if len(path) >= MAX_DEPTH:
            return
        for name, sub in shape.properties.items():
            self._collect(sub, (*path, name), out, required=name in shape.required, stack=shape.refs)
        if shape.items is not None:
            self._collect(shape.items, (*path, ITEMS), out, required=True, stack=shape.refs)
        if shape.map_values is not None:
            self._collect(shape.map_values, (*path, MAP_VALUES), out, required=False, stack=shape.refs)


def _schemas(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _own_keywords(schema: Mapping[str, object], shape: _Shape) -> None:
    declared = schema.get("type")
    names = declared if isinstance(declared, list) else [declared] if declared else []
    fmt = schema.get("format")
    for name in names:
        if name == "null":
            shape.nullable = True
        elif fmt and name in ("string", "integer", "number"):
            shape.types.add(f"{name}({fmt})")
        else:
            shape.types.add(str(name))
    if schema.get("nullable") is True:
        shape.nullable = True
    if "enum" in schema and isinstance(schema["enum"], list):
        values = [_encode(v) for v in schema["enum"]]
        if "null" in values:  # 3.0 style: a null in the enum is nullability, not a value
            shape.nullable = True
            values.remove("null")
        shape.enum = values
    elif "const" in schema:
        shape.enum = [_encode(schema["const"])]
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        shape.properties.update({str(k): v for k, v in properties.items()})
        if not names:
            shape.types.add("object")
    required = schema.get("required")
    if isinstance(required, list):
        shape.required.update(str(r) for r in required)
    if "items" in schema:
        shape.items = schema["items"]
        if not names:
            shape.types.add("array")
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping) and extra:
        shape.map_values = extra
        if not names:
            shape.types.add("object")


def _merge_all_of(shape: _Shape, member: _Shape) -> None:
    # Every member applies: the object has all their properties and requirements.
    member_types = member.types - {"any"}
    if member_types and not shape.types:
        shape.types = set(member_types)
    shape.properties = {**member.properties, **shape.properties}
    shape.required |= member.required
    shape.enum = shape.enum if shape.enum is not None else member.enum
    shape.items = shape.items if shape.items is not None else member.items
    shape.map_values = shape.map_values if shape.map_values is not None else member.map_values
    shape.refs |= member.refs


def _merge_variants(shape: _Shape, variants: list[_Shape]) -> None:
    # Any variant may arrive: a field is present if any variant has it and required only if
    # every object variant requires it; a bare {"type": "null"} variant means "nullable".
    real = [v for v in variants if v.types != {"any"} or v.properties or v.enum is not None]
    if any(v.nullable for v in variants):
        shape.nullable = True
    objects = [v for v in real if v.properties]
    for variant in objects:
        for name, sub in variant.properties.items():
            shape.properties.setdefault(name, sub)
    if objects:
        common = set.intersection(*(v.required for v in objects))
        shape.required |= common
    if not shape.types:
        shape.types = set().union(*(v.types for v in real)) if real else set()
    enums = [v.enum for v in real]
    if real and shape.enum is None and all(e is not None for e in enums):
        shape.enum = list(dict.fromkeys(value for e in enums if e for value in e))
    for variant in real:
        shape.items = shape.items if shape.items is not None else variant.items
        shape.refs |= variant.refs


def _encode(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def flatten(schema: object, document: Mapping[str, object]) -> dict[FieldPath, Field]:
    """Every position in a schema: () for the body itself, ("a", "[]", "b") for a[].b."""
    return _Document(document).flatten(schema)


def show_path(path: FieldPath) -> str:
    if not path:
        return "(body)"
    text = ""
    for part in path:
        text += part if part == ITEMS or not text else f".{part}"
    return text


# ---------------------------------------------------------------- field comparison

_WHY = {
    ("field-added", "request"): "the server now requires a field older clients don't send",
    ("field-removed", "request"): "the regenerated model drops it: code that sets it breaks",
    ("field-removed", "response"): "code reading it gets nothing; a generated model that "
    "required it raises KeyError while parsing",
    ("field-required", "request"): "older clients may leave it out and be rejected",
    ("field-optional", "response"): "the generated type becomes Unset | T: code assuming it is present breaks",
    ("field-type-changed", "request"): "values of the old type are rejected",
    ("field-type-changed", "response"): "the generated parser expects the old type",
    ("field-not-nullable", "request"): "clients that send null are rejected",
    ("field-nullable", "response"): "clients get None where they expect a value",
    ("enum-introduced", "request"): "values outside the new enum are rejected",
    ("enum-introduced", "response"): "the generated client now parses it into an enum and raises on values outside it",
    ("enum-dropped", "response"): "any value may come back now; the generated type changes",
    ("enum-value-removed", "request"): "the server now rejects this value",
    ("enum-value-added", "response"): "generated clients raise ValueError on enum values they don't know",
}


def _breaking(kind: str, side: Side) -> tuple[bool, str]:
    why = _WHY.get((kind, side), "")
    return bool(why), why


def compare_fields(
    old: Mapping[FieldPath, Field],
    new: Mapping[FieldPath, Field],
    side: Side,
    operation: str,
    where: str,
) -> list[Change]:
    """Changes between two flattened schemas; children of added/removed/retyped parents
    are folded into the parent's record so one change reads as one line."""
    changes: list[Change] = []
    structural: set[FieldPath] = set()

    def emit(kind: str, path: FieldPath, detail: str, *, force_ok: bool = False) -> None:
        breaking, why = (False, "") if force_ok else _breaking(kind, side)
        changes.append(Change(operation, where, kind, show_path(path), detail, breaking, why))

    for path in sorted(set(old) | set(new)):
        if any(path[:i] in structural for i in range(len(path))):
            continue
        name = show_path(path)
        before, after = old.get(path), new.get(path)
        if before is None and after is not None:
            structural.add(path)
            label = "required" if after.required else "optional"
            emit("field-added", path, f"{label} field {name!r} added", force_ok=not after.required)
        elif after is None and before is not None:
            structural.add(path)
            emit("field-removed", path, f"field {name!r} removed")
        elif before is not None and after is not None:
            if before.type != after.type:
                structural.add(path)
                emit("field-type-changed", path, f"{name!r} type {before.type} → {after.type}")
                continue
            for kind, detail in _compare_one(before, after, name):
                emit(kind, path, detail)
    return changes


def _compare_one(before: Field, after: Field, name: str) -> list[tuple[str, str]]:
    """(kind, detail) for each difference of a field present on both sides with one type."""
    found: list[tuple[str, str]] = []
    if before.required != after.required:
        kind = "field-required" if after.required else "field-optional"
        found.append((kind, f"{name!r} is now {'required' if after.required else 'optional'}"))
    if before.nullable != after.nullable:
        kind = "field-nullable" if after.nullable else "field-not-nullable"
        state = "nullable" if after.nullable else "not nullable"
        found.append((kind, f"{name!r} is now {state}"))
    if before.enum is None and after.enum is not None:
        found.append(("enum-introduced", f"{name!r} now limited to {', '.join(after.enum)}"))
    elif before.enum is not None and after.enum is None:
        found.append(("enum-dropped", f"{name!r} is no longer limited to an enum"))
    elif before.enum is not None and after.enum is not None:
        found += [
            ("enum-value-added", f"{name!r} enum value {value} added")
            for value in after.enum
            if value not in before.enum
        ]
        found += [
            ("enum-value-removed", f"{name!r} enum value {value} removed")
            for value in before.enum
            if value not in after.enum
        ]
    return found


# ---------------------------------------------------------------- whole documents

Operation = Mapping[str, object]


TOLERATED = "tolerated at runtime: the generated enum keeps it with is_known False (see the runtime-tolerance rules)"


def diff_specs(old: Mapping[str, object], new: Mapping[str, object], *, tolerant_enums: bool = False) -> list[Change]:
    """Every client-visible change from old to new, document-wide changes first.
    ``tolerant_enums``: the client keeps unknown response enum values (see the module doc)."""
    changes = _diff(old, new)
    if not tolerant_enums:
        return changes
    return [
        Change(c.operation, c.where, c.kind, c.subject, f"{c.detail} — {TOLERATED}", False)
        if c.kind == "enum-value-added" and c.where.startswith("response")
        else c
        for c in changes
    ]


def _diff(old: Mapping[str, object], new: Mapping[str, object]) -> list[Change]:
    changes = _diff_servers(old, new)
    old_ops, new_ops = _operations(old), _operations(new)
    for key in [*new_ops, *(k for k in old_ops if k not in new_ops)]:
        label = f"{key[0].upper()} {key[1]}"
        if key not in old_ops:
            changes.append(_change(label, "operation", "operation-added", "operation added"))
        elif key not in new_ops:
            why = "calls to it fail, and the regenerated client no longer has it"
            changes.append(_change(label, "operation", "operation-removed", "operation removed", why))
        else:
            changes += _OperationDiff(label, old, new).run(old_ops[key], new_ops[key])
    return changes


def _change(operation: str, where: str, kind: str, detail: str, why: str = "") -> Change:
    """A record whose subject is its own location; breaking exactly when it has a reason."""
    return Change(operation, where, kind, operation or where, detail, bool(why), why)


def _diff_servers(old: Mapping[str, object], new: Mapping[str, object]) -> list[Change]:
    before, after = _server_urls(old), _server_urls(new)
    why = "clients configured with this base URL lose it"
    changes = [
        Change("", "servers", "server-removed", url, f"server {url} removed", True, why)
        for url in before
        if url not in after
    ]
    changes += [
        Change("", "servers", "server-added", url, f"server {url} added", False) for url in after if url not in before
    ]
    return changes


def _server_urls(document: Mapping[str, object]) -> list[str]:
    servers = document.get("servers")
    if not isinstance(servers, list):
        return []
    return [str(s.get("url")) for s in servers if isinstance(s, Mapping) and "url" in s]


def _operations(document: Mapping[str, object]) -> dict[tuple[str, str], dict[str, object]]:
    """(method, path) → the operation, with path-level parameters folded in."""
    doc = _Document(document)
    paths = document.get("paths")
    found: dict[tuple[str, str], dict[str, object]] = {}
    if not isinstance(paths, Mapping):
        return found
    for path, raw_item in paths.items():
        item = doc.deref(raw_item)
        shared = _schemas(item.get("parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                own = _schemas(operation.get("parameters"))
                found[(method, str(path))] = {**operation, "parameters": [*shared, *own]}
    return found


class _OperationDiff:
    """One operation present on both sides; each method compares one part of it."""

    def __init__(self, label: str, old: Mapping[str, object], new: Mapping[str, object]) -> None:
        self.label = label
        self.old = _Document(old)
        self.new = _Document(new)

    def run(self, old: Operation, new: Operation) -> list[Change]:
        changes: list[Change] = []
        if old.get("operationId") != new.get("operationId"):
            detail = f"operationId {old.get('operationId')!r} → {new.get('operationId')!r}"
            why = "generated function and module names derive from it"
            changes.append(_change(self.label, "operation", "operation-id-changed", detail, why))
        before, after = _security(self.old, old), _security(self.new, new)
        if before != after:
            detail = f"security {_show_security(before)} → {_show_security(after)}"
            why = "clients authenticate the old way"
            changes.append(_change(self.label, "security", "security-changed", detail, why))
        changes += self.parameters(old, new)
        changes += self.request_body(old, new)
        changes += self.responses(old, new)
        return changes

    def parameters(self, old: Operation, new: Operation) -> list[Change]:
        old_fields = _parameter_fields(self.old, old)
        new_fields = _parameter_fields(self.new, new)
        changes = compare_fields(old_fields, new_fields, "request", self.label, "parameters")
        return [_as_parameter_change(c) for c in changes]

    def request_body(self, old: Operation, new: Operation) -> list[Change]:
        before = self.old.deref(old["requestBody"]) if "requestBody" in old else None
        after = self.new.deref(new["requestBody"]) if "requestBody" in new else None
        where = "request body"
        if before is None or after is None:
            return _body_presence(self.label, before, after)
        changes: list[Change] = []
        was, now = before.get("required") is True, after.get("required") is True
        if was != now:
            detail = f"request body is now {'required' if now else 'optional'}"
            if now:
                why = "older clients may send no body"
                changes.append(_change(self.label, where, "body-required", detail, why))
            else:
                changes.append(_change(self.label, where, "body-optional", detail))
        return changes + self.content(where, "request", before, after)

    def responses(self, old: Operation, new: Operation) -> list[Change]:
        before, after = _responses(self.old, old), _responses(self.new, new)
        changes: list[Change] = []
        for status in after:
            if status not in before:
                detail = f"response {status} added"
                changes.append(Change(self.label, "responses", "status-added", status, detail, False))
        why = "the regenerated client no longer parses it (UnexpectedStatus if enabled)"
        for status in before:
            if status not in after:
                detail = f"response {status} removed"
                changes.append(Change(self.label, "responses", "status-removed", status, detail, True, why))
        for status in (s for s in after if s in before):
            changes += self.content(f"response {status}", "response", before[status], after[status])
        return changes

    def content(self, where: str, side: Side, old: Operation, new: Operation) -> list[Change]:
        before, after = _content(self.old, old), _content(self.new, new)
        changes: list[Change] = [
            Change(self.label, where, "content-type-added", m, f"content type {m} added", False)
            for m in after
            if m not in before
        ]
        why = "clients sending it are rejected" if side == "request" else "the generated client no longer parses it"
        changes += [
            Change(self.label, where, "content-type-removed", m, f"content type {m} removed",
                   True, why)
            for m in before
            if m not in after
        ]  # fmt: skip
        for media in (m for m in after if m in before):
            old_fields, new_fields = self.old.flatten(before[media]), self.new.flatten(after[media])
            changes += compare_fields(old_fields, new_fields, side, self.label, f"{where} {media}")
        return changes


def _body_presence(label: str, before: Mapping[str, object] | None, after: Mapping[str, object] | None) -> list[Change]:
    where = "request body"
    if after is not None:
        required = after.get("required") is True
        detail = f"{'required' if required else 'optional'} request body added"
        why = "older clients send no body" if required else ""
        return [_change(label, where, "body-added", detail, why)]
    if before is not None:
        why = "the regenerated client no longer sends it"
        return [_change(label, where, "body-removed", "request body removed", why)]
    return []


def _security(doc: _Document, operation: Operation) -> set[frozenset[str]]:
    declared = operation.get("security", doc.doc.get("security", []))
    return {frozenset(r) for r in _schemas(declared) if isinstance(r, Mapping)}


def _show_security(requirements: set[frozenset[str]]) -> str:
    if not requirements:
        return "none"
    return " or ".join(sorted("+".join(sorted(r)) or "anonymous" for r in requirements))


def _parameter_fields(doc: _Document, operation: Operation) -> dict[FieldPath, Field]:
    """Parameters as fields named "<in> <name>"; a later declaration overrides an earlier
    one (operation over path level), and header names are case-insensitive."""
    params: dict[str, dict[str, object]] = {}
    for raw in _schemas(operation.get("parameters")):
        param = doc.deref(raw)
        where, name = str(param.get("in", "?")), str(param.get("name", "?"))
        params[f"{where} {name.lower() if where == 'header' else name}"] = param
    fields: dict[FieldPath, Field] = {}
    for key, param in params.items():
        flat = doc.flatten(_parameter_schema(param))
        root = flat.pop(())
        required = param.get("required") is True
        fields[(key,)] = Field(root.type, required, root.nullable, root.enum)
        fields.update({(key, *path): f for path, f in flat.items()})
    return fields


def _parameter_schema(param: Mapping[str, object]) -> object:
    if "schema" in param:
        return param["schema"]
    content = param.get("content")  # the rarer form: one media type holding the schema
    if isinstance(content, Mapping):
        for media in content.values():
            if isinstance(media, Mapping):
                return media.get("schema")
    return None


def _as_parameter_change(change: Change) -> Change:
    detail = change.detail.replace("field ", "parameter ", 1)
    kind = change.kind.replace("field-", "parameter-")
    return Change(change.operation, change.where, kind, change.subject, detail, change.breaking, change.why)


def _content(doc: _Document, holder: Mapping[str, object]) -> dict[str, object]:
    content = holder.get("content")
    if not isinstance(content, Mapping):
        return {}
    return {str(media): doc.deref(value).get("schema") for media, value in content.items()}


def _responses(doc: _Document, operation: Operation) -> dict[str, dict[str, object]]:
    responses = operation.get("responses")
    if not isinstance(responses, Mapping):
        return {}
    return {str(status): doc.deref(value) for status, value in responses.items()}


# ---------------------------------------------------------------- rendering


def render(changes: Iterable[Change]) -> str:
    """Readable text: one block per operation, one line per change, a count line last."""
    changes = list(changes)
    if not changes:
        return "no changes a client would notice\n0 changes"
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.operation or "whole document", []).append(change)
    lines: list[str] = []
    for operation, members in groups.items():
        lines.append(operation)
        for change in members:
            marker = "BREAKING" if change.breaking else "ok"
            context = "" if change.where in ("operation",) else f"{change.where}: "
            reason = f" — {change.why}" if change.breaking and change.why else ""
            lines.append(f"  {marker:<8}  {context}{change.detail}{reason}")
    breaking = sum(c.breaking for c in changes)
    noun = "change" if len(changes) == 1 else "changes"
    lines.append(f"{len(changes)} {noun}: {breaking} breaking, {len(changes) - breaking} ok")
    return "\n".join(lines)
