"""Browser tests of /avlopsvann: filters change the charts, the comparison table shows the
significance marks, the URL restores the view."""

from playwright.sync_api import expect

from tests.browser.conftest import open_page


def _title(page, card):
    return page.locator(f"#card-{card} .cc-table caption")


def _wait_ready(page):
    page.wait_for_selector("#ww-cmp-table table")


def test_page_loads_with_comparison_table(page):
    open_page(page, "/avlopsvann")
    _wait_ready(page)
    expect(page.locator("h1")).to_have_text("Rusmidler i avløpsvann")
    # default: cannabis, 2025 -> Trondheim below Oslo and Bergen (Dunn p <= 0.01)
    expect(page.locator("#ww-cmp-sentence")).to_have_text("Trondheim lavere enn Oslo og Bergen.")
    table = page.locator("#ww-cmp-table table")
    expect(table).to_contain_text("Kruskal–Wallis (H)")
    expect(table).to_contain_text("Dunn (z)")
    expect(page.locator("#ww-cmp-table .ww-sig").first).to_have_text("ja ✱")
    expect(page.locator("#ww-time-table table")).to_contain_text("2024 mot 2025")


def test_substance_filter_changes_charts_and_url(page):
    open_page(page, "/avlopsvann")
    _wait_ready(page)
    graph = page.locator("#card-ww-week-means .js-plotly-plot .gtitle")
    expect(graph).to_contain_text("cannabis")
    page.locator("#ww-substance").click()
    page.get_by_role("option", name="amfetaminer").click()
    expect(graph).to_contain_text("amfetaminer")
    # 2025: only Bergen above Oslo
    expect(page.locator("#ww-cmp-sentence")).to_have_text("Oslo lavere enn Bergen.")
    page.wait_for_function("() => location.search.includes('st=amphetamines')")


def test_city_filter_changes_daily_chart(page):
    open_page(page, "/avlopsvann")
    _wait_ready(page)
    panels = page.locator("#card-ww-daily .js-plotly-plot .infolayer .annotation-text")
    expect(panels.filter(has_text="Trondheim")).to_have_count(1)
    page.locator("#ww-cities").get_by_text("Trondheim").click()
    expect(panels.filter(has_text="Trondheim")).to_have_count(0)
    expect(panels.filter(has_text="Bergen")).to_have_count(1)
    page.wait_for_function("() => decodeURIComponent(location.search).includes('byer=oslo,bergen')")
    # with two cities the test compares those two only; cannabis 2025 Oslo vs Bergen: not significant
    expect(page.locator("#ww-cmp-sentence")).to_contain_text("Ingen signifikant forskjell mellom Oslo og Bergen")
    expect(page.locator("#ww-cmp-table table")).not_to_contain_text("Trondheim")


def test_url_restores_view_and_table_matches_chart(page):
    open_page(page, "/avlopsvann?st=cocaine&cmp=2024&byer=oslo")
    page.wait_for_selector("#card-ww-week-means .js-plotly-plot")
    expect(page.locator("#card-ww-week-means .gtitle")).to_contain_text("kokain")
    expect(page.locator("#ww-cmp")).to_be_visible()
    expect(page.get_by_label("2024").first).to_be_checked()
    # table view of the week means: Oslo spring 2024 benzoylecgonine week mean in the report: 672
    page.locator("#card-ww-week-means").get_by_role("tab", name="Tabell").click()
    rows = page.locator("#card-ww-week-means .cc-table tbody tr")
    expect(rows.first).to_contain_text("Oslo")
    expect(page.locator("#card-ww-week-means .cc-table")).to_contain_text("672")


def test_methamphetamine_has_no_daily_values(page):
    open_page(page, "/avlopsvann?st=methamphetamine")
    page.wait_for_selector("#card-ww-daily .js-plotly-plot")
    expect(page.locator("#card-ww-daily .js-plotly-plot")).to_contain_text("bare som ukesnitt")
    expect(page.locator("#ww-cmp-sentence")).to_contain_text("bare ukesnitt")
