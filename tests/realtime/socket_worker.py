"""A fleet member for the real-time fleet test: one process, one trading socket, on the fleet's session.

Run as a script (``python socket_worker.py '<json options>'``) from a folder outside the checkout,
so it imports the installed package as a user's service would. Prints one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from tradovate_client.api.accounting import account_list

from auth_overlay import TokenAuth


def wait_for_the_start(options: dict[str, Any]) -> None:
    """Before the event loop runs: say ready, then wait until every worker may start together."""
    ready, go = Path(options.pop("ready")), Path(options.pop("go"))
    ready.touch()
    deadline = time.monotonic() + 60
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("start signal never came")
        time.sleep(0.002)


async def run(auth: TokenAuth[Any]) -> dict[str, Any]:
    async with auth.socket() as ws:
        store = await ws.sync(entity_types=["account", "order"])
        accounts = await ws.call(account_list.asyncio)
    return {
        "accounts": [a.id for a in accounts],
        "synced_accounts": [a.id for a in store.accounts],
        "fingerprint": auth.get_token().fingerprint,
    }


if __name__ == "__main__":
    settings = json.loads(sys.argv[1])
    fleet_auth = TokenAuth.for_provider("tradovate", **{k: v for k, v in settings.items() if k not in ("ready", "go")})
    wait_for_the_start(settings)
    print(json.dumps(asyncio.run(run(fleet_auth))))
