"""What a chart page downloads, in Chromium and over plain HTTP: our plotly.js bundle and never
Dash's full plotly.js or the unused dash_table bundle; the Norwegian plotly locale still
registered; at most 0.9 MB of compressed JavaScript per page; fingerprinted files cached for a
year, others revalidated; the county geometry fetched once; a map update without it."""

from __future__ import annotations

import json
import re

import plotly.offline
import pytest
import requests
from playwright.sync_api import expect

from dashboard.static_files import IMMUTABLE, REVALIDATE
from tests.browser.conftest import open_page, wait_graph
from tests.reliability.dash_client import DISPATCH, AppMap

CHART_PAGES = ["/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann"]
JS_BUDGET = 900_000  # bytes of compressed JavaScript on a chart page (issue 13)
MAP_GRAPH = '[id=\'{"card":"deaths-map","type":"cc-graph"}\'] .js-plotly-plot'
# Dash's own plotly.js (requested only when window.Plotly is missing) and the deprecated table.
FORBIDDEN = ("package_data/plotly.min.js", "plotlyjs", "dash_table")


def _all_graphs_drawn(page):
    page.wait_for_function(
        "() => { const gs = [...document.querySelectorAll('.js-plotly-plot')];"
        " return gs.length > 0 && !document.querySelector('.deferred-wait') && gs.every(g => g.data && g._fullLayout); }"
    )


@pytest.mark.parametrize("path", CHART_PAGES)
def test_chart_page_uses_our_plotly_bundle_and_stays_in_the_js_budget(page, path):
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    open_page(page, path)
    _all_graphs_drawn(page)
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if any(f in u for f in FORBIDDEN)]
    assert [u for u in urls if "/assets/plotly-bundle.min.js" in u]
    assert page.evaluate("() => window.Plotly.version") == plotly.offline.get_plotlyjs_version()
    # The locale file registered into our bundle: the toolbar speaks Norwegian.
    titles = page.evaluate(
        "() => [...document.querySelectorAll('.modebar-btn')].map(b => b.getAttribute('data-title'))"
    )
    assert titles and any(t.startswith("Last ned") for t in titles), titles
    scripts = page.evaluate(
        "() => performance.getEntriesByType('resource')"
        ".filter(e => e.initiatorType === 'script' || /\\.js(\\?|$)/.test(e.name))"
        ".map(e => [e.name, e.encodedBodySize])"
    )
    total = sum(size for _, size in scripts)
    assert 0 < total <= JS_BUDGET, sorted(scripts, key=lambda s: -s[1])[:5]


def test_geometry_is_fetched_once_and_a_map_update_leaves_it_out(page):
    geometry, updates = [], []
    page.on("request", lambda r: geometry.append(r.url) if "counties.geojson" in r.url else None)

    def on_response(response):
        if response.url.split("?")[0].endswith(DISPATCH) and "deaths-map" in (response.request.post_data or ""):
            updates.append(response)

    page.on("response", on_response)
    open_page(page, "/dodsfall")
    wait_graph(page, MAP_GRAPH, "g.querySelectorAll('.choroplethlocation').length === 15")
    page.locator("#deaths-metric").get_by_text("Endring fra året før").click()
    wait_graph(page, MAP_GRAPH, "g.data[0].zmid === 0 && g.querySelectorAll('.choroplethlocation').length === 15")
    page.locator("#deaths-metric").get_by_text("Grov rate per 100 000").click()
    wait_graph(page, MAP_GRAPH, "g.data[0].zmid == null && g.data[0].zmin === 0")
    page.wait_for_load_state("networkidle")
    assert len(geometry) == 1, geometry
    assert updates and all("coordinates" not in r.text() for r in updates)
    # The colour scale of "change" (diverging) does not outlive it.
    assert page.evaluate("sel => document.querySelector(sel)._fullData[0].reversescale", MAP_GRAPH) is False


