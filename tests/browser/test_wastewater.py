"""Browser tests of /avlopsvann: filters change the charts, the comparison table shows the
significance marks, the URL restores the view."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAID_OUT, graph_data, open_page, wait_graph

EUROPE = "#card-ww-europe .js-plotly-plot"


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
    page.get_by_role("dialog").get_by_text("amfetaminer", exact=True).click()  # the open dropdown's choice
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


def test_europe_bergen_methamphetamine_is_a_marked_gap(page):
    """Report ch. 7: too low to be measured in 2024. Not a dot at 0, not ranked, a reason on the chart."""
    open_page(page, "/avlopsvann?st=methamphetamine")
    wait_graph(page, EUROPE, "g.data.some(t => t.name === 'Norsk by, ikke rangert')")
    ticks = graph_data(page, EUROPE, "g._fullLayout.yaxis.ticktext")
    gap = graph_data(page, EUROPE, "g.data.find(t => t.name === 'Norsk by, ikke rangert')")
    assert [ticks[y] for y in gap["y"]] == ["Bergen (Norge)"]
    assert "for lavt til å måles" in gap["text"][0]
    norway = graph_data(page, EUROPE, "g.data.find(t => t.name === 'Norske byer')")
    assert [ticks[y].split(". ", 1)[1] for y in norway["y"]] == ["Oslo (Norge)", "Trondheim (Norge)"]
    assert not any("(2)" in x for x in ticks)
    expect(page.locator("#card-ww-europe .gtitle")).to_contain_text("Metamfetamin")
    expect(page.locator("#ww-europe-note")).to_contain_text("Trondheim 5,74 mot 1")
    # the city names are whole: the plot starts right of the longest tick label
    box = graph_data(page, EUROPE, "[g._fullLayout.margin.l, g._fullLayout.yaxis._boundingBox?.width ?? 0]")
    assert box[0] >= box[1]


def test_week_means_mark_the_weeks_too_low_to_measure(page):
    open_page(page, "/avlopsvann?st=methamphetamine")
    means = "#card-ww-week-means .js-plotly-plot"
    wait_graph(page, means, "g.layout.annotations.some(a => a.hovertext)")
    marks = graph_data(page, means, "g.layout.annotations.filter(a => a.hovertext).map(a => a.hovertext)")
    assert len(marks) == 2 and all("Bergen" in m and "for lavt til å måles" in m for m in marks)
    page.locator("#ww-cities").get_by_text("Oslo").click()
    page.locator("#ww-cities").get_by_text("Trondheim").click()
    page.locator("#ww-years").get_by_text("2025").click()
    expect(page.locator("#card-ww-week-means .js-plotly-plot")).to_contain_text("for lavt til å måles")


def test_unchecking_every_city_says_so_in_the_charts(page):
    open_page(page, "/avlopsvann")
    _wait_ready(page)
    for city in ("Oslo", "Bergen", "Trondheim"):
        page.locator("#ww-cities").get_by_text(city).click()
    for card in ("ww-week-means", "ww-daily", "ww-compare-cities", "ww-weekend", "ww-levo"):
        expect(page.locator(f"#card-{card} .js-plotly-plot")).to_contain_text("Velg minst én by")
    expect(page.locator("#ww-notice")).to_contain_text("Velg minst én by")
    page.locator("#ww-cities").get_by_text("Bergen").click()
    expect(page.locator("#card-ww-daily .js-plotly-plot .infolayer")).to_contain_text("Bergen")


def test_daily_chart_shades_the_weekend(page):
    open_page(page, "/avlopsvann")
    daily = "#card-ww-daily .js-plotly-plot"
    shapes = graph_data(page, daily, "g._fullLayout.shapes.map(s => [s.x0, s.x1])")
    assert shapes == [[1.5, 4.5]] * 3  # Friday (2) to Sunday (4) in each city panel


def test_pooled_years_are_labelled_as_our_comparison(page):
    open_page(page, "/avlopsvann?st=cocaine&cmp=pooled")
    _wait_ready(page)
    expect(page.locator("#ww-cmp-sentence")).to_contain_text("Vår egen sammenligning, ikke rapportens")
    expect(page.locator("#ww-cmp-pooled")).to_contain_text("Bergen lavere enn Oslo bare når årene slås sammen")
    page.locator("#ww-cmp").get_by_text("2024", exact=True).click()
    expect(page.locator("#ww-cmp-sentence")).to_have_text("Trondheim lavere enn Oslo og Bergen.")
    expect(page.locator("#ww-cmp-pooled")).to_be_empty()


DAILY = "#card-ww-daily .js-plotly-plot"


def test_side_by_side_panels_of_a_shape_seen_before_are_drawn_once_with_room_between(page):
    """assets/charts.js lays a new figure out ahead as the last figure of its shape was: the daily
    chart's panels (a city each) get room between them for their end labels. Back to a number of
    panels laid out before, the chart is drawn once, already with that room (the panels' own
    domains were kept, and laid out again after each draw: two draws a change)."""
    open_page(page, "/avlopsvann")
    _wait_ready(page)
    wait_graph(page, DAILY, LAID_OUT)
    graph = f"document.querySelector('{DAILY}')"
    three = page.evaluate(f"() => {graph}._fullLayout.xaxis2.domain")
    page.evaluate(f"() => {graph}.on('plotly_afterplot', () => window.__draws++)")

    def toggle_trondheim(panels: int) -> tuple[int, list]:
        """Trondheim off or on; the draws it took and the second panel's domain as drawn."""
        page.evaluate(f"() => {{ window.__draws = 0; window.__old = {graph}.data; }}")
        page.locator("#ww-cities").get_by_text("Trondheim").click()
        wait_graph(page, DAILY, f"g.data !== window.__old && g.data.length >= {panels} && {LAID_OUT}")
        axes = page.evaluate(f"() => Object.keys({graph}._fullLayout).filter(k => /^xaxis\\d*$/.test(k)).length")
        assert axes == panels
        return page.evaluate("() => window.__draws"), page.evaluate(f"() => {graph}._fullLayout.xaxis2.domain")

    _, two = toggle_trondheim(2)  # two panels, a shape not laid out yet: measured after its first draw
    draws, drawn = toggle_trondheim(3)
    assert draws == 1
    assert drawn == pytest.approx(three)
    draws, drawn = toggle_trondheim(2)
    assert draws == 1
    assert drawn == pytest.approx(two)
    gap = two[0] - page.evaluate(f"() => {graph}._fullLayout.xaxis.domain[1]")
    assert gap > 0.031, gap  # room for the end labels: wider than the figure's own 0.03 (figures/wastewater.py)


