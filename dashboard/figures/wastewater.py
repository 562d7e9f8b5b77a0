"""Wastewater figures: DataFrame (or its rows) in, plotly Figure (or its plain dict) out. No data
loading here."""

from __future__ import annotations

import base64
from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import plotly.graph_objects as go

from dashboard.data.contract import SEASONS, WEEKDAYS
from dashboard.figures.theme import GREY, colour, empty_figure, finish, rgba, set_axes, subplots, unchecked
from dashboard.i18n import label, lang, t, upper_first, use_lang

WEEK = WEEKDAYS
# Sampling periods take colours by position in time (light then dark, spring then autumn), so a
# new season gets the next colour without a code change.
PERIOD_PALETTE = ("#56B4E9", "#E69F00", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#F0E442", "#000000")
FLAG = "#C00000"
SEASON_ORDER = {s: i for i, s in enumerate(SEASONS)}


def period_label(year: int, season: str) -> str:
    return f"{upper_first(label('season', season))} {year}"


def year_span(years) -> str:
    """'2011–2021' for the years in a column (one year alone as itself)."""
    first, last = int(min(years)), int(max(years))
    return str(first) if first == last else f"{first}–{last}"


def unit() -> str:
    return t("ww.unit")


def week_means_figure(means, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Grouped bars: sampling period on x, one bar per city. `means` has city, year, season, load.

    An empty load is a week the report says was too low to be measured: no bar, but a marked gap
    (× at the base, with the reason on hover). A 0 is the report's own rounded value: its bar is
    flat, so it carries the label "0" and says on hover that the report shows whole numbers."""
    if means.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    order = means.sort_values(
        ["year", "season"], key=lambda s: s.map({"spring": 0, "autumn": 1}) if s.name == "season" else s
    )
    periods = list(dict.fromkeys(period_label(y, s) for y, s in zip(order.year, order.season, strict=True)))
    cities = list(dict.fromkeys(means["city"]))
    gaps = []
    for j, (city, g) in enumerate(means.groupby("city", sort=False)):
        g = g.assign(period=[period_label(y, s) for y, s in zip(g.year, g.season, strict=True)])
        g = g.set_index("period").reindex(periods)
        zero = g["load"] == 0
        fig.add_bar(
            x=periods,
            y=g["load"],
            name=label("city", city),
            marker_color=colour(city),
            text=["0" if z else "" for z in zero],
            textposition="outside",
            textfont=dict(color=colour(city)),
            cliponaxis=False,
            customdata=[" – " + t("ww.means.zero_hover") if z else "" for z in zero],
            hovertemplate="%{x}: %{y:.0f} " + unit() + "%{customdata}<extra>" + label("city", city) + "</extra>",
        )
        present = g["city"].notna()  # a row in the table: measured, or a week too low to measure
        gaps += [(periods.index(p), j, city) for p in g.index[present & g["load"].isna()]]
    fig.update_layout(barmode="group", bargap=BARGAP)
    for i, j, city in gaps:
        _gap_mark(fig, _group_x(i, j, len(cities)), label("city", city), colour(city))
    if gaps:
        _gap_legend(fig)
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


BARGAP = 0.2  # space between groups of bars; _group_x needs it to find a bar's centre
GAP_SYMBOL = "×"


def _group_x(category: int, j: int, k: int) -> float:
    """The x position (in category units) of the j-th of k grouped bars in a category."""
    width = (1 - BARGAP) / k
    return category - (1 - BARGAP) / 2 + (j + 0.5) * width


def _gap_mark(fig: go.Figure, x: float, who: str, colour_: str) -> None:
    """A week too low to measure: a mark on the baseline where its bar would stand, with the
    reason on hover (an annotation: a category axis takes fractional positions there)."""
    fig.add_annotation(
        x=x,
        y=0,
        yanchor="bottom",
        text=f"<b>{GAP_SYMBOL}</b>",
        showarrow=False,
        font=dict(size=18, color=colour_),
        hovertext=t("ww.means.gap_hover", who=who),
    )


def _gap_legend(fig: go.Figure) -> None:
    """A legend line saying what the gap mark means (the mark itself is an annotation)."""
    fig.add_scatter(
        x=[None],
        y=[None],
        mode="markers",
        marker=dict(symbol="x-thin-open", size=11, color=GREY, line=dict(width=2, color=GREY)),
        name=t("ww.means.gap_legend"),
        hoverinfo="skip",
    )


def period_colours(periods) -> dict[str, str]:
    """Colour per period code 'year-season', by position in time order."""
    return {f"{y}-{s}": PERIOD_PALETTE[i % len(PERIOD_PALETTE)] for i, (y, s) in enumerate(periods)}


def daily_profile_figure(
    daily,
    cities: list[str],
    *,
    title: str,
    subtitle: str,
    source: str,
    periods=(),
    flags=None,
    weekend=(),
) -> go.Figure:
    """One panel per city, a line per sampling week from Wednesday to Tuesday, the `weekend` days
    (weekday codes) shaded. Gaps (below the limit of quantification) stay gaps; flagged dumping
    days get a marker."""
    if daily.empty:
        return empty_figure(t("ww.empty"), title)
    fig = subplots(
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
        weeks = daily[daily.city == city].groupby(["year", "season"])
        # in time order (spring before autumn), so the legend reads as the weeks ran
        for (year, season), g in sorted(weeks, key=lambda kv: (kv[0][0], SEASON_ORDER.get(kv[0][1], 9))):
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
    shade = sorted(WEEK.index(d) for d in weekend)
    if shade:
        # after the traces, and on every panel: plotly skips shapes on a panel that has no trace yet
        for i in range(1, len(cities) + 1):
            fig.add_vrect(
                x0=shade[0] - 0.5,
                x1=shade[-1] + 0.5,
                fillcolor=rgba(GREY, 0.15),
                line_width=0,
                layer="below",
                row=1,
                col=i,
                exclude_empty_subplots=False,
            )
    fig.update_xaxes(tickvals=list(range(7)), ticktext=days, range=[-0.5, 6.5])
    fig = finish(fig, title=title, subtitle=subtitle, source=source)
    # legend at the foot of the figure, under the source line (pixels from the bottom, so it stays
    # clear of the source at any export size), and not over the city names above the panels
    fig.update_layout(legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", x=0), margin=dict(b=130))
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
    levels: dict[str, tuple[str, str]] | None = None,
) -> go.Figure:
    """Every daily value of each group as a dot, with the group median as a bar. `levels`: each
    group's place on a two-level axis (city, then sampling period): the city written once under
    its groups, and on a phone each period's label turned upright in its own slot (labels of two
    lines, "Oslo<br>Vår 2024", turned upright stood in each other's way)."""
    if not any(groups.values()):
        return empty_figure(t("ww.empty"), title)
    # plain dicts in one unchecked Figure: add_box validated each box (~2 ms each, 12 per card)
    fig = unchecked(
        data=[
            dict(
                type="box",
                y=values,
                **({"x": [[levels[code][0]] * len(values), [levels[code][1]] * len(values)]} if levels else {}),
                name=labels[code],
                boxpoints="all",
                jitter=0.4,
                pointpos=0,
                marker=dict(color=colours[code]),
                line=dict(color=colours[code]),
                fillcolor=rgba(colours[code], 0.15),
                showlegend=False,
                hovertemplate="%{y:.0f} " + unit() + "<extra>" + labels[code] + "</extra>",
            )
            for code, values in groups.items()
        ]
    )
    if levels:
        # upright or level, never at 30 degrees, where plotly let the periods' labels overlap
        fig.layout.xaxis.autotickangles = [0, 90]
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


def weekend_figure(ratios, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Weekend mean divided by weekday mean, grouped by substance, one bar per city; 1 = no difference.
    The line at 1 is explained in the legend, as the levo chart's marks: a label on the line stood
    on the bars of the first substances (on a phone, over four of them)."""
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
    fig.add_hline(y=1, line_dash="dash", line_color=GREY)
    fig.add_scatter(
        x=[None],
        y=[None],
        mode="lines",
        line=dict(color=GREY, dash="dash"),
        name=t("ww.weekend.no_difference"),
        hoverinfo="skip",
    )
    fig.update_layout(barmode="group")
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("ww.weekend.axis"))


def levo_figure(shares, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Share of levo-amphetamine per city with the two reading marks (near 0 and about 0.5).
    The marks are explained in the legend, not by labels in the plot, which would cover the
    value printed above a bar."""
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
            showlegend=False,
        )
    )
    fig.add_hline(y=0.5, line_dash="dash", line_color=GREY)
    fig.add_hrect(y0=0, y1=0.1, fillcolor=rgba(GREY, 0.12), line_width=0)
    for name, line, marker in (
        (t("ww.levo.mark_half"), dict(color=GREY, dash="dash"), None),
        (t("ww.levo.mark_zero"), None, dict(symbol="square", size=14, color=rgba(GREY, 0.3))),
    ):
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="lines" if line else "markers",
            line=line,
            marker=marker,
            name=name,
            hoverinfo="skip",
        )
    fig.update_yaxes(range=[0, 1])
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("ww.levo.axis"))