def test_map_update_response_is_small_over_http(live_server):
    app = AppMap.load(live_server)
    callback = next(c for c in app.server_callbacks() if '"card":"deaths-map","type":"cc-graph"' in c.output)
    body = app.valid_body(callback)
    for item in body["inputs"]:
        if item["id"] == "deaths-metric":
            item["value"] = "crude_rate"
    body["changedPropIds"] = ["deaths-metric.value"]
    r = requests.post(live_server + DISPATCH, json=body, headers={"Accept-Encoding": "identity"}, timeout=60)
    assert r.status_code == 200
    assert len(r.content) <= 20_000, len(r.content)  # today's full figure was 310 KB
    figure = r.json()["response"][json.dumps({"card": "deaths-map", "type": "cc-graph"}, separators=(",", ":"))]
    assert figure["figure"]["__dash_patch_update"] == "__dash_patch_update"


def test_static_files_carry_cache_headers_and_come_compressed(live_server):
    index = requests.get(live_server + "/cannabis", timeout=30).text
    files = re.findall(r'(?:src|href)="(/(?:assets|_dash-component-suites)/[^"]+)"', index)
    assert len(files) > 5
    for path in files:
        r = requests.get(live_server + path, headers={"Accept-Encoding": "br"}, timeout=30, stream=True)
        assert r.status_code == 200, path
        # dcc's lazy chunks (preloaded by the head): webpack asks for them by a URL with no
        # fingerprint, so they are revalidated
        expected = REVALIDATE if "/dcc/async-" in path else IMMUTABLE
        assert r.headers["Cache-Control"] == expected, path
        if r.headers["Content-Type"].startswith(("application/javascript", "text/javascript", "text/css")):
            assert r.headers.get("Content-Encoding") == "br", path
    r = requests.get(live_server + "/assets/topojson/world_110m.json", headers={"Accept-Encoding": "gzip"}, timeout=30)
    assert r.headers["Cache-Control"] == REVALIDATE and r.headers["Content-Encoding"] == "gzip"
    again = requests.get(
        live_server + "/assets/topojson/world_110m.json",
        headers={"Accept-Encoding": "gzip", "If-None-Match": r.headers["ETag"]},
        timeout=30,
    )
    assert again.status_code == 304


# Installed before any page script: whether the first render of the page content (its h1) came with
# dcc's lazily loaded graphs in place, or with the empty placeholders dcc renders while their code
# loads (assets/lazy-components.js).
FIRST_RENDER = """
(() => {
  const seen = window.__firstRender = {placeholders: null};
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#_pages_content h1')) return;
    seen.placeholders = document.querySelectorAll('.dash-graph.dash-graph--pending:empty').length;
    seen.graphs = document.querySelectorAll('#_pages_content .dash-graph').length;
    observer.disconnect();
  }).observe(document, {childList: true, subtree: true});
})();
"""


@pytest.mark.parametrize("path", ["/cannabis", "/avlopsvann"])
def test_first_render_of_a_chart_page_has_its_graphs_not_placeholders(page, path):
    chunks = []
    page.on("request", lambda r: chunks.append(r.url) if "/dcc/async-" in r.url else None)
    page.add_init_script(script=FIRST_RENDER)
    open_page(page, path)
    seen = page.evaluate("() => window.__firstRender")
    assert seen["graphs"] > 0 and seen["placeholders"] == 0, seen
    _all_graphs_drawn(page)
    # what the page renders, asked for before the layout came; nothing no chart page uses (the card
    # tables are TextTables, assets/text-table.js: no markdown)
    names = {u.split("/dcc/")[1].split(".")[0].split("?")[0] for u in chunks}
    assert "async-graph" in names, names
    assert not names & {"async-datepicker", "async-upload", "async-mathjax", "async-highlight", "async-markdown"}, names


def test_page_without_charts_asks_for_no_chart_code(page):
    chunks = []
    page.on("request", lambda r: chunks.append(r.url) if "/dcc/async-" in r.url else None)
    open_page(page, "/om-tallene")
    page.wait_for_load_state("networkidle")
    assert not [u for u in chunks if "async-graph" in u], chunks


