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
    assert len(fig.data) == 3


def test_europe_highlights_norwegian_cities():
    rank = ww.europe_ranking(table("wastewater_europe"), "cocaine", 2024)
    fig = figs.europe_figure(rank, **KW)
    norway = next(tr for tr in fig.data if tr.marker.color == "#C00000")
    assert len(norway.y) == 3 and all(("(Norge)" in n) for n in norway.y)


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
