"""Benchmarks, compared as ratios within one run (never as timed tests).

    python bench/run.py

1. Building a trend figure with plotly.graph_objects vs plotly express from the same cached frame
   (the design asks for graph_objects in callbacks).
2. A cached store lookup vs reading and validating the CSV again (why data load once per worker).
3. App start-up (import + validation of every table) in a fresh process, and its peak memory.
4. A wastewater country-filter change: the callbacks it fires and their cost against rebuilding
   every card of the page (bench/filter_change.py).
5. Worker memory after every page and 10,000 distinct filter states (bench/memory.py; a few minutes).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def best_of(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    import plotly.express as px
    import plotly.graph_objects as go

    from dashboard.data import store
    from dashboard.data.contract import SPECS, read_table
    from dashboard.data.paths import tidy_dir

    df = store.table("survey_prevalence")
    sel = df[(df.substance == "cannabis") & (df.sex == "all") & (df.age_group == "16-64")]

    def with_go():
        fig = go.Figure()
        for period, part in sel.groupby("period"):
            fig.add_trace(go.Scatter(x=part["year"], y=part["percent"], mode="lines+markers", name=period))
        return fig.to_plotly_json()

    def with_px():
        return px.line(sel, x="year", y="percent", color="period", markers=True).to_plotly_json()

    t_go, t_px = best_of(with_go), best_of(with_px)
    print(
        f"figure build: graph_objects {t_go * 1e3:.2f} ms, express {t_px * 1e3:.2f} ms, "
        f"express/graph_objects = {t_px / t_go:.1f}x"
    )

    name = "survey_prevalence.csv"
    t_cached = best_of(lambda: store.table(name), 50)
    t_read = best_of(lambda: read_table(tidy_dir() / name, SPECS[name]), 5)
    print(
        f"table lookup: cached {t_cached * 1e6:.1f} µs, re-read+validate {t_read * 1e3:.2f} ms, "
        f"ratio {t_read / t_cached:.0f}x"
    )

    code = (
        "import time, resource; s=time.perf_counter(); import dashboard.app; "
        "print(time.perf_counter()-s, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, rss_kb = out.stdout.split()
    base = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource, pandas, plotly, dash; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(
        f"start-up: {float(seconds):.2f} s to import the app and validate all tables; "
        f"peak memory {int(rss_kb) / 1024:.0f} MiB (bare pandas+plotly+dash: {int(base) / 1024:.0f} MiB, "
        f"ratio {int(rss_kb) / int(base):.2f})"
    )

    import filter_change
    import memory

    filter_change.main()
    memory.main()


if __name__ == "__main__":
    main()
