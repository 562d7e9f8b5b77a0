"""The front page in a real browser: every key-figure tile shows the number from the sources and
links to a page whose chart card shows that same number (Norwegian format) in its table view."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page

NBSP = "\u00a0"
# tile id -> (number as shown, typed from the report / source files, link the tile must carry)
TILES = {
    "tile-cannabis": ("26,6", "/cannabis"),  # lifetime 16-64, 2025
    "tile-sex": ("31,2", "/cannabis?k=both"),  # men lifetime 2025 (women 21,9)
    "tile-young": ("10,9", "/cannabis?a=21-25&p=last_12_months"),  # 21-25, last 12 months, 2025
    "tile-cocaine": ("8,1", "/sentralstimulerende?s=cocaine"),  # lifetime 2025
    "tile-deaths": ("342", "/dodsfall"),  # deaths 2024
    "tile-deaths-sex": ("255", "/dodsfall?k=men"),  # men who died, 2024
    "tile-opioids": ("122", "/dodsfall"),  # other opioids, 2024
    "tile-pwid": (f"14{NBSP}326", "/injisering"),  # 3-year moving average 2022-2024 (the report's estimate)
    "tile-wastewater": ("685", "/avlopsvann?st=cocaine"),  # Oslo cocaine (BE), autumn 2025
}


def test_front_page_tiles_show_source_numbers(page):
    open_page(page, "/")
    for tile_id, (number, href) in TILES.items():
        tile = page.locator(f"#{tile_id}")
        expect(tile.locator(".kpi-value")).to_contain_text(number)
        assert tile.locator("a").first.get_attribute("href") == href
    expect(page.locator("#front-dates")).to_contain_text("2025")
    expect(page.locator("#front-news")).to_contain_text("391")


def _show_tables(page):
    cards = page.locator(".chart-card")
    expect(cards.first).to_be_attached()
    # Some pages keep cards in collapsed sections or moving layouts; a dispatched click opens the
    # table view without waiting for the tab to be visible and still.
    for i in range(cards.count()):
        tab = cards.nth(i).locator(".nav-link", has_text="Tabell")
        if tab.count():
            tab.first.dispatch_event("click")
    return page.locator(".chart-card .cc-table")


@pytest.mark.parametrize("tile_id", list(TILES))
def test_tile_link_opens_chart_with_the_number(page, tile_id):
    number, href = TILES[tile_id]
    open_page(page, "/")
    page.locator(f"#{tile_id} a").first.click()
    page.wait_for_url(page.base_url + href)
    tables = _show_tables(page)
    page.wait_for_function(
        "n => [...document.querySelectorAll('.chart-card .cc-table')].some(e => e.textContent.includes(n))", arg=number
    )
    assert tables.count() > 0


PAGES = ["/", "/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann", "/om-tallene"]
RAW_PLACEHOLDER = r"\{[A-Za-z_][A-Za-z0-9_.]*\}"


@pytest.mark.parametrize("path", PAGES)
def test_no_raw_placeholder_in_rendered_text_with_every_about_open(page, path):
    """No "{name}" reaches what a reader sees: every card's "Om tallene" is opened (clicked) and
    the rendered text (innerText, so only what is shown) is searched."""
    open_page(page, path)
    if path not in ("/", "/om-tallene"):
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length > 0")
    summaries = page.locator("details.about > summary")
    for i in range(summaries.count()):
        summaries.nth(i).dispatch_event("click")  # cards in collapsed sections cannot take a real click
    page.wait_for_function(
        "() => [...document.querySelectorAll('details.about')].every(d => d.open)",
    )
    found = page.evaluate(
        "re => document.body.innerText.match(new RegExp(re, 'g'))",
        RAW_PLACEHOLDER,
    )
    assert not found, f"{path}: raw placeholders {found}"
    assert summaries.count() > 0 or path in ("/", "/om-tallene")


def test_front_page_headlines_the_three_year_average(page):
    open_page(page, "/")
    tile = page.locator("#tile-pwid")
    # data/raw/pwid widget data: "roll" 2024 = 14 326 (the report's estimate); "N" 2024 = 12 979
    expect(tile.locator(".kpi-value")).to_have_text(f"14{NBSP}326")
    expect(tile).to_contain_text("2022–2024")
    expect(tile).to_contain_text(f"12{NBSP}979")
    expect(page.locator("#front-news")).to_contain_text(f"14{NBSP}326")
