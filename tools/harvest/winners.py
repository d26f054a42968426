"""openapi/<vendor>/harvest.yaml: which page wins where two pages define one thing differently.

A conflict stops a harvest (tools/harvest/merge.py) unless this small file, beside the overlay,
declares the winner, each entry with its reason — a decision a reviewer can read, like an
overlay action::

    winners:
      - pointer: /components/schemas/Customer      # as the conflict names it
        page: https://docs.example.com/api-reference/customers/schemas
        reason: the models page has the current shape; the customers page lags behind

An entry whose conflict is gone is an error (the file must stay true), as is an entry without
a reason or naming a page that does not define the pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.core.errors import ToolError
from tools.parse.documents import load_yaml

WINNERS_NAME = "harvest.yaml"


@dataclass(frozen=True, slots=True)
class Winner:
    pointer: str
    page: str
    reason: str


def load_winners(path: Path) -> dict[str, Winner]:
    """pointer → its declared winner; an absent file declares none."""
    if not path.exists():
        return {}
    where = f"{path.parent.name}/{path.name}"
    try:
        document = load_yaml(path.read_bytes(), where)
    except OSError as exc:
        raise ToolError(f"{where}: cannot read ({exc.strerror or exc})") from None
    entries = document.get("winners") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ToolError(f"{where}: must be a mapping with a 'winners' list")
    found: dict[str, Winner] = {}
    for index, entry in enumerate(entries, 1):
        fields = entry if isinstance(entry, dict) else {}
        pointer, page, reason = (fields.get(k) for k in ("pointer", "page", "reason"))
        if not (isinstance(pointer, str) and pointer.startswith("/")):
            raise ToolError(f"{where}: winner {index}: 'pointer' must be a JSON pointer such as /components/schemas/X")
        if not (isinstance(page, str) and page.startswith(("https://", "http://"))):
            raise ToolError(f"{where}: winner {index} ({pointer}): 'page' must be the winning page's URL")
        if not (isinstance(reason, str) and reason.strip()):
            raise ToolError(f"{where}: winner {index} ({pointer}): 'reason' must say why this page wins")
        if pointer in found:
            raise ToolError(f"{where}: winner {index}: {pointer} is declared twice")
        found[pointer] = Winner(pointer, page.removesuffix(".md"), reason.strip())
    return found
