"""Figures for people who inject drugs. DataFrame in, go.Figure out; no data loading."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import GREY, PALETTE, finish, rgba, set_axes, subplots
from dashboard.i18n import fmt_num, t

EST, MA, ILLU, DEATHS = PALETTE[0], PALETTE[1], PALETTE[3], PALETTE[6]


def signed(mult: int) -> tuple[str, str]:
    """Sign and absolute value for labels like 'dødsrate +10 %'."""
    return ("+" if mult > 0 else "−" if mult < 0 else ""), str(abs(mult))


def estimate_figure(
    frame: pd.DataFrame, mult: int, stated: tuple[int, int] | None, *, title: str, subtitle: str, source: str
) -> go.Figure:
    """Published estimate (solid, always shown), moving average and, when mult != 0, the
    rescaled illustration (dashed). `frame` comes from stats.pwid.rescale_estimate."""
    fig = go.Figure()
    years = frame["year"]
    if stated:
        lo, hi = stated
        # the shape add_hrect makes, assigned as a dict: add_hrect costs 4-6 ms
        fig.layout.shapes = (
            dict(
                type="rect",
                x0=0,
                x1=1,
                xref="x domain",
                y0=lo,
                y1=hi,
                yref="y",
                fillcolor=rgba(GREY, 0.08),
                line=dict(width=0),
                layer="below",
            ),
        )
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=t("pwid.series_range") + f" ({fmt_num(lo, 0)}–{fmt_num(hi, 0)})",
                marker=dict(symbol="square", size=12, color=rgba(GREY, 0.25)),
                hoverinfo="skip",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=years,
            y=frame["estimate"],
            mode="lines+markers",
            name=t("pwid.series_estimate"),
            line=dict(color=EST, width=3),
            marker=dict(size=8),
            hovertemplate="%{x}: %{y:,.0f}<extra>" + t("pwid.series_estimate") + "</extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=years,
            y=frame["moving_average_3y"],
            mode="lines",
            name=t("pwid.series_ma"),
            line=dict(color=MA, width=2),
            hovertemplate="%{x}: %{y:,.0f}<extra>" + t("pwid.series_ma") + "</extra>",
        )
    )
    if mult != 0:
        # Both series rescaled by the same factor, each drawn dashed in its own series' colour:
        # the average moves with the yearly values, as it does in the model.
        sign, value = signed(mult)
        name = t("pwid.series_rescaled", sign=sign, mult=value)
        fig.add_trace(
            go.Scatter(
                x=years,
                y=frame["rescaled"],
                mode="lines+markers",
                name=name,
                line=dict(color=ILLU, width=2, dash="dash"),
                marker=dict(size=6, symbol="circle-open"),
                hovertemplate="%{x}: %{y:,.0f}<extra>" + name + "</extra>",
            )
        )
        name_ma = t("pwid.series_rescaled_ma", sign=sign, mult=value)
        fig.add_trace(
            go.Scatter(
                x=years,
                y=frame["rescaled_ma"],
                mode="lines",
                name=name_ma,
                line=dict(color=MA, width=2, dash="dot"),
                hovertemplate="%{x}: %{y:,.0f}<extra>" + name_ma + "</extra>",
            )
        )
    set_axes(fig, "xaxis", dtick=1)  # as update_xaxes/update_yaxes, without their walk
    set_axes(fig, "yaxis", tickformat=",d")
    return finish(
        fig, title=title, subtitle=subtitle, source=source, y_title=t("pwid.y_persons"), x_title=t("pwid.x_year")
    )


def deaths_figure(frame: pd.DataFrame, *, title: str, subtitle: str, source: str) -> go.Figure:
    """Two panels on one year axis: the estimate above, deaths below (separate scales,
    so neither series is stretched to look like the other)."""
    fig = subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    fig.add_trace(
        go.Scatter(
            x=frame["year"],
            y=frame["estimate"],
            mode="lines+markers",
            name=t("pwid.series_estimate"),
            line=dict(color=EST, width=3),
            hovertemplate="%{x}: %{y:,.0f}<extra>" + t("pwid.col_estimate") + "</extra>",
        ),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Bar(
            x=frame["year"],
            y=frame["deaths"],
            name=t("pwid.col_deaths"),
            marker_color=DEATHS,
            hovertemplate="%{x}: %{y:,.0f}<extra>" + t("pwid.col_deaths") + "</extra>",
        ),
        row=2,
        col=1,
    )
    fig = finish(fig, title=title, subtitle=subtitle, source=source, height=560)
    fig.update_yaxes(tickformat=",d")
    fig.update_yaxes(title_text=t("pwid.y_persons"), rangemode="tozero", row=1, col=1)
    fig.update_yaxes(title_text=t("pwid.y_deaths"), rangemode="tozero", row=2, col=1)
    fig.update_xaxes(dtick=1, row=2, col=1, title_text=t("pwid.x_year"))
    return fig