# Store updates, and reads of the store: each component's check on an update reads it once.
COUNT_DISPATCHES = """() => { const s = window.store; const d = s.dispatch, g = s.getState;
  window.__dispatches = 0; window.__reads = 0;
  s.dispatch = function () { window.__dispatches++; return d.apply(this, arguments); };
  s.getState = function () { window.__reads++; return g.apply(this, arguments); }; }"""
TREND = "#card-cannabis-trend"


def test_a_filter_change_notifies_the_components_once_per_burst_of_store_updates(page):
    """assets/store-batch.js: the components hear of Dash's store updates in batches (one per task),
    and every update still reaches the page: titles, chart, tiles and address bar all change."""
    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    assert page.evaluate("() => window.rusdashStoreBatch.batched") is True
    before_tiles = page.locator("#cannabis-tiles").inner_text()
    page.evaluate(f"() => {{ window.__old = document.querySelector('{TREND} .js-plotly-plot').data; }}")
    page.evaluate(COUNT_DISPATCHES)
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?k=women'")
    expect(page.locator(f"{TREND} h2").first).to_contain_text("kvinner")
    wait_graph(page, f"{TREND} .js-plotly-plot", "g.data !== window.__old")
    expect(page.locator("#cannabis-tiles")).not_to_have_text(before_tiles)
    dispatches, reads = page.evaluate("() => [window.__dispatches, window.__reads]")
    # about 170 updates: five callbacks and the clientside one (the address bar), several steps each
    assert dispatches >= 60, dispatches
    # measured on /cannabis: 25 reads per update batched, 62 with every update notified at once
    assert reads < 40 * dispatches, (reads, dispatches)


# When the page was clicked, and when a graph was first marked loading (performance.now()).
MARK_TIMES = """() => { window.__clicked = null; window.__marked = null;
  document.addEventListener('click', () => { window.__clicked = performance.now(); }, {capture: true, once: true});
  new MutationObserver(() => { if (window.__marked === null && document.querySelector('[data-rd-loading]'))
    window.__marked = performance.now(); }).observe(document.body, {attributes: true, subtree: true,
    attributeFilter: ['data-rd-loading']}); }"""


def test_while_a_change_is_on_its_way_only_the_charts_are_marked_loading(page):
    """assets/store-batch.js: Dash's loading marks never reach its store; the graphs of figure
    outputs are marked in the DOM instead, once their answer has been on its way for 0.4 s. While
    the answers of a change are held back, the first card's graph is marked (the spinner of
    assets/charts.css), its title and the tiles' box are not, and Dash's store holds no mark; once
    the answers come, the mark is gone and all of it has changed."""
    held = []

    def hold(route):
        body = route.request.post_data or ""
        if "cannabis-trend" in body or "cannabis-tiles" in body:
            held.append(route)
        else:
            route.continue_()

    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    assert page.evaluate("() => window.rusdashStoreBatch.marksInDom") is True
    before_tiles = page.locator("#cannabis-tiles").inner_text()
    page.route("**/_dash-update-component*", hold)
    page.evaluate(MARK_TIMES)
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?k=women'")  # the address callback came
    graph = page.locator(f"{TREND} .dash-graph")
    expect(graph).to_have_attribute("data-rd-loading", "true")
    # not before the answer has been on its way for 0.4 s: a quicker one leaves the graph untouched
    clicked, marked_at = page.evaluate("() => [window.__clicked, window.__marked]")
    assert marked_at - clicked >= 400, (clicked, marked_at)
    assert len(held) == 2
    marked = page.evaluate(
        """() => [...document.querySelectorAll('[data-rd-loading="true"], [data-dash-is-loading="true"]')]
        .map(e => e.id || e.className)"""
    )
    assert marked and all('"cc-graph"' in m for m in marked), marked  # graphs only, by their Dash id
    assert page.locator(f"{TREND} .dash-graph").get_attribute("id") in marked
    assert page.evaluate("() => Object.keys(window.store.getState().loading).length") == 0
    assert page.locator("#cannabis-tiles").get_attribute("data-rd-loading") is None
    for route in held:
        route.continue_()
    expect(page.locator(f"{TREND} h2").first).to_contain_text("kvinner")
    expect(page.locator("#cannabis-tiles")).not_to_have_text(before_tiles)
    expect(graph).not_to_have_attribute("data-rd-loading", "true")
    wait_graph(page, f"{TREND} .js-plotly-plot", "g._fullLayout.title.text.includes('kvinner')")


