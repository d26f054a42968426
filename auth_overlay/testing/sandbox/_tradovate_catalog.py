"""Every operation of Tradovate's published API, read from the generated client's sources.

The generated package ships in the same wheel as the sandbox (the vendored spec does not), and
each endpoint module states its method and path in one literal (``"method": "get", "url":
"/fill/list"``). Reading those literals, instead of importing 350 modules or keeping a hand
list, keeps the sandbox's 501 answers in step with every regeneration.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

_REQUEST_LITERAL = re.compile(r'"method":\s*"(?P<method>[a-z]+)",\s*"url":\s*"(?P<url>/[^"]*)"')


@dataclass(frozen=True, slots=True)
class Operation:
    method: str  # upper case, as on the wire
    path: str  # as the spec spells it, e.g. "/cashBalance/getcashbalancesnapshot"
    module: str  # e.g. "tradovate_client.api.orders.place_order"


@functools.cache
def operations() -> Mapping[str, tuple[Operation, ...]]:
    """Lower-cased path → the operations on it (the real service ignores path case)."""
    found: dict[str, list[Operation]] = {}
    api = resources.files("tradovate_client") / "api"
    for tag in sorted(api.iterdir(), key=lambda t: t.name):
        if not tag.is_dir() or tag.name.startswith("_"):
            continue
        for source in sorted(tag.iterdir(), key=lambda s: s.name):
            if not source.name.endswith(".py") or source.name.startswith("_"):
                continue
            module = f"tradovate_client.api.{tag.name}.{source.name.removesuffix('.py')}"
            match = _REQUEST_LITERAL.search(source.read_text(encoding="utf-8"))
            if match is None:  # the generator's template changed: say so instead of guessing
                raise RuntimeError(f"tradovate sandbox: no method/url literal in {module}")
            operation = Operation(match["method"].upper(), match["url"], module)
            found.setdefault(operation.path.lower(), []).append(operation)
    return {path: tuple(ops) for path, ops in found.items()}


def lookup(path: str) -> tuple[Operation, ...]:
    """The operations at ``path`` (below the ``/v1`` base), whatever its case; empty if none."""
    return operations().get(path.lower(), ())
