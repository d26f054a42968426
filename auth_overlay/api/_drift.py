"""The runtime drift sentinel: what in a live answer the generated client did not expect.

A parsed answer is walked once: fields the spec does not list (``additional_properties``),
enum values it does not list (pseudo-members with ``is_known == False``) and values of the
wrong JSON type in a known field. Each finding becomes one :class:`ContractDrift` event per
process (deduplicated on provider, operation, path, kind and value type; list indices are
folded to ``[*]``), logged once on the ``auth_overlay`` logger, handed to ``on_event``, and,
when ``AUTH_OVERLAY_DRIFT_LOG`` names a file, appended to it as one JSON line, which
``auth-overlay drift-report`` summarises across processes. Values are never recorded.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import json
import os
import re
import threading
import types
import typing
from typing import Any

import attrs

from auth_overlay._events import ContractDrift, emit, logger

from ._settings import APISettings

DRIFT_LOG_ENV = "AUTH_OVERLAY_DRIFT_LOG"

#: (path, kind, value_type)
Finding = tuple[str, str, str]

_seen: set[tuple[str | None, str, str, str, str]] = set()
_seen_lock = threading.Lock()


_JSON_TYPES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (type(None), "null"),
    (bool, "boolean"),
    ((int, float), "number"),
    (str, "string"),
    ((list, tuple), "array"),
    (dict, "object"),
)


def json_type(value: object) -> str:
    """The JSON type of a value (what a drift event may say about it; never the value)."""
    for types_, name in _JSON_TYPES:
        if isinstance(value, types_):
            return name
    return type(value).__name__


def report(settings: APISettings, operation: str, findings: list[Finding]) -> None:
    """Emit each finding once per process (and append it to the drift log when one is set)."""
    for path, kind, value_type in findings:
        key = (settings.provider, operation, path, kind, value_type)
        with _seen_lock:
            if key in _seen:
                continue
            _seen.add(key)
        drift = ContractDrift(settings.provider or "unknown", settings.environment, operation, path, kind, value_type)
        emit(settings.on_event, drift)
        _append(drift, settings.clock.time())


def _append(drift: ContractDrift, now: float) -> None:
    target = os.environ.get(DRIFT_LOG_ENV)
    if not target:
        return
    line = json.dumps({"time": round(now, 3), **attrs.asdict(drift)}, sort_keys=True) + "\n"
    try:
        with open(target, "a", encoding="utf-8") as log:  # one write of one line: O_APPEND keeps lines whole
            log.write(line)
    except OSError as exc:
        logger.warning("cannot append to %s=%s: %s", DRIFT_LOG_ENV, target, exc.strerror)


def seen() -> list[tuple[str | None, str, str, str, str]]:
    """What this process reported so far: (provider, operation, path, kind, value_type)."""
    with _seen_lock:
        return sorted(_seen, key=repr)


def forget() -> None:
    """Start deduplicating afresh (tests)."""
    with _seen_lock:
        _seen.clear()


# -- walking a parsed answer -------------------------------------------------------------------

_FROM_DICT_KEY = re.compile(r'^\s*_?(\w+) = .*?d\.pop\("([^"]+)"', re.MULTILINE)
_PRIMITIVES: dict[type, tuple[type, ...]] = {int: (int,), float: (int, float), bool: (bool,), str: (str,)}
#: (attribute, JSON key, the JSON types allowed when the field is a plain scalar, else None)
_Shape = tuple[tuple[str, str, tuple[type, ...] | None], ...]


@functools.cache
def _shape(cls: type) -> _Shape:
    """A generated model's fields, their JSON keys (read from its ``from_dict``) and scalar types."""
    try:
        keys = dict(_FROM_DICT_KEY.findall(inspect.getsource(cls.from_dict)))  # type: ignore[attr-defined]
    except (OSError, TypeError):
        keys = {}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a forward reference the module only imports for type checking
        hints = {}
    shape = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        shape.append((field.name, keys.get(field.name, field.name), _scalar(hints.get(field.name))))
    return tuple(shape)


def _scalar(hint: Any) -> tuple[type, ...] | None:
    options = (
        typing.get_args(hint)
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
        else (hint,)
    )
    allowed: list[type] = []
    for option in options:
        if option is type(None) or getattr(option, "__name__", "") == "Unset":
            continue
        if option not in _PRIMITIVES:
            return None  # a model, list, enum, datetime or union of them: walked, not type-checked
        allowed.extend(_PRIMITIVES[option])
    return tuple(allowed) or None


def walk(value: object, path: str, found: list[Finding]) -> None:
    if isinstance(value, list):
        for item in value:
            walk(item, path + "[*]", found)
    elif isinstance(value, enum.Enum):
        if getattr(value, "is_known", True) is False:
            found.append((path, "unknown_enum_value", "string"))
    elif attrs.has(type(value)):
        for key, extra in getattr(value, "additional_properties", {}).items():
            found.append((f"{path}.{key}", "unknown_field", json_type(extra)))
        cls: Any = type(value)
        for name, key, allowed in _shape(cls):
            item = getattr(value, name)
            if item is None or type(item).__name__ == "Unset":
                continue
            if allowed is not None:
                if not isinstance(item, allowed) or (isinstance(item, bool) and bool not in allowed):
                    found.append((f"{path}.{key}", "wrong_type", json_type(item)))
            elif isinstance(item, enum.Enum) or not isinstance(item, str | int | float | datetime.date):
                walk(item, f"{path}.{key}", found)


def diagnose(raw: object, exc: BaseException) -> Finding:
    """Where a generated model's ``from_dict`` gave up, as far as the exception tells."""
    items = raw if isinstance(raw, list) else [raw]
    prefix = "$[*]" if isinstance(raw, list) else "$"
    if isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str):
        key = exc.args[0]
        top = all(isinstance(item, dict) for item in items) and any(key not in item for item in items)  # type: ignore[operator]
        return (f"{prefix}.{key}" if top else f"{prefix}..{key}", "missing_field", "absent")
    return (prefix, "invalid_value", "unknown")
