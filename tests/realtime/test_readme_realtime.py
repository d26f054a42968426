"""The README's "Real time" examples run unchanged against the sandbox and its sockets.

Only ``auth`` is supplied (an auth pointed at the sandbox); every line of the two blocks is
executed as the README prints it, each ``asyncio.run`` on a real event loop of its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from auth_overlay import TokenAuth
from auth_overlay.testing.sandbox import Sandbox

README = Path(__file__).parents[2] / "README.md"


def realtime_blocks() -> tuple[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Real time", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 2, "the Real time section shows one user-sync and one quotes example"
    sync, quotes = blocks
    assert "await ws.sync(" in sync
    assert "md.quotes(" in quotes
    return sync, quotes


@pytest.fixture
def namespace(auth: TokenAuth[Any]) -> dict[str, Any]:
    return {"auth": auth, "__name__": "readme"}


def test_the_user_sync_example_prints_the_fill_as_it_arrives(
    sandbox: Sandbox, namespace: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    sync, _ = realtime_blocks()
    exec(compile(sync, "README.md", "exec"), namespace)
    lines = capsys.readouterr().out.splitlines()
    assert [" ".join(line.split()[:2]) for line in lines[:-1]] == [
        "Created order",
        "Updated order",
        "Created fill",
    ]
    assert lines[-1] == "[(3570919, 1)]"
    assert sandbox.sockets.stats().requests["order/placeorder"] == 1


def test_the_quotes_example_prints_three_typed_quotes(
    sandbox: Sandbox, namespace: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    _, quotes = realtime_blocks()
    exec(compile(quotes, "README.md", "exec"), namespace)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("3570919 PriceSize(price=") for line in lines)
    stats = sandbox.sockets.stats().requests
    assert stats["md/subscribequote"] == stats["md/unsubscribequote"] == 1
