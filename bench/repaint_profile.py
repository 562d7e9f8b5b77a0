"""Where the browser's time goes, per chart page: for a cold load and for filter changes (the
filter bench/browser.py changes), in headless Chromium against the dashboard under gunicorn.

Printed per page and phase (load: navigation start until every chart is drawn; change: the click
until the page is quiet again: every callback answered, no plotly call pending, nothing done for
--quiet-ms):
- the resources of the load (start, end, compressed bytes) and the callbacks (requests to
  /_dash-*): when each was sent and answered, with its outputs and response size;
- the plotly calls (react, update, relayout, Plots.resize, ...) with their card, the time of the
  call itself and until its promise settled, and how often each chart was drawn in full
  (plotly_afterplot);
- each MutationObserver's callbacks (by the script that made the observer): count and total time;
- the JS CPU profile (CDP Profiler, 100 µs sampling; it slows the page, so the times printed with
  it are longer than bench/browser.py's): self time per script and the top functions, and per
  100 ms window the busiest scripts;
- per page: first chart, all charts and quiet (load), repaint (the first frame in which the watched
  card's graph holds new data, as bench/browser.py measures it) and quiet per change, and the main
  thread's CPU time (CDP Performance metrics: ThreadTime, ScriptDuration, LayoutDuration, ...) of
  the load and of a change (median).

Options for finding out what a part costs (experiments; the page may lose what the part does):
--replay answers a callback body seen before from a cache (the changes are made twice, the second
round measured), so the browser's share stands alone, without server time; --stub NAME=FILE
serves FILE for scripts named *NAME* (e.g. the original of a script, or an empty file);
--drop TEXT leaves the callbacks whose output names TEXT out of the page; --dev-renderer serves
Dash's unminified renderer, for readable function names; --bare adds bench/echo_app.py's page.

    python bench/repaint_profile.py [--pages cannabis,ww] [--changes 3] [--replay] [--no-profile]
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from browser import _act, _graph_selector, chart_pages  # noqa: E402
from serve import APP, gunicorn  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TIMEOUT_MS = 60_000

# Before any page script: records callbacks, plotly calls, observer work and frames.
PROBE = """
(() => {
  const p = window.__probe = {draws: {}, t0: 0, fetches: [], plotly: [], observers: {}, frames: [], pending: 0,
    lastBusy: 0, armed: false, expect: %d, drawnAt: null, firstAt: null};
  const now = () => performance.now();
  const busy = () => { p.lastBusy = now(); };
  const origFetch = window.fetch;
  window.fetch = function (url, init) {
    const u = String(url && url.url || url);
    if (!u.includes('/_dash-')) return origFetch.apply(this, arguments);
    let outputs = u.replace(/^.*[/]_dash-/, '_dash-');
    try { outputs = JSON.parse(init.body).output; } catch (e) {}
    const rec = {outputs: outputs.slice(0, 160), sent: now(), answered: null, bytes: null};
    p.fetches.push(rec); p.pending++; busy();
    return origFetch.apply(this, arguments).then(r => {
      rec.answered = now(); rec.status = r.status;
      r.clone().text().then(t => { rec.bytes = t.length; });
      p.pending--; busy(); return r;
    }, e => { p.pending--; busy(); throw e; });
  };
  const wrapPlotly = P => {
    ['newPlot', 'react', 'relayout', 'update', 'restyle', 'redraw', 'purge', 'Plots.resize'].forEach(name => {
      const parts = name.split('.');
      const owner = parts.length > 1 ? P[parts[0]] : P;
      const key = parts[parts.length - 1];
      if (!owner || typeof owner[key] !== 'function' || owner[key].__probed) return;
      const f = owner[key];
      const w = function (gd) {
        const el = typeof gd === 'string' ? document.getElementById(gd) : gd;
        const card = el && el.closest && el.closest('.chart-card');
        const rec = {fn: name, card: card ? card.id : (el && el.id) || '?', start: now(), sync: null, done: null};
        p.plotly.push(rec); p.pending++; busy();
        let out;
        try { out = f.apply(this, arguments); } finally { rec.sync = now() - rec.start; }
        const end = () => { rec.done = now() - rec.start; p.pending--; busy(); };
        if (el && el.on && !el.__probeDraws) {
          el.__probeDraws = true;
          el.on('plotly_afterplot', () => { const k = card ? card.id : '?'; p.draws[k] = (p.draws[k] || 0) + 1; });
        }
        if (out && typeof out.then === 'function') out.then(end, end); else end();
        return out;
      };
      w.__probed = true;
      owner[key] = w;
    });
  };
  let P;
  Object.defineProperty(window, 'Plotly', {configurable: true, get: () => P,
    set: v => { P = v; if (v) wrapPlotly(v); }});
  const MO = window.MutationObserver;
  window.MutationObserver = class extends MO {
    constructor(cb) {
      const stack = (new Error().stack || '').split('\\n').slice(2).find(l => l.includes('/assets/') || l.includes('.js')) || '?';
      const src = (stack.match(/\\/(assets\\/[^?:]+|[^/?:]+\\.js)/) || [stack])[0] + (stack.match(/:(\\d+):\\d+\\)?$/) || ['', ''])[0];
      super(function (records, obs) {
        const s = now();
        try { return cb.call(this, records, obs); } finally {
          const o = p.observers[src] || (p.observers[src] = {calls: 0, ms: 0, records: 0});
          o.calls++; o.ms += now() - s; o.records += records.length; busy();
        }
      });
    }
  };
  const tick = () => {
    const t = now();
    p.frames.push(t);
    if (p.drawnAt === null) {
      let drawn = 0;
      for (const g of document.querySelectorAll('.js-plotly-plot')) if (g._fullLayout) drawn++;
      if (drawn && p.firstAt === null) p.firstAt = t;
      if (drawn >= p.expect) p.drawnAt = t;
    }
    if (p.watch && p.repaintAt === null) {
      const g = document.querySelector(p.watch);
      if (g && g._fullLayout && g.data && g.data !== p.old) p.repaintAt = t;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('click', e => { if (p.armed) { p.t0 = e.timeStamp; p.armed = false; } }, true);
  document.addEventListener('keydown', e => { if (p.armed) { p.t0 = e.timeStamp; p.armed = false; } }, true);
})();
"""

ARM = """sel => { const p = window.__probe; p.fetches = []; p.draws = {}; p.plotly = []; p.observers = {};
  p.watch = sel; p.old = document.querySelector(sel).data; p.repaintAt = null; p.t0 = null; p.armed = true; }"""

# Quiet: nothing pending and nothing happened for `ms` (callbacks, plotly calls, observers).
QUIET = """ms => { const p = window.__probe; return p.drawnAt !== null && (p.t0 === null || p.repaintAt !== null)
  && p.pending === 0 && performance.now() - p.lastBusy > ms; }"""

DEBUG = """() => { const p = window.__probe; return {t0: p.t0, pending: p.pending, lastBusy: p.lastBusy,
  now: performance.now(), repaintAt: p.repaintAt, drawnAt: p.drawnAt, observers: p.observers,
  fetches: p.fetches, plotly: p.plotly.slice(-10)}; }"""

RESOURCES = """() => [performance.getEntriesByType('navigation')[0]].concat(performance.getEntriesByType('resource'))
  .map(e => ({name: e.name.split('?')[0].split('/').pop(), start: e.startTime, end: e.responseEnd,
    bytes: e.encodedBodySize, dcl: e.domContentLoadedEventEnd}))"""

SNAPSHOT = """() => { const p = window.__probe; return {t0: p.t0, fetches: p.fetches, plotly: p.plotly,
  observers: p.observers, draws: p.draws, drawnAt: p.drawnAt, firstAt: p.firstAt, repaintAt: p.repaintAt, quietAt: p.lastBusy}; }"""


EMPTY = {"nodes": [], "samples": [], "timeDeltas": [], "startTime": 0, "endTime": 0}


def _timeline(profile: dict, end_ms: float, step_ms: float, top: int = 3) -> list:
    """CPU per window of `step_ms` (page time: the profile's end is `end_ms` of performance.now()),
    with the scripts that took most of it."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    t = profile["startTime"]
    stamps = []
    for node, dt in zip(profile.get("samples", []), profile.get("timeDeltas", []), strict=False):
        t += dt
        stamps.append((t, node))
    shift = end_ms - profile["endTime"] / 1000
    windows: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for i, (ts, node) in enumerate(stamps):
        dt = (stamps[i + 1][0] - ts) / 1000 if i + 1 < len(stamps) else 0
        url = nodes[node]["callFrame"].get("url", "").split("?")[0].rsplit("/", 1)[-1]
        name = url or nodes[node]["callFrame"].get("functionName") or "?"
        windows[int((ts / 1000 + shift) // step_ms)][name] += dt
    out = []
    for w in sorted(windows):
        c = windows[w]
        busy = sum(v for k, v in c.items() if k != "(idle)")
        out.append(
            (round(w * step_ms), round(busy), [(k, round(v)) for k, v in c.most_common(top + 1) if k != "(idle)"][:top])
        )
    return out


def _profile_summary(profile: dict, top: int) -> dict:
    """Self time per script URL and per function (name @ script:line) from a CDP CPU profile."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    counts = collections.Counter(profile.get("samples", []))
    deltas = profile.get("timeDeltas", [])
    # time per sample: the delta to the next sample
    per_node = collections.Counter()
    samples = profile.get("samples", [])
    for i, node in enumerate(samples):
        dt = deltas[i + 1] if i + 1 < len(deltas) else 0
        per_node[node] += dt / 1000
    del counts
    by_url, by_fn = collections.Counter(), collections.Counter()
    for nid, ms in per_node.items():
        cf = nodes[nid]["callFrame"]
        url = cf.get("url", "").split("?")[0].rsplit("/", 1)[-1] or cf.get("functionName") or "(native)"
        by_url[url] += ms
        name = cf.get("functionName") or "(anonymous)"
        by_fn[f"{name} @ {url}:{cf.get('lineNumber', 0) + 1}"] += ms
    total = sum(per_node.values())
    return {
        "total_ms": round(total),
        "by_script": [(k, round(v, 1)) for k, v in by_url.most_common(top)],
        "by_function": [(k, round(v, 1)) for k, v in by_fn.most_common(top)],
    }


METRICS = (
    "ThreadTime",
    "TaskDuration",
    "ScriptDuration",
    "LayoutDuration",
    "RecalcStyleDuration",
    "V8CompileDuration",
    "LayoutCount",
    "RecalcStyleCount",
)


def _metrics(cdp) -> dict:
    return {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] in METRICS}


def _phase(page, cdp, start, top: int, quiet_ms: int, step_ms: float = 100, metrics=None) -> dict:
    before = _metrics(metrics) if metrics is not None else {}
    if cdp is not None:
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 100})
        cdp.send("Profiler.start")
    start()
    try:
        page.wait_for_function(QUIET, arg=quiet_ms, polling="raf", timeout=TIMEOUT_MS)
    except Exception:
        print("not quiet:", json.dumps(page.evaluate(DEBUG))[:3000])
        raise
    end = page.evaluate("() => performance.now()")  # the profile ends right after (a few ms)
    profile = cdp.send("Profiler.stop")["profile"] if cdp is not None else EMPTY
    snap = page.evaluate(SNAPSHOT)
    snap["resources"] = page.evaluate(RESOURCES)
    t0 = snap["t0"] or 0
    if metrics is not None:
        after = _metrics(metrics)
        snap["metrics"] = {
            k: round((after[k] - before.get(k, 0)) * (1 if k.endswith("Count") else 1000))
            for k in METRICS
            if k in after
        }
    return {
        "snapshot": snap,
        "profile": _profile_summary(profile, top),
        "timeline": _timeline(profile, end - t0, step_ms),
    }


def _report(name: str, phase: str, result: dict) -> None:
    s = result["snapshot"]
    t0 = s["t0"] or 0
    print(f"\n=== {name} / {phase}")
    if phase == "change":
        print(
            f"repaint (data in the measured graph): {s['repaintAt'] - t0:.0f} ms; quiet at {s['quietAt'] - t0:.0f} ms"
        )
    else:
        print(f"first chart {s['firstAt']:.0f} ms, all drawn {s['drawnAt']:.0f} ms; quiet at {s['quietAt']:.0f} ms")
    if phase == "load":
        print("resources (start, end, compressed bytes):")
        for r in s["resources"]:
            dcl = f"  DOMContentLoaded {r['dcl']:.0f}" if r.get("dcl") else ""
            print(f"  {r['start']:7.0f} {r['end']:7.0f} {r['bytes'] or 0:>8}  {r['name'][:60]}{dcl}")
    print("CPU timeline (window start, busy ms, top scripts):")
    for w, busy, tops in result["timeline"]:
        if busy >= 5:
            print(f"  {w:6} {busy:4}  " + ", ".join(f"{k[:28]} {v}" for k, v in tops))
    print(f"callbacks: {len(s['fetches'])}")
    for f in s["fetches"]:
        ans = f"{f['answered'] - t0:7.0f}" if f["answered"] else "   -   "
        print(f"  sent {f['sent'] - t0:7.0f}  answered {ans}  {f.get('bytes') or 0:>7} B  {f['outputs'][:110]}")
    calls = collections.Counter(c["fn"] for c in s["plotly"])
    print("plotly calls:", dict(calls), "full draws (plotly_afterplot) per card:", s.get("draws"))
    for c in s["plotly"]:
        done = f"{c['done']:.0f}" if c["done"] is not None else "-"
        print(f"  {c['start'] - t0:7.0f}  {c['fn']:<8} {c['card']:<28} sync {c['sync']:.0f} ms, settled {done} ms")
    print("observers:")
    for src, o in sorted(s["observers"].items(), key=lambda kv: -kv[1]["ms"]):
        print(f"  {o['ms']:7.1f} ms  {o['calls']:4} calls  {o['records']:6} records  {src}")
    prof = result["profile"]
    print(f"JS CPU (sampled): {prof['total_ms']} ms")
    for k, v in prof["by_script"]:
        print(f"  {v:8.1f}  {k}")
    print("  top functions (self):")
    for k, v in prof["by_function"]:
        print(f"  {v:8.1f}  {k}")


def _dev_renderer(route) -> None:
    """Dash's unminified renderer in place of the minified one (readable function names)."""
    import dash

    dev = Path(dash.__file__).parent / "dash-renderer" / "build" / "dash_renderer.dev.js"
    route.fulfill(body=dev.read_text(), content_type="application/javascript")


def _replayer(cache: dict):
    """A route handler: a callback body seen before is answered with the response recorded for it
    (no server time), any other goes to the server and is recorded."""

    def handle(route):
        key = route.request.post_data or ""
        if key in cache:
            status, headers, body = cache[key]
            route.fulfill(status=status, headers=headers, body=body)
            return
        response = route.fetch()
        body = response.body()
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-encoding", "content-length")}
        cache[key] = (response.status, headers, body)
        route.fulfill(status=response.status, headers=headers, body=body)

    return handle


def _stubber(files: dict[str, str]):
    """A route handler: scripts whose URL contains a key are answered with that file's text."""

    def handle(route):
        url = route.request.url.split("?", 1)[0]
        for part, path in files.items():
            if part in url.rsplit("/", 1)[-1]:
                route.fulfill(body=Path(path).read_text() if path else "", content_type="application/javascript")
                return
        route.fallback()

    return handle


def _dropper(parts: list[str]):
    """A route handler for /_dash-dependencies: the callbacks whose output names one of `parts` are
    left out (what the page would cost without them; an experiment, the page loses what they do)."""

    def handle(route):
        response = route.fetch()
        deps = [d for d in response.json() if not any(p in d["output"] for p in parts)]
        route.fulfill(response=response, body=json.dumps(deps), headers={"content-type": "application/json"})

    return handle


def _bare_change(page, step: int) -> None:
    from echo_app import CHOICE

    page.locator(f"#{CHOICE} input").nth((step + 1) % 4).click()


def _click(page, p: dict | None, step: int) -> None:
    """The page's filter change number `step` (a radio: every option in turn, so each is a change)."""
    if p is None:
        _bare_change(page, step)
        return
    c = p["change"]
    if c["kind"] == "radio":
        page.locator(f"#{c['filter']} input").nth((c["current"][0] + 1 + step) % c["n_options"]).click()
    else:
        _act(page, c, step)


def _target(browser, name: str, url: str, p: dict | None, opts: argparse.Namespace) -> dict:
    """One page: a cold load, then the filter changes (with replay, a first round fills the cache)."""
    from echo_app import GRAPH

    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nb-NO")
    try:
        page = ctx.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.add_init_script(script=PROBE % (len(p["cards"]) if p else 1))
        if opts.dev_renderer:
            page.route("**/dash_renderer.*.min.js", _dev_renderer)
        if opts.stub:
            page.route("**/*.js*", _stubber(dict(x.split("=", 1) for x in opts.stub)))
        if opts.replay:
            page.route("**/_dash-update-component", _replayer({}))
        if opts.drop:
            page.route("**/_dash-dependencies", _dropper(opts.drop))
        session = ctx.new_cdp_session(page)
        session.send("Performance.enable")
        cdp = None if opts.no_profile else session

        def phase(start):
            return _phase(page, cdp, start, opts.top, opts.quiet_ms, metrics=session)

        load = phase(lambda: page.goto(url, wait_until="commit"))
        if not opts.quiet:
            _report(name, "load", load)
        sel = _graph_selector(p["change"]["card"]) if p else f"#{GRAPH} .js-plotly-plot"
        times = []
        for step in range(opts.changes * 2 if opts.replay else opts.changes):

            def change(step=step):
                page.evaluate(ARM, sel)
                _click(page, p, step)

            try:
                ch = phase(change)
            except Exception:
                print(f"{name}: change {step} did not finish")
                raise
            snap = ch["snapshot"]
            times.append((round(snap["repaintAt"] - snap["t0"]), round(snap["quietAt"] - snap["t0"]), snap["metrics"]))
    finally:
        ctx.close()
    measured = times[opts.changes :] if opts.replay else times
    cpu = {k: round(statistics.median(t[2][k] for t in measured)) for k in measured[0][2]}
    if not opts.quiet:
        _report(name, "change", ch)
    ls = load["snapshot"]
    marks = [round(ls[k]) for k in ("firstAt", "drawnAt", "quietAt")]
    print(
        f"\n{name}: load first/all/quiet {marks}; repaint/quiet per change (ms): {[t[:2] for t in measured]}"
        f"\n  load CPU {ls['metrics']}\n  change CPU (median) {cpu}",
        flush=True,
    )
    return {"load": load, "change": ch, "changes": [t[:2] for t in measured], "change_cpu": cpu, "load_marks": marks}


def run(opts: argparse.Namespace) -> dict:
    from playwright.sync_api import sync_playwright
    from serve import ECHO

    names = [n for n in opts.pages.split(",") if n]
    pages = [p for p in chart_pages() if not names or p["name"] in names]
    out = {}
    with gunicorn(APP, workers=2) as app, gunicorn(ECHO, workers=2) as echo, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        targets = [(p["name"], app.url + p["path"], p) for p in pages]
        if opts.bare:
            targets.append(("bare", echo.url + "/", None))
        try:
            for _, url, _ in targets:  # warm the workers (imports, cached views)
                ctx = browser.new_context()
                ctx.new_page().goto(url)
                ctx.close()
            for name, url, p in targets:
                out[name] = _target(browser, name, url, p, opts)
        finally:
            browser.close()
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="", help="comma-separated page names (registry), default all")
    parser.add_argument("--bare", action="store_true", help="also the bare one-graph page of bench/echo_app.py")
    parser.add_argument("--changes", type=int, default=3)
    parser.add_argument("--replay", action="store_true", help="answer repeated callbacks from a cache (no server time)")
    parser.add_argument("--no-profile", action="store_true", help="no CPU profile (its sampling slows the page)")
    parser.add_argument("--quiet", action="store_true", help="only the per-page summary lines")
    parser.add_argument("--top", type=int, default=20, help="scripts and functions listed")
    parser.add_argument("--quiet-ms", type=int, default=300, help="a phase ends after this long with nothing to do")
    parser.add_argument("--dev-renderer", action="store_true", help="Dash's unminified renderer (function names)")
    parser.add_argument("--stub", action="append", default=[], help="NAME=FILE: serve FILE for scripts named *NAME*")
    parser.add_argument("--drop", action="append", default=[], help="leave out callbacks whose output has this")
    parser.add_argument("--json", default="", help="write everything to this file")
    args = parser.parse_args()
    result = run(args)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
