"""Two checkouts of the dashboard in one run, page loads and filter changes interleaved: time to
first chart, to all charts, and to the repaint of a filter change, as bench/browser.py measures
them, for the checkout here (B) and another one (A, e.g. a `git worktree` of main). On a shared
machine whose load comes and goes, only a comparison made turn by turn says whether a change made
the page faster.

    git worktree add /tmp/base main
    python bench/ab.py /tmp/base [--pages cannabis,ww] [--loads 8 --changes 8]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from browser import _graph_selector, _load, _repaints, chart_pages  # noqa: E402
from serve import APP, gunicorn  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def run(base: Path, names: list[str] | None, loads: int, changes: int) -> dict:
    from playwright.sync_api import sync_playwright

    pages = [p for p in chart_pages() if names is None or p["name"] in names]
    marks = {side: {p["name"]: {"first": [], "all": [], "repaint": []} for p in pages} for side in "AB"}
    with (
        gunicorn(APP, workers=2, root=base) as a,
        gunicorn(APP, workers=2) as b,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        servers = {"A": a, "B": b}
        for p in pages:  # a warm-up load each: the first request of a worker builds its caches
            for server in servers.values():
                _load(browser, server.url + p["path"], len(p["cards"]))[0].close()
        for i in range(loads):
            for p in pages:
                for side in "AB" if i % 2 == 0 else "BA":
                    ctx, page, m = _load(browser, servers[side].url + p["path"], len(p["cards"]))
                    row = marks[side][p["name"]]
                    row["first"].append(m["first"])
                    row["all"].append(m["all"])
                    if p["change"] and i < changes:
                        times, _ = _repaints(page, _graph_selector(p["change"]["card"]), p["change"], 1)
                        row["repaint"] += times
                    ctx.close()
        browser.close()
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", type=Path, help="the other checkout (A)")
    parser.add_argument("--pages", help="comma-separated page names (default: every chart page)")
    parser.add_argument("--loads", type=int, default=8)
    parser.add_argument("--changes", type=int, default=8)
    args = parser.parse_args()
    marks = run(args.base.resolve(), args.pages.split(",") if args.pages else None, args.loads, args.changes)
    print(f"{'page':<12}{'measure':<10}{'A median':>10}{'B median':>10}{'B/A':>7}")
    for name in marks["A"]:
        for measure in ("first", "all", "repaint"):
            a, b = marks["A"][name][measure], marks["B"][name][measure]
            if a and b:
                ma, mb = statistics.median(a), statistics.median(b)
                print(f"{name:<12}{measure:<10}{ma:>10.0f}{mb:>10.0f}{mb / ma:>7.2f}")
    print(json.dumps(marks))


if __name__ == "__main__":
    main()
