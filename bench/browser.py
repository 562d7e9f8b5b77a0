"""The browser's side, per chart page, in headless Chromium (Debian's, through Playwright, with the
flags of tests/browser/conftest.py) against bare one-graph pages (bench/echo_app.py's small line
chart; bench/figure_app.py's with the watched card's own figures), all under gunicorn with
gunicorn.conf.py, in the same run:

- time to first chart: from navigation start to the first animation frame in which a plotly
  graph of the page is drawn (an init script polls every frame from the start of the document),
  and to the frame in which all of the page's charts are drawn; fresh browser context (cold
  cache) per load, navigated once the browser is quiet after opening its tab (`settle`);
- time for a filter change to repaint: from the click (or key press) on a filter, by the event's
  own time stamp, to the first frame in which the graph of a card that reads it holds new data;
  and the main thread's CPU time over the same span (CDP Performance metrics, ThreadTime): less
  at the mercy of other processes on a shared machine than the time itself; `changes` changes
  after every load (the median of loads × changes; until session 9 only the first load's, three
  changes, often the first and slowest of a chart's shapes), each made on a page at rest (Dash
  has no callback pending: the change before has reached every card, as when a reader looks at a
  chart before changing a filter again); and, after another load, the same changes back to back
  (each made as soon as the watched chart showed the one before, while the other cards are still
  being updated), reported beside it. Until session 13 the changes were made back to back only: a
  page of five cards then met each change in the middle of the last one's updates, which a
  one-graph page never has; and the same changes on bench/figure_app.py, a bare one-graph page
  going through the watched card's own figures in the same order (session 15 for /cannabis, every
  page since session 19): the yardstick of the repaint, which tells the cost of the page around a
  chart from the cost of the figure itself;
- JS and CSS bytes of a cold load (resource timing: encodedBodySize is what came over the wire,
  compressed; decodedBodySize after decompression);
- DOM elements after all charts are drawn, and again with every card's table opened; Dash
  components of the page layout (what the routing callback sends) and of the layout plus every
  card's table view (what the table callbacks send).

    python bench/browser.py [--loads 3 --changes 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from echo_app import CHOICE, GRAPH  # noqa: E402
from serve import APP, ECHO, FIGURE, FIGURE_CHOICE, FIGURE_GRAPH, gunicorn  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the same browser, same flags)

DISPATCH = "/_dash-update-component"
TIMEOUT_MS = 60_000
FIGURE_SELECTOR = f"#{FIGURE_GRAPH} .js-plotly-plot"  # bench/figure_app.py's graph
# Before each load the new tab must have finished opening: after new_page() the browser's
# processes use 0.7-1.1 s of CPU over about 0.7 s (most of it the tab's about:blank renderer, with
# Playwright's set-up of it; the page is then loaded in a renderer of its own), and on two cores
# that ran alongside the page being measured. Until session 14: first chart 1.1-1.5 s on our pages;
# after the tab had settled, 0.8-1.1 s in the same run; the bare page's ~1.9 s barely moved.
SETTLE_WINDOW_S = 0.1
SETTLE_TICK_S = 0.011  # SystemInfo.getProcessInfo counts CPU in 10 ms ticks
SETTLE_CAP_S = 10.0

# Installed before any page script: stamps the first frame with a drawn graph and the frame in
# which `expect` graphs are drawn (performance.now() counts from navigation start). A frame is
# stamped when the main thread has done with it: by a task posted from its animation callback at
# the scheduler's highest priority (user-blocking), which runs after the frame's other animation
# callbacks and its paint, and before tasks the page queued meanwhile (a plain message came after
# the page's next chart draw, 20-40 ms later). Stamped in the callback
# itself (until session 13), a frame was counted before the work the page does in the same
# callbacks: there, assets/charts.js lays a chart drawn for the first time out for its width and
# draws it again, and a page's first chart reached the screen 120-150 ms after its stamp (the bare
# page's, 3 ms after).
OBSERVER = """
(() => {
  const b = window.__bench = {expect: %d, first: null, all: null, seenFirst: false};
  const afterFrame = fn => {
    if (window.scheduler && scheduler.postTask) { scheduler.postTask(() => fn(performance.now()), {priority: 'user-blocking'}); return; }
    const ch = new MessageChannel(); ch.port1.onmessage = () => fn(performance.now()); ch.port2.postMessage(0); };
  window.__benchAfterFrame = afterFrame;
  const tick = () => {
    let drawn = 0;
    for (const g of document.querySelectorAll('.js-plotly-plot')) if (g._fullLayout) drawn++;
    if (drawn && !b.seenFirst) { b.seenFirst = true; afterFrame(t => { b.first = t; }); }
    if (drawn >= b.expect) { afterFrame(t => { b.all = t; }); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  for (const kind of ['click', 'keydown'])
    document.addEventListener(kind, e => { if (b.armed) { b.t0 = e.timeStamp; b.armed = false; } }, true);
})();
"""

# Armed before a change: a loop in the page stamps the first animation frame in which the watched
# graph holds new data (once the main thread has done with that frame, as above). Polled from
# Playwright instead, the stamp was often the moment the poll began (10-210 ms after the click on
# this machine), not the repaint.
ARM = """sel => { const b = window.__bench; b.old = document.querySelector(sel).data; b.t0 = null; b.t1 = null;
  b.armed = true;
  const tick = () => { const g = document.querySelector(sel);
    if (b.t0 !== null && g && g._fullLayout && g.data && g.data !== b.old) { window.__benchAfterFrame(t => { b.t1 = t; }); return; }
    requestAnimationFrame(tick); };
  requestAnimationFrame(tick); }"""
REPAINTED = "() => window.__bench.t1 !== null"
# Dash's own flag: some callback asked for and not yet answered and applied (dash-renderer's isLoading).
AT_REST = "() => !!window.store && !window.store.getState().isLoading"
RESOURCES = (
    """() => performance.getEntriesByType('resource').map(e => [e.name, e.encodedBodySize, e.decodedBodySize])"""
)
DOM_COUNT = "() => document.getElementsByTagName('*').length"
ALL_DRAWN = "() => window.__bench && window.__bench.all !== null"


def chart_pages() -> list[dict]:
    """Per page of the registry: its path, card count, and the filter a repaint is measured on (the
    first radio, checklist or slider that a card reads) with the card whose graph is watched."""
    from dashboard.cards.registry import PAGES
    from dashboard.components.filters import filter_id

    pages = []
    for spec in PAGES.values():
        change = None
        for f in spec.filters:
            readers = [c for c in spec.cards if set(c.reads) & set(f.keys)]
            if f.kind in ("radio", "checklist", "slider") and readers:
                change = {"filter": filter_id(spec, f), "kind": f.kind, "card": readers[0].name}
                if f.kind != "slider":
                    change["n_options"] = len(f.options())
                    change["current"] = _option_index(f, spec.defaults())
                break
        pages.append({"name": spec.name, "path": spec.path, "cards": [c.name for c in spec.cards], "change": change})
    return pages


def _option_index(f, state) -> list[int]:
    values = [o["value"] for o in f.options()]
    current = state[f.keys[0]]
    chosen = current if isinstance(current, list) else [current]
    return [values.index(v) for v in chosen if v in values]


def card_figures(p: dict, path: Path) -> dict:
    """The figures the page's watched card shows in the states its filter change goes through, in
    the order the changes visit them (`_act`; the other filters at their defaults), written to
    `path` for bench/figure_app.py with the card's name; the change that goes through the same
    figures on that page (its radio, an option per state)."""
    from dashboard.cards import registry
    from dashboard.components.filters import filter_id

    change = p["change"]
    spec = registry.PAGES[p["name"]]
    f = next(f for f in spec.filters if filter_id(spec, f) == change["filter"])
    states, current = _visited(spec, f, change)
    figures = [registry.view(change["card"], dict(spec.defaults(), **{f.keys[0]: v})).figure_dict() for v in states]
    path.write_text(json.dumps({"card": change["card"], "current": current, "figures": figures}), encoding="utf-8")
    return {"filter": FIGURE_CHOICE, "kind": "radio", "current": [current], "n_options": len(figures)}


def _visited(spec, f, change: dict) -> tuple[list, int]:
    """The filter's values the changes of `_act` go through, and the index of the default among
    them: a radio's options in turn; a checklist's option toggled and back; a slider one step
    right and back."""
    default = spec.defaults()[f.keys[0]]
    if change["kind"] == "radio":
        values = [o["value"] for o in f.options()]
        return values, values.index(default)
    if change["kind"] == "checklist":
        toggled = f.options()[_toggled(change)]["value"]
        return [default, [v for v in default if v != toggled] if toggled in default else [*default, toggled]], 0
    return [default, default + f.props["step"]], 0


def _toggled(change: dict) -> int:
    """The checklist option a change toggles: one not chosen by default (on, off ...), or the last
    one (off, on ...)."""
    n = change["n_options"]
    return next((i for i in range(n) if i not in change["current"]), n - 1)


def _graph_selector(card: str) -> str:
    return f"#card-{card} .js-plotly-plot"


def _act(page, change: dict, step: int) -> None:
    """One filter change: the next radio option, a checkbox toggled, or the slider one step right."""
    fid = change["filter"]
    if change["kind"] == "slider":
        handle = page.locator(f"#{fid} [role=slider]").first
        handle.focus()
        handle.press("ArrowRight" if step % 2 == 0 else "ArrowLeft")
        return
    inputs = page.locator(f"#{fid} input")
    # a radio: round the options from the one after the default (each click a change); a checklist:
    # the same option each time, on and off
    radio = change["kind"] == "radio"
    index = (change["current"][0] + 1 + step) % change["n_options"] if radio else _toggled(change)
    inputs.nth(index).click()


def _cpu_s(cdp) -> float:
    """CPU seconds used so far by all of the browser's processes (10 ms ticks on Linux)."""
    return sum(p["cpuTime"] for p in cdp.send("SystemInfo.getProcessInfo")["processInfo"])


def settle(browser, window_s: float = SETTLE_WINDOW_S, cap_s: float = SETTLE_CAP_S) -> float:
    """Wait until the browser is quiet: two windows in a row in which all its processes together
    used at most one clock tick of CPU. Returns the seconds waited (`cap_s` at most)."""
    cdp = browser.new_browser_cdp_session()  # one session: attaching one costs the browser CPU too
    try:
        start = time.perf_counter()
        last = _cpu_s(cdp)
        quiet = 0
        while quiet < 2 and time.perf_counter() - start < cap_s:
            time.sleep(window_s)  # a sampling window of the condition, not a wait for the page
            now = _cpu_s(cdp)
            quiet = quiet + 1 if now - last <= SETTLE_TICK_S else 0
            last = now
        return time.perf_counter() - start
    finally:
        cdp.detach()


def _load(browser, url: str, expect: int, settled: bool = True) -> tuple:
    """`settled`: navigate once the new tab has finished opening (else at once, as until session 14)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.add_init_script(script=OBSERVER % expect)
    if settled:
        settle(browser)
    page.goto(url, wait_until="commit")
    page.wait_for_function(ALL_DRAWN, polling="raf")
    marks = page.evaluate("() => ({first: window.__bench.first, all: window.__bench.all})")
    return context, page, marks


def _thread_ms(cdp) -> float:
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "ThreadTime") * 1000


def _repaints(page, selector: str, change: dict, n: int, at_rest: bool = True) -> tuple[list[float], list[float]]:
    """Per change: the time to the repainted frame, and the main thread's CPU time until then.
    `at_rest`: each change waits until Dash has no callback pending; else each follows the repaint
    of the one before at once."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    times, cpu = [], []
    for step in range(n):
        if at_rest:
            page.wait_for_function(AT_REST, polling="raf")
        before = _thread_ms(cdp)
        page.evaluate(ARM, selector)
        if change is None:  # the bare page: its radio
            page.locator(f"#{CHOICE} input").nth((step + 1) % 4).click()
        else:
            _act(page, change, step)
        page.wait_for_function(REPAINTED)
        cpu.append(_thread_ms(cdp) - before)
        times.append(page.evaluate("() => window.__bench.t1 - window.__bench.t0"))
    return times, cpu


def _bytes(page) -> dict:
    out = {"js": [0, 0], "css": [0, 0]}
    for name, encoded, decoded in page.evaluate(RESOURCES):
        path = name.split("?", 1)[0]
        kind = "js" if path.endswith(".js") else "css" if path.endswith(".css") else None
        if kind:
            out[kind][0] += encoded
            out[kind][1] += decoded
    return {
        "js_compressed": out["js"][0],
        "js_decoded": out["js"][1],
        "css_compressed": out["css"][0],
        "css_decoded": out["css"][1],
    }


def _open_tables(page, cards: list[str]) -> None:
    for name in cards:
        card = page.locator(f"#card-{name}")
        card.get_by_role("tab", name="Tabell").click()
        card.locator(".cc-table table, .cc-table p").first.wait_for()


# ------------------------------------------------------------------ Dash components over HTTP
def count_components(tree) -> int:
    """Dash components in a layout tree (each serialised as {type, namespace, props})."""
    n, stack = 0, [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "namespace" in node and "type" in node and "props" in node:
                n += 1
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return n


def _ids(tree) -> dict[str, dict]:
    found, stack = {}, [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            props = node.get("props")
            if isinstance(props, dict) and "id" in props and "namespace" in node:
                found[json.dumps(props["id"], sort_keys=True)] = props
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def components(url: str, path: str, cards: list[str]) -> dict:
    """Dash components of a page's layout, and of the layout plus every card's table view."""
    s = requests.Session()
    routing = {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": path},
            {"id": "_pages_location", "property": "search", "value": ""},
        ],
        "changedPropIds": ["_pages_location.pathname"],
    }
    layout = s.post(url + DISPATCH, json=routing, timeout=60).json()["response"]["_pages_content"]["children"]
    shell = count_components(s.get(url + "/_dash-layout", timeout=60).json())
    comps = _ids(layout)
    deps = s.get(url + "/_dash-dependencies", timeout=60).json()
    # the table view's own callback (the card callbacks send the table too, as a duplicate output)
    table = next(d for d in deps if d["output"].replace(" ", "") == '{"card":["MATCH"],"type":"cc-table"}.children')
    tables = 0
    for name in cards:

        def bind(text: str, card: str = name) -> dict:
            pattern = json.loads(text)
            return {k: card if v == ["MATCH"] else v for k, v in pattern.items()}

        inputs = []
        for i in table["inputs"]:
            cid = bind(i["id"])
            props = comps.get(json.dumps(cid, sort_keys=True), {})
            current = props.get(i["property"])
            opened = "table" if i["property"] == "active_tab" or current == "chart" else current  # the view switch
            inputs.append({"id": cid, "property": i["property"], "value": opened})
        out_id, out_prop = table["output"].rsplit(".", 1)
        body = {
            "output": table["output"],
            "outputs": {"id": bind(out_id), "property": out_prop},
            "inputs": inputs,
            "changedPropIds": [
                f"{json.dumps(inputs[0]['id'], sort_keys=True, separators=(',', ':'))}.{inputs[0]['property']}"
            ],
        }
        if table.get("state"):
            body["state"] = [
                {
                    "id": bind(i["id"]),
                    "property": i["property"],
                    "value": comps.get(json.dumps(bind(i["id"]), sort_keys=True), {}).get(i["property"]),
                }
                for i in table["state"]
            ]
        r = s.post(url + DISPATCH, json=body, timeout=60)
        r.raise_for_status()
        tables += count_components(r.json()["response"])
    page = count_components(layout)
    return {"shell": shell, "page_layout": page, "with_tables": page + tables}


# ------------------------------------------------------------------ the run
def run(loads: int = 3, changes: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    pages = chart_pages()
    result = {"pages": {}, "bare": {}}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        app = stack.enter_context(gunicorn(APP, workers=2))
        bare = stack.enter_context(gunicorn(ECHO, workers=2))
        # per page, its watched card's own figures on a bare page (bench/figure_app.py): url, change
        own = {}
        for p in pages:
            figures = Path(tmp) / f"{p['name']}.json"
            own_change = card_figures(p, figures)
            figure = stack.enter_context(gunicorn(FIGURE, workers=2, BENCH_FIGURES=str(figures)))
            own[p["name"]] = (figure.url + "/", own_change)
        pw = stack.enter_context(sync_playwright())
        # name, url, graphs to wait for, watched graph, change (None: the bare page's radio), page
        targets = [
            (p["name"], app.url + p["path"], len(p["cards"]), _graph_selector(p["change"]["card"]), p["change"], p)
            for p in pages
        ]
        targets.append(("bare", bare.url + "/", 1, f"#{GRAPH} .js-plotly-plot", None, None))
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            # one load of each first (warm workers: imports, cached default views; not measured)
            for url, expect in [(t[1], t[2]) for t in targets] + [(url, 1) for url, _ in own.values()]:
                ctx, _, _ = _load(browser, url, expect)
                ctx.close()
            marks: dict[str, list[dict]] = {t[0]: [] for t in targets}
            extra: dict[str, dict] = {}
            repaints: dict[str, tuple[list, list]] = {t[0]: ([], []) for t in targets}
            own_repaints: dict[str, list] = {name: [] for name in own}
            back_to_back: dict[str, list] = {t[0]: [] for t in targets}
            unsettled: dict[str, list] = {t[0]: [] for t in targets}
            for i in range(loads):  # round robin: a slow spell of the machine hits every page alike
                for name, url, expect, selector, change, p in targets:
                    ctx, page, m = _load(browser, url, expect)
                    marks[name].append(m)
                    if i == 0:  # what the page sends and holds: the same on every load
                        info = {"bytes": _bytes(page), "dom": page.evaluate(DOM_COUNT)}
                    # the changes of every load, so one slow spell does not decide a page's median
                    times, cpu = _repaints(page, selector, change, changes)
                    repaints[name][0].extend(times)
                    repaints[name][1].extend(cpu)
                    if i == 0:
                        if p:
                            _open_tables(page, p["cards"])
                            info["dom_with_tables"] = page.evaluate(DOM_COUNT)
                            info["change"] = change
                        extra[name] = info
                    ctx.close()
                    # the same changes back to back, after a load of their own (as measured until
                    # session 13), made while the tab is still opening (as measured until session 14)
                    ctx, page, m = _load(browser, url, expect, settled=False)
                    unsettled[name].append(m["first"])
                    back_to_back[name].extend(_repaints(page, selector, change, changes, at_rest=False)[0])
                    ctx.close()
                    if name in own:  # the same chart's changes on a bare page: repaints only
                        own_url, own_change = own[name]
                        ctx, page, _ = _load(browser, own_url, 1)
                        own_repaints[name].extend(_repaints(page, FIGURE_SELECTOR, own_change, changes)[0])
                        ctx.close()
        finally:
            browser.close()
        for p in pages:
            extra[p["name"]]["components"] = components(app.url, p["path"], p["cards"])
    for name in marks:
        extra[name]["repaint_ms"], extra[name]["repaint_cpu_ms"] = repaints[name]
        first = [m["first"] for m in marks[name]]
        every = [m["all"] for m in marks[name]]
        row = {
            "first_chart_ms": round(statistics.median(first)),
            "all_charts_ms": round(statistics.median(every)),
            "repaint_ms": round(statistics.median(extra[name]["repaint_ms"])),
            "first_chart_all_ms": [round(x) for x in first],
            "first_chart_tab_opening_ms": round(statistics.median(unsettled[name])),
            "first_chart_tab_opening_all_ms": [round(x) for x in unsettled[name]],
            "repaint_all_ms": [round(x) for x in extra[name]["repaint_ms"]],
            "repaint_cpu_ms": round(statistics.median(extra[name]["repaint_cpu_ms"])),
            "repaint_back_to_back_ms": round(statistics.median(back_to_back[name])),
            "repaint_back_to_back_all_ms": [round(x) for x in back_to_back[name]],
            **extra[name]["bytes"],
            "dom": extra[name]["dom"],
        }
        if name == "bare":
            result["bare"] = row
        else:
            row.update(
                path=next(p["path"] for p in pages if p["name"] == name),
                dom_with_tables=extra[name]["dom_with_tables"],
                components=extra[name]["components"],
                change=extra[name]["change"],
                own_figures_repaint_ms=round(statistics.median(own_repaints[name])),
                own_figures_repaint_all_ms=[round(x) for x in own_repaints[name]],
            )
            result["pages"][name] = row
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--changes", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(run(args.loads, args.changes), indent=1))