def oslo_history_figure(history, recent, *, title: str, subtitle: str, source: str) -> go.Figure:
    """VEAS yearly means of the older series, then Oslo's week means of the report (two plants),
    with the break between the two series shaded. A year with no measurements breaks the line; a
    year the source gives as 0 on every day (`all_zero`) is a marked point off the line, with that
    reason on hover."""
    if history.empty and recent.empty:
        return empty_figure(t("ww.empty"), title)
    fig = go.Figure()
    if not history.empty:
        # Every year of the span on the axis, so a year with no measurements breaks the line
        # instead of a line drawn across it.
        years = range(int(history["year"].min()), int(history["year"].max()) + 1)
        history = history.set_index("year").reindex(years).rename_axis("year").reset_index()
        zero = history["all_zero"].fillna(False).astype(bool) if "all_zero" in history else history["year"] < 0
        fig.add_scatter(
            x=history["year"],
            y=history["load"].mask(zero),
            mode="lines+markers",
            connectgaps=False,
            name=t("ww.history.old", years=year_span(history["year"])),
            line=dict(color=GREY),
            customdata=history["days"],
            hovertemplate="%{x}: %{y:.0f} " + unit() + " (%{customdata} " + t("ww.history.days") + ")<extra></extra>",
        )
        if zero.any():
            z = history[zero]
            fig.add_scatter(
                x=z["year"],
                y=[0] * len(z),
                mode="markers",
                name=t("ww.history.zero_legend"),
                marker=dict(symbol="circle-open", size=11, color=GREY, line=dict(width=2)),
                customdata=z["days"],
                hovertemplate="%{x}: " + t("ww.history.zero_hover") + "<extra></extra>",
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
        # the shaded break and its label as the dicts add_vrect(annotation_position="top left")
        # makes, assigned at once: add_vrect costs 4-6 ms
        x0, x1 = int(history["year"].max()) + 0.5, int(recent["year"].min()) - 0.5
        layout = fig.layout
        layout.shapes = (
            *layout.shapes,
            dict(
                type="rect",
                x0=x0,
                x1=x1,
                xref="x",
                y0=0,
                y1=1,
                yref="y domain",
                fillcolor=rgba(GREY, 0.1),
                line=dict(width=0),
            ),
        )
        layout.annotations = (
            *layout.annotations,
            dict(
                text=t("ww.history.break"),
                showarrow=False,
                x=x0,
                xanchor="left",
                xref="x",
                y=1,
                yanchor="top",
                yref="y domain",
            ),
        )
    set_axes(fig, "xaxis", dtick=1, range=[min(years) - 0.5, max(years) + 0.7])
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=unit())


