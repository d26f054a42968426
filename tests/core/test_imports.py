"""Importing auth_overlay loads only what is used: the cost is counted in modules, not timed.

Each check runs in a fresh interpreter (``sys.modules`` of this one is full of everything).
The figures themselves are in ``benchmarks/bench_import.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import auth_overlay
from auth_overlay import errors

_HEAVY = (
    "asyncio",
    "filelock",
    "redis",
    "cryptography",
    "auth_overlay._flow",
    "auth_overlay._caches._file",
    "auth_overlay._caches._redis",
    "auth_overlay.api",
    "auth_overlay.testing",
    "tradevest_client",
    "tradovate_client",
    "alternative_payments_client",
)


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in _HEAVY if m in modules)


def test_importing_the_package_loads_no_flow_no_cache_backend_no_asyncio_and_no_vendor() -> None:
    modules = _loaded_after("import auth_overlay")
    assert _heavy(modules) == []
    assert not any(m.startswith("auth_overlay.vendors.") for m in modules)


def test_the_class_a_user_imports_first_is_as_light() -> None:
    modules = _loaded_after("from auth_overlay import TokenAuth, RetryPolicy, errors")
    assert _heavy(modules) == []


def test_a_sync_process_on_the_default_cache_never_loads_asyncio_filelock_or_the_other_vendors() -> None:
    modules = _loaded_after(
        "from auth_overlay import TokenAuth\n"
        "auth = TokenAuth.for_provider('tradevest', client_id='id', client_secret='secret')"
    )
    assert "auth_overlay._flow._manager" in modules  # the flow is built by for_provider
    assert "auth_overlay.vendors.tradevest" in modules
    assert _heavy(modules) == ["auth_overlay._flow", "tradevest_client"]  # the exchange speaks through it
    assert not {"auth_overlay.vendors.tradovate", "auth_overlay.vendors.alternative_payments"} & modules


def test_a_file_cache_loads_filelock_only_when_asked_for(tmp_path: object) -> None:
    modules = _loaded_after(f"from auth_overlay import FileTokenCache\nFileTokenCache({str(tmp_path)!r})")
    assert "filelock" in modules
    assert "redis" not in modules


def test_every_public_name_resolves_and_the_lazy_table_matches_all() -> None:
    lazy = set(auth_overlay._LAZY)
    assert lazy | {"__version__"} | set(errors.__all__) == set(auth_overlay.__all__)
    for name in auth_overlay.__all__:
        assert getattr(auth_overlay, name) is not None
    assert set(auth_overlay.__all__) <= set(dir(auth_overlay))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        auth_overlay.Nope  # noqa: B018