# A listener subscribed the way react-redux subscribes (through the page's store.subscribe): per
# notification, the parts of Dash's state that changed since the one before.
RECORD_NOTICES = """() => { const s = window.store; let before = s.getState(); window.__notices = [];
  s.subscribe(() => { const now = s.getState();
    window.__notices.push(Object.keys(now).filter(k => now[k] !== before[k])); before = now; }); }"""


def test_updates_that_change_only_dashs_record_of_callbacks_notify_no_component(page):
    """assets/store-batch.js: most of a change's store updates change only Dash's record of its
    callbacks (asked, sent, answered), which no component reads; a burst of such updates (or of
    updates that changed nothing) is not announced. Every announced burst changed something a
    component reads, and the change still reaches the page."""
    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    page.evaluate(f"() => {{ window.__old = document.querySelector('{TREND} .js-plotly-plot').data; }}")
    page.evaluate(COUNT_DISPATCHES)
    page.evaluate(RECORD_NOTICES)
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?k=women'")
    expect(page.locator(f"{TREND} h2").first).to_contain_text("kvinner")
    wait_graph(page, f"{TREND} .js-plotly-plot", "g.data !== window.__old")
    notices, dispatches = page.evaluate("() => [window.__notices, window.__dispatches]")
    assert notices, "no component heard of the change"
    unread = {"callbacks", "callbackJobs"}
    assert all(set(changed) - unread for changed in notices), notices
    assert any("layout" in changed for changed in notices), notices
    # measured on /cannabis: about 70 updates in 17 announced bursts (34 before, half of them with
    # Dash's record of callbacks alone or nothing changed)
    assert len(notices) < dispatches / 3, (len(notices), dispatches)


# Around the page's scripts (wrapped once they have run, so this is what Dash calls): each callback
# answer noted with the order its request was sent in, and the animation frame in which Dash reads
# it (its json()).
TURNS = """
(() => {
  const T = window.__turns = {frames: 0, sent: 0, read: []};
  const tick = () => { T.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => {
    const fetch = window.fetch;
    window.fetch = function (url, init) {
      const answer = fetch.apply(this, arguments);
      if (!String(url).includes('_dash-update-component')) return answer;
      const n = T.sent++;
      return answer.then(r => {
        const json = r.json;
        r.json = function () { T.read.push([n, T.frames]); return json.apply(this, arguments); };
        return r;
      });
    };
  });
})();
"""


