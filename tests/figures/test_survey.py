"""Survey figures: values the report states for 2025, read back from the figures the pages build.

Expected values are typed from the report text (ch. 2-4) or, where the text rounds, from the
report's figure data (Figur 1 in data/raw/survey/toir_rusundersokelsen_2013_2025_widgets.csv).
"""

import math

import pytest

from dashboard.cards.cannabis import SPEC as cannabis
from dashboard.cards.stimulants import SPEC as stimulants
from dashboard.data import store
from dashboard.figures import survey as fs
from dashboard.i18n import label
from dashboard.stats import survey as st


def _point(fig, name: str, x, panel: int | None = None) -> float:
    """The y of the named line/bar at x (panel = subplot column, 1-based)."""
    for tr in fig.data:
        if tr.name != name or tr.customdata is None:
            continue
        if panel is not None and tr.xaxis != ("x" if panel == 1 else f"x{panel}"):
            continue
        xs = list(tr.x)
        return tr.y[xs.index(x)]
    raise AssertionError(f"no trace {name!r} with x={x!r}")


def test_cannabis_trend_default_2025_lifetime_all():
    fig = cannabis.figures({})["cannabis-trend"]
    assert _point(fig, label("period", "lifetime"), 2025) == 26.6  # Figur 1: 26.6 (text: "nærmere 27 %")
    assert _point(fig, label("period", "last_12_months"), 2025) == 5.8


def test_cannabis_by_sex_2025_lifetime():
    fig = cannabis.figures({})["cannabis-by-sex"]
    assert round(_point(fig, label("sex", "men"), 2025)) == 31  # text: 31 % of men
    assert round(_point(fig, label("sex", "women"), 2025)) == 22  # text: 22 % of women


def test_cannabis_men_women_side_by_side_other_periods():
    fig = cannabis.figures({"k": "both"})["cannabis-trend"]
    assert round(_point(fig, label("period", "last_12_months"), 2025, panel=1)) == 7  # men: 7 %
    assert _point(fig, label("period", "last_4_weeks"), 2025, panel=1) > 3  # men: just over 3 %
    assert round(_point(fig, label("period", "last_12_months"), 2025, panel=2)) == 4  # women: 4 %
    assert _point(fig, label("period", "last_4_weeks"), 2025, panel=2) == 1.5  # women: 1.5 %


def test_cannabis_16_30_2025():
    fig = cannabis.figures({"a": "16-30"})["cannabis-trend"]
    assert round(_point(fig, label("period", "lifetime"), 2025)) == 29  # text: 29 %
    assert round(_point(fig, label("period", "last_12_months"), 2025)) == 10  # text: 10 %
    assert round(_point(fig, label("period", "last_4_weeks"), 2025)) == 4  # text: 4 %


def test_cannabis_snapshot_bars_match_trend():
    snap = cannabis.figures({"aar": "2025"})["cannabis-snapshot"]
    bar = next(tr for tr in snap.data if tr.name == label("sex", "all"))
    assert bar.y[list(bar.x).index(label("period", "lifetime"))] == 26.6


def test_cocaine_lifetime_2025():
    figs = stimulants.figures({})
    assert _point(figs["stimulants-trend"], label("substance", "cocaine"), 2025) == 8.1  # text: about 8 %
    other = figs["stimulants-other"]
    bar = other.data[0]
    assert bar.y[list(bar.x).index(label("substance", "cocaine"))] == 8.1
    # Text: LSD about 3 %; GHB, heroin and other about 1 % or less.
    assert round(bar.y[list(bar.x).index("LSD")]) == 3
    for code in ("ghb", "heroin", "other"):
        assert bar.y[list(bar.x).index(label("substance", code))] <= 1.1


def test_cocaine_16_30_men_women_2025():
    fig = stimulants.figures({"a": "16-30", "k": "both", "s": "cocaine,amphetamines"})["stimulants-trend"]
    assert round(_point(fig, label("substance", "cocaine"), 2025, panel=1)) == 14  # text: 14 % men
    assert round(_point(fig, label("substance", "cocaine"), 2025, panel=2)) == 8  # text: 8 % women
    assert round(_point(fig, label("substance", "amphetamines"), 2025, panel=1)) == 7  # text: 7 % men
    assert round(_point(fig, label("substance", "amphetamines"), 2025, panel=2)) == 3  # text: 3 % women


def test_trend_band_has_the_published_interval():
    rows = st.select(
        store.table("survey_prevalence"),
        substances=["cocaine"],
        periods=["lifetime"],
        sexes=["all"],
        age_groups=["16-64"],
    )
    fig = fs.trend_figure(rows, series_col="substance", series_codes=["cocaine"], series_kind="substance", title="t")
    band, line = fig.data
    i = list(line.x).index(2025)
    assert list(line.customdata[i][:2]) == [7.0, 9.2]
    assert band.fill == "toself" and max(band.y) >= 9.2


def test_bar_error_bars_reach_interval_limits():
    fig = stimulants.figures({})["stimulants-snapshot"]
    bar = next(tr for tr in fig.data if tr.name == label("sex", "all"))
    i = list(bar.x).index(label("substance", "cocaine"))
    assert math.isclose(bar.y[i] + bar.error_y.array[i], 9.2)
    assert math.isclose(bar.y[i] - bar.error_y.arrayminus[i], 7.0)


