"""Suite-wide rules.

Under ``CI=true`` a skipped test is a failure: a skip is only for a user's machine that
lacks an optional system part (redis-server), never a way for CI to pass without testing.
"""

from __future__ import annotations

import os

import pytest


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if _ci() and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped under CI=true, which counts as a failure: {reason}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Markers by where a test lives and what it needs.

    ``fleet``: real process fleets (``-m fleet`` selects them; they run in the one parallel run,
    their lifetimes on a shared clock, failovers on real time); ``slow``: the fleets, plus tests that regenerate clients
    or run the CLI and demo as processes (``nox -s tests -- -m "not slow"`` is the fast inner
    loop); ``redis``: needs a real redis-server.
    """
    for item in items:
        path = item.path.as_posix()
        if "/tests/fleet/" in path:
            item.add_marker(pytest.mark.fleet)
            item.add_marker(pytest.mark.slow)
        elif "/tests/tooling/" in path or path.endswith(("/tests/core/test_demo.py", "/tests/core/test_cli.py")):
            item.add_marker(pytest.mark.slow)
        param_id = item.callspec.id if isinstance(item, pytest.Function) and hasattr(item, "callspec") else ""
        if any(name.startswith("redis") for name in getattr(item, "fixturenames", ())) or "redis" in param_id:
            item.add_marker(pytest.mark.redis)
