"""How much work a vendor's document may cost: bytes are capped by the fetch, this caps the rest.

A 9 MB spec with 100,000 paths is under the byte cap, yet validating it takes minutes; a 3 KB
YAML file with nested aliases expands to gigabytes. So a document is measured before anything
expensive touches it — JSON values after YAML aliases are expanded, nesting depth, operations —
and refused with one line past these limits. Tradovate's published spec (the largest vendored,
350 operations) has about 30,000 values and a depth of 11: the limits leave room for 14 times
its operations (measured: 4,900 of them, 283,000 values, validate and compare in 52 s and
105 MiB on a 2-core machine; `benchmarks/bench_specwatch.py`), while a 100,000-path spec is
refused in under a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.core.errors import ToolError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class Limits:
    max_values: int = 500_000  # JSON values (objects, arrays, keys, scalars) after alias expansion
    max_depth: int = 100
    max_operations: int = 5_000


LIMITS = Limits()


class TooMuchWork(ToolError):
    """A document past a limit; the message names the limit and the size found."""


def measure(document: object, label: str, limits: Limits = LIMITS) -> int:
    """The number of JSON values in document (TooMuchWork past max_values or max_depth); iterative,
    so a deeply nested document cannot exhaust the stack here."""
    count, stack = 0, [(document, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > limits.max_depth:
            raise TooMuchWork(
                f"{label}: nested deeper than {limits.max_depth} levels; refused (see tools/parse/limits.py)"
            )
        if isinstance(node, dict):
            count += len(node)  # the keys
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
        if count > limits.max_values:
            raise TooMuchWork(
                f"{label}: more than {limits.max_values:,} JSON values; refused, the work would be unbounded "
                "(the limits and why: tools/parse/limits.py, README 'Watching upstream')"
            )
    return count


def operations(document: object) -> int:
    paths = document.get("paths") if isinstance(document, dict) else None
    if not isinstance(paths, dict):
        return 0
    return sum(1 for item in paths.values() if isinstance(item, dict) for method in HTTP_METHODS if method in item)


def check_work(document: object, label: str, limits: Limits = LIMITS) -> None:
    """TooMuchWork unless the document is within every limit (cheap: one walk, no validation)."""
    found = operations(document)
    if found > limits.max_operations:
        raise TooMuchWork(
            f"{label}: {found:,} operations, more than the {limits.max_operations:,} the watch takes on; refused "
            "(the limits and why: tools/parse/limits.py, README 'Watching upstream')"
        )
    measure(document, label, limits)
