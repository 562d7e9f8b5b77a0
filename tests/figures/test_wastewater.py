"""Wastewater figures: gaps stay gaps, dumping days are flagged, values come through unchanged."""

import math

import pandas as pd

from dashboard.data.store import table
from dashboard.figures import wastewater as figs
from dashboard.stats import wastewater as ww

KW = dict(title="t", subtitle="s", source="src")


def _daily(substance, cities):
    d = table("wastewater_daily")
    return d[(d.substance == substance) & d.city.isin(cities)]


def test_below_quantification_is_a_gap_not_zero():
    d = _daily("ketamine", ["trondheim"])
    fig = figs.daily_profile_figure(d, ["trondheim"], **KW)
    autumn25 = next(tr for tr in fig.data if tr.name == "Høst 2025")
    # Wednesday and Thursday (positions 0 and 1) were below the limit in autumn 2025
    assert autumn25.y[0] is None or math.isnan(autumn25.y[0])
    assert autumn25.y[1] is None or math.isnan(autumn25.y[1])
    assert autumn25.y[2] == 24  # Friday, as published
    assert autumn25.connectgaps is False


def test_dumping_days_are_marked():
    d = _daily("ketamine", ["oslo", "bergen"])
    flags = d[ww.flag_dumping(d)]
    fig = figs.daily_profile_figure(d, ["oslo", "bergen"], flags=flags, **KW)
    marks = [tr for tr in fig.data if tr.legendgroup == "flag"]
    assert sorted(v for tr in marks for v in tr.y) == [178, 504]


def test_week_means_bars_carry_published_values():
    m = table("wastewater_week_means")
    m = m[(m.substance == "cocaine") & (m.city == "oslo")]
    fig = figs.week_means_figure(m, **KW)
    (bar,) = fig.data
    assert dict(zip(bar.x, bar.y, strict=True))["Vår 2024"] == 672


def test_weekend_figure_has_reference_line_at_one():
    r = ww.weekend_ratio(table("wastewater_daily"))
    fig = figs.weekend_figure(r, **KW)
    assert any(getattr(s, "y0", None) == 1 for s in fig.layout.shapes)
    assert [d.type for d in fig.data] == ["bar"] * 3 + ["scatter"]  # a bar per city, the line's legend entry
    # the line is explained in the legend, not by a label on the plot, where it stood on the bars
    assert fig.data[-1].name == "1 = lik mengde" and fig.data[-1].line.dash == "dash"
    assert not any(a.text == "1 = lik mengde" for a in fig.layout.annotations)


def _europe(substance, **kw):
    below = ww.below_loq_cities(table("wastewater_week_means"), substance, 2024)
    return ww.europe_ranking(table("wastewater_europe"), substance, 2024, below_loq=below, **kw)


def _ticks(fig):
    return dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))


def test_europe_highlights_norwegian_cities():
    fig = figs.europe_figure(_europe("cocaine"), **KW)
    norway = next(tr for tr in fig.data if tr.name == "Norske byer")
    labels = [_ticks(fig)[y] for y in norway.y]
    # EUDA 2024 cocaine: Oslo (2) 672.16, Bergen (2) 515.61, Trondheim (2) 264.37
    assert list(norway.x) == [672.16, 515.61, 264.37]
    assert [x.split(". ", 1)[1] for x in labels] == ["Oslo (Norge)", "Bergen (Norge)", "Trondheim (Norge)"]


def test_europe_names_the_top_and_norway_and_summarises_the_rest():
    rank = _europe("cocaine")
    fig = figs.europe_figure(rank, **KW)
    ticks = list(fig.layout.yaxis.ticktext)
    named = [x for x in ticks if not x.startswith("<i>")]
    assert len(named) == figs.EUROPE_TOP + 3  # Oslo, Bergen and Trondheim are below the top 15
    assert not any("(2)" in x for x in ticks), "EUDA's plant count is not part of a city name"
    assert fig.layout.yaxis.automargin is True
    skipped = sum(int(x.split("… ")[1].split(" ")[0]) for x in ticks if "andre byer" in x)
    assert skipped + len(named) == rank["n"].iloc[0] == len(rank)  # EUDA has no 0 for cocaine 2024
    # the strip at the foot holds every ranked city once
    strip = [tr for tr in fig.data if tr.y and set(tr.y) == {len(ticks) - 1}]
    assert sum(len(tr.x) for tr in strip) == len(rank)


