"""Running the spec tools from tests: in this process (``call_tool``) or as ``python -m tools.X``
(``run_tool``). A module of its own (imported like docs_site.py) so test modules can import it;
tests/tooling/conftest.py puts this folder on sys.path."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import TextIO

REPO = Path(__file__).resolve().parents[2]


def run_tool(module: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", f"tools.{module}", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class _ThisThread(io.TextIOBase):
    """sys.stdout/sys.stderr during call_tool: the calling thread's writes (every tool prints from
    its main thread) are captured, other threads' (a test's stand-in server logging a client that
    hung up) go where they went before, so they are neither lost nor taken for the tool's."""

    def __init__(self, passthrough: TextIO) -> None:
        self.owner = threading.get_ident()
        self.captured = io.StringIO()
        self.passthrough = passthrough

    def write(self, text: str) -> int:
        if threading.get_ident() == self.owner:
            return self.captured.write(text)
        return self.passthrough.write(text)

    def flush(self) -> None:
        # At interpreter exit the real stream may be closed before this wrapper is collected.
        if not self.passthrough.closed:
            self.passthrough.flush()


def call_tool(module: str, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m tools.<module> ARGS`` without a new interpreter: its ``main(argv)`` here, stdout
    and stderr captured apart, a SystemExit (argparse) taken as the exit code like the process's.
    ``env`` is set for the call only; the signal handlers a tool installs (update's SIGTERM) are
    put back afterwards."""
    main = tool_module(module).main
    out, err = _ThisThread(sys.stdout), _ThisThread(sys.stderr)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(arg) for arg in args])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        for signum, handler in handlers.items():
            if handler is not None:
                signal.signal(signum, handler)
    argv = [module, *map(str, args)]
    return subprocess.CompletedProcess(argv, code, out.captured.getvalue(), err.captured.getvalue())


def load_tools() -> ModuleType:
    """The checkout's tools/ package, registered as ``tools`` without putting the checkout on
    sys.path (that would shadow the installed wheel's auth_overlay for the rest of the run)."""
    if "tools" in sys.modules:
        return sys.modules["tools"]
    init = REPO / "tools" / "__init__.py"
    spec = importlib.util.spec_from_file_location("tools", init, submodule_search_locations=[str(init.parent)])
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tools"] = module
    spec.loader.exec_module(module)
    return module


def tool_module(name: str) -> ModuleType:
    """``tools.<name>`` from the checkout (see load_tools)."""
    load_tools()
    return importlib.import_module(f"tools.{name}")
