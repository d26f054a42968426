"""JSON and YAML read strictly: no NaN or Infinity, no duplicate keys."""

from __future__ import annotations

from typing import NoReturn


def reject_constant(name: str) -> NoReturn:
    # NaN and Infinity are not JSON; accepting them would vendor a spec no other tool reads.
    raise ValueError(f"{name} is not valid JSON")


def reject_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json.loads would keep the last of two equal keys and silently drop part of the spec.
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key!r}")
        found[key] = value
    return found
