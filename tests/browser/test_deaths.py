"""The deaths page in a real browser: map with 15 counties, metric and sex switches, URL state,
table view equal to the chart, and no request to other hosts (checked by the page fixture)."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import boxes_meet, chart_at, open_page, open_table, wait_graph

MAP_GRAPH = '[id=\'{"card":"deaths-map","type":"cc-graph"}\'] .js-plotly-plot'
AGE_GRAPH = '[id=\'{"card":"deaths-age","type":"cc-graph"}\'] .js-plotly-plot'
AGE_CARD = "#card-deaths-age"


def _wait_map(page):
    wait_graph(page, MAP_GRAPH, "g.data.length && g.data[0].locations && g.data[0].locations.length > 0")


def _map_data(page):
    return page.evaluate(
        """sel => { const g = document.querySelector(sel);
        return {locations: g.data[0].locations, z: g.data[0].z, title: g.layout.title.text,
                widths: g.data[0].marker.line.width}; }""",
        MAP_GRAPH,
    )


def _age_traces(page):
    # plotly ships numeric arrays base64-packed; _fullData holds them decoded
    return page.evaluate(
        "sel => document.querySelector(sel)._fullData.map(d => ({name: d.name, y: Array.from(d.y)}))", AGE_GRAPH
    )


def test_map_renders_fifteen_counties(page):
    open_page(page, "/dodsfall")
    _wait_map(page)
    data = _map_data(page)
    assert len(data["locations"]) == 15
    z = dict(zip(data["locations"], data["z"], strict=True))
    # report table 2024: Oslo 56, Vestland 31, Finnmark 5
    assert z["03"] == 56 and z["46"] == 31 and z["56"] == 5
    # the map is drawn (svg paths for the counties), not just data
    expect(page.locator(f"{MAP_GRAPH} .choroplethlocation")).to_have_count(15)


def test_metric_switch_changes_map_and_url(page):
    open_page(page, "/dodsfall")
    _wait_map(page)
    page.locator("#deaths-metric").get_by_text("Endring fra året før").click()
    wait_graph(page, MAP_GRAPH, "g.data[0].z && g.data[0].z.some(v => v < 0)")
    d = _map_data(page)
    z = dict(zip(d["locations"], d["z"], strict=True))
    # report "Endring" column: Vestland -28, Nordland +7
    assert z["46"] == -28 and z["18"] == 7
    expect(page).to_have_url(page.base_url + "/dodsfall?m=change")


def test_crude_rate_and_year_from_url(page):
    open_page(page, "/dodsfall?m=crude_rate&aar=2023")
    _wait_map(page)
    d = _map_data(page)
    z = dict(zip(d["locations"], d["z"], strict=True))
    # Oslo 2023: 61 deaths / mean of 1 Jan 2023 and 2024 population; larger than 8, smaller than 9
    assert 8 < z["03"] < 9
    assert "2023" in d["title"]
    expect(page.locator("#deaths-year input[value='2023']")).to_be_checked()


def test_sex_filter_changes_age_chart(page):
    open_page(page, "/dodsfall")
    wait_graph(page, AGE_GRAPH, "g.data.length == 2")
    before = _age_traces(page)
    assert [t["name"] for t in before] == ["menn", "kvinner"]
    page.locator("#deaths-sex").get_by_text("kvinner", exact=True).click()
    wait_graph(page, AGE_GRAPH, "g.data.length == 1")
    after = _age_traces(page)
    # report table, women 2024: 13, 14, 18, 16, 15, 11
    assert after[0]["y"] == [13, 14, 18, 16, 15, 11]
    expect(page).to_have_url(page.base_url + "/dodsfall?k=women")


def test_age_table_view_matches_chart(page):
    open_page(page, "/dodsfall?k=men")
    wait_graph(page, AGE_GRAPH, "g.data.length == 1")
    chart = _age_traces(page)[0]["y"]
    card = page.locator(AGE_CARD)
    card.get_by_role("tab", name="Tabell").click()
    cells = card.locator("table tbody tr td:nth-child(3)")
    expect(cells).to_have_count(6)
    assert [int(c) for c in cells.all_inner_texts()] == chart == [55, 48, 46, 61, 36, 9]


def test_click_or_choose_county_highlights_and_shows_numbers(page):
    open_page(page, "/dodsfall?fylke=33")
    _wait_map(page)
    detail = page.locator("#deaths-county-detail")
    expect(detail).to_contain_text("Buskerud 2024: 24 dødsfall")
    expect(detail).to_contain_text("9,0")
    d = _map_data(page)
    w = dict(zip(d["locations"], d["widths"], strict=True))
    assert w["33"] > w["03"]
    expect(page.locator("#deaths-county-table tr[data-county='33']")).to_have_class("table-active fw-bold")


def test_clicking_a_county_on_the_map_selects_it(page):
    open_page(page, "/dodsfall")
    _wait_map(page)
    # plotly fires plotly_click from its own hover state: hover the county's path, then click it
    code = "34"  # Innlandet: compact, so the centre of its box lies inside it
    i = _map_data(page)["locations"].index(code)
    page.locator(MAP_GRAPH).scroll_into_view_if_needed()  # mouse coordinates are viewport coordinates
    box = page.locator(f"{MAP_GRAPH} .choroplethlocation").nth(i).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.move(x + 1, y + 1)  # plotly clicks the point it is hovering
    page.mouse.click(x + 1, y + 1)
    expect(page).to_have_url(page.base_url + f"/dodsfall?fylke={code}")
    expect(page.locator(f"#deaths-county-table tr[data-county='{code}']")).to_have_class("table-active fw-bold")


def test_sort_table_by_deaths(page):
    open_page(page, "/dodsfall")
    _wait_map(page)
    page.locator("#deaths-sort").click()
    page.get_by_text("Flest dødsfall", exact=True).click()
    first = page.locator("#deaths-county-table tbody tr").first
    expect(first).to_have_attribute("data-county", "03")
    expect(page).to_have_url(page.base_url + "/dodsfall?sort=deaths")  # the sort is in the link


def test_sort_from_the_link_is_restored(page):
    open_page(page, "/dodsfall?sort=deaths")
    # report county table 2024: Oslo 56 deaths, the most
    expect(page.locator("#deaths-county-table tbody tr").first).to_have_attribute("data-county", "03")


def test_county_table_is_not_cut_at_1300_px(page):
    page.set_viewport_size({"width": 1300, "height": 900})
    open_page(page, "/dodsfall")
    _wait_map(page)
    table = page.locator("#deaths-county-table table")
    expect(table).to_contain_text("Rapportens rate")
    # the table fits its column (no sideways scroll that hides a column) and no cell clips its text
    cut = page.evaluate(
        """() => { const box = document.querySelector('#deaths-county-table');
        const cells = [...box.querySelectorAll('th, td')].filter(c => c.scrollWidth > c.clientWidth + 1);
        return {overflow: box.scrollWidth - box.clientWidth, cells: cells.map(c => c.innerText)}; }"""
    )
    assert cut == {"overflow": 0, "cells": []}
    row = page.locator("#deaths-county-table tr[data-county='33']")
    expect(row).to_contain_text("9,0")  # Buskerud, report ch. 5: "med 9,0 dødsfall per 100 000"


def test_national_card_shows_sources_precision_and_2021_note(page):
    open_page(page, "/dodsfall")
    card = page.locator("#card-deaths-national")
    expect(card.locator("#deaths-national-origins")).to_contain_text("For 2021 viser vi 241 dødsfall")
    expect(card.locator("#deaths-national-origins")).to_contain_text("247")  # 321 - 74 (Rusfeltet.no)
    table = open_table(card)
    row_2012 = table.locator("tbody tr", has_text="Actis")
    expect(row_2012).to_have_count(1)
    cells = row_2012.locator("th, td").all_inner_texts()
    assert cells[:3] == ["2012", "246", "5"]  # ch. 6 writes the 2012 rate "5", not "5,0"
    expect(
        table.locator("tbody tr", has_text="Rusfeltet.no, juni 2023").first
    ).to_be_attached()  # the publication in bokmål


def test_sex_card_shows_the_change_since_the_year_before(page):
    open_page(page, "/dodsfall")
    note = page.locator("#deaths-sex-change")
    # report ch. 5: 42 fewer women and 7 fewer men than in 2023
    expect(note).to_contain_text("kvinner \u221242")
    expect(note).to_contain_text("menn \u22127")
    page.locator("#deaths-sex").get_by_text("menn", exact=True).click()
    expect(note).to_contain_text("menn: \u22127 (fra 262 til 255 dødsfall)")


def test_national_card_shows_trend_and_sources(page):
    open_page(page, "/dodsfall")
    g = '[id=\'{"card":"deaths-national","type":"cc-graph"}\'] .js-plotly-plot'
    wait_graph(page, g, "g.data.length >= 3")
    names = page.evaluate("sel => document.querySelector(sel).data.map(d => d.name)", g)
    assert "Lineær trend" in names
    card = page.locator("#card-deaths-national")
    card.get_by_role("tab", name="Tabell").click()
    expect(card.locator("table")).to_contain_text("Tall om illegale rusmidler 2025")
    expect(card.locator("table")).to_contain_text("Actis")


def test_key_figures_and_standardised_check(page):
    open_page(page, "/dodsfall")
    expect(page.locator("#deaths-kpi-deaths")).to_contain_text("342")
    expect(page.locator("#deaths-kpi-deaths")).to_contain_text("391")
    expect(page.locator("#card-deaths-standardised")).to_contain_text("rapporten oppgir 6,1")


def test_bad_url_value_falls_back_with_notice(page):
    open_page(page, "/dodsfall?m=tull")
    expect(page.locator(".alert-warning")).to_contain_text("tull")
    _wait_map(page)
    assert len(_map_data(page)["locations"]) == 15


@pytest.mark.parametrize("width", [390, 1440])
def test_the_published_rates_are_written_apart_and_whole(page, width):
    """The published age-standardised rates of 2023 (7,1) and 2024 (6,1) stand a year apart: on a
    phone, both written above their points ran into one smudge, and the last was cut at the plot's
    edge. And "100 000" in the panel's y title is never broken over two lines."""
    sel = chart_at(page, "/dodsfall", "deaths-national", width)
    drawn = page.evaluate(
        """sel => { const g = document.querySelector(sel);
        const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        return {labels: [...g.querySelectorAll('.scatterlayer .textpoint text')].map(t => [t.textContent, box(t)]),
                svg: box(g.querySelector('svg.main-svg')), title: g.layout.yaxis2.title.text}; }""",
        sel,
    )
    labels = dict(drawn["labels"])
    assert set(labels) == {"5", "7,1", "6,1"}  # report: 5 (2012), 7.1 (2023), 6.1 (2024)
    assert not boxes_meet(labels["7,1"], labels["6,1"])
    left, top, right, bottom = drawn["svg"]
    assert all(left <= b[0] and b[2] <= right and top <= b[1] and b[3] <= bottom for b in labels.values())
    assert "100\u00a0000" in drawn["title"].replace("<br>", " ")


@pytest.mark.parametrize("width", [390, 1440])
def test_the_note_on_missing_years_stands_clear_of_the_bars(page, width):
    """Deaths by intent say which years the sources give no full split for, in a note at the plot's
    top: on a phone it wraps into more lines and stood on the bars of 2015 and 2024."""
    sel = chart_at(page, "/dodsfall", "deaths-intent", width)
    drawn = page.evaluate(
        """sel => { const g = document.querySelector(sel);
        const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        const note = [...g.querySelectorAll('.annotation')].find(a => a.textContent.includes('fullstendig'));
        return {note: note && note.textContent, box: note && box(note.querySelector('rect.bg')),
                bars: [...g.querySelectorAll('.bars .point path')].map(box)}; }""",
        sel,
    )
    # the years the report and older sources give no split by intent for, between 2015 and 2024
    assert "2018" in drawn["note"] and "2023" in drawn["note"]
    assert len(drawn["bars"]) >= 5
    assert not any(boxes_meet(drawn["box"], bar) for bar in drawn["bars"])
