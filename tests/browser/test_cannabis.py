"""The /cannabis page in a real browser: loads, every filter changes its chart, table equals
chart, the URL keeps and restores the filters."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import BAR_TEXT, boxes_meet, chart_at, graph_data, open_page, open_table, wait_graph

TITLE = "#card-{} .card-header h2"


@pytest.fixture(autouse=True)
def _patient_expect():
    # The first render runs about ten callbacks; on a busy CI machine that can pass 5 s.
    # Waiting longer is still waiting on a condition, never a fixed sleep.
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def _title(page, card):
    return page.locator(TITLE.format(card))


def _ready(page):
    expect(_title(page, "cannabis-trend")).to_contain_text("Bruk av cannabis")
    expect(_title(page, "cannabis-snapshot")).to_contain_text("i 2025")


def _radio(page, group_id, label):
    page.locator(f"#{group_id}").get_by_text(label, exact=True).click()


def test_page_loads_with_tiles_and_cards(page):
    open_page(page, "/cannabis")
    _ready(page)
    expect(page.locator("#cannabis-tiles .kpi-tile")).to_have_count(3)
    expect(page.locator("#cannabis-tiles")).to_contain_text("26,6 %")
    for card in (
        "cannabis-by-sex",
        "cannabis-young-ages",
        "cannabis-snapshot-age",
        "cannabis-adjusted",
        "cannabis-debut",
        "cannabis-frequency",
    ):
        expect(_title(page, card)).not_to_be_empty()
    expect(page.locator("#card-cannabis-adjusted")).to_contain_text("p < 0,01")
    expect(page.locator("#card-cannabis-debut")).to_contain_text("Gjennomsnitt 20,0 år")


def test_sex_filter_changes_trend_and_url(page):
    open_page(page, "/cannabis")
    _ready(page)
    _radio(page, "cannabis-sex", "menn og kvinner")
    expect(_title(page, "cannabis-trend")).to_contain_text("menn og kvinner")
    page.wait_for_function("() => location.search.includes('k=both')")
    # Two panels side by side: a second x axis exists.
    wait_graph(page, "#card-cannabis-trend .js-plotly-plot", "g.data.some(t => t.xaxis === 'x2')")


def test_age_filter_changes_trend_and_explains_missing_periods(page):
    open_page(page, "/cannabis")
    _ready(page)
    _radio(page, "cannabis-age", "21–25 år")
    expect(_title(page, "cannabis-trend")).to_contain_text("21–25 år")
    wait_graph(page, "#card-cannabis-trend .js-plotly-plot", "g.data.filter(t => t.customdata).length === 1")
    expect(page.locator("#card-cannabis-trend .gtitle, #card-cannabis-trend .gtitle-subtitle").first).to_be_visible()
    page.wait_for_function("() => location.search.includes('a=21-25')")


def test_period_filter_changes_single_period_charts(page):
    open_page(page, "/cannabis")
    _ready(page)
    _radio(page, "cannabis-period", "siste 4 uker")
    expect(_title(page, "cannabis-by-sex")).to_contain_text("siste 4 uker")
    expect(_title(page, "cannabis-adjusted")).to_contain_text("siste 4 uker")
    page.wait_for_function("() => location.search.includes('p=last_4_weeks')")


def test_year_range_changes_trend(page):
    open_page(page, "/cannabis")
    _ready(page)
    box = page.locator("#cannabis-years .dash-range-slider-min-input")
    box.fill("2018")
    box.press("Tab")  # the slider's number box commits its value on blur
    expect(_title(page, "cannabis-trend")).to_contain_text("2018–2025")
    page.wait_for_function("() => location.search.includes('fra=2018')")


def test_snapshot_year_changes_snapshot(page):
    open_page(page, "/cannabis")
    _ready(page)
    page.locator("#cannabis-year").click()
    page.get_by_role("dialog").get_by_text("2019", exact=True).click()  # the open dropdown's choice
    expect(_title(page, "cannabis-snapshot")).to_contain_text("i 2019")
    page.wait_for_function("() => location.search.includes('aar=2019')")


def test_table_shows_same_numbers_as_chart(page):
    open_page(page, "/cannabis")
    _ready(page)
    ys = graph_data(page, "#card-cannabis-snapshot .js-plotly-plot", "g.data.find(t => t.name === 'alle').y")
    open_table(page.locator("#card-cannabis-snapshot"))
    table = page.locator("#card-cannabis-snapshot table")
    expect(table).to_be_visible()
    rows = table.locator("tbody tr")
    expect(rows.first).to_be_visible()
    shown = {}
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        if cells[2] == "alle":  # År, Tidsrom, Kjønn, Aldersgruppe, Andel, ...
            shown[cells[1]] = cells[4]
    expected = [f"{y:.1f}".replace(".", ",") for y in ys]
    assert [shown["noen gang"], shown["siste 12 måneder"], shown["siste 4 uker"]] == expected
    assert shown["noen gang"] == "26,6"  # report figure 1, cannabis lifetime 2025


def test_url_restores_filters(page):
    open_page(page, "/cannabis?k=women&a=16-30&p=last_12_months&fra=2015&til=2024&aar=2020")
    expect(_title(page, "cannabis-trend")).to_have_text(re.compile(r"kvinner, 16–30 år, 2015–2024"))
    expect(_title(page, "cannabis-by-sex")).to_contain_text("siste 12 måneder")
    expect(_title(page, "cannabis-snapshot")).to_contain_text("i 2020")
    expect(page.locator("#cannabis-sex input[value='women']")).to_be_checked()
    page.wait_for_function("() => location.search.includes('k=women') && location.search.includes('fra=2015')")


def test_bad_url_value_falls_back_with_notice(page):
    open_page(page, "/cannabis?k=barn")
    expect(page.locator(".alert-warning")).to_contain_text("barn")
    expect(_title(page, "cannabis-trend")).to_contain_text("alle")


def test_days_of_use_from_the_report_text(page):
    """Report ch. 3: of last-4-weeks users, about 40 % used cannabis on 1-3 days, about 25 % on 20+."""
    open_page(page, "/cannabis")
    _ready(page)
    days = page.locator("#card-cannabis-frequency #cannabis-days")
    expect(days).to_contain_text("om lag 40 % det 1–3 dager")
    expect(days).to_contain_text("om lag 25 % 20 dager eller mer")


def test_page_load_writes_the_address_without_a_request(page):
    """The layout holds the state it shows: a rejected value leaves the address bar on load, with no
    callback request for it; a filter change then writes the new state (the address-bar callback)."""
    asked = []
    page.on(
        "request",
        lambda r: asked.append(r.post_data) if r.url.split("?")[0].endswith("/_dash-update-component") else None,
    )
    open_page(page, "/cannabis?k=barn&a=16-30")
    page.wait_for_function("() => location.search === '?a=16-30'")
    page.wait_for_load_state("networkidle")
    assert not [b for b in asked if "url-state" in (b or "")], asked
    page.locator("#cannabis-sex input[value='women']").click()
    page.wait_for_function("() => location.search === '?a=16-30&k=women'")


@pytest.mark.parametrize(("width", "written"), [(390, False), (600, True), (1440, True)])
def test_frequency_values_are_written_legibly_or_not_at_all(page, width, written):
    """The frequency bars have no published interval. Left to plotly, each value was scaled to its
    bar's width, 6-9 px on a phone. Now they share one size, never under 10 px, and stand apart;
    where twelve bars are too narrow for that (a phone), no value is written on the chart and the
    hover and the table give them."""
    sel = chart_at(page, "/cannabis", "cannabis-frequency", width)
    texts = graph_data(page, sel, f"({BAR_TEXT})(g)")["texts"]
    if not written:
        assert texts == []
        return
    # 2025, used cannabis the last 12 months, 1-5 times: women 61.6, men 48.1, all 53.0 % (source rows)
    assert {"61,6", "48,1", "53,0"} <= {text for text, _, _ in texts} and len(texts) == 12
    assert len({size for _, _, size in texts}) == 1 and texts[0][2] >= 10
    boxes = [box for _, box, _ in texts]
    assert not any(boxes_meet(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


@pytest.mark.parametrize(("width", "written"), [(390, False), (600, True), (1440, True)])
def test_snapshot_values_stand_clear_of_the_other_bars_or_are_not_written(page, width, written):
    """Each value stands over its bar's interval. On a phone, "21,9" (women) is wider than its bar
    and ran under the taller bar beside it (all, 26,6): its "9" was hidden. Where a value would run
    into another bar, whisker or value, none is written on the chart (assets/charts.js); the hover
    and the table give them, and an image for a wider chart has them all."""
    sel = chart_at(page, "/cannabis", "cannabis-snapshot", width)
    drawn = graph_data(page, sel, f"({BAR_TEXT})(g)")
    texts = drawn["texts"]
    if not written:
        assert texts == []
        image = page.evaluate(
            "sel => window.rusdashCharts.imageFigure(document.querySelector(sel), 1600, 900).data"
            ".filter(t => t.hoverinfo === 'skip' && t.visible !== false).map(t => t.text).flat()",
            sel,
        )
        assert {"31,2", "21,9", "26,6"} <= set(image)
        return
    # 2025, ages 16-64, used cannabis at some time: men 31.2, women 21.9, all 26.6 % (source rows)
    assert {"31,2", "21,9", "26,6"} <= {text for text, _, _ in texts} and len(texts) == 9
    boxes = [box for _, box, _ in texts]
    for text, box, _ in texts:
        middle = (box[0] + box[2]) / 2
        others = [b for b in drawn["bars"] if not b[0] <= middle <= b[2]]  # every bar but its own
        assert not any(boxes_meet(box, b) for b in others + drawn["whiskers"]), text
    assert not any(boxes_meet(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
