"""The Python names an operation gets from the pinned generator, so a diff can tell a restyle
from a rename: ``accountList`` → ``account-list`` leaves ``api.accounting.account_list`` as it
is; ``accountList`` → ``listAccounts`` does not.

openapi-python-client 0.29.1 names an endpoint module ``PythonIdentifier(operationId)`` (or,
without one, ``PythonIdentifier(f"{method}_{path}")``) inside the package of its first tag,
``PythonIdentifier(tag, prefix="tag")`` ("default" without tags); the inline models of its
bodies and responses are named from the same identifier. The generator's own functions are
called (its ``strings`` module), so the rule cannot drift from the generator; where it is not
installed the names are unknown and any operationId change counts as a rename.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import Any

FIELD_PREFIX = "field_"  # the generator's default `field_prefix`; openapi/generator.yaml keeps it


@cache
def _strings() -> Any:
    try:
        return importlib.import_module("openapi_python_client.strings")
    except ImportError:
        return None


def module_path(operation: Mapping[str, object], method: str, path: str) -> str | None:
    """``api.<tag>.<module>`` as the generator writes it for this operation, or None if unknown."""
    strings = _strings()
    if strings is None:
        return None
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and operation_id:
        name = strings.PythonIdentifier(operation_id, prefix=FIELD_PREFIX)
    else:
        unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
        name = strings.PythonIdentifier(f"{method}_{unsafe}", prefix=FIELD_PREFIX)
    tags = operation.get("tags")
    first = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else "default"
    return f"api.{strings.PythonIdentifier(first, prefix='tag')}.{name}"
