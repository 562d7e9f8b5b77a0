"""Figures of the deaths page: DataFrame in, go.Figure out. No data loading here.

Counts are drawn as bars on a numeric year axis, so a year without a number is an empty slot
and never a line drawn through it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import GREY, PALETTE, colour, finish, rgba, subplots
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, label, pct_suffix, t
from dashboard.stats.trend import LinearTrend

REPORT_COLOUR = "#0072B2"
OLDER_COLOUR = "#56B4E9"
TREND_COLOUR = "#D55E00"
PUBLISHED_COLOUR = "#009E73"  # the published rate beside the sexes' bars: a colour none of them has
INTENT_HEADROOM = 1.4  # the deaths-by-intent axis' top, as a multiple of its tallest bar


def _years_text(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def label_sides(years: list[int], values: list[float]) -> list[str]:
    """Where each point's value is written, above or below it (`years` ascending): points of years
    next to each other take turns, the highest of such a run above, so their labels do not run into
    each other where a year is a few pixels wide (a phone: 7,1 over 2023 and 6,1 over 2024 were one
    smudge). A point with no neighbour a year away is labelled above."""
    sides = ["top center"] * len(years)
    start = 0
    for i in range(1, len(years) + 1):
        if i < len(years) and years[i] - years[i - 1] == 1:
            continue
        run = range(start, i)  # years start .. i-1 follow each other
        if len(run) > 1:
            high = max(run, key=lambda j: values[j])
            for j in run:
                sides[j] = "top center" if (j - high) % 2 == 0 else "bottom center"
        start = i
    return sides


def national_figure(
    series: pd.DataFrame,
    fit: LinearTrend | None,
    trend_gaps: list[int],
    span_gaps: list[int],
    *,
    title: str,
    subtitle: str,
    source: str,
    trend_start: int,
    trend_end: int,
) -> go.Figure:
    """Deaths per year (bars coloured by publication), the linear trend over the reference
    period with its 95 % band (only if that period is complete), and the published
    age-standardised rate in a lower panel."""
    fig = subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.08)
    for from_report, name, col in (
        (True, t("deaths.nat.from_report"), REPORT_COLOUR),
        (False, t("deaths.nat.older"), OLDER_COLOUR),
    ):
        part = series[series["from_report"] == from_report]
        if part.empty:
            continue
        # a newer publication that implies another count is named in the hover, beside the count
        implied = [
            "" if pd.isna(n) else "<br>" + t("deaths.nat.implied_short", implied=fmt_int(n), source=by)
            for n, by in zip(part["implied_deaths"], part["implied_by"], strict=True)
        ]
        fig.add_trace(
            go.Bar(
                x=part["year"],
                y=part["deaths"],
                name=name,
                marker_color=col,
                customdata=list(zip(part["publication"], implied, strict=True)),
                hovertemplate="%{x}: %{y} "
                + t("deaths.unit.deaths")
                + "<br>"
                + t("deaths.nat.hover_source")
                + " %{customdata[0]}%{customdata[1]}<extra></extra>",
            ),
            row=1,
            col=1,
        )
    if fit is not None:
        years = list(range(trend_start, trend_end + 1))
        band = fit.band(years)
        fig.add_trace(
            go.Scatter(
                x=years + years[::-1],
                y=list(band["high"]) + list(band["low"][::-1]),
                fill="toself",
                mode="lines",  # a band: without a mode, plotly adds markers when there are few points
                fillcolor=rgba(TREND_COLOUR, 0.18),
                line=dict(width=0),
                name=t("deaths.nat.band"),
                hoverinfo="skip",
            ),
            row=1,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=years,
                y=band["fit"],
                mode="lines",
                name=t("deaths.nat.trend"),
                line=dict(color=TREND_COLOUR, width=2.5),
                hovertemplate="%{x}: %{y:.0f} (" + t("deaths.nat.trend").lower() + ")<extra></extra>",
            ),
            row=1,
            col=1,
        )
    else:
        fig.add_annotation(
            text=t("deaths.nat.no_trend", years=_years_text(trend_gaps)),
            xref="paper",
            yref="paper",
            x=0.99,
            y=0.99,
            xanchor="right",
            yanchor="top",
            showarrow=False,
            align="right",
            font=dict(color=TREND_COLOUR, size=12),
            bgcolor="rgba(255,255,255,0.85)",
        )
    if span_gaps:
        fig.add_annotation(
            text=t("deaths.nat.gaps", years=_years_text(span_gaps)),
            xref="paper",
            yref="paper",
            x=0,
            y=0.33,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            font=dict(color=GREY, size=11),
        )
    rated = series[series["rate_age_standardised"].notna()]
    # each rate with the decimals the report writes it with: "5" for 2012, not "5,0"
    labels = [fmt_num(v, int(d)) for v, d in zip(rated["rate_age_standardised"], rated["rate_decimals"], strict=True)]
    fig.add_trace(
        go.Scatter(
            x=rated["year"],
            y=rated["rate_age_standardised"],
            mode="markers+text",
            name=t("deaths.nat.rate"),
            marker=dict(color="#000000", size=9),
            text=labels,
            customdata=labels,
            textposition=label_sides(list(rated["year"]), list(rated["rate_age_standardised"])),
            cliponaxis=False,  # a label over the last year reaches past the axis' end
            hovertemplate="%{x}: %{customdata} " + t("deaths.unit.per100k") + "<extra></extra>",
        ),
        row=2,
        col=1,
    )
    finish(fig, title=title, subtitle=subtitle, source=source, height=560)
    fig.update_yaxes(title_text=t("deaths.unit.deaths_axis"), row=1, col=1)
    top = float(rated["rate_age_standardised"].max()) if not rated.empty else 1.0
    fig.update_yaxes(title_text=t("deaths.unit.rate_axis"), row=2, col=1, range=[0, top * 1.4])  # room for labels
    lo, hi = int(series["year"].min()), int(series["year"].max())
    fig.update_xaxes(range=[lo - 0.7, hi + 0.7], dtick=2, row=2, col=1)
    fig.update_xaxes(range=[lo - 0.7, hi + 0.7], row=1, col=1)
    fig.update_layout(bargap=0.15, hovermode="closest")
    return fig


def standardised_figure(
    rates: pd.DataFrame, published: dict[int, tuple[float, int]], *, title: str, subtitle: str, source: str
) -> go.Figure:
    """The app's age-standardised rates by sex (bars) with the published national rate (marker):
    `published` maps a year to (rate, decimals the report writes it with). The marker has a colour
    no bar has (the bars take the sexes' colours), so its legend entry is not read as a sex."""
    fig = go.Figure()
    for year, grp in rates.groupby("year"):
        fig.add_trace(
            go.Bar(
                x=[label("sex", s) for s in grp["sex"]],
                y=grp["rate"],
                name=t("deaths.asr.computed", year=year),
                marker_color=[colour(s) for s in grp["sex"]],
                text=[fmt_num(v, 1) for v in grp["rate"]],
                textposition="outside",
                hovertemplate="%{x} " + str(year) + ": %{y:.2f} " + t("deaths.unit.per100k") + "<extra></extra>",
            )
        )
        if int(year) in published:
            value, decimals = published[int(year)]
            fig.add_trace(
                go.Scatter(
                    x=[label("sex", "all")],
                    y=[value],
                    mode="markers",
                    marker=dict(symbol="line-ew-open", size=44, line=dict(width=3, color=PUBLISHED_COLOUR)),
                    name=t("deaths.asr.published", year=year),
                    hovertemplate=t("deaths.asr.published", year=year)
                    + ": "
                    + fmt_num(value, decimals)
                    + "<extra></extra>",
                )
            )
    finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("deaths.unit.rate_axis"))
    fig.update_layout(showlegend=True)
    return fig


