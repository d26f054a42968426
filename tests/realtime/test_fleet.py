"""A fleet of processes, each with its own socket, on one vendor session (real processes, real time)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auth_overlay.testing.sandbox import Fault, Sandbox

pytestmark = [pytest.mark.fleet, pytest.mark.slow]

WORKER = Path(__file__).with_name("socket_worker.py")


def test_four_processes_with_a_socket_each_share_one_session(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.add_fault("tradovate", Fault.latency(0.1, times=None))  # logins overlap: the lease must hold
    creds = sandbox.credentials("tradovate")
    options = {
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "username": creds.username,
        "password": creds.password,
        "base_url": sandbox.base_url("tradovate"),
        "websocket_url": sandbox.websocket_url(),
        "cache": (tmp_path / "cache").as_uri(),
        "go": str(tmp_path / "go"),
    }
    processes = []
    for n in range(4):
        ready = tmp_path / f"ready-{n}"
        argument = json.dumps({**options, "ready": str(ready)})
        processes.append(
            subprocess.Popen(
                [sys.executable, str(WORKER), argument],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    try:
        deadline = time.monotonic() + 60
        while not all((tmp_path / f"ready-{n}").exists() for n in range(4)):
            assert time.monotonic() < deadline, "a worker did not start"
            assert all(p.poll() is None for p in processes), [
                p.communicate() for p in processes if p.poll() is not None
            ]
            time.sleep(0.01)
        (tmp_path / "go").touch()
        results = []
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
            results.append(json.loads(out))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    stats = sandbox.tradovate_stats()
    assert stats.logins == 1
    assert stats.sessions_closed_by_limit == 0
    sockets = sandbox.sockets.stats()
    assert sockets.authorized == {"trading": 4}
    assert len(set(sockets.authorized_with)) == 1  # every socket authorised with the one session's token
    assert len({r["fingerprint"] for r in results}) == 1
    assert all(r["accounts"] == r["synced_accounts"] == results[0]["accounts"] for r in results)
