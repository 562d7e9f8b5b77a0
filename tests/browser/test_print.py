"""Printing (assets/print.css, and the print step of assets/rusdash.js): no menus, buttons,
toolbars or filters on paper; every chart within the page, scaled to it; an opened table printed
below its chart; and Chromium's own print path (page.pdf) works and draws the charts for the paper."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import open_page, open_table

PAGE = "/cannabis"
A4_CONTENT_PX = 703  # 210 mm less print.css's 2 x 12 mm margins, at 96 CSS px per inch


def charts_drawn(page):
    """Every chart of the page drawn by plotly, with the viewBox rusdash.js gives it after a draw."""
    page.wait_for_function(
        """() => {
            const graphs = [...document.querySelectorAll('#_pages_content .dash-graph')];
            return graphs.length > 0 && !document.querySelector('.deferred-wait') && graphs.every(d => {
                const g = d.querySelector('.js-plotly-plot');
                return g && g._fullLayout && g.querySelector('svg.main-svg[viewBox]');
            });
        }"""
    )


def shown(page, selector: str) -> int:
    """How many elements matching `selector` take up room on the page."""
    return page.evaluate(
        "sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length"
        " && getComputedStyle(e).visibility !== 'hidden').length",
        selector,
    )


def test_print_leaves_out_menus_buttons_toolbars_and_filters(page):
    open_page(page, PAGE)
    charts_drawn(page)
    # on screen they are there (so the checks below could fail)
    for selector in ("nav.navbar", "footer", "#copy-link", ".filter-bar", ".cc-downloads .btn", "[role=tablist]"):
        assert shown(page, selector) > 0, selector
    page.emulate_media(media="print")
    for selector in (
        "nav.navbar",
        "footer",
        ".skip-link",
        "#copy-link",
        "button",
        ".btn",
        ".filter-bar",
        "[role=tablist]",
        ".modebar",
        "details.about",
    ):
        assert shown(page, selector) == 0, f"{selector} is printed"
    expect(page.locator("h1")).to_have_text("Cannabis")


def test_printed_charts_lie_within_the_page_and_scale_to_it(page):
    open_page(page, PAGE)
    charts_drawn(page)
    page.emulate_media(media="print")
    result = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const out = {width, scroll: document.documentElement.scrollWidth, charts: 0, problems: []};
            for (const card of document.querySelectorAll('.chart-card')) {
                const g = card.querySelector('.js-plotly-plot');
                if (!g) continue;
                out.charts++;
                const c = card.getBoundingClientRect();
                const box = g.querySelector('.svg-container').getBoundingClientRect();
                const outer = g.closest('.dash-graph').getBoundingClientRect();
                if (c.left < 0 || c.right > width + 0.5) out.problems.push(`${card.id}: card beyond the page`);
                for (const svg of g.querySelectorAll('svg.main-svg')) {
                    const r = svg.getBoundingClientRect();
                    const w = svg.getAttribute('width'), h = svg.getAttribute('height');
                    if (r.left < c.left - 0.5 || r.right > c.right + 0.5) out.problems.push(`${card.id}: chart beyond its card`);
                    if (svg.getAttribute('viewBox') !== `0 0 ${w} ${h}`) out.problems.push(`${card.id}: no viewBox`);
                    // drawn to the width of its box, whatever width it was drawn at on screen
                    if (Math.abs(r.width - box.width) > 1) out.problems.push(`${card.id}: ${r.width} px in a ${box.width} px box`);
                    // inside the room its graph takes on the page (else it covers what follows)
                    if (r.bottom > outer.bottom + 0.5) out.problems.push(`${card.id}: chart spills out of its graph box`);
                    // and keeps its proportions
                    if (Math.abs(r.height / r.width - h / w) > 0.01) out.problems.push(`${card.id}: proportions changed`);
                }
            }
            return out;
        }"""
    )
    assert result["charts"] >= 5
    assert result["scroll"] <= result["width"]
    assert result["problems"] == []


def test_an_opened_table_is_printed_below_its_chart(page):
    open_page(page, "/injisering")
    charts_drawn(page)
    card = page.locator(".chart-card").first
    table = open_table(card)
    expect(table.locator("table")).to_be_visible()
    expect(card.locator(".js-plotly-plot")).to_be_hidden()  # the table view replaced the chart
    page.emulate_media(media="print")
    expect(table.locator("table")).to_be_visible()
    expect(card.locator(".js-plotly-plot")).to_be_visible()
    chart_box = card.locator(".js-plotly-plot").bounding_box()
    table_box = table.locator("table").bounding_box()
    assert chart_box["y"] + chart_box["height"] <= table_box["y"] + 1
    # a table is printed whole: no scrolling box cuts its rows
    assert table.evaluate("el => el.scrollHeight <= el.clientHeight + 1")


def test_pdf_in_headless_chromium_draws_charts_for_the_paper(page):
    open_page(page, PAGE)
    charts_drawn(page)
    screen = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('.chart-card svg.main-svg')].map(s => +s.getAttribute('width')))"
    )
    assert screen > A4_CONTENT_PX  # drawn wider than the paper on screen
    # Our listener is added after rusdash.js's, so it sees the charts as they are printed.
    page.evaluate(
        """() => { window.__printed = [];
            addEventListener('beforeprint', () => { window.__printed =
                [...document.querySelectorAll('.chart-card svg.main-svg')].map(s => +s.getAttribute('width')); }); }"""
    )
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) >= 2  # a page object per printed page
    printed = page.evaluate("() => window.__printed")
    assert printed and max(printed) <= A4_CONTENT_PX and min(printed) >= 0.8 * A4_CONTENT_PX  # the paper's width
    # and drawn for the screen again afterwards
    page.wait_for_function(
        "w => Math.max(...[...document.querySelectorAll('.chart-card svg.main-svg')].map(s => +s.getAttribute('width'))) === w",
        arg=screen,
    )
