"""Deaths figures: built from the tidy tables, checked against the report's numbers."""

import pytest

from dashboard.data import store
from dashboard.figures import deaths as figs
from dashboard.stats import deaths as st


def _series():
    return st.national_series(store.table("deaths_national"), store.table("population"))


def test_national_figure_draws_trend_when_complete():
    nat = store.table("deaths_national")
    fit, gaps = st.national_trend(nat, *st.trend_window(store.table("report_figures"), nat))
    fig = figs.national_figure(
        _series(), fit, gaps, [], title="x", subtitle="", source="", trend_start=2012, trend_end=2024
    )
    names = [t.name for t in fig.data]
    assert "Lineær trend" in names
    rate = next(t for t in fig.data if t.name.startswith("Aldersstandardisert"))
    # report: 5 (2012), 7.1 (2023), 6.1 (2024); no other year has a published rate
    assert dict(zip(rate.x, rate.y, strict=True)) == {2012: 5.0, 2023: 7.1, 2024: 6.1}
    # 2023 and 2024 are neighbours: the higher written above its point, the other below
    assert list(rate.textposition) == ["top center", "top center", "bottom center"]
    assert rate.cliponaxis is False


def test_neighbouring_years_take_turns_above_and_below():
    assert figs.label_sides([2012], [5.0]) == ["top center"]
    assert figs.label_sides([2010, 2012, 2014], [1, 3, 2]) == ["top center"] * 3
    assert figs.label_sides([2023, 2024], [6.1, 7.1]) == ["bottom center", "top center"]
    # a run of four with its highest third: turns counted from it
    assert figs.label_sides([2001, 2002, 2003, 2004, 2010], [1, 2, 9, 3, 1]) == [
        "top center",
        "bottom center",
        "top center",
        "bottom center",
        "top center",
    ]


def test_national_figure_says_which_years_are_missing_and_draws_no_trend():
    series = _series()
    holed = series[series["year"] != 2016]
    fit, gaps = st.national_trend(holed, *st.trend_window(store.table("report_figures"), holed))
    fig = figs.national_figure(
        holed, fit, gaps, [2016], title="x", subtitle="", source="", trend_start=2012, trend_end=2024
    )
    assert "Lineær trend" not in [t.name for t in fig.data]
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "2016" in texts and "Ingen trendlinje" in texts


def test_bars_are_split_by_publication():
    fig = figs.national_figure(
        _series(), None, [], [], title="x", subtitle="", source="", trend_start=2012, trend_end=2024
    )
    report = next(t for t in fig.data if t.name == "Tall fra rapporten 2025")
    assert dict(zip(report.x, report.y, strict=True)) == {2001: 411, 2023: 391, 2024: 342}


@pytest.fixture(scope="module")
def page_module():
    from dashboard.cards.deaths import SPEC

    return SPEC


def test_export_figures_defaults_and_query(page_module):
    figs_ = page_module.figures({})
    assert set(figs_) == {
        "deaths-national",
        "deaths-age",
        "deaths-standardised",
        "deaths-map",
        "deaths-substance",
        "deaths-substance-counties",
        "deaths-intent",
        "deaths-autopsy",
    }
    m = figs_["deaths-map"].data[0]
    assert len(m.locations) == 15 and m.featureidkey == "properties.county_code"
    assert dict(zip(m.locations, m.z, strict=True))["03"] == 56
    women = page_module.figures({"k": "women", "m": "change", "aar": "2023"})
    assert [list(t.y) for t in women["deaths-age"].data] == [[13, 14, 18, 16, 15, 11]]
    # no county table for 2022: the change map for 2023 shows no values and says why
    assert women["deaths-map"].data[0].showscale is False
    assert any("2022" in a.text for a in women["deaths-map"].layout.annotations)


def test_bad_query_falls_back_to_defaults(page_module):
    f = page_module.figures({"m": "tull", "aar": "1999", "k": "x", "fylke": "99"})
    assert dict(zip(f["deaths-map"].data[0].locations, f["deaths-map"].data[0].z, strict=True))["46"] == 31


def test_rate_labels_and_hover_keep_the_reports_decimals():
    fig = figs.national_figure(
        _series(), None, [], [], title="x", subtitle="", source="", trend_start=2012, trend_end=2024
    )
    rate = next(t for t in fig.data if t.name.startswith("Aldersstandardisert"))
    # ch. 6 writes the 2012 rate as "5"; ch. 5 writes 7,1 and 6,1
    assert list(rate.text) == ["5", "7,1", "6,1"]
    assert list(rate.customdata) == ["5", "7,1", "6,1"] and "%{customdata}" in rate.hovertemplate


def test_2021_hover_names_the_count_a_newer_source_implies():
    fig = figs.national_figure(
        _series(), None, [], [], title="x", subtitle="", source="", trend_start=2012, trend_end=2024
    )
    older = next(t for t in fig.data if t.name == "Tall fra eldre publikasjoner")
    notes = dict(zip(older.x, (c[1] for c in older.customdata), strict=True))
    assert "247" in notes[2021] and "Rusfeltet.no" in notes[2021]  # 321 - 74, June 2023
    assert notes[2020] == ""


def test_autopsy_labels_follow_the_report():
    table = st.autopsy_table(store.table("report_figures"))
    fig = figs.autopsy_figure(table, title="x", subtitle="", source="")
    # methods chapter: 7 % (2021, 2022), 7,4 % (2023), 11,4 % (2024)
    assert list(fig.data[0].text) == ["7\u00a0%", "7\u00a0%", "7,4\u00a0%", "11,4\u00a0%"]


def test_published_marker_has_a_colour_no_bar_has():
    from dashboard.cards.deaths import build_standardised

    fig = build_standardised({}).plotly_figure()
    bars = {c for t in fig.data if t.type == "bar" for c in t.marker.color}
    marker = next(t for t in fig.data if t.type == "scatter")
    assert marker.name.startswith("Publisert")
    assert marker.marker.line.color not in bars
