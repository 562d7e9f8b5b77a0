"""Plotly's chart toolbar opens no door to another host: no "send to cloud" / "Edit in Chart
Studio" button on any chart of any page, and clicking every button of one chart's toolbar sends
no request anywhere but the app (the `page` fixture checks that too; here it is the point)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page, wait_graph

PAGES = ["/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann"]
GRAPH = "#card-cannabis-trend .js-plotly-plot"


@pytest.fixture(autouse=True)
def _patient_expect():
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def test_no_chart_offers_the_cloud(page):
    for path in PAGES:
        open_page(page, path)
        wait_graph(page, ".chart-card .js-plotly-plot")
        configs = page.evaluate(
            "() => [...document.querySelectorAll('.js-plotly-plot')].map(g => ({"
            " cloud: g._context.showSendToCloud, studio: g._context.showEditInChartStudio,"
            " logo: g._context.displaylogo,"
            " buttons: [...g.querySelectorAll('.modebar-btn')].map(b => b.getAttribute('data-title')) }))"
        )
        assert configs, path
        for c in configs:
            # plotly.js 4 has no "Edit in Chart Studio" option any more (undefined); never true.
            assert c["cloud"] is False and c["studio"] in (False, None) and c["logo"] is False, (path, c)
            assert not any("studio" in (b or "").lower() or "cloud" in (b or "").lower() for b in c["buttons"]), c


def test_every_toolbar_button_stays_on_this_host(page):
    requests, popups = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.context.on("page", lambda p: popups.append(p.url))
    open_page(page, "/cannabis")
    wait_graph(page, GRAPH)
    graph = page.locator(GRAPH)
    graph.hover()  # the toolbar shows while the mouse is over the chart
    titles = graph.locator(".modebar-btn").evaluate_all("bs => bs.map(b => b.getAttribute('data-title'))")
    assert len(titles) >= 5, titles  # download, zoom, pan, zoom in/out, reset: a real toolbar
    for title in titles:
        graph.hover()
        button = graph.locator(f'.modebar-btn[data-title="{title}"]')
        if "PNG" in title:  # plotly's own image download: a file, made in the browser
            with page.expect_download() as info:
                button.click()
            assert info.value.suggested_filename.endswith(".png")
        else:
            button.click()
    # Let any request a click started show up before counting: the page is idle again.
    page.wait_for_load_state("networkidle")
    own = urlparse(page.base_url).netloc
    foreign = [
        u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own
    ]
    assert foreign == []
    assert urlparse(page.base_url).hostname == "127.0.0.1"
    assert popups == []  # nothing opened a new window either