NORWAY_RED = "#C00000"
EUROPE_TOP = 15  # cities named at the top of the ranking; Norwegian cities are always named
ROW_PX = 24


def records(frame) -> list[SimpleNamespace]:
    """The rows of a frame with their columns as attributes, like itertuples() (same values, no
    index), which builds a namedtuple class with an eval on every call (~0.7 ms each)."""
    cols = [str(c) for c in frame.columns]
    return [
        SimpleNamespace(**dict(zip(cols, values, strict=True)))
        for values in zip(*(frame[c] for c in frame.columns), strict=True)
    ]


def europe_rows(sites, top: int = EUROPE_TOP) -> list[dict]:
    """The rows the Europe chart names, top to bottom: the `top` ranked cities, every Norwegian
    city (ranked or not), and a summary row for each run of cities left unnamed. `sites`: the
    ranking's rows in its order (records of europe_ranking's frame, or objects with its columns)."""
    rows, skipped, unranked, others = [], 0, [], 0
    for r in sites:
        if r.status != "ranked":
            if r.country == "NO":
                unranked.append(r)
            else:
                others += 1
        elif r.rank <= top or r.country == "NO":
            if skipped:
                rows.append(dict(kind="more", count=skipped))
                skipped = 0
            rows.append(dict(kind="city", row=r))
        else:
            skipped += 1
    if skipped:
        rows.append(dict(kind="more", count=skipped))
    rows += [dict(kind="unranked", row=r) for r in unranked]
    if others:
        rows.append(dict(kind="zero", count=others))
    return rows


