"""Schemas flattened to the positions a client meets: ``$ref`` followed (cycles stop the descent),
``allOf`` merged, ``oneOf``/``anyOf`` united one level deep."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

from tools.diff.model import ITEMS, MAP_VALUES, MAX_DEPTH, Field, FieldPath


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


class Document:
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
        for member in as_list(schema.get("allOf")):
            _merge_all_of(shape, self.shape(member, stack))
        variants = [self.shape(v, stack) for key in ("oneOf", "anyOf") for v in as_list(schema.get(key))]
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


def as_list(value: object) -> list[object]:
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
    return Document(document).flatten(schema)


def show_path(path: FieldPath) -> str:
    if not path:
        return "(body)"
    text = ""
    for part in path:
        text += part if part == ITEMS or not text else f".{part}"
    return text
