"""Charts and replay in the sandbox's socket server: chart ids, ``md/cancelChart``, the replay clock."""

from __future__ import annotations

import asyncio
import itertools
import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from auth_overlay._core._durations import vendor_instant

from . import _socket_md as md
from ._socket_options import SocketOptions

if TYPE_CHECKING:
    from ._socket_session import Session


class ChartsAndReplay:
    options: SocketOptions

    def __init__(self) -> None:
        self._chart_ids = itertools.count(7001, 2)
        self._charts: dict[int, int] = {}  # realtime and historical id → realtime id

    def new_chart_ids(self) -> tuple[int, int]:
        historical = next(self._chart_ids)
        self._charts[historical] = self._charts[historical + 1] = historical + 1
        return historical, historical + 1

    def chart_ids(self, subscription_id: object) -> list[int]:
        """``md/cancelChart`` takes the realtime id (the docs) or the historical one (an example): both work."""
        realtime = self._charts.get(subscription_id) if isinstance(subscription_id, int) else None
        return [realtime] if realtime is not None else []

    def replay(self, session: Session, action: str, body: dict[str, Any]) -> tuple[int, Any]:
        if action == "checkreplaysession":
            return _check_replay(body)
        if action in ("initializeclock", "changespeed"):
            speed = body.get("speed")
            if not isinstance(speed, int) or isinstance(speed, bool) or not 0 <= speed <= 400:
                return 400, "speed must be an integer from 0 to 400"
            start = vendor_instant(body.get("startTimestamp")) if action == "initializeclock" else None
            if action == "initializeclock" and start is None:
                return 400, "startTimestamp is required"
            session.replay_speed = speed
            if start is not None:
                old = session.streams.pop("clock", None)
                if old is not None:
                    old.cancel()
                session.streams["clock"] = asyncio.create_task(self._clock(session, start))
            return 200, {"ok": True}
        return 404, f"Unknown operation replay/{action}"

    async def _clock(self, session: Session, start: datetime) -> None:
        moment = start
        while True:
            await session.send("a" + json.dumps([{"e": "clock", "d": md.clock(moment, session.replay_speed)}]))
            interval = self.options.quote_interval
            await asyncio.sleep(interval)
            moment += timedelta(seconds=interval * session.replay_speed)


def _check_replay(body: dict[str, Any]) -> tuple[int, Any]:
    """Sessions start on a whole minute from 2017 to now: other starts are adjusted, or ineligible."""
    start = vendor_instant(body.get("startTimestamp"))
    if start is None:
        return 400, "startTimestamp is required"
    if start < datetime(2017, 1, 1, tzinfo=UTC) or start > datetime.now(UTC):
        return 200, {"checkStatus": "Ineligible"}
    adjusted = start.replace(second=0, microsecond=0)
    status = "OK" if adjusted == start else "StartTimestampAdjusted"
    return 200, {"checkStatus": status, "startTimestamp": adjusted.isoformat().replace("+00:00", "Z")}
