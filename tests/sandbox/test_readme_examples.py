"""Every Python block of the README runs against the sandbox and passes ``mypy --strict`` (issue 19).

Running: the blocks are executed in order in one namespace, as a reader pastes them; each
top-level ``auth = TokenAuth.for_provider("<vendor>", …)`` statement is swapped for an auth of
that vendor pointed at the sandbox (keeping its ``on_event=``), and a block that uses ``auth``
without building it gets the sandbox's Tradovate auth, so no block reaches a vendor's host. What
a block only defines (the async ``trade``, the pytest test) is then called with the sandbox.

Type checking: each block is a module of its own; one that uses ``auth`` without building it is
checked with ``auth`` declared as the Tradovate auth of the blocks above it.
"""

from __future__ import annotations

import ast
import asyncio
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from tradovate_client.api.positions import position_list

from auth_overlay import errors
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

README = Path(__file__).parents[2] / "README.md"
DECLARED_AUTH = (
    "import tradovate_client\n"
    "from auth_overlay import TokenAuth\n"
    "auth: TokenAuth[tradovate_client.AuthenticatedClient]\n"
)


def python_blocks() -> list[str]:
    blocks: list[str] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert len(blocks) >= 7, "the README's Python examples went missing"
    return blocks


def _auth_call(node: ast.stmt) -> ast.Call | None:
    if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["auth"]:
        call = node.value
        if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("for_provider"):
            return call
    return None


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


def uses_auth_without_building_it(source: str) -> bool:
    tree = ast.parse(source)
    built = any(_auth_call(node) is not None for node in tree.body)
    used = any(isinstance(n, ast.Name) and n.id == "auth" for n in ast.walk(tree))
    return used and not built


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


@pytest.mark.slow
def test_every_block_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api as mypy_api

    files = []
    for number, block in enumerate(python_blocks(), start=1):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text((DECLARED_AUTH if uses_auth_without_building_it(block) else "") + block, encoding="utf-8")
        files.append(str(path))
    args = ["--strict", "--no-error-summary", "--cache-dir", str(tmp_path / ".mypy_cache"), *files]
    args += ["--python-executable", sys.executable]
    stdout, stderr, status = mypy_api.run(args)
    assert status == 0, stdout + stderr
