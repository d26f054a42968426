"""The runtime drift sentinel: what in a live answer the generated client did not expect.

A parsed answer is walked once: fields the spec does not list (``additional_properties``),
enum values it does not list (pseudo-members with ``is_known == False``) and values of the
wrong JSON type in a known field. Each finding becomes one :class:`ContractDrift` event per
process (deduplicated on provider, operation, path, kind and value type; list indices are
folded to ``[*]``), logged once on the ``auth_overlay`` logger, handed to ``on_event``, and,
when ``AUTH_OVERLAY_DRIFT_LOG`` names a file, appended to it as one JSON line, which
``auth-overlay drift-report`` summarises across processes. Values are never recorded.

Bounded against answers whose keys are data: a model whose schema declares no properties of
its own is a map (``additionalProperties``, e.g. ``contract/rollcontracts``) and its keys are
never drift; at most ``MAX_FINDINGS_PER_ANSWER`` findings are kept per answer (then one
``too_many_findings``), and at most ``MAX_DISTINCT`` distinct findings per process. A key is
recorded printable and at most 80 characters long; one that echoes a secret the request
carried is redacted. The drift log is opened without following a symlink and without
blocking, and only a regular file is written to.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import operator
import os
import re
import stat
import sys
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from auth_overlay._core._scrub import Scrubber
from auth_overlay.events import ContractDrift, emit, logger

from ._settings import APISettings

DRIFT_LOG_ENV = "AUTH_OVERLAY_DRIFT_LOG"

#: (path, kind, value_type)
Finding = tuple[str, str, str]

_seen: set[tuple[str | None, str, str, str, str]] = set()
#: the same findings before scrubbing (what an answer holds; private, never printed)
_reported: set[tuple[str | None, str, str, str, str]] = set()
_seen_lock = threading.Lock()
#: findings kept from one answer (a vendor sending 20,000 data keys gives one record, not 20,000)
MAX_FINDINGS_PER_ANSWER = 50
#: distinct findings one process reports; past it the sentinel says so once and goes quiet
MAX_DISTINCT = 2000
_MAX_KEY = 80
_full: list[bool] = []  # non-empty once MAX_DISTINCT was reached (warned once)
_UNPRINTABLE = re.compile(r"[^\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]")


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


def key_text(key: object) -> str:
    """A vendor's key as a drift path may hold it: printable, short."""
    text = _UNPRINTABLE.sub("?", str(key))
    return text if len(text) <= _MAX_KEY else text[: _MAX_KEY - 1] + "…"


def report(
    settings: APISettings, operation: str, findings: list[Finding], scrubber: Callable[[], Scrubber] | None = None
) -> None:
    """Emit each finding once per process (and append it to the drift log when one is set).

    ``scrubber`` (made only when a finding is new) removes what the request carried from its
    path: the common case, a finding seen before, costs one set lookup."""
    if len(findings) > MAX_FINDINGS_PER_ANSWER:
        findings = [*findings[:MAX_FINDINGS_PER_ANSWER], ("$", "too_many_findings", f"{len(findings)} in one answer")]
    clean: Scrubber | None = None
    for found_path, kind, value_type in findings:
        raw = (settings.provider, operation, found_path, kind, value_type)
        if raw in _reported:  # the common case, lock-free (a set lookup is atomic)
            continue
        path = found_path
        if scrubber is not None:
            clean = clean or scrubber()
            path = clean.text(found_path) or found_path
        key = (settings.provider, operation, path, kind, value_type)
        with _seen_lock:
            if raw in _reported:
                continue
            if len(_seen) >= MAX_DISTINCT:
                if not _full:
                    _full.append(True)
                    logger.warning("the drift sentinel recorded %d distinct findings; it reports no more", MAX_DISTINCT)
                return
            _reported.add(raw)
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
    # No symlink followed (it could point anywhere), never blocked (a FIFO without a reader
    # would hold the call, and an event loop with it), only a regular file written.
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK
    try:
        fd = os.open(target, flags, 0o600)
    except OSError as exc:
        logger.warning("cannot append to %s=%s: %s", DRIFT_LOG_ENV, target, exc.strerror)
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            logger.warning("cannot append to %s=%s: not a regular file", DRIFT_LOG_ENV, target)
            return
        os.write(fd, line.encode("utf-8"))  # one write of one line: O_APPEND keeps lines whole
    except OSError as exc:
        logger.warning("cannot append to %s=%s: %s", DRIFT_LOG_ENV, target, exc.strerror)
    finally:
        os.close(fd)


