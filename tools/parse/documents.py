"""The one parse of what a vendor serves: JSON or YAML, strictly, within the limits.

JSON: no NaN or Infinity (not JSON; no other tool would read the vendored spec), no duplicate
keys (``json.loads`` would keep the last and silently drop part of the spec). YAML: the same,
and before anything is built the node graph is measured with every alias expanded, so a
"billion laughs" file or an alias that contains itself (``x-loop: &loop [*loop]``) is refused
in milliseconds instead of expanding into gigabytes or a structure no JSON writer can end;
timestamps stay strings (``version: 2024-01-01`` is a version, not a date) and keys become
JSON's strings (``200:`` is the status "200"). Every failure is a ``DocumentError``, one line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Iterator
from typing import Any, NoReturn

import yaml

from tools.core.errors import ToolError, one_line
from tools.parse.limits import LIMITS, Limits, TooMuchWork


class DocumentError(ToolError):
    """Not a document this tooling reads; the message says where and why."""


class AliasLoop(DocumentError):
    """A YAML alias that contains itself: no finite document has that shape."""


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


def load_json(data: bytes | str, label: str) -> object:
    try:
        return json.loads(data, parse_constant=reject_constant, object_pairs_hook=reject_duplicates)
    except RecursionError:
        raise DocumentError(f"{label}: JSON nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, the rejections above
        raise DocumentError(f"{label}: not valid JSON ({one_line(str(exc))[:200]})") from None


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without timestamps, refusing duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: the base class says so
                break
            if duplicate:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(data: bytes | str, label: str, limits: Limits = LIMITS) -> object:
    loader = _StrictLoader(data)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_graph(node, label, limits)
        value = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise DocumentError(f"{label}: not valid YAML ({one_line(str(exc))[:200]})") from None
    except RecursionError:
        raise DocumentError(f"{label}: YAML nested too deeply") from None
    finally:
        loader.dispose()
    return _as_json(value, label)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _check_graph(root: yaml.Node, label: str, limits: Limits) -> None:
    """The size and depth the node graph has once every alias is expanded, computed once per node
    (aliases share nodes, so a billion laughs costs a few dozen steps), without recursion."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            children = list(_children(node))
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            if size[key] > limits.max_values:
                raise TooMuchWork(
                    f"{label}: its YAML aliases expand to more than {limits.max_values:,} values; refused "
                    "(an alias bomb? the limits: tools/parse/limits.py)"
                )
            if depth[key] > limits.max_depth:
                raise TooMuchWork(f"{label}: nested deeper than {limits.max_depth} levels; refused")
            continue
        if key in size:
            continue
        on_path.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                line = child.start_mark.line + 1 if child.start_mark else "?"
                raise AliasLoop(f"{label}: a YAML alias contains itself (line {line}); refused")
            if id(child) not in size:
                stack.append((child, False))


def _as_json(value: object, label: str) -> object:
    """YAML's values as JSON's: keys as strings, and a refusal for what JSON cannot hold."""
    if isinstance(value, dict):
        return {_key(k): _as_json(v, label) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v, label) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        raise DocumentError(f"{label}: {value!r} is not a JSON number")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise DocumentError(f"{label}: a YAML {type(value).__name__} value has no JSON form")


def _key(key: object) -> str:
    return key if isinstance(key, str) else json.dumps(key)
