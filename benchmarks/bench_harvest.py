"""Harvesting a docs site, measured against a local stand-in (tests/tooling/docs_site.py, the
vendors' GitBook page format): `vendor --site` on the 12-page site and on a 200-page one, and
`check-upstream` when nothing changed (one conditional request per page, every answer 304).

    python benchmarks/bench_harvest.py [--json] [--quick]

Every server is on 127.0.0.1, started and stopped here; each page is answered after a fixed
latency (20 ms, a nearby CDN) so fetching concurrently shows against fetching one by one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "tooling")]

from docs_site import AcmeSite, DocsSite, Op  # noqa: E402

from tools.harvest.crawl import WORKERS  # noqa: E402

LATENCY_S = 0.02


def big_site(base: str, pages: int) -> AcmeSite:
    """``pages`` API pages of two operations each, every one repeating the shared schemas."""
    site = AcmeSite(base, conflict=False)
    site.pages = {
        f"section-{i // 20}/resource-{i}": (
            f"Resource {i}",
            f"Section {i // 20}",
            [
                Op("get", f"/resources-{i}", f"list-resources-{i}", f"List resources {i}", "[Product]"),
                Op("post", f"/resources-{i}", f"create-resource-{i}", f"Create resource {i}", "Product", "Product"),
            ],
        )
        for i in range(pages)
    }
    return site


def run(*args: str | Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", *map(str, args)], cwd=REPO, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()[-400:]}")
    return took


def measure(label: str, acme: AcmeSite, site: DocsSite, runs: int) -> dict[str, Any]:
    site.files = acme.files()
    harvests, checks, requests = [], [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-harvest-") as tmp:
            openapi = Path(tmp) / "openapi"
            openapi.mkdir()
            harvests.append(run("tools.vendor", site.url, "acme", "--site", "--new", "--openapi-dir", openapi))
            site.hits.clear()
            checks.append(run("tools.check_upstream", "--repo", tmp, "acme", "--no-impact"))
            requests = len(site.hits)
    pages = len(acme.pages) + 3  # the models, prose and missing pages too
    row = {
        "site": label,
        "pages": pages,
        "operations": acme.operations(),
        "harvest_s": statistics.median(harvests),
        "recheck_s": statistics.median(checks),
        "recheck_requests": requests,
        "sequential_latency_floor_s": pages * LATENCY_S,
    }
    print(f"  {label}: harvest {row['harvest_s']:.2f} s, re-check {row['recheck_s']:.2f} s", file=sys.stderr)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="one run per figure")
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    site = DocsSite()
    site.latency = LATENCY_S
    try:
        rows = [
            measure("the stand-in site (12 API pages)", AcmeSite(site.url, conflict=False), site, runs),
            measure("a 200-page site", big_site(site.url, 200), site, runs),
        ]
    finally:
        site.close()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(
        f"| docs site, local, {LATENCY_S * 1000:.0f} ms per answer, {WORKERS} pages in flight | pages | operations "
        "| harvest (`vendor --site`) | re-check, nothing changed (`check-upstream`) | one by one, latency alone |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['site']} | {r['pages']} | {r['operations']} | {r['harvest_s']:.2f} s | {r['recheck_s']:.2f} s "
            f"({r['recheck_requests']} requests) | ≥ {r['sequential_latency_floor_s']:.2f} s |"
        )
    per_page = [r["harvest_s"] / r["pages"] for r in rows]
    print(f"\nharvest time per page: {per_page[0] * 1000:.0f} ms (12 pages) → {per_page[1] * 1000:.0f} ms (200 pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