def age_figure(table: pd.DataFrame, sex: str, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Deaths by age group: men and women stacked for 'all', one sex otherwise."""
    fig = go.Figure()
    shown = ("men", "women") if sex == "all" else (sex,)
    for s in shown:
        part = table[table["sex"] == s]
        fig.add_trace(
            go.Bar(
                x=[label("death_age", a) for a in part["age_group"]],
                y=part["deaths"],
                name=label("sex", s),
                marker_color=colour(s),
                customdata=part[["share"]].to_numpy(),
                hovertemplate=label("sex", s)
                + ", %{x}: %{y} "
                + t("deaths.unit.deaths")
                + " (%{customdata[0]:.0f}"
                + pct_suffix()
                + " "
                + t("deaths.age.of_sex")
                + ")<extra></extra>",
            )
        )
    finish(
        fig,
        title=title,
        subtitle=subtitle,
        source=source,
        y_title=t("deaths.unit.deaths_axis"),
        x_title=t("deaths.age.axis"),
    )
    fig.update_layout(barmode="stack", showlegend=True)
    return fig


def substance_national_figure(table: pd.DataFrame, *, title: str, subtitle: str, source: str) -> go.Figure:
    part = table.iloc[::-1]
    fig = go.Figure(
        go.Bar(
            y=[label("death_substance", s) for s in part["substance"]],
            x=part["deaths"],
            orientation="h",
            marker_color=PALETTE[0],
            customdata=part[["share"]].to_numpy(),
            text=[
                f"{fmt_int(d)} ({fmt_num(s, 0)}{pct_suffix()})"
                for d, s in zip(part["deaths"], part["share"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x} "
            + t("deaths.unit.deaths")
            + " (%{customdata[0]:.0f}"
            + pct_suffix()
            + " "
            + t("deaths.sub.of_all")
            + ")<extra></extra>",
        )
    )
    finish(fig, title=title, subtitle=subtitle, source=source, x_title=t("deaths.unit.deaths_axis"), height=380)
    fig.update_layout(margin=dict(l=150, r=80))
    return fig


def substance_area_figure(
    table: pd.DataFrame,
    areas: list[str],
    substances: list[str],
    years: list[int],
    *,
    title: str,
    subtitle: str,
    source: str,
) -> go.Figure:
    """One panel per county: categories down the side, one bar per year."""
    fig = subplots(
        rows=1,
        cols=len(areas),
        shared_yaxes=True,
        horizontal_spacing=0.04,
        subplot_titles=[label("death_area", a) for a in areas],
    )
    labels = [label("death_substance", s) for s in substances]
    year_colours = {years[0]: PALETTE[0], years[-1]: PALETTE[4]} if years else {}
    for i, area in enumerate(areas, start=1):
        for year in years:
            part = table[(table["area"] == area) & (table["year"] == year)].set_index("substance")
            part = part.reindex(substances)
            fig.add_trace(
                go.Bar(
                    y=labels,
                    x=part["deaths"],
                    orientation="h",
                    name=str(year),
                    legendgroup=str(year),
                    showlegend=i == 1,
                    marker_color=year_colours.get(year, GREY),
                    customdata=part[["share"]].to_numpy(),
                    hovertemplate=label("death_area", area)
                    + " "
                    + str(year)
                    + ", %{y}: %{x} "
                    + t("deaths.unit.deaths")
                    + " (%{customdata[0]:.0f}"
                    + pct_suffix()
                    + ")<extra></extra>",
                ),
                row=1,
                col=i,
            )
    finish(fig, title=title, subtitle=subtitle, source=source, height=460)
    fig.update_layout(barmode="group", margin=dict(l=170))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=t("deaths.unit.deaths_axis"), rangemode="tozero")
    return fig


def intent_figure(
    table: pd.DataFrame, intents: list[str], missing: list[int], *, title: str, subtitle: str, source: str
) -> go.Figure:
    fig = go.Figure()
    for i, intent in enumerate(intents):
        part = table[table["intent"] == intent]
        fig.add_trace(
            go.Bar(
                x=part["year"],
                y=part["deaths"],
                name=label("death_intent", intent),
                marker_color=PALETTE[i],
                customdata=part[["share"]].to_numpy(),
                hovertemplate="%{x}, "
                + label("death_intent", intent)
                + ": %{y} "
                + t("deaths.unit.deaths")
                + " (%{customdata[0]:.0f}"
                + pct_suffix()
                + ")<extra></extra>",
            )
        )
    finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("deaths.unit.deaths_axis"))
    years = sorted(table["year"].unique())
    fig.update_layout(barmode="stack")
    fig.update_xaxes(tickvals=years, range=[min(years) - 0.7, max(years) + 0.7])
    if missing:
        # headroom over the tallest bar for the note, which wraps into two or three lines on a phone
        # (it stood on the bars of 2015 and 2024 at 390 px)
        tallest = float(table.groupby("year")["deaths"].sum().max())
        fig.update_yaxes(range=[0, tallest * INTENT_HEADROOM])
        fig.add_annotation(
            text=t("deaths.intent.gaps", years=_years_text(missing)),
            xref="paper",
            yref="paper",
            x=0.5,
            y=0.97,
            xanchor="center",
            yanchor="top",
            showarrow=False,
            font=dict(size=12, color=GREY),
            bgcolor="rgba(255,255,255,0.85)",
        )
    return fig


def autopsy_figure(table: pd.DataFrame, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Share not autopsied per year, each with the decimals the report writes it with ("7 %")."""
    labels = [fmt_pct(v, int(d)) for v, d in zip(table["percent"], table["decimals"], strict=True)]
    fig = go.Figure(
        go.Bar(
            x=table["year"],
            y=table["percent"],
            marker_color=PALETTE[2],
            text=labels,
            customdata=labels,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}: %{customdata} " + t("deaths.autopsy.hover") + "<extra></extra>",
        )
    )
    finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("deaths.unit.percent_axis"), height=380)
    fig.update_xaxes(tickvals=list(table["year"]))
    return fig
