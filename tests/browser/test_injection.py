"""/injisering in a real browser: published estimate, sensitivity slider, reset, URL state."""

import json

from playwright.sync_api import expect

from tests.browser.conftest import LAID_OUT, graph_data, open_page, wait_graph

EST_TABLE = "#card-pwid-estimate .cc-table"


def _show_table(page, card):
    page.locator(f"#card-{card} .nav-link", has_text="Tabell").click()


def test_page_shows_published_estimate_and_model_caveat(page):
    open_page(page, "/injisering")
    expect(page.locator("#card-pwid-estimate h2")).to_contain_text("Beregnet antall personer som injiserer")
    expect(page.locator("#_pages_content")).to_contain_text("ikke et opptalt antall")
    expect(page.locator("#_pages_content")).to_contain_text("10\u00a0500")  # the report's stated range
    _show_table(page, "pwid-estimate")
    table = page.locator(EST_TABLE)
    expect(table).to_contain_text("12\u00a0979")  # 2024 estimate, toir_pwid widget data
    expect(table).to_contain_text("14\u00a0326")  # 2024 three-year moving average
    expect(table).not_to_contain_text("Illustrasjon")


def test_slider_rescales_and_reset_returns(page):
    open_page(page, "/injisering")
    _show_table(page, "pwid-estimate")
    expect(page.locator(EST_TABLE)).to_contain_text("12\u00a0979")
    handle = page.locator("#pwid-mult [role=slider]").first
    handle.focus()
    handle.press("ArrowRight")
    handle.press("ArrowRight")  # +10 %: estimate / 1.1
    table = page.locator(EST_TABLE)
    expect(table).to_contain_text("Illustrasjon, årsanslag (ikke data)")
    expect(table).to_contain_text("11\u00a0799")  # 12 979 / 1.1 = 11 799.1
    expect(table).to_contain_text("13\u00a0024")  # the 3-year average rescaled too: 14 326 / 1.1 = 13 023.6
    expect(table).to_contain_text("12\u00a0979")  # published estimate still shown
    expect(page).to_have_url(page.base_url + "/injisering?mult=10")
    page.get_by_role("button", name="Tilbake til publisert anslag").click()
    expect(table).not_to_contain_text("Illustrasjon")
    expect(table).to_contain_text("12\u00a0979")
    expect(page).to_have_url(page.base_url + "/injisering")


def test_url_state_restores_illustration(page):
    open_page(page, "/injisering?mult=-20")
    _show_table(page, "pwid-estimate")
    expect(page.locator(EST_TABLE)).to_contain_text("20\u00a0170")  # 16 136 / 0.8 (2023)
    expect(page.locator("#pwid-illustration-note")).to_contain_text("ikke data")


def test_bad_url_value_falls_back_with_notice(page):
    open_page(page, "/injisering?mult=7")
    expect(page.locator(".alert-warning", has_text="«7»")).to_be_visible()
    _show_table(page, "pwid-estimate")
    expect(page.locator(EST_TABLE)).to_contain_text("12\u00a0979")
    expect(page.locator(EST_TABLE)).not_to_contain_text("Illustrasjon")


def test_deaths_card_beside_estimate(page):
    open_page(page, "/injisering")
    _show_table(page, "pwid-deaths")
    table = page.locator("#card-pwid-deaths .cc-table")
    expect(table).to_contain_text("342")  # deaths 2024 (report)
    expect(table).to_contain_text("391")  # deaths 2023 (report)


def test_headline_is_the_reports_three_year_average(page):
    open_page(page, "/injisering")
    tile = page.locator("#pwid-headline")
    # widget data: 2024 moving average 14 326 (of 2022-2024); single year 12 979
    expect(tile.locator(".kpi-value")).to_have_text("14\u00a0326")
    expect(tile).to_contain_text("2022–2024")
    expect(tile).to_contain_text("12\u00a0979")


def test_slider_is_labelled_as_all_death_rates(page):
    open_page(page, "/injisering")
    content = page.locator("#_pages_content")
    expect(content).to_contain_text("Alle dødsratene i modellen endret med")
    expect(content).not_to_contain_text("Anslått dødsrate blant dem som injiserer")


