"""Every workflow a person runs on this repository. `nox -l` lists them."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["lint", "typecheck", "drift", "tests"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
GENERATOR_PINS = "tools/generator-requirements.txt"
# Every Python the classifiers claim gets a `tests-3.x` session (CI runs each in its matrix).
PYTHONS = [
    c.rsplit(" ", 1)[1]
    for c in PYPROJECT["project"]["classifiers"]
    if c.startswith("Programming Language :: Python :: 3.")
]


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


def _install_tooling(session: nox.Session) -> None:
    session.install("-r", GENERATOR_PINS, *_group("tooling"))


def _build_wheel(session: nox.Session, out_dir: str) -> str:
    session.run("uv", "build", "--wheel", "--quiet", "--out-dir", out_dir, external=True)
    wheels = sorted(Path(out_dir).glob("auth_overlay-*.whl"))
    if not wheels:
        session.error("the build produced no wheel")
    return str(wheels[-1])


def _tests(session: nox.Session) -> None:
    """Run the test suite on this Python against the built wheel."""
    with tempfile.TemporaryDirectory() as dist:
        wheel = _build_wheel(session, dist)
        # Byte-compiled at install: the suite starts hundreds of interpreters (fleet workers, CLIs, tools),
        # and where PYTHONDONTWRITEBYTECODE is set each would compile every module it imports again.
        session.install(
            "--reinstall-package",
            "auth-overlay",
            f"{wheel}[redis,encryption]",
            *_group("test"),
            env={"UV_COMPILE_BYTECODE": "1"},
        )
    # PYTHONDONTWRITEBYTECODE="" (unset): pytest keeps its rewritten test modules, and the tools the tests
    # start keep their bytecode, in __pycache__ (ignored by git) instead of compiling again in every worker.
    env = {"AUTH_OVERLAY_TESTS_AGAINST_WHEEL": "1", "PYTHONDONTWRITEBYTECODE": ""}
    # One parallel run, spread test by test. Two workers per core: many tests wait on real servers,
    # fleets and failovers most of their time, and a waiting worker leaves its core to another.
    # --durations keeps the slowest tests in sight.
    workers = str(2 * (os.cpu_count() or 1))
    session.run("pytest", "-n", workers, "--dist", "load", "--durations=15", *session.posargs, env=env)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite against the built wheel (not the checkout), so packaging mistakes fail."""
    _tests(session)


for _python in PYTHONS:
    nox.session(name=f"tests-{_python}", python=_python)(_tests)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff (generated/ excluded), and the workflows with actionlint."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("actionlint", "-no-color")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check auth_overlay, noxfile.py and tools/ strictly, and the generated packages."""
    session.install(*_group("typecheck"), "httpx", "attrs", "python-dateutil", "filelock", "websockets>=13,<18")
    session.run("mypy", "auth_overlay", "noxfile.py")
    # What a user's editor knows about auth.client(): assert_type fails if it decays to Any.
    session.run("mypy", "--strict", "tests/typing")
    # Every Python block of the README, one module each (the test suite runs the same blocks).
    with tempfile.TemporaryDirectory() as blocks:
        session.run("python", "tests/typing/readme_blocks.py", blocks, silent=True)
        session.run("mypy", "--strict", *sorted(str(p) for p in Path(blocks).glob("*.py")))
    session.run("mypy", "--strict", "tools")
    generated = sorted(str(p) for p in Path("generated").glob("*_client") if p.is_dir())
    session.run("mypy", *generated)


@nox.session
def regenerate(session: nox.Session) -> None:
    """Regenerate every client in generated/ from openapi/ with the pinned generator."""
    _install_tooling(session)
    session.run("python", "-m", "tools.regenerate")


def _run_tool(session: nox.Session, module: str) -> None:
    """Run a spec tool and exit with its own code (0 unchanged, 1 compatible, 2 breaking,
    3 refused/unreachable/invalid): `session.run` would turn every non-zero code into nox's 1
    and print "Session failed" for a change that was written. Under --no-venv, this interpreter."""
    env = {**os.environ, **{k: v for k, v in session.env.items() if v is not None}}
    python = str(Path(session.bin_paths[0]) / "python") if session.bin_paths else sys.executable
    code = subprocess.call([python, "-m", module, *session.posargs], env=env)
    if code:
        raise SystemExit(code)


@nox.session
def vendor(session: nox.Session) -> None:
    """Vendor a spec: nox -s vendor -- PAGE VENDOR (a file or URL). Exit 0/1/2/3 (see --help)."""
    _install_tooling(session)
    _run_tool(session, "tools.vendor")


@nox.session(name="check-upstream")
def check_upstream(session: nox.Session) -> None:
    """Is each vendor's published spec still the vendored one? Exit 0/1/2/3 (see --help)."""
    _install_tooling(session)
    _run_tool(session, "tools.check_upstream")


@nox.session
def update(session: nox.Session) -> None:
    """Take a changed upstream spec in: snapshot, overlay, regenerate, drift, tests, CHANGES.md."""
    _install_tooling(session)
    session.install("-e", ".[redis,encryption]", *_group("test"))
    _run_tool(session, "tools.update")


@nox.session
def specdiff(session: nox.Session) -> None:
    """Compare two spec files with the client-side rules: nox -s specdiff -- OLD NEW [--format …]."""
    _install_tooling(session)
    _run_tool(session, "tools.compare")


@nox.session
def drift(session: nox.Session) -> None:
    """Fail if generated/ no longer matches openapi/, or a spec no longer matches its manifest."""
    _install_tooling(session)
    session.run("python", "-m", "tools.drift", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Show every vendor's token flow against the local sandbox (no credentials, no network)."""
    session.install("-e", ".")
    session.run("auth-overlay", "demo", *session.posargs)


@nox.session
def benchmarks(session: nox.Session) -> None:
    """Measure the overlay side by side with authlib and httpx-auth; prints the README table."""
    with tempfile.TemporaryDirectory() as dist:
        wheel = _build_wheel(session, dist)
        session.install("--reinstall-package", "auth-overlay", f"{wheel}[redis]", *_group("bench"))
    _install_tooling(session)  # bench_specwatch.py runs the spec tools from the checkout
    scripts = session.posargs or sorted(str(p) for p in Path("benchmarks").glob("bench_*.py"))
    for script in scripts:
        session.run("python", script)