def city_label(r) -> str:
    """'Bergen (Norge)': EUDA's city without its plant count, with the country, so two cities
    of one name stay apart."""
    return f"{r.name} ({r.country_name})"


def _europe_parts(sites, top: int) -> tuple[list[dict], dict, dict, int]:
    """The Europe chart's traces (plain dicts; the strip's x as numpy arrays, as a Figure holds
    them), its y and x axes and its height, from the ranking's rows (europe_rows)."""
    rows = europe_rows(sites, top)
    ranked = [r for r in sites if r.status == "ranked"]
    labels, traces = [], {"other": [], "norway": [], "gap": []}
    for pos, item in enumerate(rows):
        if item["kind"] == "more":
            labels.append("<i>" + t("ww.europe.more", n=item["count"]) + "</i>")
        elif item["kind"] == "zero":
            labels.append("<i>" + t("ww.europe.zero_row", n=item["count"]) + "</i>")
        elif item["kind"] == "unranked":
            labels.append(city_label(item["row"]))
            traces["gap"].append((pos, item["row"]))
        else:
            r = item["row"]
            labels.append(f"{r.rank}. {city_label(r)}")
            traces["norway" if r.country == "NO" else "other"].append((pos, r))
    strip = len(rows)
    labels.append("<i>" + t("ww.europe.strip", n=len(ranked)) + "</i>")
    data = []
    hover = "%{customdata[0]}: %{x:.1f} " + unit() + "<br>" + t("ww.europe.rank_hover") + "<extra></extra>"
    for key, name, col, size in (
        ("other", t("ww.europe.other"), GREY, 9),
        ("norway", t("ww.europe.norway"), NORWAY_RED, 12),
    ):
        items = traces[key]
        data.append(
            dict(
                type="scatter",
                x=[r.daily_mean for _, r in items],
                y=[p for p, _ in items],
                mode="markers",
                name=name,
                legendgroup=key,
                marker=dict(color=col, size=size),
                customdata=[[city_label(r), r.rank, r.n] for _, r in items],
                hovertemplate=hover,
            )
        )
    if traces["gap"]:
        reason = {"below_loq": t("ww.europe.below_loq"), "zero": t("ww.europe.zero")}
        items = traces["gap"]
        data.append(
            dict(
                type="scatter",
                x=[0] * len(items),
                y=[p for p, _ in items],
                mode="markers+text",
                name=t("ww.europe.gap_legend"),
                marker=dict(symbol="x-thin-open", size=12, color=NORWAY_RED, line=dict(width=2, color=NORWAY_RED)),
                text=[reason[r.status] for _, r in items],
                textposition="middle right",
                textfont=dict(color=NORWAY_RED, size=12),
                customdata=[city_label(r) for _, r in items],
                hovertemplate="%{customdata}: %{text}<extra></extra>",
            )
        )
    # the strip: every ranked city on one row, Norway in red on top
    for key, norwegian, col, size, opacity in (
        ("other", False, GREY, 6, 0.45),
        ("norway", True, NORWAY_RED, 9, 1),
    ):
        part = [r for r in ranked if (r.country == "NO") == norwegian]
        data.append(
            dict(
                type="scatter",
                x=np.array([r.daily_mean for r in part], dtype=float),
                y=[strip] * len(part),
                mode="markers",
                legendgroup=key,
                showlegend=False,
                marker=dict(color=col, size=size, opacity=opacity),
                customdata=[[city_label(r), r.rank, r.n] for r in part],
                hovertemplate=hover,
            )
        )
    height = max(420, ROW_PX * len(labels) + 250)
    top_value = float(max(r.daily_mean for r in ranked)) if ranked else 1.0
    yaxis = dict(
        tickmode="array",
        tickvals=list(range(len(labels))),
        ticktext=labels,
        range=[len(labels) - 0.5, -0.5],  # first row at the top
        tickfont=dict(size=12),
        showgrid=False,
        zeroline=False,
        automargin=True,  # long city names push the plot right instead of being cut at the left
    )
    # a little room left of 0, so a gap mark there is drawn whole
    xaxis = dict(showgrid=True, gridcolor="#e9ecef", range=[-0.02 * top_value, 1.04 * top_value])
    return data, yaxis, xaxis, height


