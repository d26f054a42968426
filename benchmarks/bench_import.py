"""Import cost: what a process pays before its first token, side by side with httpx, authlib and httpx-auth.

Each statement runs in fresh interpreters; the figure is the best wall time minus the best
time of an interpreter that imports nothing, and its ratio to ``import httpx`` (the library
every contender builds on). With ``--instructions`` (needs valgrind) the same statements are
also counted in executed instructions, which do not depend on what else the machine is doing.

    python benchmarks/bench_import.py [--json] [--quick] [--instructions]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time

from _harness import Table, progress, report

STATEMENTS = {
    "import httpx": "import httpx",
    "import auth_overlay": "import auth_overlay",
    "from auth_overlay import TokenAuth": "from auth_overlay import TokenAuth",
    "TokenAuth.for_provider('tradevest', …)": (
        "from auth_overlay import TokenAuth\nTokenAuth.for_provider('tradevest', client_id='id', client_secret='s')"
    ),
    "import tradovate_client": "import tradovate_client",
    "authlib's httpx OAuth2Client": "from authlib.integrations.httpx_client import OAuth2Client",
    "import httpx_auth": "import httpx_auth",
}


#: bytecode written and read, as on a user's machine (PYTHONDONTWRITEBYTECODE would make every run compile)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _wall(code: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
        best = min(best, time.perf_counter() - start)
    return best


def _instructions(code: str) -> int:
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    line = next(ln for ln in result.stderr.splitlines() if "Collected" in ln)
    return int(line.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer interpreters per statement")
    parser.add_argument("--instructions", action="store_true", help="also count instructions (valgrind)")
    args = parser.parse_args()
    runs = 5 if args.quick else 21
    for code in STATEMENTS.values():  # compile every .pyc once, outside the measurement
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
    progress(f"wall time: {runs} fresh interpreters per statement")
    bare = _wall("pass", runs)
    wall = {name: _wall(code, runs) - bare for name, code in STATEMENTS.items()}
    counted: dict[str, int] = {}
    if args.instructions and shutil.which("valgrind"):
        progress("instructions: one callgrind run per statement")
        floor = _instructions("pass")
        counted = {name: _instructions(code) - floor for name, code in STATEMENTS.items()}
    columns = ["statement", "ms (best wall − bare interpreter)", "÷ import httpx"]
    if counted:
        columns += ["M instructions", "÷ import httpx (instructions)"]
    table = Table(f"Import cost (best of {runs} fresh interpreters each)", columns)
    for name in STATEMENTS:
        row: list[object] = [name, wall[name] * 1e3, f"{wall[name] / wall['import httpx']:.2f}"]
        if counted:
            row += [counted[name] / 1e6, f"{counted[name] / counted['import httpx']:.2f}"]
        table.add(*row)
    table.notes.append(
        "Aim: `from auth_overlay import TokenAuth` ≤ 1.3 × `import httpx`. `import auth_overlay` loads the error "
        "tree only; `for_provider` builds the token flow and imports the vendor's generated token module."
    )
    report("bench_import: import cost", [table], args.json)


if __name__ == "__main__":
    main()
