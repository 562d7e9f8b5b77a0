"""Survey figures: DataFrame -> plotly Figure, graph_objects only, no data loading.

Every estimate is drawn with its published 95 % interval: bands on trend lines, error bars
on bars. Hover text gives the estimate, the interval and the number of respondents.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import GREY, colour, finish, rgba, set_axes, subplot_layout, unchecked
from dashboard.i18n import fmt_int, fmt_num, label, pct_suffix, t
from dashboard.stats import survey as st

BAND_ALPHA = 0.15
LABEL_MIN_FONT = 10  # px: a bar's value is not written smaller, even where that is wider than the bar


def _hover(name: str) -> str:
    pct = pct_suffix()  # "12,5 %" in bokmål, "12.5%" in English
    return (
        f"<b>{name}</b><br>%{{x}}: %{{y:.1f}}{pct}<br>"
        + t("survey.hover_ci")
        + f" %{{customdata[0]:.1f}}–%{{customdata[1]:.1f}}{pct}<br>"
        + t("survey.hover_n")
        + " %{customdata[2]}%{customdata[3]}<extra></extra>"
    )


def caveat(kind: str | None, n) -> str:
    """The small-numbers warning of one estimate (stats.survey.small_numbers), as a hover line."""
    if kind is None:
        return ""
    n_text = fmt_int(n) if n is not None and not pd.isna(n) else t("misc.gap")
    return "<br><i>" + t(f"survey.small.{kind}", n=n_text) + "</i>"


def _custom(rows: pd.DataFrame) -> list:
    n = rows["n"].astype(object).where(rows["n"].notna(), t("misc.gap")) if "n" in rows else [t("misc.gap")] * len(rows)
    counts = rows["n"] if "n" in rows else [None] * len(rows)
    notes = [caveat(k, c) for k, c in zip(st.small_numbers_column(rows), counts, strict=True)]
    return list(zip(rows["ci_low"], rows["ci_high"], n, notes, strict=True))


def _line_with_band(
    traces: list,
    rows: pd.DataFrame,
    name: str,
    code: str,
    i: int,
    *,
    col: int | None = None,
    show_legend: bool = True,
    dash: str | None = None,
) -> None:
    """The estimates as a line with markers, and the 95 % band, one band per run of consecutive
    years: a year without an estimate breaks both. A marker is open where the estimate rests on
    very few answers (stats.survey.small_numbers). Appends plain trace dicts to `traces`; `col`:
    the panel of a one-row subplot grid (its axes named as make_subplots names them)."""
    rows = rows.sort_values("year")
    c = colour(code, i)
    where = dict(xaxis=f"x{col if col > 1 else ''}", yaxis=f"y{col if col > 1 else ''}") if col else {}
    for run in st.year_runs(rows["year"]):
        part = rows[rows["year"].isin(run)]
        xs = list(part["year"])
        traces.append(
            dict(
                type="scatter",
                x=xs + xs[::-1],
                y=list(part["ci_high"]) + list(part["ci_low"])[::-1],
                fill="toself",
                mode="lines",  # a band: without a mode, plotly adds markers when there are few points
                fillcolor=rgba(c, BAND_ALPHA),
                line=dict(width=0),
                hoverinfo="skip",
                showlegend=False,
                legendgroup=code,
                name=f"{name} – {t('survey.ci95')}",
                **where,
            )
        )
    # every year of the span on the axis: a missing year is an empty point, and the line breaks there
    years = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
    full = rows.set_index("year").reindex(years).rename_axis("year").reset_index()
    small = [k is not None for k in st.small_numbers_column(full)]
    traces.append(
        dict(
            type="scatter",
            x=list(full["year"]),
            y=list(full["percent"]),
            mode="lines+markers",
            connectgaps=False,
            name=name,
            legendgroup=code,
            showlegend=show_legend,
            line=dict(color=c, width=2.5, **({"dash": dash} if dash else {})),
            marker=dict(
                size=7,
                symbol=["circle-open" if x else "circle" for x in small],
                color=c,  # an open symbol takes its stroke from the marker colour
                line=dict(width=2, color=c),
            )
            if any(small)
            else dict(size=7),
            customdata=_custom(full),
            hovertemplate=_hover(name),
            **where,
        )
    )


def trend_figure(
    rows: pd.DataFrame,
    *,
    series_col: str,
    series_codes,
    series_kind: str,
    title: str,
    subtitle: str = "",
    source: str = "",
    facet_col: str | None = None,
    facet_codes=None,
    facet_kind: str | None = None,
    height: int = 480,
) -> go.Figure:
    """Lines over years with 95 % bands, one per code in `series_codes`; with `facet_col`,
    one panel per facet code side by side (e.g. men | women) on a shared y axis."""
    facets = list(facet_codes) if facet_col else [None]
    traces = []
    for j, facet in enumerate(facets):
        part = rows if facet is None else rows[rows[facet_col] == facet]
        for i, code in enumerate(series_codes):
            s = part[part[series_col] == code]
            if s.empty:
                continue
            _line_with_band(
                traces, s, label(series_kind, code), code, i, col=(j + 1) if facet_col else None, show_legend=j == 0
            )
    if any(k is not None for k in st.small_numbers_column(rows)):
        traces.append(_small_legend())
    if facet_col:
        layout = subplot_layout(
            rows=1,
            cols=len(facets),
            shared_yaxes=True,
            horizontal_spacing=0.04,
            subplot_titles=[label(facet_kind, f) for f in facets],
        )
        fig = unchecked(data=traces, layout=layout)
    else:
        fig = unchecked(data=traces)
    set_axes(fig, "xaxis", dtick=1, tickformat="d")
    fig = finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("survey.y_percent"), height=height)
    return fig


def _small_legend() -> dict:
    """A legend line saying what an open circle means, so an exported image carries it too."""
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        mode="markers",
        marker=dict(symbol="circle-open", size=8, color=GREY, line=dict(width=2, color=GREY)),
        name=t("survey.small.legend"),
        hoverinfo="skip",
    )


def bar_figure(
    rows: pd.DataFrame,
    *,
    x_col: str,
    x_codes,
    x_kind: str,
    group_col: str,
    group_codes,
    group_kind: str,
    title: str,
    subtitle: str = "",
    source: str = "",
    y_title: str | None = None,
    with_ci: bool = True,
    colour_by_x: bool = False,
    height: int = 480,
) -> go.Figure:
    """Grouped bars: categories on x, one bar colour per group (or per category with
    `colour_by_x`, for a single group), 95 % error bars if published.

    Each bar's value is written above it; with error bars, above the interval's upper end
    (_value_labels): written on the bar's top, where plotly puts it, the whisker ran through the
    number and "8,1" read "8 1"."""
    traces, labels = [], []
    x_labels = [label(x_kind, c) for c in x_codes]
    for i, g in enumerate(group_codes):
        part = rows[rows[group_col] == g].set_index(x_col).reindex(list(x_codes))
        name = label(group_kind, g)
        kwargs = {}
        if with_ci:
            kwargs["error_y"] = dict(
                type="data",
                symmetric=False,
                array=list(part["ci_high"] - part["percent"]),
                arrayminus=list(part["percent"] - part["ci_low"]),
                color="#495057",
                thickness=1.2,
            )
            kwargs["customdata"] = _custom(part)
            kwargs["hovertemplate"] = _hover(name)
        else:
            if "n" in part:
                kwargs["customdata"] = list(part["n"])
            kwargs["hovertemplate"] = (
                f"<b>{name}</b><br>%{{x}}: %{{y:.1f}}{pct_suffix()}<br>{t('survey.hover_n')} %{{customdata}}<extra></extra>"
            )
        values = list(part["percent"])
        text = {} if with_ci else dict(texttemplate="%{y:.1f}", textposition="outside", cliponaxis=False)
        traces.append(
            dict(
                type="bar",
                x=x_labels,
                y=values,
                name=name,
                marker=dict(color=[colour(c, k) for k, c in enumerate(x_codes)] if colour_by_x else colour(g, i)),
                offsetgroup=str(i),
                legendgroup=str(i),
                **text,
                **kwargs,
            )
        )
        if with_ci:
            labels.append(_value_labels(x_labels, values, list(part["ci_high"]), name, str(i)))
    fig = unchecked(data=traces + labels)  # plain dicts, no validation pass (theme.unchecked)
    fig.layout.barmode = "group"
    fig.layout.bargap = 0.25
    # Every bar's value in one size, never under LABEL_MIN_FONT: left to plotly, each value was
    # scaled to its bar's width, 6-9 px on a phone. Values over intervals are shown at that size
    # however narrow the bars ("show"); values on bars without one are not written at all where
    # the bars are too narrow ("hide": twelve frequency bars on a phone, where at 10 px they ran
    # into each other), and the hover and the table give them.
    fig.layout.uniformtext = dict(minsize=LABEL_MIN_FONT, mode="show" if labels else "hide")
    # The legend groups tie each bar to its value; as plotly's default "grouped" order they would
    # also set each entry apart by tracegroupgap (a taller legend on a phone).
    fig.layout.legend.traceorder = "normal"
    return finish(
        fig, title=title, subtitle=subtitle, source=source, y_title=y_title or t("survey.y_percent"), height=height
    )


def _value_labels(x_labels: list, values: list, tops: list, name: str, group: str) -> dict:
    """The values of one group's bars as the text of bars of no height standing on their error
    bars' upper ends (or on the bar's top where no interval is published), in the bars' offset
    group, so each sits over its bar, and in their legend group, so it is hidden with them. As bar
    text they share one size (layout.uniformtext): the size that fits the narrowest bar, but never
    under LABEL_MIN_FONT (on a phone plotly had set them 7-8 px, to each bar's width). Where one
    of them would then run into another bar, whisker or value (a phone), assets/charts.js hides
    them all; it knows these traces as bars with no hover, a base and a text."""
    at = [v if pd.isna(top) else top for v, top in zip(values, tops, strict=True)]
    return dict(
        type="bar",
        x=x_labels,
        y=[None if pd.isna(v) else 0 for v in values],
        base=[None if pd.isna(v) else v for v in at],
        text=[None if pd.isna(v) else fmt_num(v, 1) for v in values],  # as text: the same in an export
        textposition="outside",
        textangle=0,
        cliponaxis=False,
        marker=dict(color="rgba(0,0,0,0)", line=dict(width=0)),
        name=name,
        offsetgroup=group,
        legendgroup=group,
        showlegend=False,
        hoverinfo="skip",
    )


def adjusted_figure(
    rows: pd.DataFrame, *, title: str, subtitle: str = "", source: str = "", height: int = 480
) -> go.Figure:
    """The report's adjusted trend (line with band) beside the observed estimates (points with
    error bars). `rows` from stats.survey.adjusted_vs_observed."""
    fig = go.Figure()
    rows = rows.sort_values("year")
    adj = rows.dropna(subset=["adjusted"])
    c_adj, c_obs = colour("lifetime"), colour("last_12_months")
    name_adj, name_obs = t("survey.adjusted_series"), t("survey.observed_series")
    for run in st.year_runs(adj["year"]):  # a year without an estimate breaks the band
        part = adj[adj["year"].isin(run)]
        xs = list(part["year"])
        fig.add_trace(
            go.Scatter(
                x=xs + xs[::-1],
                y=list(part["adjusted_high"]) + list(part["adjusted_low"])[::-1],
                fill="toself",
                mode="lines",  # a band: without a mode, plotly adds markers when there are few points
                fillcolor=rgba(c_adj, BAND_ALPHA),
                line=dict(width=0),
                hoverinfo="skip",
                showlegend=False,
                legendgroup="adj",
            )
        )
    if len(adj):  # every year of the span on the axis, so the line breaks at a missing year
        span = range(int(adj["year"].min()), int(adj["year"].max()) + 1)
        adj = adj.set_index("year").reindex(span).rename_axis("year").reset_index()
    fig.add_trace(
        go.Scatter(
            x=list(adj["year"]),
            y=list(adj["adjusted"]),
            mode="lines",
            connectgaps=False,
            name=name_adj,
            legendgroup="adj",
            line=dict(color=c_adj, width=2.5),
            customdata=list(zip(adj["adjusted_low"], adj["adjusted_high"], [""] * len(adj), strict=True)),
            hovertemplate=f"<b>{name_adj}</b><br>%{{x}}: %{{y:.1f}}{pct_suffix()}<br>{t('survey.hover_ci')} "
            f"%{{customdata[0]:.1f}}–%{{customdata[1]:.1f}}{pct_suffix()}<extra></extra>",
        )
    )
    obs = rows.dropna(subset=["percent"])
    fig.add_trace(
        go.Scatter(
            x=list(obs["year"]),
            y=list(obs["percent"]),
            mode="markers",
            name=name_obs,
            marker=dict(color=c_obs, size=8, symbol="circle"),
            error_y=dict(
                type="data",
                symmetric=False,
                array=list(obs["ci_high"] - obs["percent"]),
                arrayminus=list(obs["percent"] - obs["ci_low"]),
                color=c_obs,
                thickness=1.2,
            ),
            customdata=list(zip(obs["ci_low"], obs["ci_high"], [""] * len(obs), strict=True)),
            hovertemplate=f"<b>{name_obs}</b><br>%{{x}}: %{{y:.1f}}{pct_suffix()}<br>{t('survey.hover_ci')} "
            f"%{{customdata[0]:.1f}}–%{{customdata[1]:.1f}}{pct_suffix()}<extra></extra>",
        )
    )
    fig.update_xaxes(dtick=1, tickformat="d")
    return finish(fig, title=title, subtitle=subtitle, source=source, y_title=t("survey.y_percent"), height=height)


def debut_figure(
    debut: pd.DataFrame,
    *,
    mean: float,
    median: int,
    mode: int,
    title: str,
    subtitle: str = "",
    source: str = "",
    height: int = 480,
) -> go.Figure:
    """Share of users by age at first use, with mean, median and most common age marked."""
    d = debut.sort_values("age")
    fig = go.Figure(
        go.Bar(
            x=list(d["age"]),
            y=list(d["percent"]),
            marker_color=colour("cannabis"),
            name=t("survey.debut_series"),
            customdata=list(d["n"]),
            hovertemplate=t("survey.debut_hover") + "<extra></extra>",
        )
    )
    for value, _key, dash in (
        (mean, "survey.mean", "dash"),
        (median, "survey.median", "dot"),
        (mode, "survey.mode", "solid"),
    ):
        fig.add_vline(x=value, line=dict(color="#343a40", width=1.5, dash=dash))
    # One label block (not three labels at the line tops, which collide: the values lie 2 years apart).
    fig.add_annotation(
        xref="paper",
        yref="paper",
        x=1,
        y=1,
        xanchor="right",
        yanchor="top",
        showarrow=False,
        align="right",
        bgcolor="rgba(255,255,255,0.85)",
        font=dict(size=13),
        text=t("survey.debut_marks", mean=fmt_num(mean, 1), median=median, mode=mode),
    )
    fig.update_xaxes(dtick=5)
    return finish(
        fig,
        title=title,
        subtitle=subtitle,
        source=source,
        y_title=t("survey.y_percent_users"),
        x_title=t("survey.x_age_first"),
        height=height,
    )