def europe_figure(ranking, *, title: str, subtitle: str, source: str, top: int = EUROPE_TOP) -> go.Figure:
    """A readable ranking: the top cities and every Norwegian city named with their rank, the rest
    summarised in rows ("… 40 andre byer") and shown as a strip of dots at the foot, so where a
    city stands among all of them is still visible. Not ranked: cities at 0 in EUDA's data
    (counted in one row) and Norwegian cities the report says were below the limit of
    quantification (a gap mark with the reason, never a dot at 0). `ranking`: europe_ranking's frame."""
    if ranking.empty:
        return empty_figure(t("ww.empty"), title)
    data, yaxis, xaxis, height = _europe_parts(records(ranking), top)
    fig = unchecked(data=data)
    fig.layout.yaxis = yaxis  # plain assignments: no merge, same key order as before
    fig.layout.xaxis = xaxis
    return finish(fig, title=title, subtitle=subtitle, source=source, x_title=unit(), height=height)


def europe_figure_dict(sites, *, title: str, subtitle: str, source: str, top: int = EUROPE_TOP) -> dict:
    """europe_figure as the plain dict its to_dict() gives (the strip's numbers as base64 typed
    arrays), built without a plotly Figure: making one and copying it out again cost most of the
    card's time (some 5 ms), and the card's filter of countries has too many states to cache.
    `sites`: the ranking's rows in its order, as objects with europe_ranking's columns."""
    if not sites:
        return empty_figure(t("ww.empty"), title).to_dict()
    data, yaxis, xaxis, height = _europe_parts(sites, top)
    for trace in data:
        if isinstance(trace["x"], np.ndarray):
            trace["x"] = _typed_array(trace["x"])
    layout = _copy(_finished_layout(title, source, unit(), height, lang()))
    layout["title"]["subtitle"]["text"] = subtitle  # the chosen countries: a key of its own would miss
    layout["yaxis"] = yaxis
    layout["xaxis"] = {**xaxis, **layout["xaxis"]}  # finish() adds the unit's title to ours
    return {"data": data, "layout": layout}


_SUBTITLE_SLOT = "\u2063"  # any text: replaced in every copy


@lru_cache(maxsize=512)
def _finished_layout(title: str, source: str, x_title: str, height: int, language: str) -> dict:
    # What finish() makes of a figure's layout (theme template, separators, title, source line,
    # the x axis' unit) depends on these alone: made once by finish() itself, then copied per call.
    # Made in the language it is keyed on (separators and the source line's prefix are per language).
    # The subtitle (which names the chosen countries) only fills its own text: put in by the caller,
    # so a new choice of countries costs a copy, not finish() (3 ms).
    fig = unchecked()
    fig.layout.yaxis = {}
    fig.layout.xaxis = {}
    with use_lang(language):
        finish(fig, title=title, subtitle=_SUBTITLE_SLOT, source=source, x_title=x_title, height=height)
    return fig.to_dict()["layout"]


def _typed_array(values: np.ndarray):
    """What Figure.to_dict() makes of a float array (plotly's base64 typed array; an empty one
    stays an empty list), without plotly's generic converter and its dataframe checks."""
    if not values.size:
        return []
    return {"dtype": "f8", "bdata": base64.b64encode(values.astype("<f8", copy=False)).decode("ascii")}


def _copy(node):
    """A copy of plain JSON data (dicts, lists, scalars): a cached layout is never handed out."""
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node
