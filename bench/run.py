"""Every benchmark in one run (`make bench`): a table on standard output and bench/results.json.

Speed is compared as ratios within one run where there is a yardstick (an echo callback, a bare
one-graph Dash page, both served like the dashboard: bench/echo_app.py), plus the absolute targets
of issue 13, each marked PASS or FAIL. Not timed tests: numbers depend on the machine and its load
(the 1-minute load average is recorded with them).

0. The store of precomputed responses (dashboard/precomputed.py) is built first if it is not
   current: the app serves from it in production, and so in the benchmarks.
1. Callbacks (bench/callbacks.py): every card, panel and address-bar callback over HTTP with
   distinct valid states (first requests for each state), median and p95 server time, ratio to
   the echo callback; response sizes. Measured twice: as served (the store on: the targets) and
   with every state built live (the store off: what a state outside the store costs).
2. Browser (bench/browser.py): per chart page in headless Chromium, time to first chart against
   the bare page with a small line chart, and filter-change repaint against a bare page with the
   same chart (the watched card's own figures, bench/figure_app.py; the small line chart beside
   it); JS and CSS bytes; DOM elements and Dash components with and without the tables.
3. Worker RSS after every page and 10,000 distinct filter states (bench/memory.py).
4. Cold start: gunicorn start to the first 200 on /health; import time of dashboard.app
   (bench/startup.py).
5. The wastewater country filter: callbacks fired and their cost against rebuilding the whole
   page (bench/filter_change.py).

    python bench/run.py [--quick]   (--quick: fewer states, loads and memory states; a smoke run)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

RESULTS = BENCH / "results.json"

# Issue 13, "Must show".
CALLBACK_MEDIAN_MS = 30.0
HEAVIEST_RATIO = 5.0
MAP_RESPONSE_BYTES = 20 * 1000
FIRST_CHART_MS = 1000.0
REPAINT_MS = 300.0
BARE_RATIO = 1.5
JS_COMPRESSED_BYTES = 900 * 1000
COMPONENT_RATIO = 2.0
RSS_MB = 200.0
COLD_START_S = 1.5
MAP_CALLBACK = "deaths-map"


class Table:
    def __init__(self):
        self.rows: list[dict] = []

    def add(self, section: str, item: str, measured: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append(
            {
                "section": section,
                "item": item,
                "measured": measured,
                "target": target,
                "result": "" if ok is None else ("PASS" if ok else "FAIL"),
            }
        )

    def print(self) -> None:
        widths = [max(len(r[k]) for r in [*self.rows, dict.fromkeys(self.keys, "")]) for k in self.keys]
        header = ["section", "benchmark", "measured", "target", "result"]
        widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
        line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
        print(line)
        print("-" * len(line))
        for r in self.rows:
            print("  ".join(r[k].ljust(w) for k, w in zip(self.keys, widths, strict=True)).rstrip())

    keys = ("section", "item", "measured", "target", "result")


def _kb(n: float) -> str:
    return f"{n / 1000:,.0f} kB".replace(",", " ")


def store_rows(table: Table, r: dict) -> None:
    done = "current, not rebuilt" if r["current"] else f"built in {r['seconds']:.0f} s"
    table.add("store", "precomputed responses", f"{r['responses']} responses ({r['mb']:.0f} MB), {done}")
    table.add(
        "store",
        "stored = live",
        f"{r['verified']} sampled responses rebuilt live, {r['differ']} differ",
        "none differ",
        r["differ"] == 0,
    )


def store_step() -> dict:
    import sqlite3

    from dashboard import precomputed

    path = precomputed.DEFAULT_PATH
    current = precomputed.is_current(path)
    seconds = None if current else precomputed.build(path)["seconds"]
    check = precomputed.verify(path, per_callback=5)
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    finally:
        conn.close()
    return {
        "current": current,
        "seconds": seconds,
        "responses": count,
        "mb": path.stat().st_size / 1e6,
        "verified": check["checked"],
        "differ": len(check["mismatches"]),
    }


def live_rows(table: Table, r: dict) -> None:
    for c in r["callbacks"][:5]:
        table.add(
            "callbacks, built live",
            f"{c['callback']} (n={c['n']})",
            f"median {c['median_ms']:.1f} ms, p95 {c['p95_ms']:.1f} ms, {c['ratio']:.1f}x echo (store off)",
        )


def callbacks_rows(table: Table, r: dict) -> None:
    echo = r["echo_median_ms"]
    table.add("callbacks", "echo callback (yardstick)", f"median {echo:.2f} ms, p95 {r['echo_p95_ms']:.2f} ms")
    for c in r["callbacks"]:
        table.add(
            "callbacks",
            f"{c['callback']} (n={c['n']})",
            f"median {c['median_ms']:.1f} ms, p95 {c['p95_ms']:.1f} ms, {c['ratio']:.1f}x echo; "
            f"cached {c['cached_median_ms']:.1f} ms",
            f"median <= {CALLBACK_MEDIAN_MS:.0f} ms",
            c["median_ms"] <= CALLBACK_MEDIAN_MS,
        )
    heaviest = r["callbacks"][0]
    table.add(
        "callbacks",
        f"heaviest: {heaviest['callback']}",
        f"{heaviest['ratio']:.1f}x echo",
        f"<= {HEAVIEST_RATIO:.0f}x echo",
        heaviest["ratio"] <= HEAVIEST_RATIO,
    )
    for c in r["callbacks"]:
        if c["callback"] == MAP_CALLBACK:
            table.add(
                "callbacks",
                "deaths-map update response",
                f"{_kb(c['response_bytes_median'])} ({_kb(c['response_bytes_sent_median'])} compressed)",
                f"<= {_kb(MAP_RESPONSE_BYTES)}",
                c["response_bytes_median"] <= MAP_RESPONSE_BYTES,
            )


def browser_rows(table: Table, r: dict) -> None:
    bare = r["bare"]
    table.add(
        "browser",
        "bare one-graph page (yardstick)",
        f"first chart {bare['first_chart_ms']} ms, repaint {bare['repaint_ms']} ms, "
        f"JS {_kb(bare['js_compressed'])} ({_kb(bare['js_decoded'])} decoded)",
    )
    for p in r["pages"].values():
        first_ratio = p["first_chart_ms"] / bare["first_chart_ms"]
        table.add(
            "browser",
            f"{p['path']} time to first chart",
            f"{p['first_chart_ms']} ms (all charts {p['all_charts_ms']} ms), {first_ratio:.2f}x bare",
            f"<= {FIRST_CHART_MS:.0f} ms and <= {BARE_RATIO}x bare",
            p["first_chart_ms"] <= FIRST_CHART_MS and first_ratio <= BARE_RATIO,
        )
        table.add(
            "browser",
            f"{p['path']} first chart, navigated while the tab opens",
            f"{p['first_chart_tab_opening_ms']} ms, "
            f"{p['first_chart_tab_opening_ms'] / bare['first_chart_tab_opening_ms']:.2f}x bare's",
        )
        # The yardstick of a repaint: the same chart, its figures sent as the card sends them, on a
        # bare one-graph page (bench/figure_app.py); against the small line chart beside it.
        own = p["own_figures_repaint_ms"]
        table.add(
            "browser",
            f"{p['path']} repaint ({p['change']['filter']})",
            f"{p['repaint_ms']} ms, {p['repaint_ms'] / own:.2f}x the same chart on a bare page ({own} ms)",
            f"<= {REPAINT_MS:.0f} ms and <= {BARE_RATIO}x the same chart on a bare page",
            p["repaint_ms"] <= REPAINT_MS and p["repaint_ms"] / own <= BARE_RATIO,
        )
        table.add(
            "browser",
            f"{p['path']} repaint, against the bare page's small line chart",
            f"{p['repaint_ms'] / bare['repaint_ms']:.2f}x bare; the same chart on a bare page "
            f"{own / bare['repaint_ms']:.2f}x bare",
        )
        table.add(
            "browser",
            f"{p['path']} repaint, changes back to back",
            f"{p['repaint_back_to_back_ms']} ms, "
            f"{p['repaint_back_to_back_ms'] / bare['repaint_back_to_back_ms']:.2f}x bare's",
        )
    for p in r["pages"].values():
        table.add(
            "bytes",
            f"{p['path']} JS (CSS)",
            f"{_kb(p['js_compressed'])} compressed, {_kb(p['js_decoded'])} decoded "
            f"(CSS {_kb(p['css_compressed'])}, {_kb(p['css_decoded'])})",
            f"JS <= {_kb(JS_COMPRESSED_BYTES)} compressed",
            p["js_compressed"] <= JS_COMPRESSED_BYTES,
        )
    for p in r["pages"].values():
        comps = p["components"]
        ratio = comps["with_tables"] / comps["page_layout"]
        table.add(
            "dom",
            f"{p['path']} Dash components, DOM elements",
            f"components {comps['page_layout']} without tables, {comps['with_tables']} with ({ratio:.2f}x); "
            f"DOM {p['dom']} / {p['dom_with_tables']}",
            f"components with tables <= {COMPONENT_RATIO:.0f}x without",
            ratio <= COMPONENT_RATIO,
        )


def memory_rows(table: Table, r: dict) -> None:
    table.add(
        "memory",
        f"worker RSS after every page + {r['states']} states",
        f"{r['rss_after_states_mb']} MB (after import {r['rss_after_import_mb']} MB, pages {r['rss_after_pages_mb']} MB)",
        f"<= {RSS_MB:.0f} MB",
        r["rss_after_states_mb"] <= RSS_MB,
    )


def startup_rows(table: Table, r: dict) -> None:
    table.add(
        "start",
        "cold start: gunicorn start to first 200 on /health",
        f"{r['to_health_s']:.2f} s",
        f"<= {COLD_START_S} s",
        r["to_health_s"] <= COLD_START_S,
    )
    table.add(
        "start",
        "import dashboard.app (loads and validates the data)",
        f"{r['import_s']:.2f} s",
        f"<= {COLD_START_S} s",
        r["import_s"] <= COLD_START_S,
    )


def filter_change_rows(table: Table, r: dict) -> None:
    table.add(
        "callbacks",
        "wastewater country filter (in process)",
        f"fires {r['callbacks_fired_by_country_change']} callback(s), {r['country_change_ms']} ms; "
        f"whole page {r['whole_page_rebuild_ms']} ms ({r['ratio_whole_page_to_change']}x)",
    )


def _subprocess_json(args: list[str], timeout: float) -> dict:
    out = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: fewer states, loads and memory states")
    args = parser.parse_args()
    states, loads, changes, mem_states = (8, 1, 2, 500) if args.quick else (30, 3, 3, 10_000)

    import browser
    import callbacks
    import startup

    started = time.perf_counter()
    table = Table()
    results: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_1min_at_start": round(os.getloadavg()[0], 2),
            "python": platform.python_version(),
        },
        "targets": {
            "callback_median_ms": CALLBACK_MEDIAN_MS,
            "heaviest_ratio_to_echo": HEAVIEST_RATIO,
            "map_response_bytes": MAP_RESPONSE_BYTES,
            "first_chart_ms": FIRST_CHART_MS,
            "repaint_ms": REPAINT_MS,
            "ratio_to_bare_page": BARE_RATIO,
            "js_compressed_bytes": JS_COMPRESSED_BYTES,
            "components_ratio_with_tables": COMPONENT_RATIO,
            "rss_mb": RSS_MB,
            "cold_start_s": COLD_START_S,
        },
    }
    steps = [
        ("store", store_step, store_rows),
        ("startup", lambda: startup.run(3), startup_rows),
        ("callbacks", lambda: callbacks.run(states), callbacks_rows),
        ("callbacks_live", lambda: callbacks.run(states, store=False), live_rows),
        ("filter_change", lambda: _subprocess_json(["bench/filter_change.py", "--json"], 300), filter_change_rows),
        ("browser", lambda: browser.run(loads, changes), browser_rows),
        (
            "memory",
            lambda: _subprocess_json(["bench/memory.py", "--states", str(mem_states), "--json"], 900),
            memory_rows,
        ),
    ]
    failed_steps = []
    for name, step, rows in steps:
        t0 = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            results[name] = step()
            rows(table, results[name])
        except Exception as e:  # one broken benchmark must not hide the others' numbers
            failed_steps.append(name)
            results[name] = {"error": f"{type(e).__name__}: {e}"}
            table.add(name, "benchmark did not run", f"{type(e).__name__}: {str(e).splitlines()[0][:80]}", "", False)
        print(f"[bench] {name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    results["machine"]["load_average_1min_at_end"] = round(os.getloadavg()[0], 2)
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["table"] = table.rows
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    table.print()
    passed = sum(r["result"] == "PASS" for r in table.rows)
    failed = sum(r["result"] == "FAIL" for r in table.rows)
    print(
        f"\n{passed} PASS, {failed} FAIL in {results['seconds']:.0f} s on {os.cpu_count()} CPUs "
        f"(load average {results['machine']['load_average_1min_at_start']} at start, "
        f"{results['machine']['load_average_1min_at_end']} at end); written to {RESULTS.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
