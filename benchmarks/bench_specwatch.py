"""The upstream watch, measured: check-upstream over every vendor against a local server
(unchanged, changed with and without the Python impact), check-upstream on documents past
and at the limits (time and peak memory: a 100,000-path spec, 5,000 operations, a YAML alias
bomb), specdiff on Tradovate's real 2021 → 2026 operationId restyle, and specdiff on the full
Tradovate spec against a version with 20 documented mutations, side by side with a published
breaking-change tool (fastify's ``openapi-schema-diff`` from npm, installed into a throw-away
folder; skipped with a note when ``npm`` is missing or offline).

    python benchmarks/bench_specwatch.py [--json] [--quick] [--peer-dir DIR]

Run from a checkout (it imports tools/ and tests/tooling/spec_mutations.py) with the tooling
installed (``nox -s benchmarks`` does both). Every server is on 127.0.0.1, started and stopped
here. Progress goes to stderr, tables to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "tooling"), str(REPO / "benchmarks")]

from _specwatch_site import Site, bench_limits, bench_restyle, note  # noqa: E402
from spec_mutations import TWENTY, mutated  # noqa: E402

from tools.diff import diff_specs  # noqa: E402

PEER = "openapi-schema-diff@0.0.1"
NODE_PATH = os.pathsep.join(
    p for p in (str(Path(shutil.which("node") or "/usr/bin/node").parent), "/usr/bin:/bin") if p
)
PEER_SCRIPT = """
const compare = require('openapi-schema-diff')
const fs = require('fs')
const pairs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const out = []
for (const [oldPath, newPath] of pairs) {
  const a = JSON.parse(fs.readFileSync(oldPath, 'utf8')), b = JSON.parse(fs.readFileSync(newPath, 'utf8'))
  const started = process.hrtime.bigint()
  const d = compare(a, b)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const op = r => `${r.method.toUpperCase()} ${r.path}`
  out.push({ms, deleted: d.deletedRoutes.map(op), added: d.addedRoutes.map(op), changed: d.changedRoutes.map(op)})
}
console.log(JSON.stringify(out))
"""


def repo_copy(root: Path, site: Site, *, validators: bool) -> Path:
    """openapi/ and generated/ copied, every manifest pointing at the local site."""
    for name in ("openapi", "generated"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for vendor in ("tradevest", "alternative_payments", "tradovate"):
        path = root / "openapi" / vendor / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        served = f"/{vendor}"
        manifest["url"] = site.url + served
        # Watched as the one page each was extracted from: a manifest naming its docs site is
        # harvested from that site instead (off this machine); bench_harvest.py measures harvests.
        manifest.pop("site", None)
        manifest["validators"] = {"etag": site.etag(served)} if validators else {}
        path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return root


def plain_copy(root: Path) -> Path:
    for name in ("openapi", "generated"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def check_upstream(repo: Path, *args: str) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tools.check_upstream", "--repo", str(repo), *args],
        cwd=REPO, capture_output=True, text=True, check=False,
    )  # fmt: skip
    took = time.perf_counter() - started
    if result.returncode not in (0, 1, 2):
        raise SystemExit(f"check-upstream failed ({result.returncode}): {result.stderr.strip()}")
    return took, result.returncode


def bench_check_upstream(runs: int, new_tradovate: bytes) -> list[dict[str, Any]]:
    pages = {
        "/tradevest": (REPO / "tests/tooling/pages/000_c4a8024841990d83.txt").read_bytes(),
        "/alternative_payments": (REPO / "tests/tooling/pages/003_dc75c454e1213261.txt").read_bytes(),
        "/tradovate": (REPO / "openapi/tradovate/upstream.json").read_bytes(),
    }
    site = Site(pages)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
            conditional = repo_copy(Path(tmp) / "a", site, validators=True)
            plain = repo_copy(Path(tmp) / "b", site, validators=False)
            scenarios: list[tuple[str, Path, tuple[str, ...], bytes]] = [
                ("3 vendors unchanged: 304 Not Modified (conditional GET)", conditional, (), pages["/tradovate"]),
                ("3 vendors unchanged: 200, same bytes", plain, (), pages["/tradovate"]),
                ("Tradovate changed (20 mutations), --no-impact", plain, ("--no-impact",), new_tradovate),
                ("Tradovate changed (20 mutations), with Python impact", plain, (), new_tradovate),
            ]
            for label, repo, args, tradovate in scenarios:
                site.files["/tradovate"] = tradovate
                times, codes = [], set()
                for _ in range(runs):
                    took, code = check_upstream(repo, *args)
                    times.append(took)
                    codes.add(code)
                note(f"  check-upstream: {label}: {statistics.median(times):.2f} s")
                rows.append(
                    {"scenario": label, "median_s": statistics.median(times), "runs": runs, "exit": sorted(codes)}
                )
    finally:
        site.close()
    return rows


# ------------------------------------------------------------------ specdiff and the peer


def operations_flagged(changes: list[Any], *, breaking_only: bool) -> set[str]:
    return {c.operation for c in changes if c.operation and (c.breaking or not breaking_only)}


def bench_specdiff(old: dict[str, Any], runs: int) -> dict[str, Any]:
    new = mutated(old, TWENTY)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        changes = diff_specs(old, new, tolerant_enums=True)
        times.append(time.perf_counter() - started)
    rows = []
    for mutation in TWENTY:
        alone = diff_specs(old, mutated(old, [mutation]), tolerant_enums=True)
        rows.append(
            {
                "mutation": mutation.name,
                "expected_breaking": mutation.breaking,
                "ours_breaking": any(c.breaking for c in alone),
                "ours_operations": sorted(operations_flagged(alone, breaking_only=False)),
                "ours_breaking_operations": sorted(operations_flagged(alone, breaking_only=True)),
            }
        )
    return {
        "median_s": statistics.median(times),
        "changes": len(changes),
        "breaking": sum(c.breaking for c in changes),
        "breaking_operations": sorted(operations_flagged(changes, breaking_only=True)),
        "rows": rows,
    }


def install_peer(folder: Path) -> Path | None:
    if (folder / "node_modules" / "openapi-schema-diff").is_dir():
        return folder
    if not shutil.which("npm") or not shutil.which("node"):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    cmd = ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder), PEER]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
    return folder if result.returncode == 0 else None


def run_peer(folder: Path, old: dict[str, Any], work: Path, restyle: list[str]) -> dict[str, Any]:
    (work / "old.json").write_text(json.dumps(old))
    pairs = [[str(work / "old.json"), str(work / "all.json")]]
    (work / "all.json").write_text(json.dumps(mutated(old, TWENTY)))
    for index, mutation in enumerate(TWENTY):
        (work / f"m{index}.json").write_text(json.dumps(mutated(old, [mutation])))
        pairs.append([str(work / "old.json"), str(work / f"m{index}.json")])
    pairs.append(restyle)
    (work / "pairs.json").write_text(json.dumps(pairs))
    (work / "peer.js").write_text(PEER_SCRIPT)
    started = time.perf_counter()
    result = subprocess.run(
        ["node", str(work / "peer.js"), str(work / "pairs.json")],
        capture_output=True, text=True, check=True, env={"NODE_PATH": str(folder / "node_modules"), "PATH": NODE_PATH},
    )  # fmt: skip
    wall = time.perf_counter() - started
    found = json.loads(result.stdout)
    return {"whole": found[0], "single": found[1:-1], "restyle": found[-1], "process_s": wall}


def agreement(ours: dict[str, Any], peer: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for row, single in zip(ours["rows"], peer["single"], strict=True):
        peer_ops = set(single["deleted"]) | set(single["changed"]) | set(single["added"])
        rows.append({**row, "peer_operations": len(peer_ops), "peer_deleted": single["deleted"]})
    whole = peer["whole"]
    peer_any = set(whole["deleted"]) | set(whole["changed"])
    ours_breaking = set(ours["breaking_operations"])
    return {
        "peer_compare_ms": whole["ms"],
        "peer_process_s": peer["process_s"],
        "peer_deleted": sorted(whole["deleted"]),
        "peer_changed_routes": len(whole["changed"]),
        "peer_deleted_found_by_ours": all(op in ours_breaking for op in whole["deleted"]),
        "ours_breaking_not_seen_by_peer": sorted(ours_breaking - peer_any),
        "restyle_changed_routes": len(peer["restyle"]["changed"]),
        "restyle_deleted_routes": len(peer["restyle"]["deleted"]),
        "rows": rows,
    }


# ------------------------------------------------------------------ output


def tables(
    check: list[dict[str, Any]],
    diff: dict[str, Any],
    peer: dict[str, Any] | None,
    restyle: dict[str, Any],
    limits: list[dict[str, Any]],
) -> str:
    lines = ["| check-upstream, 3 vendors, local server | median | exit |", "| --- | ---: | ---: |"]
    lines += [f"| {r['scenario']} | {r['median_s']:.2f} s | {'/'.join(map(str, r['exit']))} |" for r in check]
    lines += ["", "| check-upstream --no-impact, the limits (tools/parse/limits.py) | median | peak RSS | exit |"]
    lines += ["| --- | ---: | ---: | ---: |"]
    lines += [f"| {r['scenario']} | {r['median_s']:.2f} s | {r['peak_mib']:.0f} MiB | {r['exit']} |" for r in limits]
    peer_says = "n/a"
    if peer:
        peer_says = f"{peer['restyle_changed_routes']} changed, {peer['restyle_deleted_routes']} deleted routes"
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(restyle["kinds"].items())) or "none"
    lines += ["", "| specdiff (the command), Tradovate 2021 camelCase → 2026 kebab-case operationIds | ours | peer |"]
    lines += ["| --- | ---: | ---: |", f"| time (process, parse, rules, diff) | {restyle['median_s']:.2f} s | |"]
    lines += [f"| verdict | exit {restyle['exit']}, {restyle['breaking']} breaking ({kinds}) | {peer_says} |"]
    head = "| specdiff, Tradovate (350 operations) vs 20 mutations | ours | openapi-schema-diff |"
    lines += ["", head, "| --- | ---: | ---: |"]
    ours_ms = f"{diff['median_s'] * 1000:.0f} ms"
    found = f"{diff['changes']} / {diff['breaking']}"
    if peer:
        peer_ms = f"{peer['peer_compare_ms']:.0f} ms (node process {peer['peer_process_s']:.2f} s for 21 pairs)"
        routes = f"{peer['peer_changed_routes']} changed + {len(peer['peer_deleted'])} deleted routes (no verdict)"
        both = "yes" if peer["peer_deleted_found_by_ours"] else "NO"
        lines += [f"| time, whole pair | {ours_ms} | {peer_ms} |", f"| changes / breaking | {found} | {routes} |"]
        deleted, unseen = len(peer["peer_deleted"]), len(peer["ours_breaking_not_seen_by_peer"])
        lines.append(f"| removed operations (the peer's one breaking kind), found by both | {both} | {deleted} |")
        lines.append(f"| our breaking operations the peer does not report | {unseen} | |")
    else:
        lines += [f"| time, whole pair | {ours_ms} | n/a |", f"| changes / breaking | {found} | n/a |"]
    lines += [
        "",
        "| mutation | expected | ours: verdict (operations) | peer: routes reported |",
        "| --- | --- | --- | ---: |",
    ]
    for index, row in enumerate(peer["rows"] if peer else diff["rows"]):
        ours = f"{'breaking' if row['ours_breaking'] else 'compatible'} ({len(row['ours_operations'])})"
        expected = "breaking" if row["expected_breaking"] else "compatible"
        mark = "" if row["ours_breaking"] == row["expected_breaking"] else " **≠**"
        peer_cell = str(row["peer_operations"]) if peer else "n/a"
        lines.append(f"| {index + 1}. {row['mutation']} | {expected} | {ours}{mark} | {peer_cell} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="one run per figure")
    parser.add_argument(
        "--peer-dir", type=Path, help="where openapi-schema-diff is (or is installed); default: a temp folder"
    )
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    old = json.loads((REPO / "openapi/tradovate/upstream.json").read_text(encoding="utf-8"))
    note("check-upstream …")
    check = bench_check_upstream(runs, json.dumps(mutated(old, TWENTY)).encode())
    note("limits …")
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as tmp:
        limits = bench_limits(plain_copy(Path(tmp)), runs)
    note("specdiff …")
    diff = bench_specdiff(old, 5 if not args.quick else 1)
    with tempfile.TemporaryDirectory(prefix="bench-peer-") as tmp:
        restyle = bench_restyle(old, runs, Path(tmp))
        note(f"  specdiff 2021 → 2026 restyle: {restyle['median_s']:.2f} s, exit {restyle['exit']}")
        folder = install_peer(args.peer_dir or Path(tmp) / "peer")
        peer = agreement(diff, run_peer(folder, old, Path(tmp), restyle["pair"])) if folder else None
        if folder is None:
            note(f"  {PEER} could not be installed (no npm, or offline): peer columns are n/a")
    if args.json:
        found = {"check_upstream": check, "limits": limits, "specdiff": diff, "restyle": restyle, "peer": peer}
        print(json.dumps(found, indent=2))
    else:
        print(tables(check, diff, peer, restyle, limits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