def seen() -> list[tuple[str | None, str, str, str, str]]:
    """What this process reported so far: (provider, operation, path, kind, value_type)."""
    with _seen_lock:
        return sorted(_seen, key=repr)


def forget() -> None:
    """Start deduplicating afresh (tests)."""
    with _seen_lock:
        _seen.clear()
        _reported.clear()
        _full.clear()


# -- walking a parsed answer -------------------------------------------------------------------

_FROM_DICT_KEY = re.compile(r'^\s*_?(\w+) = .*?d\.pop\("([^"]+)"', re.MULTILINE)
_PRIMITIVES: dict[type, tuple[type, ...]] = {
    int: (int,),
    float: (int, float),
    bool: (bool,),
    str: (str,),
    # decoded by from_dict already (a bad one raised there): only the exact type is left to see
    datetime.datetime: (datetime.datetime,),
    datetime.date: (datetime.date,),
}
#: how many clean signatures a model class remembers (the combinations of unset fields and enum
#: values an API really sends are few; the cap only bounds a hostile vendor)
_MAX_CLEAN = 4096


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """All of a model's fields of one sort in one C call (``attrgetter`` of one name is not a tuple)."""
    if not names:
        return lambda value: ()
    if len(names) == 1:
        single = operator.attrgetter(names[0])
        return lambda value: (single(value),)
    return operator.attrgetter(*names)


@attrs.frozen
class _ModelPlan:
    """How to walk one generated model class, worked out once: exact-type checks, then children."""

    #: (JSON key, the exact Python types a JSON value of the right type decodes to), and their values
    scalars: tuple[tuple[str, frozenset[type]], ...]
    scalar_values: Callable[[Any], tuple[Any, ...]]
    #: (JSON key, ids of the enum's members), and their values: checked inline, the commonest child
    enums: tuple[tuple[str, frozenset[int]], ...]
    enum_values: Callable[[Any], tuple[Any, ...]]
    #: (attribute, JSON key) of fields holding models, lists or unions of them: walked
    children: tuple[tuple[str, str], ...]
    #: a schema without properties of its own: a map whose keys are data, not drift
    is_map: bool = False
    #: signatures (the scalar fields' types, the enum fields' member ids) already checked clean
    clean: set[tuple[object, ...]] = attrs.field(factory=set, eq=False)


_LEAVES = frozenset({str, int, float, bool, datetime.datetime, datetime.date, type(None)})
_plans: dict[type, _ModelPlan | frozenset[int] | None] = {}


def _model_plan(cls: Any) -> _ModelPlan:
    """A generated model's fields, their JSON keys (read from its ``from_dict``) and scalar types."""
    try:
        keys = dict(_FROM_DICT_KEY.findall(inspect.getsource(cls.from_dict)))
    except (OSError, TypeError):
        keys = {}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a forward reference the module only imports for type checking
        hints = {}
    scalars: list[tuple[str, str, frozenset[type]]] = []
    enums: list[tuple[str, str, frozenset[int]]] = []
    children: list[tuple[str, str]] = []
    fields = attrs.fields(cls)
    for field in fields:
        if field.name == "additional_properties":
            continue
        key = keys.get(field.name, field.name)
        hint = hints.get(field.name)
        allowed = _scalar(hint)
        enum_type = _enum(hint)
        if allowed is not None:
            scalars.append((field.name, key, allowed))
        elif enum_type is not None:
            enums.append((field.name, key, _member_ids(enum_type) | _absent_ids(hint)))
        else:
            children.append((field.name, key))
    return _ModelPlan(
        tuple((key, allowed) for _, key, allowed in scalars),
        _getter([name for name, _, _ in scalars]),
        tuple((key, known) for _, key, known in enums),
        _getter([name for name, _, _ in enums]),
        tuple(children),
        is_map=all(field.name == "additional_properties" for field in fields),
    )


def _options(hint: Any) -> tuple[Any, ...]:
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    return typing.get_args(hint) if union else (hint,)