def test_bar_values_stand_on_the_interval_not_on_the_bar():
    fig = stimulants.figures({})["stimulants-snapshot"]
    bar = next(tr for tr in fig.data if tr.name == label("sex", "all") and tr.error_y.array is not None)
    text = next(tr for tr in fig.data if tr.name == bar.name and tr.base is not None)
    i = list(bar.x).index(label("substance", "cocaine"))
    assert bar.texttemplate is None  # the whisker ran through a value written on the bar's top
    assert (text.text[i], text.base[i], text.y[i]) == ("8,1", 9.2, 0)  # 8,1 % (95 % CI 7,0-9,2)
    assert (text.offsetgroup, text.legendgroup) == (bar.offsetgroup, bar.legendgroup)
    assert text.showlegend is False and text.hoverinfo == "skip"
    assert fig.layout.uniformtext.mode == "show" and fig.layout.uniformtext.minsize >= 10
    assert fig.layout.legend.traceorder == "normal"  # no gaps between the groups' entries


def test_young_subgroup_trend_shows_only_last_12_months_and_says_so():
    fig = cannabis.figures({"a": "21-25"})["cannabis-trend"]
    names = {tr.name for tr in fig.data if tr.customdata is not None}
    assert names == {label("period", "last_12_months")}
    assert "12 måneder" in fig.layout.title.subtitle.text


def test_debut_figure_marks_summary():
    fig = cannabis.figures({})["cannabis-debut"]
    assert len(fig.layout.shapes) == 3
    xs = sorted(s.x0 for s in fig.layout.shapes)
    assert xs[0] == 18 and xs[1] == 18 and round(xs[2]) == 20


def test_frequency_figure_2025():
    fig = cannabis.figures({})["cannabis-frequency"]
    women = next(tr for tr in fig.data if tr.name == label("sex", "women"))
    men = next(tr for tr in fig.data if tr.name == label("sex", "men"))
    # Text: more women than men used 1-5 times; the reverse for more than 50 times.
    assert women.y[0] > men.y[0] and men.y[3] > women.y[3]
    assert (men.y[0], women.y[0]) == (48.1, 61.6)


def test_adjusted_figure_has_both_series():
    fig = cannabis.figures({"p": "last_12_months"})["cannabis-adjusted"]
    obs = next(tr for tr in fig.data if tr.mode == "markers")
    assert obs.y[list(obs.x).index(2025)] == 5.8


@pytest.mark.parametrize("module", [cannabis, stimulants])
def test_export_figures_titles_inside(module):
    for name, fig in module.figures({}).items():
        assert fig.layout.title.text, name
        assert any("Kilde" in (a.text or "") for a in fig.layout.annotations), name


@pytest.mark.parametrize("query", [{}, {"fra": "2018"}, {"fra": "2022", "k": "both"}])
def test_no_band_draws_markers(query):
    """A band (fill='toself') with no mode gets markers from plotly when a trace has fewer than 20
    points: stray dots in the chart and in exported images."""
    for spec in (cannabis, stimulants):
        for name, fig in spec.figures(query).items():
            for tr in fig.data:
                if getattr(tr, "fill", None) == "toself":
                    assert tr.mode == "lines", (name, tr.name)


# --- small numbers and gaps (issue #15) ----------------------------------------------------
def _amphetamine_women_young():
    return st.select(
        store.table("survey_prevalence"),
        substances=["amphetamines"],
        periods=["last_12_months"],
        sexes=["women"],
        age_groups=["16-30"],
    )


def test_zero_estimate_explains_itself_in_the_hover_and_marker():
    """Figure 31 of the report data: women 16-30, amphetamines, last 12 months, 2023 = 0 (0-0), n 381."""
    fig = fs.trend_figure(
        _amphetamine_women_young(),
        series_col="substance",
        series_codes=["amphetamines"],
        series_kind="substance",
        title="t",
    )
    line = next(tr for tr in fig.data if tr.mode == "lines+markers")
    i = list(line.x).index(2023)
    assert line.y[i] == 0
    assert line.marker.symbol[i] == "circle-open"
    assert "Ingen av de 381 som svarte, oppga bruk" in line.customdata[i][3]
    assert "%{customdata[3]}" in line.hovertemplate
    # 2025: 0.8 (0-1.6): an estimate on too few cases
    j = list(line.x).index(2025)
    assert line.marker.symbol[j] == "circle-open" and "For få tilfeller" in line.customdata[j][3]


def test_a_missing_year_breaks_line_and_band():
    rows = _amphetamine_women_young()
    rows = rows[rows.year != 2016]
    fig = fs.trend_figure(
        rows, series_col="substance", series_codes=["amphetamines"], series_kind="substance", title="t"
    )
    bands = [tr for tr in fig.data if tr.fill == "toself"]
    assert len(bands) == 2 and all(b.mode == "lines" for b in bands)
    line = next(tr for tr in fig.data if tr.mode == "lines+markers")
    y = dict(zip(line.x, line.y, strict=True))
    assert y[2016] is None or math.isnan(y[2016])
    assert line.connectgaps is False


def test_survey_card_notes_small_numbers():
    from dashboard.cards import stimulants as stim

    v = {**stimulants.defaults(), "substances": ["amphetamines"], "sex": "women", "age": "16-30"}
    built = stim.build_trend({**v, "period": "last_12_months"})
    assert "for få tilfeller til et sikkert anslag" in built.note.children
    # widgets file, figure 31: 0 (0-0) in 2015 (n 442) and 2023 (n 381)
    assert "Der andelen er 0,0 % (2 av dem)" in built.note.children
    notes = dict(zip(built.table.year, built.table.note, strict=True))
    assert notes[2023].startswith("Ingen av de 381") and notes[2015].startswith("Ingen av de 442")
    default = stim.build_trend(stimulants.defaults())
    assert default.note is None  # lifetime, 16-64, all: no estimate rests on so few answers
