"""A keyboard-only journey through /cannabis: with nothing but Tab, Shift+Tab, arrow keys and Enter,
change a filter, open a card's table view and download its CSV. Each step checks what a user would
see: the address keeps the filter, the table is there, the file holds the report's number."""

from __future__ import annotations

import csv
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page, wait_graph

CARD = "cannabis-trend"
MAX_TABS = 60  # the first card's CSV button is about 30 Tab stops into the page


@pytest.fixture(autouse=True)
def _patient_expect():
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def focused(page, js_test: str) -> bool:
    """Whether the focused element passes `js_test` (a function of the element)."""
    return page.evaluate(f"() => {{ const e = document.activeElement; return !!e && ({js_test})(e); }}")


def tab_to(page, js_test: str, key: str = "Tab") -> None:
    """Press Tab (or Shift+Tab) until the focused element passes `js_test`."""
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if focused(page, js_test):
            return
    raise AssertionError(f"{key} never reached an element where {js_test}")


def test_keyboard_only_filter_table_and_csv(page, tmp_path):
    open_page(page, "/cannabis")
    card = page.locator(f"#card-{CARD}")
    wait_graph(page, f"#card-{CARD} .js-plotly-plot")

    # 1. The sex filter is one Tab stop (a radio group); an arrow key chooses the next option, "menn".
    tab_to(page, "e => e.type === 'radio' && e.name === 'cannabis-sex'")
    assert focused(page, "e => e.value === 'all' && e.checked")
    page.keyboard.press("ArrowRight")
    assert focused(page, "e => e.value === 'men' && e.checked")
    page.wait_for_url(re.compile(r"[?&]k=men(&|$)"))
    expect(card.locator(".card-header h2")).to_contain_text("menn")

    # 2. The card's view switch: Tab reaches the open tab ("Figur"), the right arrow opens "Tabell".
    tab_to(page, f"e => e.getAttribute('role') === 'tab' && e.id.includes('\"{CARD}\"')")
    assert focused(page, "e => e.textContent === 'Figur' && e.getAttribute('aria-selected') === 'true'")
    page.keyboard.press("ArrowRight")
    assert focused(page, "e => e.textContent === 'Tabell'")
    tab = card.get_by_role("tab", name="Tabell")
    expect(tab).to_have_attribute("aria-selected", "true")
    table = card.locator(".cc-table table")
    expect(table).to_be_visible()
    expect(table).to_contain_text("menn")
    expect(card.locator(".js-plotly-plot")).to_be_hidden()

    # The table scrolls as a focusable region, next in the Tab order; Shift+Tab goes back to the
    # tablist's one Tab stop, which is now "Tabell".
    page.keyboard.press("Tab")
    assert focused(page, "e => e.getAttribute('role') === 'region' && e.classList.contains('cc-table')")
    page.keyboard.press("Shift+Tab")
    assert focused(page, "e => e.textContent === 'Tabell' && e.getAttribute('aria-selected') === 'true'")

    # 3. The CSV button of the same card, reached by Tab and pressed with Enter.
    tab_to(page, f"e => e.tagName === 'BUTTON' && e.id.includes('\"{CARD}\"') && e.id.includes('\"csv\"')")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename.endswith(".csv") and "-men-" in download.suggested_filename
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    # data/raw/survey/toir_rusundersokelsen_2013_2025_widgets.csv, widget 9 (report figure 8),
    # men 16-64, lifetime, 2025: 31.2 % (95 % CI 28.6-33.8), 1785 respondents.
    match = [r for r in rows if r["År"] == "2025" and r["Tidsrom"] == "noen gang"]
    assert len(match) == 1, rows[:3]
    got = [match[0][k] for k in ("Kjønn", "Andel (%)", "95 % KI, nedre", "95 % KI, øvre", "Antall svar")]
    assert got == ["menn", "31,2", "28,6", "33,8", "1785"]
    assert {r["Kjønn"] for r in rows} == {"menn"}  # the file is the filtered view, not everything
