"""Two flattened schemas compared field by field, with the asymmetric request/response rules."""

from __future__ import annotations

from collections.abc import Mapping

from tools.diff.model import Change, Field, FieldPath, Side
from tools.diff.schemas import show_path

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