# The x tick labels of a chart as drawn: [left, right, text] each.
_TICKS = """[...g.querySelectorAll('.xaxislayer-above .xtick text')].map(t => {
    const r = t.getBoundingClientRect(); return [r.left, r.right, t.textContent]; })"""

# The compare-over-time chart's x labels as drawn: the periods (and their angle), the cities.
_TIME_LABELS = f"""g => ({{periods: {_TICKS},
    cities: [...g.querySelectorAll('.xaxislayer-above .xtick2 text')].map(t => t.textContent),
    angle: g._fullLayout.xaxis._tickAngles.xtick}})"""

# The daily chart's panels: their titles' font sizes, and each panel's day labels as drawn.
_DAILY_LABELS = f"""g => ({{days: {_TICKS},
    titles: [...g.querySelectorAll('.infolayer .annotation')].filter(a => !a.textContent.startsWith('Kilde'))
        .map(a => parseFloat(a.querySelector('text').style.fontSize))}})"""


def _drawn_at(page, width: int, card: str, probe: str):
    """What `probe` (JS on the graph) reads of a card on /avlopsvann laid out at `width` px."""
    page.set_viewport_size({"width": width, "height": 900})
    open_page(page, "/avlopsvann")
    sel = f"#card-{card} .js-plotly-plot"
    page.locator(sel).scroll_into_view_if_needed()
    wait_graph(page, sel, LAID_OUT)
    return graph_data(page, sel, f"({probe})(g)")


def _apart(labels) -> bool:
    boxes = sorted(label[:2] for label in labels)
    return all(a[1] <= b[0] + 0.5 for a, b in zip(boxes, boxes[1:], strict=False))


@pytest.mark.parametrize("width", [390, 1440])
def test_change_over_time_names_each_city_once_and_its_periods_apart(page, width):
    # Each box was labelled "Oslo<br>Vår 2024": on a phone plotly turned those two lines upright,
    # side by side, into each other's. Now the city stands once under its four periods, and the
    # periods' labels, one line each, stand apart at any width.
    drawn = _drawn_at(page, width, "ww-compare-time", _TIME_LABELS)
    assert drawn["cities"] == ["Oslo", "Bergen", "Trondheim"]
    periods = drawn["periods"]
    assert [p[2] for p in periods[:4]] == ["Vår 2024", "Høst 2024", "Vår 2025", "Høst 2025"]
    assert len(periods) == 12 and drawn["angle"] in (0, 90)
    assert _apart(periods)


@pytest.mark.parametrize("width", [390, 1440])
def test_daily_panels_keep_their_titles_alike_and_their_days_apart(page, width):
    # On a phone the three city panels are about 50 px wide: the seven days, upright, stood over
    # each other, and each panel title was shrunk on its own ("Trondheim" smaller than "Oslo").
    drawn = _drawn_at(page, width, "ww-daily", _DAILY_LABELS)
    assert len(drawn["titles"]) == 3 and len(set(drawn["titles"])) == 1 and drawn["titles"][0] >= 10
    days = [d[2] for d in drawn["days"]]
    assert days[0] == "ons"  # the sampling week runs Wednesday to Tuesday
    if width == 1440:
        assert days[:7] == ["ons", "tor", "fre", "lør", "søn", "man", "tir"]
    assert _apart(drawn["days"])
