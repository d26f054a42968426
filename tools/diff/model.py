"""The records a diff is made of: a ``Change`` a client could notice, a ``Field`` of a schema."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["request", "response"]
FieldPath = tuple[str, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Deep enough for real payloads, shallow enough that odd documents can't blow up the output.
MAX_DEPTH = 12
ITEMS = "[]"
MAP_VALUES = "*"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference a client could notice."""

    operation: str  # "POST /oauth2/token"; "" for the whole document (servers)
    where: str  # "request body application/json", "response 200 application/json", ...
    kind: str  # a stable tag for tests and tools: "field-removed", "enum-value-added", ...
    subject: str  # the field path, parameter, status, URL or value concerned
    detail: str  # readable fragment: "field 'expires_in' removed"
    breaking: bool
    why: str = ""  # for breaking changes: what goes wrong in a client


@dataclass(frozen=True, slots=True)
class Field:
    """What a client cares about in one schema position."""

    type: str
    required: bool
    nullable: bool
    enum: tuple[str, ...] | None  # JSON-encoded values, so 1 and "1" stay different
