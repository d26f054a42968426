"""Values that must never be printed: client secrets, passwords, tokens."""

from __future__ import annotations

import hashlib
from typing import Final, final


def fingerprint(value: str) -> str:
    """A short, stable, one-way identifier for logs: the first 12 hex digits of SHA-256."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


@final
class Secret:
    """A string that redacts itself in ``repr``, ``str``, f-strings and tracebacks.

    Equality compares the hidden values so configuration objects stay comparable, and
    ``reveal()`` is the one place the value comes out: grep for it to audit every use.
    """

    __slots__ = ("_value",)
    _value: str
    _MASK: Final = "**********"

    def __init__(self, value: str) -> None:
        object.__setattr__(self, "_value", value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Secret is immutable")

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{self._MASK}')"

    def __str__(self) -> str:
        return self._MASK

    def __format__(self, spec: str) -> str:
        return self._MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        return (Secret, (self._value,))


def as_secret(value: str | Secret | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value)
