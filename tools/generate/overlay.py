"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI description.

Follows https://spec.openapis.org/overlay/v1.0.0: actions are applied in order, each to
the result of the one before; ``target`` is an RFC 9535 JSONPath query (evaluated by the
``jsonpath-rfc9535`` library); ``update`` is merged recursively into every selected object
(properties of the update replace primitives, merge into objects, and append to arrays)
or appended as one entry to every selected array; ``remove: true`` removes every selected
node from the object or array that holds it, and wins over ``update``.

One deliberate strictness beyond the specification, which allows a query to select
nothing: here an action whose target selects nothing is an error. A repair that no longer
applies means the vendor changed the spec under it, and a person must look.

No library on PyPI fit (checked 2026-12): ``oas-patch`` applies overlays but silently skips
targets that select nothing and pulls in a template engine; this module is the small part
needed, tested on the specification's own examples (tests/tooling/test_overlay.py).
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml

SUPPORTED_VERSION = re.compile(r"^1\.0\.\d+$")  # the patch version must not matter (spec §Versions)


class OverlayError(Exception):
    """An overlay that cannot be read or applied; the message is one line naming where."""


@dataclass(frozen=True, slots=True)
class Action:
    index: int  # 1-based, as a person counts them in the file
    target: str
    description: str
    update: Any
    remove: bool

    @property
    def label(self) -> str:
        said = f" ({self.description.strip().splitlines()[0]})" if self.description.strip() else ""
        return f"action {self.index}{said}"


@dataclass(frozen=True, slots=True)
class Overlay:
    title: str
    version: str
    extends: str | None
    actions: tuple[Action, ...]
    sha256: str  # of the file's bytes


def load_overlay(path: Path, label: str | None = None) -> Overlay:
    """Read and check an Overlay 1.0 document (YAML or JSON)."""
    where = label or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OverlayError(f"{where}: cannot read ({exc.strerror or exc})") from None
    try:
        document = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        raise OverlayError(f"{where}: not valid YAML ({reason})") from None
    return parse_overlay(document, where, hashlib.sha256(data).hexdigest())


def parse_overlay(document: object, where: str, sha256: str = "") -> Overlay:
    if not isinstance(document, dict):
        raise OverlayError(f"{where}: an overlay must be an object")
    version = document.get("overlay")
    if not isinstance(version, str) or not SUPPORTED_VERSION.match(version):
        raise OverlayError(f"{where}: 'overlay' must be a 1.0.x version string, not {version!r}")
    info = document.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str) or not isinstance(info.get("version"), str):
        raise OverlayError(f"{where}: 'info' must be an object with string 'title' and 'version'")
    extends = document.get("extends")
    if extends is not None and not isinstance(extends, str):
        raise OverlayError(f"{where}: 'extends' must be a string")
    unknown = _unknown(document, {"overlay", "info", "extends", "actions"})
    if unknown:
        raise OverlayError(f"{where}: unknown field(s) {', '.join(unknown)}")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayError(f"{where}: 'actions' must be a list of at least one action")
    actions = tuple(_parse_action(raw, index, where) for index, raw in enumerate(raw_actions, 1))
    return Overlay(info["title"], info["version"], extends, actions, sha256)


def _parse_action(raw: object, index: int, where: str) -> Action:
    if not isinstance(raw, dict):
        raise OverlayError(f"{where}: action {index} must be an object")
    target, description = raw.get("target"), raw.get("description", "")
    if not isinstance(target, str) or not target:
        raise OverlayError(f"{where}: action {index} needs a 'target' JSONPath string")
    if not isinstance(description, str):
        raise OverlayError(f"{where}: action {index}: 'description' must be a string")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayError(f"{where}: action {index}: 'remove' must be true or false")
    unknown = _unknown(raw, {"target", "description", "update", "remove"})
    if unknown:
        raise OverlayError(f"{where}: action {index}: unknown field(s) {', '.join(unknown)}")
    if not remove and "update" not in raw:
        raise OverlayError(f"{where}: action {index} has neither 'update' nor 'remove: true'")
    try:
        jsonpath_rfc9535.compile(target)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{where}: action {index}: target {target!r} is not RFC 9535 JSONPath ({exc})") from None
    return Action(index, target, description, raw.get("update"), remove)


def _unknown(fields: dict[str, object], known: set[str]) -> list[str]:
    """Field names that are neither fixed fields nor specification extensions (``x-``)."""
    return sorted(str(k) for k in fields if k not in known and not str(k).startswith("x-"))


def apply_overlay(document: Mapping[str, Any], overlay: Overlay, where: str) -> dict[str, Any]:
    """A new document: `document` with every action applied in order (the input is untouched)."""
    result: dict[str, Any] = copy.deepcopy(dict(document))
    for action in overlay.actions:
        nodes = jsonpath_rfc9535.find(action.target, result)
        if not nodes:
            raise OverlayError(f"{where}: {action.label}: target {action.target} matches nothing")
        if action.remove:
            _remove(result, [node.location for node in nodes], action, where)
        else:
            for node in nodes:
                _update(node.value, action, where)
    return result


def _remove(root: dict[str, Any], locations: list[tuple[str | int, ...]], action: Action, where: str) -> None:
    if () in locations:
        raise OverlayError(f"{where}: {action.label}: cannot remove the document root")
    # Deepest and last first: removing an array entry must not shift the ones still to go,
    # and a node inside another removed node is gone with it either way.
    for location in sorted(set(locations), reverse=True):
        parent: Any = root
        for step in location[:-1]:
            parent = parent[step]
        del parent[location[-1]]


def _update(node: object, action: Action, where: str) -> None:
    if isinstance(node, list):
        node.append(copy.deepcopy(action.update))
    elif isinstance(node, dict):
        if not isinstance(action.update, dict):
            raise OverlayError(f"{where}: {action.label}: the target is an object, so 'update' must be one")
        merge(node, action.update)
    else:
        raise OverlayError(
            f"{where}: {action.label}: target {action.target} selects a {type(node).__name__}; "
            "select the object that holds it"
        )


def merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """The Overlay 1.0 recursive merge: objects merge, arrays are appended to, the rest replaces."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def apply_overlay_leniently(
    document: Mapping[str, Any], overlay: Overlay, where: str
) -> tuple[dict[str, Any], list[Action]]:
    """Like apply_overlay, but an action whose target selects nothing is skipped and returned,
    so a watch can report every repair that no longer applies, not only the first."""
    result: dict[str, Any] = copy.deepcopy(dict(document))
    vanished: list[Action] = []
    for action in overlay.actions:
        nodes = jsonpath_rfc9535.find(action.target, result)
        if not nodes:
            vanished.append(action)
        elif action.remove:
            _remove(result, [node.location for node in nodes], action, where)
        else:
            for node in nodes:
                _update(node.value, action, where)
    return result, vanished