# On the graph under `sel`: its draws counted (T.draws) and the frame in which it first holds new
# data noted (T.drawnAt), from now on.
WATCH_DRAWS = """sel => { const g = document.querySelector(sel); const T = window.__turns;
  T.draws = 0; if (!g.__watched) { g.__watched = true; g.on('plotly_afterplot', () => T.draws++); }
  const old = g.data; T.drawnAt = null;
  const tick = () => { if (g.data !== old) { T.drawnAt = T.frames; return; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick); }"""
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def test_a_filter_change_hands_dash_its_answers_in_turn_each_chart_drawn_first(page):
    """assets/update-turns.js: the five answers of a change on /cannabis reach Dash in the order
    they were asked for, no two in the frame of the one before them but the answer after a drawn
    one (Dash applies a card's answer in the frame after its chart was drawn, with the next
    answer), the first card's chart drawn before Dash reads its answer and not drawn again when
    Dash hands it over, and all of them arrive: chart, title, tiles and address."""
    page.add_init_script(script=TURNS)
    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    before_tiles = page.locator("#cannabis-tiles").inner_text()
    page.evaluate(WATCH_DRAWS, f"{TREND} .js-plotly-plot")
    sent = page.evaluate("() => window.__turns.sent")
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("n => window.__turns.read.filter(r => r[0] >= n).length === 5", arg=sent)
    reads = page.evaluate("n => window.__turns.read.filter(r => r[0] >= n)", sent)
    assert [r[0] for r in reads] == sorted(r[0] for r in reads), reads
    frames = [r[1] for r in reads]
    assert all(b >= a for a, b in zip(frames, frames[1:], strict=False)), reads
    assert len(set(frames)) >= 3, reads  # not all at once: one to two answers a frame
    expect(page.locator(f"{TREND} h2").first).to_contain_text("kvinner")
    turns = page.evaluate("() => window.__turns")
    assert turns["drawnAt"] is not None and turns["drawnAt"] <= frames[0], (turns["drawnAt"], reads)
    assert turns["draws"] == 1, turns["draws"]  # drawn ahead once, not again from Dash's props
    assert page.evaluate(f"() => document.querySelector('{TREND} .js-plotly-plot').__rdAhead") is None
    title = page.evaluate(f"() => document.querySelector('{TREND} .js-plotly-plot')._fullLayout.title.text")
    assert "kvinner" in title, title
    expect(page.locator("#cannabis-tiles")).not_to_have_text(before_tiles)
    page.wait_for_function("() => location.search === '?k=women'")


MAP = '[id=\'{"card":"deaths-map","type":"cc-graph"}\'] .js-plotly-plot'


def test_the_county_maps_patch_is_drawn_before_dash_applies_it_and_only_once(page):
    """assets/update-turns.js and charts.js (drawPatchAhead): the county map's answer is a Patch
    (colours, hover text, title); it is applied to the figure Dash last handed the map and drawn at
    its turn, in a frame no later than the one in which Dash reads it; Dash's own patched copy is
    the same figure and is not drawn again. The values are the report's (table of deaths by
    county, 2024: the change from the year before and the count)."""
    page.add_init_script(script=TURNS)
    open_page(page, "/dodsfall")
    wait_graph(page, MAP, "g.data.length && g.data[0].locations && g.data[0].locations.length === 15")
    for label, expected in (("Endring fra året før", {"46": -28, "18": 7}), ("Antall dødsfall", {"03": 56, "56": 5})):
        page.evaluate(WATCH_DRAWS, MAP)
        sent = page.evaluate("() => window.__turns.sent")
        page.locator("#deaths-metric").get_by_text(label).click()
        page.wait_for_function("n => window.__turns.read.filter(r => r[0] >= n).length === 2", arg=sent)
        wait_graph(page, MAP, "g.__rdAhead === null")  # Dash has handed its copy over
        page.evaluate(TWO_FRAMES)
        turns = page.evaluate("() => window.__turns")
        read = sorted(r for r in turns["read"] if r[0] >= sent)
        assert turns["drawnAt"] is not None and turns["drawnAt"] <= read[0][1], (turns["drawnAt"], read)
        assert turns["draws"] == 1, (label, turns["draws"])
        z = page.evaluate("sel => { const d = document.querySelector(sel).data[0]; return [d.locations, d.z]; }", MAP)
        values = dict(zip(z[0], z[1], strict=True))
        assert {k: values[k] for k in expected} == expected, label


# Installed before the page's scripts, so it sits under assets/update-turns.js: when each callback
# request really went out, and when its answer came (performance.now()).
SENDS = """(() => { const f = window.fetch; window.__sends = [];
  window.fetch = function (url, init) { const u = String(url && url.url || url);
    if (!u.includes('_dash-update-component')) return f.apply(this, arguments);
    const row = {body: String(init && init.body || ''), at: performance.now(), answered: null};
    window.__sends.push(row);
    const p = f.apply(this, arguments);
    p.then(() => { row.answered = performance.now(); }, () => {});
    return p; }; })();"""


