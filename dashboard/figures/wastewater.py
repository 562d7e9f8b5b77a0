"""Wastewater figures: DataFrame in, plotly Figure out. No data loading here."""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.data.contract import WEEKDAYS
from dashboard.figures.theme import GREY, colour, empty_figure, finish, rgba
from dashboard.i18n import label, t, upper_first

WEEK = WEEKDAYS
# Sampling periods take colours by position in time (light then dark, spring then autumn), so a
# new season gets the next colour without a code change.
PERIOD_PALETTE = ("#56B4E9", "#E69F00", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#F0E442", "#000000")
FLAG = "#C00000"


def period_label(year: int, season: str) -> str:
    return f"{upper_first(label('season', season))} {year}"


def year_span(years) -> str:
    """'2011–2021' for the years in a column (one year alone as itself)."""
    first, last = int(min(years)), int(max(years))
    return str(first) if first == last else f"{first}–{last}"


def unit() -> str:
    return t("ww.unit")


def week_means_figure(means, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Grouped bars: sampling period on x, one bar per city. `means` has city, year, season, load."""
    if means.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    order = means.sort_values(
        ["year", "season"], key=lambda s: s.map({"spring": 0, "autumn": 1}) if s.name == "season" else s
    )
    periods = list(dict.fromkeys(period_label(y, s) for y, s in zip(order.year, order.season, strict=True)))
    for city, g in means.groupby("city", sort=False):
        g = g.assign(period=[period_label(y, s) for y, s in zip(g.year, g.season, strict=True)])
        g = g.set_index("period").reindex(periods).reset_index()
        fig.add_bar(
            x=g["period"],
            y=g["load"],
            name=label("city", city),
            marker_color=colour(city),
            hovertemplate="%{x}: %{y:.0f} " + unit() + "<extra>" + label("city", city) + "</extra>",
        )
    fig.update_layout(barmode="group")
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


def period_colours(periods) -> dict[str, str]:
    """Colour per period code 'year-season', by position in time order."""
    return {f"{y}-{s}": PERIOD_PALETTE[i % len(PERIOD_PALETTE)] for i, (y, s) in enumerate(periods)}


def daily_profile_figure(
    daily, cities: list[str], *, title: str, subtitle: str, source: str, periods=(), flags=None
) -> go.Figure:
    """One panel per city, a line per sampling week from Wednesday to Tuesday, weekend shaded.
    Gaps (below the limit of quantification) stay gaps; flagged dumping days get a marker."""
    if daily.empty:
        return empty_figure(t("ww.empty"), title)
    fig = make_subplots(
        rows=1,
        cols=len(cities),
        shared_yaxes=True,
        horizontal_spacing=0.03,
        subplot_titles=[label("city", c) for c in cities],
    )
    days = [label("weekday", d)[:3] for d in WEEK]
    colours = period_colours(periods)
    shown = set()
    for i, city in enumerate(cities, start=1):
        fig.add_vrect(x0=1.5, x1=4.5, fillcolor=rgba(GREY, 0.2), line_width=0, row=1, col=i, layer="below")
        for (year, season), g in daily[daily.city == city].groupby(["year", "season"]):
            code = f"{year}-{season}"
            week = g.set_index("weekday").reindex(list(WEEK))
            name = period_label(year, season)
            fig.add_scatter(
                x=list(range(7)),
                y=week["load"],
                mode="lines+markers",
                name=name,
                legendgroup=code,
                showlegend=code not in shown,
                connectgaps=False,
                line=dict(color=colours.get(code, GREY), width=2),
                customdata=days,
                row=1,
                col=i,
                hovertemplate="%{customdata}: %{y:.0f} "
                + unit()
                + "<extra>"
                + label("city", city)
                + ", "
                + name
                + "</extra>",
            )
            shown.add(code)
        if flags is not None:
            f = flags[flags.city == city]
            if not f.empty:
                fig.add_scatter(
                    x=[WEEK.index(w) for w in f.weekday],
                    y=f["load"],
                    mode="markers+text",
                    marker=dict(symbol="x", size=13, color=FLAG),
                    text=[t("ww.flag.dumping")] * len(f),
                    textposition="middle right",
                    textfont=dict(color=FLAG, size=12),
                    name=t("ww.flag.dumping_legend"),
                    legendgroup="flag",
                    showlegend="flag" not in shown,
                    row=1,
                    col=i,
                    hoverinfo="skip",
                )
                shown.add("flag")
    fig.update_xaxes(tickvals=list(range(7)), ticktext=days, range=[-0.5, 6.5])
    fig = finish(fig, title=title, subtitle=subtitle, source=source)
    # legend under the panels, so it does not cover the city names above them
    fig.update_layout(legend=dict(orientation="h", y=-0.12, yanchor="top", x=0), margin=dict(b=130))
    fig.update_yaxes(title_text=unit(), row=1, col=1)
    return fig


def comparison_figure(
    groups: dict[str, list[float]],
    labels: dict[str, str],
    colours: dict[str, str],
    *,
    title: str,
    subtitle: str,
    source: str,
) -> go.Figure:
    """Every daily value of each group as a dot, with the group median as a bar."""
    if not any(groups.values()):
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    for code, values in groups.items():
        name = labels[code]
        fig.add_box(
            y=values,
            name=name,
            boxpoints="all",
            jitter=0.4,
            pointpos=0,
            marker_color=colours[code],
            line_color=colours[code],
            fillcolor=rgba(colours[code], 0.15),
            showlegend=False,
            hovertemplate="%{y:.0f} " + unit() + "<extra>" + name + "</extra>",
        )
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


def weekend_figure(ratios, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Weekend mean divided by weekday mean, grouped by substance, one bar per city; 1 = no difference."""
    if ratios.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    for city, g in ratios.groupby("city", sort=False):
        fig.add_bar(
            x=[label("substance", s) for s in g.substance],
            y=g["ratio"],
            name=label("city", city),
            marker_color=colour(city),
            customdata=g[["weekday_mean", "weekend_mean"]].to_numpy(),
            hovertemplate="%{x}: %{y:.2f}<br>" + t("ww.weekend.hover") + "<extra>" + label("city", city) + "</extra>",
        )
    fig.add_hline(
        y=1,
        line_dash="dash",
        line_color=GREY,
        annotation_text=t("ww.weekend.no_difference"),
        annotation_position="top left",
    )
    fig.update_layout(barmode="group")
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("ww.weekend.axis"))


def levo_figure(shares, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Share of levo-amphetamine per city with the two reading marks (near 0 and about 0.5)."""
    if shares.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure(
        go.Bar(
            x=[label("city", c) for c in shares.city],
            y=shares["levo_share"],
            marker_color=[colour(c) for c in shares.city],
            text=shares["levo_share"],
            texttemplate="%{text:.2f}",
            textposition="outside",
            hovertemplate="%{x}: %{y:.2f}<extra></extra>",
        )
    )
    fig.add_hline(
        y=0.5, line_dash="dash", line_color=GREY, annotation_text=t("ww.levo.mark_half"), annotation_position="top left"
    )
    fig.add_hrect(
        y0=0,
        y1=0.1,
        fillcolor=rgba(GREY, 0.12),
        line_width=0,
        annotation_text=t("ww.levo.mark_zero"),
        annotation_position="top left",
    )
    fig.update_yaxes(range=[0, 1])
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("ww.levo.axis"))


def oslo_history_figure(history, recent, *, title: str, subtitle: str, source: str) -> go.Figure:
    """VEAS yearly means of the older series, then Oslo's week means of the report (two plants),
    with the break between the two series shaded."""
    if history.empty and recent.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    if not history.empty:
        # Every year of the span on the axis, so a year with no measurements breaks the line
        # instead of a line drawn across it.
        years = range(int(history["year"].min()), int(history["year"].max()) + 1)
        history = history.set_index("year").reindex(years).rename_axis("year").reset_index()
        fig.add_scatter(
            x=history["year"],
            y=history["load"],
            mode="lines+markers",
            connectgaps=False,
            name=t("ww.history.old", years=year_span(history["year"])),
            line=dict(color=GREY),
            customdata=history["days"],
            hovertemplate="%{x}: %{y:.0f} " + unit() + " (%{customdata} " + t("ww.history.days") + ")<extra></extra>",
        )
    for season, g in recent.groupby("season"):
        fig.add_scatter(
            x=g["year"] + (0.15 if season == "autumn" else -0.15),
            y=g["load"],
            mode="markers",
            name=t("ww.history.new", years=year_span(recent["year"]), season=label("season", season)),
            marker=dict(size=11, color=colour(season), symbol="diamond"),
            customdata=g["year"],
            hovertemplate=label("season", season) + " %{customdata}: %{y:.0f} " + unit() + "<extra></extra>",
        )
    years = [int(y) for y in (*history.get("year", []), *recent.get("year", []))]
    if not history.empty and not recent.empty:
        fig.add_vrect(
            x0=int(history["year"].max()) + 0.5,
            x1=int(recent["year"].min()) - 0.5,
            fillcolor=rgba(GREY, 0.1),
            line_width=0,
            annotation_text=t("ww.history.break"),
            annotation_position="top left",
        )
    fig.update_xaxes(dtick=1, range=[min(years) - 0.5, max(years) + 0.7])
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


def europe_figure(ranking, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Ranked horizontal dots, one per city, Norwegian cities highlighted and labelled."""
    if ranking.empty:
        return empty_figure(t("ww.empty"), title)
    r = ranking.iloc[::-1]  # highest at the top
    names = [f"{c} ({k})" for c, k in zip(r.city, r.country_name, strict=True)]
    norway = (r.country == "NO").to_numpy()
    fig = go.Figure()
    for mask, name, col, size in (
        (~norway, t("ww.europe.other"), GREY, 8),
        (norway, t("ww.europe.norway"), "#C00000", 12),
    ):
        fig.add_scatter(
            x=r["daily_mean"][mask],
            y=[n for n, m in zip(names, mask, strict=True) if m],
            mode="markers",
            name=name,
            marker=dict(color=col, size=size),
            customdata=r["rank"][mask],
            hovertemplate="%{y}: %{x:.1f} " + unit() + "<br>" + t("ww.europe.rank_hover") + "<extra></extra>",
        )
    height = max(480, 16 * len(r) + 220)
    fig.update_yaxes(categoryorder="array", categoryarray=names, tickfont=dict(size=11), showgrid=False)
    fig.update_xaxes(showgrid=True, gridcolor="#e9ecef", rangemode="tozero")
    return finish(fig, title=title, subtitle=subtitle, source=source, x_title=unit(), height=height)