def _is_estimate_card_update(request) -> bool:
    body = request.post_data or ""
    return request.method == "POST" and '"card":"pwid-estimate","type":"cc-graph"' in body.replace(" ", "")


def _table_requests(page) -> list[dict]:
    """The bodies of the table callback's requests from now on."""
    bodies = []
    page.on(
        "request",
        lambda r: (
            bodies.append(json.loads(r.post_data))
            if '"type":"cc-table"}.children' in (r.post_data or "").replace(" ", "").replace('\\"', '"')
            else None
        ),
    )
    return bodies


def test_a_table_opened_while_its_card_updates_shows_the_new_state(page):
    """The table tab opened while the card's answer to a filter change is on its way: the table is
    built from the new state (Dash holds the table's request until the meta store has it), never
    from the former one."""
    open_page(page, "/injisering")
    held = []
    page.route(
        "**/_dash-update-component*",
        lambda route: held.append(route) if _is_estimate_card_update(route.request) else route.continue_(),
    )
    tables = _table_requests(page)
    handle = page.locator("#pwid-mult [role=slider]").first
    handle.focus()
    with page.expect_request(_is_estimate_card_update):
        handle.press("ArrowRight")  # +5 %: every estimate / 1.05
    _show_table(page, "pwid-estimate")
    expect(page.locator("#card-pwid-estimate .nav-link", has_text="Tabell")).to_have_attribute("aria-selected", "true")
    for route in held:
        route.continue_()
    table = page.locator(EST_TABLE)
    expect(table).to_contain_text("Illustrasjon, årsanslag (ikke data)")
    expect(table).to_contain_text("12\u00a0361")  # 12 979 / 1.05 = 12 360.95
    assert tables and all(b["state"][0]["value"]["state"]["mult"] == 5 for b in tables), tables


def test_a_closed_table_is_emptied_and_not_fetched_on_a_filter_change(page):
    open_page(page, "/injisering")
    _show_table(page, "pwid-estimate")
    expect(page.locator(EST_TABLE)).to_contain_text("12\u00a0979")
    tables = _table_requests(page)
    page.locator("#card-pwid-estimate .nav-link", has_text="Figur").click()
    handle = page.locator("#pwid-mult [role=slider]").first
    handle.focus()
    with page.expect_response(lambda r: _is_estimate_card_update(r.request)):
        handle.press("ArrowRight")
    expect(page.locator(EST_TABLE)).to_be_empty()  # emptied in the browser: no former state on reopening
    assert tables == []  # neither the switch to the chart nor the change asks for a table nobody sees
    _show_table(page, "pwid-estimate")
    expect(page.locator(EST_TABLE)).to_contain_text("Illustrasjon, årsanslag (ikke data)")


ESTIMATE_GRAPH = "#card-pwid-estimate .js-plotly-plot"


def test_a_legend_with_entries_not_shown_before_is_laid_out_before_its_first_draw(page):
    """assets/charts.js works out the height of a legend whose set of entries the chart has not
    shown yet (at +5 % the illustration's line joins the legend, which takes a second row), so the
    chart is drawn once, already with room for it; before, it was drawn, measured and drawn again."""
    open_page(page, "/injisering")
    wait_graph(page, ESTIMATE_GRAPH, LAID_OUT)
    before = page.evaluate(
        """sel => { const g = document.querySelector(sel); window.__draws = 0; window.__old = g.data;
        g.on('plotly_afterplot', () => window.__draws++);
        return [g.data.filter(t => t.showlegend !== false).length, g._fullLayout.legend._effHeight]; }""",
        ESTIMATE_GRAPH,
    )
    handle = page.locator("#pwid-mult [role=slider]").first
    handle.focus()
    handle.press("ArrowRight")
    expect(page).to_have_url(page.base_url + "/injisering?mult=5")
    wait_graph(page, ESTIMATE_GRAPH, f"g.data !== window.__old && {LAID_OUT}")
    entries, height = graph_data(
        page, ESTIMATE_GRAPH, "[g.data.filter(t => t.showlegend !== false).length, g._fullLayout.legend._effHeight]"
    )
    assert entries > before[0] and height > before[1], (before, entries, height)  # a new, taller legend
    assert page.evaluate("() => window.__draws") == 1