def test_a_changes_first_request_goes_out_alone_and_the_rest_after_its_chart_is_drawn(page):
    """assets/update-turns.js: of the five requests a change of the sex filter makes on /cannabis,
    the first (the trend card) goes out alone; the other four only once its new chart is drawn
    (or after 60 ms without it). Every card still gets its answer."""
    page.add_init_script(script=SENDS)
    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    # when the trend chart first holds the new figure (plotly sets gd.data as it draws)
    page.evaluate(
        """sel => { const g = document.querySelector(sel); const old = g.data; window.__sends = [];
        window.__drawn = null;
        g.on('plotly_afterplot', () => { if (window.__drawn === null && g.data !== old) window.__drawn = performance.now(); }); }""",
        f"{TREND} .js-plotly-plot",
    )
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?k=women'")
    expect(page.locator("#card-cannabis-young-ages h2").first).to_contain_text("kvinner")
    page.wait_for_function("() => window.__sends.length === 5 && window.__sends.every(r => r.answered !== null)")
    sends, drawn = page.evaluate("() => [window.__sends, window.__drawn]")
    first, rest = sends[0], sends[1:]
    assert "cannabis-trend" in first["body"], first["body"][:200]
    assert drawn is not None and drawn >= first["answered"], (first, drawn)
    for row in rest:
        assert row["at"] >= min(drawn, first["at"] + 60) - 1, (first, drawn, row["at"])
    expect(page.locator(f"{TREND} h2").first).to_contain_text("kvinner")


def test_an_answer_that_never_comes_holds_up_the_others_only_briefly(page):
    """assets/update-turns.js: the first card's request hangs (never answered); the answers asked
    after it wait for it at most HOLD_MS, and then reach the page: the other cards, tiles, address."""
    held = []

    def hang_the_first_card(route):
        if "cannabis-trend" in (route.request.post_data or ""):
            held.append(route)  # never answered
        else:
            route.continue_()

    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    before_tiles = page.locator("#cannabis-tiles").inner_text()
    page.route("**/_dash-update-component*", hang_the_first_card)
    page.locator("#cannabis-sex input[value='women']").click()
    expect(page.locator("#card-cannabis-young-ages h2").first).to_contain_text("kvinner")
    expect(page.locator("#cannabis-tiles")).not_to_have_text(before_tiles)
    page.wait_for_function("() => location.search === '?k=women'")
    assert len(held) == 1
    expect(page.locator(f"{TREND} h2").first).not_to_contain_text("kvinner")  # its answer never came


def test_an_answer_superseded_by_a_newer_change_is_never_drawn_and_holds_up_nothing(page):
    """assets/update-turns.js: the first card's answer for "kvinner" is held back; the reader then
    asks for "menn", whose answers are drawn without waiting for the held one. When the held answer
    comes after all, the chart keeps "menn": Dash drops an answer to a request it has asked again,
    and its figure is not drawn either (it was, ahead of Dash, and the chart showed the old filter
    until the next change)."""
    page.add_init_script(script=TURNS)
    held = []

    def hold_the_first_card_for_women(route):
        body = route.request.post_data or ""
        if not held and "cannabis-trend" in body and '"women"' in body:
            held.append(route)
        else:
            route.continue_()

    open_page(page, "/cannabis")
    _all_graphs_drawn(page)
    page.route("**/_dash-update-component*", hold_the_first_card_for_women)
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?k=women'")
    assert len(held) == 1
    sent = page.evaluate("() => window.__turns.sent")
    page.locator("#cannabis-sex input[value='men']").click()
    trend = f"{TREND} .js-plotly-plot"
    wait_graph(page, trend, "g._fullLayout.title.text.includes('menn')")
    page.evaluate(
        f"""() => {{ const g = document.querySelector('{trend}'); const T = window.__turns;
        T.titles = []; g.on('plotly_afterplot', () => T.titles.push(g._fullLayout.title.text)); }}"""
    )
    read_before = page.evaluate("() => window.__turns.read.length")
    held[0].continue_()  # the answer for "kvinner" comes at last
    page.wait_for_function("n => window.__turns.read.length > n", arg=read_before)
    page.evaluate(TWO_FRAMES)
    turns = page.evaluate("() => window.__turns")
    assert all("kvinner" not in t for t in turns["titles"]), turns["titles"]
    title = page.evaluate(f"() => document.querySelector('{trend}')._fullLayout.title.text")
    assert "menn" in title and "kvinner" not in title, title
    expect(page.locator(f"{TREND} h2").first).to_contain_text("menn")
    # the address is a later answer than the card's heading (assets/update-turns.js: the first card first)
    page.wait_for_function("() => location.search === '?k=men'")
    assert turns["sent"] >= sent + 5  # the second change asked for all five again