def test_europe_bergen_methamphetamine_is_a_gap_not_zero():
    """Report ch. 7: Bergen's methamphetamine in both 2024 weeks was too low to be measured;
    EUDA's file writes 0. It is a gap with a reason, never a dot at 0 and never ranked."""
    rank = _europe("methamphetamine")
    fig = figs.europe_figure(rank, **KW)
    ticks = _ticks(fig)
    gap = next(tr for tr in fig.data if tr.name == "Norsk by, ikke rangert")
    assert [ticks[y] for y in gap.y] == ["Bergen (Norge)"]
    assert "for lavt til å måles" in gap.text[0]
    dots = [tr for tr in fig.data if tr.name in ("Norske byer", "Andre byer")]
    assert all(ticks[y] != "Bergen (Norge)" for tr in dots for y in tr.y)
    assert 0 not in [x for tr in fig.data if tr.mode == "markers" for x in tr.x]
    # the ten sites EUDA gives 0 are one summary row, not ranked dots
    assert "<i>10 byer med 0 i EUDAs tall (ikke rangert)</i>" in ticks.values()


def test_week_means_gap_is_marked_and_zero_is_labelled():
    m = table("wastewater_week_means")
    m = m[m.substance == "methamphetamine"]
    fig = figs.week_means_figure(m, **KW)
    bars = {tr.name: tr for tr in fig.data if tr.type == "bar"}
    bergen = dict(zip(bars["Bergen"].x, bars["Bergen"].y, strict=True))
    assert math.isnan(bergen["Vår 2024"]) and math.isnan(bergen["Høst 2024"])  # no bar drawn at 0
    assert bergen["Vår 2025"] == 65
    marks = [a for a in fig.layout.annotations if a.hovertext]
    assert len(marks) == 2 and all("for lavt til å måles" in a.hovertext for a in marks)
    assert all("Bergen" in a.hovertext and "Ikke 0" in a.hovertext for a in marks)
    # Trondheim's published zeros are bars of 0 with the label "0", as the report shows them
    trondheim = dict(zip(bars["Trondheim"].x, bars["Trondheim"].text, strict=True))
    assert trondheim == {"Vår 2024": "", "Høst 2024": "0", "Vår 2025": "0", "Høst 2025": "0"}
    assert any(tr.name.startswith("×") for tr in fig.data)  # the legend says what × means


def test_daily_chart_shades_the_weekend_in_every_panel():
    d = _daily("cocaine", ["oslo", "bergen", "trondheim"])
    fig = figs.daily_profile_figure(d, ["oslo", "bergen", "trondheim"], weekend=ww.WEEKEND, **KW)
    shades = [s for s in fig.layout.shapes if s.type == "rect"]
    assert len(shades) == 3
    # Wednesday = 0 ... Friday = 2, Sunday = 4: the band covers Friday to Sunday
    assert {(s.x0, s.x1) for s in shades} == {(1.5, 4.5)}


def test_levo_reading_marks_are_in_the_legend_not_over_the_values():
    fig = figs.levo_figure(table("wastewater_enantiomer"), **KW)
    assert [a.text for a in fig.layout.annotations] == ["Kilde: src"]
    assert {tr.name for tr in fig.data if tr.showlegend is not False} == {
        "rundt 0,5: både lovlig og ulovlig amfetamin",
        "nær 0: mest legemidler",
    }


def test_oslo_history_year_of_zeros_is_off_the_line():
    """MDMA 2011: the EMCDDA file gives 0 on all seven days."""
    hist = ww.oslo_history_means(table("wastewater_oslo_history"), "mdma")
    fig = figs.oslo_history_figure(hist, pd.DataFrame(columns=["year", "season", "load"]), **KW)
    line = dict(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert line[2011] is None or math.isnan(line[2011])
    zero = next(tr for tr in fig.data if tr.name == "VEAS: kilden oppgir 0 alle døgn")
    assert list(zero.x) == [2011] and list(zero.y) == [0]


def test_empty_input_gives_message_figure():
    fig = figs.week_means_figure(pd.DataFrame(columns=["city", "year", "season", "load"]), **KW)
    assert fig.layout.annotations and not fig.data


def test_oslo_history_breaks_the_line_at_a_year_without_data():
    """Amphetamine: the VEAS series has no 2014 (report's card note); the line must not bridge it."""
    hist = ww.oslo_history_means(table("wastewater_oslo_history"), "amphetamines")
    assert 2014 not in set(hist["year"]) and {2013, 2015} <= set(hist["year"])
    fig = figs.oslo_history_figure(hist, pd.DataFrame(columns=["year", "season", "load"]), **KW)
    line = fig.data[0]
    y = dict(zip(line.x, line.y, strict=True))
    assert y[2014] is None or math.isnan(y[2014])
    assert line.connectgaps is False
