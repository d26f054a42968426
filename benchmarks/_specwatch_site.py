"""Shared parts of bench_specwatch.py: the local vendor site, the measured child process, and the
figures for the limits (a 100,000-path spec, a spec at the operation limit, a YAML alias bomb)
and for Tradovate's 2021 → 2026 operationId restyle."""

from __future__ import annotations

import copy
import http.server
import json
import statistics
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# A child that runs the command and reports its peak RSS: RUSAGE_CHILDREN of a fresh process
# is exactly the one command's.
MEASURED = (
    "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(json.dumps({'s': time.perf_counter() - t, 'code': r.returncode, 'err': r.stderr[-400:], "
    "'out': r.stdout[-2000:], 'kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))"
)


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Site:
    """Serves files with an ETag per file and answers If-None-Match with 304."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                etag = site.etag(self.path)
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def etag(self, path: str) -> str:
        return f'"{hash(self.files[path]) & 0xFFFFFFFF:x}"'

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def measured(*cmd: str) -> dict[str, Any]:
    """Wall time, exit code and peak RSS (MiB) of one command run in a fresh child."""
    done = subprocess.run([sys.executable, "-c", MEASURED, *cmd], cwd=REPO, capture_output=True, text=True, check=True)
    found: dict[str, Any] = json.loads(done.stdout)
    found["mib"] = found.pop("kib") / 1024
    return found


# ------------------------------------------------------------------ limits


def _operations_spec(count: int) -> bytes:
    operation = {"responses": {"200": {"description": "ok"}}}
    paths = {f"/resource{i}/item": {"get": operation} for i in range(count)}
    return json.dumps({"openapi": "3.1.0", "info": {"title": "big", "version": "1"}, "paths": paths}).encode()


def _tradovate_times(copies: int) -> bytes:
    """Tradovate's spec with its paths repeated under /c<k>/ prefixes: real operations, near the limit."""
    spec = json.loads((REPO / "openapi/tradovate/upstream.json").read_text(encoding="utf-8"))
    paths = {}
    for k in range(copies):
        for path, item in spec["paths"].items():
            renamed = {m: {**op, "operationId": f"{op['operationId']}-c{k}"} for m, op in item.items()}
            paths[f"/c{k}{path}"] = renamed
    spec["paths"] = paths
    return json.dumps(spec).encode()


BILLION_LAUGHS = (
    b'openapi: 3.1.0\ninfo: {title: laughs, version: "1"}\npaths: {}\n'
    b'x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    + b"".join(
        f"x-{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n".encode() for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
)


def bench_limits(repo: Path, runs: int) -> list[dict[str, Any]]:
    """check-upstream --no-impact on documents past (and at) the documented limits."""
    near = _tradovate_times(14)
    scenarios = [
        ("100,000 paths (9 MB JSON, under the byte cap): refused", "/huge.json", _operations_spec(100_000)),
        ("5,000 one-line operations (the operation limit): validated", "/limit.json", _operations_spec(5_000)),
        ("Tradovate × 14 (4,900 real operations, 283,000 values): validated, once", "/near.json", near),
        (f"YAML alias bomb ({len(BILLION_LAUGHS)} bytes, 9^9 values expanded): refused", "/bomb.yaml", BILLION_LAUGHS),
    ]
    site = Site({path: body for _, path, body in scenarios})
    rows = []
    try:
        for label, path, body in scenarios:
            found = []
            for _ in range(1 if "once" in label else runs):  # the largest takes minutes
                cmd = (sys.executable, "-m", "tools.check_upstream", "--repo", str(repo), "--no-impact")
                found.append(measured(*cmd, "tradovate", "--from", f"tradovate={site.url}{path}"))
            seconds = statistics.median(f["s"] for f in found)
            mib = max(f["mib"] for f in found)
            reason = found[0]["out"].splitlines()[0] if found[0]["out"] else found[0]["err"]
            note(f"  limits: {label}: {seconds:.2f} s, {mib:.0f} MiB, exit {found[0]['code']}")
            rows.append(
                {"scenario": label, "bytes": len(body), "median_s": seconds, "peak_mib": mib,
                 "exit": found[0]["code"], "said": reason[:300]}
            )  # fmt: skip
    finally:
        site.close()
    return rows


# ------------------------------------------------------------------ the 2021 → 2026 restyle


def bench_restyle(new: dict[str, Any], runs: int, work: Path) -> dict[str, Any]:
    """specdiff (the command, with its parse and the vendor's rules) on every operationId in
    Tradovate's 2021 camelCase against the 2026 kebab-case it publishes now."""
    sys.path.insert(0, str(REPO / "tests" / "tooling"))
    from spec_mutations import camel_case_operation_ids

    old = copy.deepcopy(new)
    camel_case_operation_ids(old)
    (work / "2021.json").write_text(json.dumps(old))
    (work / "2026.json").write_text(json.dumps(new))
    cmd = (sys.executable, "-m", "tools.compare", str(work / "2021.json"), str(work / "2026.json"))
    found = [measured(*cmd, "--vendor", "tradovate", "--format", "json") for _ in range(runs)]
    result = json.loads(subprocess.run([*cmd, "--vendor", "tradovate", "--format", "json"], cwd=REPO,
                                       capture_output=True, text=True, check=False).stdout)  # fmt: skip
    kinds: dict[str, int] = {}
    for change in result["changes"]:
        kinds[change["kind"]] = kinds.get(change["kind"], 0) + 1
    return {
        "median_s": statistics.median(f["s"] for f in found),
        "exit": found[0]["code"],
        "changes": len(result["changes"]),
        "breaking": sum(c["breaking"] for c in result["changes"]),
        "kinds": kinds,
        "pair": [str(work / "2021.json"), str(work / "2026.json")],
    }
