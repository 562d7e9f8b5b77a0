"""Reflow (WCAG 1.4.10) in a real browser: at 320 CSS px, the width of a 1280 px screen at 400 %
zoom, no page scrolls sideways once its charts are drawn; at 720 px no chart's title, subtitle or
source line runs past the edge of its chart."""

from __future__ import annotations

import pytest

# Every page, the statement and a path that is no page (the 404 page); True where it has charts.
PAGES = [
    ("/", False),
    ("/cannabis", True),
    ("/sentralstimulerende", True),
    ("/dodsfall", True),
    ("/injisering", True),
    ("/avlopsvann", True),
    ("/om-tallene", False),
    ("/tilgjengelighet", False),
    ("/finnes-ikke", False),
]
CHART_PAGES = [path for path, charts in PAGES if charts]


def open_at(page, path: str, width: int, charts: bool):
    """Open `path` in a window `width` px wide and wait until every chart on it is drawn: plotly
    has laid it out and rusdash.js has run its after-draw step (the viewBox it gives each SVG)."""
    if path == "/finnes-ikke":
        page.allowed_errors.append("status of 404")  # the 404 page answers HTTP 404, on purpose
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(page.base_url + path)
    page.wait_for_selector("#_pages_content h1")
    page.wait_for_function(
        """charts => {
            const graphs = [...document.querySelectorAll('#_pages_content .dash-graph')];
            if (charts && (!graphs.length || document.querySelector('.deferred-wait'))) return false;
            return graphs.every(d => {
                const g = d.querySelector('.js-plotly-plot');
                return g && g._fullLayout && g.querySelector('svg.main-svg[viewBox]');
            });
        }""",
        arg=charts,
    )


WIDER_THAN_WINDOW = """() => {
    // Elements that reach past the window and sit in no box that scrolls or clips them: the
    // ones that make the page scroll sideways (for the failure message).
    const limit = window.innerWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (!r.width || r.right <= limit + 0.5) continue;
        let a = el.parentElement, contained = false;
        while (a && a !== document.body) {
            if (getComputedStyle(a).overflowX !== 'visible' || a.tagName === 'svg') { contained = true; break; }
            a = a.parentElement;
        }
        const parent = el.parentElement.getBoundingClientRect();
        if (!contained && parent.right <= limit + 0.5) {
            out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} right=${Math.round(r.right)}`);
        }
    }
    return out.slice(0, 10);
}"""


@pytest.mark.parametrize(("path", "charts"), PAGES)
def test_no_sideways_scrolling_at_320_px(page, path, charts):
    open_at(page, path, 320, charts)
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, window: window.innerWidth,"
        " body: document.body.scrollWidth})"
    )
    assert widths["window"] == 320
    assert widths["scroll"] <= widths["window"] and widths["body"] <= widths["window"], (
        f"{path} is {widths['scroll']} px wide in a 320 px window; too wide: {page.evaluate(WIDER_THAN_WINDOW)}"
    )


@pytest.mark.parametrize("path", CHART_PAGES)
def test_chart_titles_and_sources_are_not_cut_at_720_px(page, path):
    open_at(page, path, 720, True)
    cut = page.evaluate(
        """() => {
            const out = [];
            let texts = 0;
            for (const g of document.querySelectorAll('#_pages_content .js-plotly-plot')) {
                const box = g.getBoundingClientRect();
                if (!box.width) continue;  // a hidden view
                const card = g.closest('.chart-card');
                const cardBox = card ? card.getBoundingClientRect() : box;
                for (const el of g.querySelectorAll('.gtitle, .gtitle-subtitle, .annotation-text')) {
                    const r = el.getBoundingClientRect();
                    if (!r.width) continue;
                    texts++;
                    if (r.left < box.left - 1 || r.right > box.right + 1 || r.right > cardBox.right) {
                        out.push(`${card ? card.id : '?'}: ${el.getAttribute('class')} `
                            + `[${Math.round(r.left - box.left)}, ${Math.round(r.right - box.right)}] `
                            + el.textContent.slice(0, 60));
                    }
                }
            }
            return {texts, out};
        }"""
    )
    assert cut["texts"] > 0, "no chart title or source line found"
    assert cut["out"] == [], "text cut at the chart's edge:\n" + "\n".join(cut["out"])
