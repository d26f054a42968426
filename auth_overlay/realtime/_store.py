"""User sync as a live store: the ``user/syncrequest`` snapshot, kept current by ``props`` events.

Entities are the generated models (``Order``, ``Position``, ``CashBalance`` …), by entity type
(``order``, as ``props`` name it) and id. The snapshot's keys and the models come from the
generated ``SyncMessage``: ``cashBalances`` ↔ ``cashBalance`` ↔ ``CashBalance``. What the spec
does not know is kept, not dropped, and reported once as ``ContractDrift`` (never the value):
an entity type it lacks is stored as plain JSON objects (``unknown_entity_type``); an entity
that does not fit its model is kept as its JSON object (``missing_field`` …); unknown fields
and enum values stay in the model as everywhere else (``additional_properties``,
``is_known``). An event type other than Created/Updated/Deleted updates, reported as drift.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from auth_overlay.api import _drift

Report = Callable[[str, list[_drift.Finding]], None]

EVENT_TYPES = frozenset({"Created", "Updated", "Deleted"})
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,63}$")
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError)


@attrs.frozen
class Change:
    """One entity created, updated or deleted, after the store reflects it."""

    entity_type: str
    event_type: str
    entity: Any  # the generated model, or the JSON object when the spec has no model for it
    id: int | None


@attrs.frozen(eq=False)
class Resync:
    """The store was replaced by a fresh snapshot (``reason``: ``reconnected``, or ``overflow`` when the
    consumer fell ``queue_size`` changes behind): changes in between were not seen; reconcile."""

    reason: str
    store: UserStore


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def singular(key: str) -> str:
    """``cashBalances`` → ``cashBalance``, ``currencies`` → ``currency``, ``accountRiskStatuses`` → …``Status``."""
    if key.endswith("ies"):
        return key[:-3] + "y"
    if key.endswith("uses"):
        return key[:-2]
    return key[:-1] if key.endswith("s") else key


@functools.cache
def entity_types() -> dict[str, tuple[str, str]]:
    """Entity type → (``SyncMessage`` attribute, snapshot JSON key), from the generated model."""
    from tradovate_client.models import SyncMessage

    found = {}
    for field in attrs.fields(SyncMessage):
        if field.name != "additional_properties":
            key = _camel(field.name)
            found[singular(key)] = (field.name, key)
    return found


@functools.cache
def model_of(entity_type: str) -> Any:
    """The generated model of an entity type (``cashBalance`` → ``CashBalance``), or None."""
    from tradovate_client import models

    return getattr(models, entity_type[:1].upper() + entity_type[1:], None) if entity_type in entity_types() else None


def safe_name(name: object) -> str:
    """A vendor-given name fit for a JSON path in a drift report (a name, never a value)."""
    return name if isinstance(name, str) and _NAME.match(name) else "?"


class UserStore:
    """The user's entities as the socket last heard of them. Read it; the socket writes it."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._entities: dict[str, dict[object, Any]] = {}
        self.snapshots = 0

    # -- reading ----------------------------------------------------------------------------------

    def of(self, entity_type: str) -> list[Any]:
        """Every entity of a type (``order``, ``position``, ``cashBalance``, ``fill`` …), in arrival order."""
        return list(self._entities.get(entity_type, {}).values())

    def get(self, entity_type: str, entity_id: int) -> Any:
        return self._entities.get(entity_type, {}).get(entity_id)

    @property
    def entity_types(self) -> list[str]:
        return sorted(self._entities)

    accounts = property(lambda self: self.of("account"))
    orders = property(lambda self: self.of("order"))
    fills = property(lambda self: self.of("fill"))
    positions = property(lambda self: self.of("position"))
    cash_balances = property(lambda self: self.of("cashBalance"))
    contracts = property(lambda self: self.of("contract"))
    users = property(lambda self: self.of("user"))

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(items)}" for name, items in sorted(self._entities.items()))
        return f"<UserStore {counts}>"

    # -- writing (the socket) ---------------------------------------------------------------------

    def replace(self, snapshot: Any) -> None:
        """A fresh snapshot (the generated ``SyncMessage``; keys the spec lacks from its extras)."""
        fresh: dict[str, dict[object, Any]] = {}
        for entity_type, (attribute, _) in entity_types().items():
            items = getattr(snapshot, attribute, None)
            if isinstance(items, list):
                fresh[entity_type] = _by_id(items)
        for key, items in (snapshot.additional_properties or {}).items():
            if isinstance(items, list):  # an entity type the spec lacks (reported by the drift walk already)
                fresh[singular(key)] = _by_id(items)
        self._entities = fresh
        self.snapshots += 1

    def merge(self, snapshot: Any) -> None:
        """A further part of a split snapshot (``splitResponses``)."""
        for entity_type, (attribute, _) in entity_types().items():
            items = getattr(snapshot, attribute, None)
            if isinstance(items, list) and items:
                self._entities.setdefault(entity_type, {}).update(_by_id(items))

    def apply(self, data: Any) -> list[Change]:
        """One ``props`` event's ``d`` → the changes it made, in order."""
        if not isinstance(data, dict):
            self._report("props", [("$", "invalid_value", _drift.json_type(data))])
            return []
        entity_type, event_type = data.get("entityType"), data.get("eventType")
        if not isinstance(entity_type, str):
            self._report("props", [("$.entityType", "missing_field", _drift.json_type(entity_type))])
            return []
        if event_type not in EVENT_TYPES:
            self._report("props", [("$.eventType", "unknown_enum_value", _drift.json_type(event_type))])
        raw = data.get("entity")
        items = raw if isinstance(raw, list) else [raw]
        return [self._apply_one(entity_type, str(event_type), item) for item in items if isinstance(item, dict)]

    def _apply_one(self, entity_type: str, event_type: str, raw: dict[str, Any]) -> Change:
        entity = self._model(entity_type, raw)
        entity_id = raw.get("id") if isinstance(raw.get("id"), int) else None
        table = self._entities.setdefault(entity_type, {})
        if entity_id is not None:
            if event_type == "Deleted":
                table.pop(entity_id, None)
            else:
                table[entity_id] = entity
        return Change(entity_type, event_type, entity, entity_id)

    def _model(self, entity_type: str, raw: dict[str, Any]) -> Any:
        model = model_of(entity_type)
        path = f"$.{safe_name(entity_type)}"
        if model is None:
            self._report("props", [(path, "unknown_entity_type", "object")])
            return raw
        try:
            parsed = model.from_dict(raw)
        except _PARSE_ERRORS as exc:
            found = _drift.diagnose(raw, exc)
            self._report("props", [(path + found[0][1:], found[1], found[2])])
            return raw
        findings: list[_drift.Finding] = []
        _drift.walk(parsed, path, findings)
        if findings:
            self._report("props", findings)
        return parsed


def _by_id(items: list[Any]) -> dict[object, Any]:
    table: dict[object, Any] = {}
    for index, item in enumerate(items):
        entity_id = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
        table[entity_id if isinstance(entity_id, int) else ("no-id", index)] = item
    return table
