"""Keeping secrets out of vendor text before it is stored in an error.

A vendor may echo what it was sent: the client secret, a password, a refresh token, a
one-time code, the ``Authorization`` header. A :class:`Scrubber` knows every secret value of
one exchange (the credentials, the grant, the headers sent, and the tokens in the answer)
and removes each of them, in the forms a vendor is likely to echo, from any text.

Whatever the values, a credential the text itself labels (``refresh_token=…``,
``"access_token": "…"``, ``client_secret=…``, ``password=…``) loses its value: a vendor may
echo a token this exchange never sent (one the vendor issued, another client's).

A secret shorter than ``SHORT`` characters (``client_secret="s"``, a test's token ``"t"``) is
removed only where it stands alone, not inside a word: removed everywhere it would turn
"the token endpoint answered" into "the token end[redacted]oint an[redacted]wered …".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote, quote_plus

REDACTED = "[redacted]"
#: secrets shorter than this are matched as whole words only
SHORT = 8
_LABELLED = re.compile(
    r"""(?ix)
    (?P<name>\b(?:refresh|access|id|md_access)_?token|client_?secret|password|passwd)
    (?P<sep>\s*=\s*|["']?\s*:\s*["']?)
    (?P<value>[^&\s"',;}]{4,})
    """
)

# Field names that hold credentials or tokens, compared without case, '_' or '-'.
_SENSITIVE_PARTS = ("token", "secret", "password", "passwd", "ticket", "apikey", "credential", "cookie")
_NOT_SENSITIVE = ("tokentype", "expiresin", "tokenendpoint")


def is_sensitive_field(name: object) -> bool:
    """True for fields such as ``access_token``, ``mdAccessToken``, ``client_secret``, ``p-ticket``."""
    if not isinstance(name, str):
        return False
    folded = name.lower().replace("_", "").replace("-", "")
    return folded not in _NOT_SENSITIVE and any(part in folded for part in _SENSITIVE_PARTS)


def _forms(value: str) -> set[str]:
    """The value as sent, and as a form body, a URL, a JSON string or a Python repr would carry it."""
    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1], repr(value)[1:-1]}
    return {form for form in forms if form}


class Scrubber:
    """Removes known secret values from text; immutable, cheap to extend per answer."""

    __slots__ = ("_short", "_shorts", "_values")

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        values: set[str] = set()
        for secret in secrets:
            if secret:
                values |= _forms(secret)
        self._set(values)

    def _set(self, values: set[str]) -> None:
        # Longest first, so a secret that contains another is removed whole.
        ordered = sorted(values, key=len, reverse=True)
        self._values: tuple[str, ...] = tuple(value for value in ordered if len(value) >= SHORT)
        self._shorts: tuple[str, ...] = tuple(value for value in ordered if len(value) < SHORT)
        alternatives = "|".join(map(re.escape, self._shorts))
        self._short: re.Pattern[str] | None = (
            re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])") if self._shorts else None
        )

    def including(self, secrets: Iterable[str | None]) -> Scrubber:
        extended = Scrubber(secrets)
        extended._set({*self._values, *self._shorts, *extended._values, *extended._shorts})
        return extended

    def reveals(self, text: str) -> bool:
        """True when ``text`` holds any known secret."""
        return any(value in text for value in self._values) or (
            self._short is not None and self._short.search(text) is not None
        )

    def text(self, value: str | None) -> str | None:
        if value is None:
            return None
        for secret in self._values:
            if secret in value:
                value = value.replace(secret, REDACTED)
        if self._short is not None:
            value = self._short.sub(REDACTED, value)
        if "=" in value or ":" in value:
            value = _LABELLED.sub(_label_only, value)
        return value


def _label_only(match: re.Match[str]) -> str:
    if match["value"] == REDACTED or match["value"].startswith("["):
        return match.group()
    return f"{match['name']}{match['sep']}{REDACTED}"


def token_values(payload: Mapping[str, object] | None, depth: int = 3) -> list[str]:
    """Every string held under a sensitive field name of an answer (nested objects included)."""
    found: list[str] = []
    if not payload or depth <= 0:
        return found
    for key, value in payload.items():
        if isinstance(value, str) and is_sensitive_field(key):
            found.append(value)
        elif isinstance(value, Mapping):
            found.extend(token_values(value, depth - 1))
    return found


def header_secrets(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The credential parts of ``Authorization`` headers sent (the whole value, and after the scheme)."""
    found: list[str] = []
    for name, value in headers:
        if name.lower() in ("authorization", "proxy-authorization") and value:
            found.append(value)
            _, _, credential = value.partition(" ")
            if credential:
                found.append(credential.strip())
    return found