EARLY = ("/_dash-layout", "/_dash-dependencies")


@pytest.mark.parametrize("path", ["/cannabis", "/om-tallene"])
def test_layout_callback_map_and_chart_code_are_asked_for_once_from_the_head(page, path):
    """The index page's preload links ask for the layout and the callback map while the scripts
    load, and Dash's own requests take those answers instead of asking again once every script
    has run (without the links the browser asks once, later, by fetch)."""
    asked = []
    page.on("request", lambda r: asked.append(r.url.split("?")[0]) if r.url.split("?")[0].endswith(EARLY) else None)
    open_page(page, path)
    if path == "/cannabis":
        _all_graphs_drawn(page)
    page.wait_for_load_state("networkidle")
    assert sorted(u.rsplit("/", 1)[1] for u in asked) == ["_dash-dependencies", "_dash-layout"], asked
    initiators = page.evaluate(
        "() => performance.getEntriesByType('resource').filter(e => /_dash-(layout|dependencies)$/.test(e.name))"
        ".map(e => e.initiatorType)"
    )
    assert initiators == ["link", "link"], initiators
    # and on a chart page dcc's lazy chart code, once each, from the same links
    chunks = page.evaluate(
        "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/dcc/async-'))"
        ".map(e => [e.name.split('/').pop(), e.initiatorType])"
    )
    if path == "/cannabis":
        assert sorted(chunks) == [[f"async-{n}.js", "link"] for n in ("dropdown", "graph", "slider")], chunks
    else:  # its own (markdown) it asks for as it renders, as before
        assert all(kind != "link" for _, kind in chunks), chunks


# Stamps the first animation frame with a drawn chart: how many card bodies still wait then.
FIRST_CHART = """
(() => {
  const tick = () => {
    const drawn = [...document.querySelectorAll('.chart-card .js-plotly-plot')].filter(g => g._fullLayout);
    if (drawn.length) {
      window.__firstChart = {drawn: drawn.map(g => g.closest('.chart-card').id),
                             waiting: document.querySelectorAll('.chart-card .deferred-wait').length};
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


@pytest.mark.parametrize("path, first", [("/cannabis", "card-cannabis-trend"), ("/dodsfall", "card-deaths-national")])
def test_the_first_card_is_drawn_before_the_others_mount_and_then_all_are(page, path, first):
    """assets/deferred.js: the page's first chart is drawn while the other cards' bodies still wait
    their turn (each holding its place), and then every card mounts and draws."""
    page.add_init_script(script=FIRST_CHART)
    open_page(page, path)
    page.wait_for_function("() => window.__firstChart !== undefined")
    seen = page.evaluate("() => window.__firstChart")
    assert seen["drawn"] == [first] and seen["waiting"] >= 1, seen
    cards = page.locator(".chart-card")
    _all_graphs_drawn(page)
    page.wait_for_function(
        "n => document.querySelectorAll('.chart-card .js-plotly-plot').length === n"
        " && !document.querySelector('.deferred-wait')",
        arg=cards.count(),
    )
    assert page.locator(".chart-card .cc-downloads").count() == cards.count()
