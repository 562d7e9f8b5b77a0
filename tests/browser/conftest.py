"""Browser-test fixtures: the real app under real gunicorn on a free local port, driven by
Playwright through Debian's Chromium. Every page opened through the `page` fixture is checked
at teardown for console errors and for requests to any host other than the app itself."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from tests.gunicorn_server import gunicorn

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


SERVER_LOG: list[str] = []  # gunicorn's log lines, drained in the background


@pytest.fixture(scope="session")
def live_server():
    with gunicorn(SERVER_LOG) as url:
        with urllib.request.urlopen(url + "/health", timeout=30) as r:
            assert r.status == 200
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server, tmp_path):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale="nb-NO")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    errors, foreign = [], []
    own = urlparse(live_server).netloc
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))

    def _request(req):
        u = urlparse(req.url)
        if u.scheme in ("http", "https", "ws", "wss") and u.netloc != own:
            foreign.append(req.url)

    pg.on("request", _request)
    pg.base_url = live_server
    pg.allowed_errors = []  # substrings of console errors a test expects (e.g. the 404 status)
    log_start = len(SERVER_LOG)
    yield pg
    context.close()
    server_errors = [line for line in SERVER_LOG[log_start:] if "Traceback" in line or "Exception on" in line]
    assert not server_errors, "server errors:\n" + "".join(SERVER_LOG[log_start:])
    assert not foreign, f"requests to other hosts: {foreign}"
    errors = [e for e in errors if not any(a in e for a in pg.allowed_errors)]
    assert not errors, f"console errors: {errors}"


def open_page(page, path: str):
    """Open `path` and wait until Dash has rendered the page content."""
    page.goto(page.base_url + path)
    page.wait_for_selector("#_pages_content h1")
    return page


# A wait_graph condition: assets/charts.js has laid the chart out for its width and is not busy.
LAID_OUT = "g.__rdFit && g.__rdFit.settled === true && !g.__rdFit.busy"


def wait_graph(page, selector: str, condition: str = "true"):
    """Wait until the plotly graph under `selector` exists, has data and `condition` (JS on g)
    holds. Null-safe: while a graph re-renders its element may be gone for a moment."""
    page.wait_for_function(
        f"sel => {{ const g = document.querySelector(sel); return !!(g && g.data && g.data.length && ({condition})); }}",
        arg=selector,
    )


def graph_data(page, selector: str, expression: str = "g.data"):
    """Evaluate `expression` on the plotly graph under `selector` once the graph has data: a test
    waits for the chart it reads instead of racing the page."""
    wait_graph(page, selector)
    return page.evaluate(f"sel => {{ const g = document.querySelector(sel); return {expression}; }}", selector)


def open_table(card):
    """Open a card's table view and wait until the server has drawn it."""
    card.get_by_role("tab", name="Tabell").click()
    card.locator(".cc-table table, .cc-table p").first.wait_for()
    return card.locator(".cc-table")


# A bar chart's value labels as drawn ([text, box, size in px]) and its error bars' boxes. The size
# is the font's as shown: plotly fits a label to its bar with a scale transform, not a smaller font.
BAR_TEXT = """g => {
  const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const size = t => parseFloat(t.style.fontSize) * t.getBoundingClientRect().height / t.getBBox().height;
  const texts = [...g.querySelectorAll('.bars .bartext')].filter(t => t.textContent && getComputedStyle(t).display !== 'none');
  return {texts: texts.map(t => [t.textContent, box(t), Math.round(size(t) * 10) / 10]),
          whiskers: [...g.querySelectorAll('.errorbar path.yerror')].map(box),
          bars: [...g.querySelectorAll('.bars .point path')].map(box).filter(b => b[3] - b[1] > 1)};
}"""


def boxes_meet(a, b):
    """Two [left, top, right, bottom] boxes overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def chart_at(page, path: str, card: str, width: int) -> str:
    """Open `path` in a window `width` px wide, bring `card`'s chart into view and wait until it is
    laid out (assets/charts.js); returns the chart's selector."""
    page.set_viewport_size({"width": width, "height": 900})
    open_page(page, path)
    sel = f"#card-{card} .js-plotly-plot"
    page.locator(sel).scroll_into_view_if_needed()
    wait_graph(page, sel, LAID_OUT)
    return sel