def _enum(hint: Any) -> enum.EnumMeta | None:
    """The enum class of a field typed ``SomeEnum`` or ``SomeEnum | Unset``, else None."""
    options = [o for o in _options(hint) if o is not type(None) and getattr(o, "__name__", "") != "Unset"]
    return options[0] if len(options) == 1 and isinstance(options[0], enum.EnumMeta) else None


def _absent_ids(hint: Any) -> frozenset[int]:
    """Ids of the values an optional field holds when the vendor left it out: the package's
    ``UNSET`` singleton and None (both live as long as the process)."""
    ids = {id(None)}
    for option in _options(hint):
        if getattr(option, "__name__", "") == "Unset":
            unset = getattr(sys.modules.get(option.__module__), "UNSET", None)
            if unset is not None:
                ids.add(id(unset))
    return frozenset(ids)


def _member_ids(cls: Any) -> frozenset[int]:
    members: Any = cls.__members__.values()
    return frozenset(id(member) for member in members)


def _scalar(hint: Any) -> frozenset[type] | None:
    """The exact types a scalar field may hold (Unset and, when optional, None); None if not scalar."""
    allowed: set[type] = set()
    for option in _options(hint):
        if option is type(None) or getattr(option, "__name__", "") == "Unset":
            # A null in a field the vendor may leave out is tolerated, not reported.
            allowed |= {option, type(None)}
        elif option in _PRIMITIVES:
            allowed.update(_PRIMITIVES[option])
        else:
            return None  # a model, list, enum, datetime or union of them: walked, not type-checked
    return frozenset(allowed) or None


def _plan(cls: Any) -> _ModelPlan | frozenset[int] | None:
    if isinstance(cls, enum.EnumMeta):
        plan: _ModelPlan | frozenset[int] | None = _member_ids(cls)
    elif attrs.has(cls):
        plan = _model_plan(cls)
    else:
        plan = None
    _plans[cls] = plan
    return plan


def walk(value: object, path: str, found: list[Finding]) -> None:
    """Append what in a parsed answer the spec did not foresee. Hot path: keep it lean."""
    cls = type(value)
    if cls is list:
        inner = path + "[*]"
        for item in value:  # type: ignore[attr-defined]
            plan = _plans.get(type(item), False)
            if type(plan) is _ModelPlan:  # the common case, without a further call
                _walk_model(item, plan, inner, found)
            else:
                walk(item, inner, found)
        return
    plan = _plans[cls] if cls in _plans else _plan(cls)
    if plan is None:
        return
    if isinstance(plan, frozenset):  # an enum: its members' ids
        if id(value) not in plan:
            found.append((path, "unknown_enum_value", "string"))
        return
    _walk_model(value, plan, path, found)


def _walk_extras(extras: dict[str, Any], is_map: bool, path: str, found: list[Finding]) -> None:
    if is_map:  # the keys are data: walk the values (models, when the map declares them)
        inner = path + ".*"
        for extra in extras.values():
            if type(extra) not in _LEAVES and type(extra) is not dict and type(extra).__name__ != "Unset":
                walk(extra, inner, found)
        return
    for key, extra in extras.items():
        found.append((f"{path}.{key_text(key)}", "unknown_field", json_type(extra)))
        if len(found) > MAX_FINDINGS_PER_ANSWER:
            return


def _walk_model(value: Any, plan: _ModelPlan, path: str, found: list[Finding]) -> None:
    extras = value.additional_properties
    if extras:
        _walk_extras(extras, plan.is_map, path, found)
    scalars, enums = plan.scalar_values(value), plan.enum_values(value)
    # Fast path: this exact combination of field types and enum members was checked before.
    signature = (*map(type, scalars), *map(id, enums))
    if signature not in plan.clean:
        before = len(found)
        for item, (key, allowed) in zip(scalars, plan.scalars, strict=True):
            if type(item) not in allowed:
                found.append((f"{path}.{key}", "wrong_type", json_type(item)))
        for item, (key, known) in zip(enums, plan.enums, strict=True):
            if id(item) not in known and type(item).__name__ != "Unset":
                found.append((f"{path}.{key}", "unknown_enum_value", "string"))
        # Clean: only known members', None's and UNSET's ids (which live as long as the process).
        if len(found) == before and len(plan.clean) < _MAX_CLEAN:
            plan.clean.add(signature)
    for name, key in plan.children:
        item = getattr(value, name)
        if type(item) not in _LEAVES and type(item).__name__ != "Unset":
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
