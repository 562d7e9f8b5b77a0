"""The one plotly theme: colour-blind-safe palette, Norwegian separators, system fonts, and
finish() which bakes title, subtitle, unit and source line into the figure itself, so an exported
PNG/SVG carries them into a slide or memo."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.i18n import t

# Okabe–Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
GREY = "#6c757d"
# Fixed colours per code, so a city or sex has the same colour on every chart.
CODE_COLOURS = {
    "all": "#000000",
    "men": "#0072B2",
    "women": "#D55E00",
    "oslo": "#0072B2",
    "bergen": "#E69F00",
    "trondheim": "#009E73",
    "cannabis": "#009E73",
    "cocaine": "#0072B2",
    "mdma": "#CC79A7",
    "amphetamines": "#D55E00",
    "methamphetamine": "#E69F00",
    "ketamine": "#56B4E9",
    "lsd": "#000000",
    "ghb": "#F0E442",
    "heroin": "#6c757d",
    "other": "#999999",
    "lifetime": "#0072B2",
    "last_12_months": "#D55E00",
    "last_4_weeks": "#009E73",
    "spring": "#56B4E9",
    "autumn": "#E69F00",
}
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"  # system fonts only: no web fonts offline
SEPARATORS = ", "  # decimal comma, space between thousands
TEMPLATE_NAME = "rusdash"

pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT, size=14, color="#212529"),
        colorway=list(PALETTE),
        separators=SEPARATORS,
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel=dict(font=dict(family=FONT)),
        xaxis=dict(showgrid=False, linecolor="#adb5bd", ticks="outside", tickcolor="#adb5bd"),
        yaxis=dict(gridcolor="#e9ecef", zerolinecolor="#adb5bd", rangemode="tozero"),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0),
        margin=dict(l=70, r=30, t=110, b=90),
    )
)


def colour(code: str, i: int = 0) -> str:
    return CODE_COLOURS.get(code, PALETTE[i % len(PALETTE)])


def rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def finish(
    fig: go.Figure,
    *,
    title: str,
    subtitle: str = "",
    source: str = "",
    y_title: str | None = None,
    x_title: str | None = None,
    height: int = 480,
) -> go.Figure:
    """Apply the theme and put title, subtitle, axis unit and source line inside the figure."""
    fig.update_layout(
        template=TEMPLATE_NAME,
        separators=SEPARATORS,
        height=height,
        title=dict(
            text=title,
            x=0.01,
            xanchor="left",
            y=0.97,
            yanchor="top",
            font=dict(size=17),
            subtitle=dict(text=subtitle, font=dict(size=13, color=GREY)),
        ),
    )
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if source:
        fig.add_annotation(
            text=t("card.source_prefix") + source,
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-75,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            align="left",
            font=dict(size=11, color=GREY),
        )
    return fig


def empty_figure(message: str, title: str = "") -> go.Figure:
    """A figure that says why there is nothing to draw, instead of a blank chart."""
    fig = go.Figure()
    fig.add_annotation(
        text=message, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False, font=dict(size=15, color=GREY)
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return finish(fig, title=title)
