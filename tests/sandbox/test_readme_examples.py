"""Every Python block of the README runs against the sandbox and passes ``mypy --strict`` (issue 19).

Running: the blocks are executed in order in one namespace, as a reader pastes them; each
top-level ``auth = TokenAuth.for_provider("<vendor>", …)`` statement is swapped for an auth of
that vendor pointed at the sandbox (keeping its ``on_event=``), and a block that uses ``auth``
without building it gets the sandbox's Tradovate auth, so no block reaches a vendor's host. What
a block only defines (the async ``trade``, the pytest test) is then called with the sandbox.

Type checking: ``nox -s typecheck`` runs ``mypy --strict`` on the blocks as modules
(``tests/typing/readme_blocks.py`` writes them), with the project's warm mypy cache.
"""

from __future__ import annotations

import ast
import asyncio
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from tradovate_client.api.positions import position_list

from auth_overlay import errors
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

# The blocks as mypy sees them are written by tests/typing/readme_blocks.py (``nox -s typecheck``
# checks them with mypy --strict); this file runs the same blocks.
_spec = importlib.util.spec_from_file_location(
    "readme_blocks", Path(__file__).parents[1] / "typing" / "readme_blocks.py"
)
assert _spec is not None
assert _spec.loader is not None
readme_blocks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readme_blocks)
python_blocks = readme_blocks.python_blocks
_auth_call = readme_blocks.auth_call
uses_auth_without_building_it = readme_blocks.uses_auth_without_building_it


def for_the_sandbox(source: str) -> ast.Module:
    """The block with each ``auth = TokenAuth.for_provider(...)`` pointed at the sandbox."""
    tree = ast.parse(source)
    for index, node in enumerate(tree.body):
        call = _auth_call(node)
        if call is None:
            continue
        provider = call.args[0]
        assert isinstance(provider, ast.Constant), "an auth's provider is a literal in the README"
        keep = [k for k in call.keywords if k.arg == "on_event"]
        replacement = ast.parse(f"auth = __sandbox_auth__({provider.value!r})").body[0]
        assert isinstance(replacement, ast.Assign)
        assert isinstance(replacement.value, ast.Call)
        replacement.value.keywords = keep
        tree.body[index] = ast.fix_missing_locations(ast.copy_location(replacement, node))
    return tree


def test_every_block_runs_against_the_sandbox(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    def sandbox_auth(provider: str, **options: Any) -> Any:
        if provider == "tradovate":
            creds = sandbox.credentials("tradovate")
            options.update(username=creds.username, password=creds.password)
        return sandbox_token_auth(sandbox, provider, **options)

    sandbox.sockets  # noqa: B018 (started on first use; sandbox_token_auth then fills in the socket URLs)
    namespace: dict[str, Any] = {"__name__": "readme", "__sandbox_auth__": sandbox_auth}
    ran = 0
    for block in python_blocks():
        if uses_auth_without_building_it(block):  # "the auth of the blocks above": Tradovate's
            namespace["auth"] = sandbox_auth("tradovate")
        exec(compile(for_the_sandbox(block), "README.md", "exec"), namespace)
        ran += 1
    assert ran >= 7

    # What the blocks only define, called as their reader would (``trade`` with the Tradovate
    # auth it was written beside; the OpenTelemetry block rebinds ``auth`` to another vendor).
    namespace["auth"] = sandbox_auth("tradovate")
    asyncio.run(namespace["trade"]("MESZ6"))
    sandbox.reset()
    namespace["test_my_service"](sandbox_auth, sandbox)
    printed = capsys.readouterr().out
    assert "UnknownReason" in printed  # the errors block caught the in-band refusal
    trading = sandbox_auth("tradovate").client()
    assert position_list.sync(client=trading) == []  # reset after the trades


def test_the_errors_block_raises_one_typed_error_for_a_refusal(sandbox: Sandbox) -> None:
    [block] = [b for b in python_blocks() if "except errors.VendorRejectedError" in b]
    assert "api.call" not in block
    assert ".sync(client=" in block
    creds = sandbox.credentials("tradovate")
    auth = sandbox_token_auth(sandbox, "tradovate", username=creds.username, password=creds.password)
    namespace: dict[str, Any] = {"auth": auth, "__name__": "readme"}
    source = block.replace("except errors.VendorRejectedError", "except errors.ConfigurationError")
    with pytest.raises(errors.VendorRejectedError):
        exec(compile(source, "README.md", "exec"), namespace)


def test_the_typecheck_session_checks_every_block(tmp_path: Path) -> None:
    """``nox -s typecheck`` runs mypy --strict on what this writes: one module per README block."""
    written = readme_blocks.write(tmp_path)
    assert len(written) == len(python_blocks())
    noxfile = (Path(__file__).parents[2] / "noxfile.py").read_text()
    assert "tests/typing/readme_blocks.py" in noxfile
