"""The one plotly theme: colour-blind-safe palette, Norwegian separators, system fonts, and
finish() which bakes title, subtitle, unit and source line into the figure itself, so an exported
PNG/SVG carries them into a slide or memo."""

from __future__ import annotations

from functools import lru_cache

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.i18n import lang, t

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
SEPARATORS = ", "  # decimal comma, space between thousands (bokmål; see separators())
# Per interface language: plotly's separators (decimal sign, then thousands) and the plotly.js
# locale of the chart toolbar ("no": assets/plotly-locale-no.js; "en" is built into plotly.js).
LANG_SEPARATORS = {"nb": SEPARATORS, "en": ".,"}
PLOTLY_LOCALES = {"nb": "no", "en": "en"}
TEMPLATE_NAME = "rusdash"

pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT, size=14, color="#212529"),
        colorway=list(PALETTE),
        separators=SEPARATORS,
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel=dict(font=dict(family=FONT)),
        # ticklabeloverflow "allow": plotly's default ("hide past div") hides a tick label that
        # would cross the chart's edge, and finds out by measuring every label once per label
        # (22 ms of the first chart's 120 ms draw on /cannabis, again in every redraw); the
        # margins leave the labels room (none was hidden on any chart page at 390, 800 and
        # 1400 px).
        xaxis=dict(
            showgrid=False, linecolor="#adb5bd", ticks="outside", tickcolor="#adb5bd", ticklabeloverflow="allow"
        ),
        yaxis=dict(gridcolor="#e9ecef", zerolinecolor="#adb5bd", rangemode="tozero", ticklabeloverflow="allow"),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0),
        margin=dict(l=70, r=30, t=110, b=90),
    )
)
# Every figure is born with the theme: plotly copies the default template into each new Figure
# (make_subplots' too) cheaply, where merging a named template into a finished figure per call
# cost several milliseconds, and plotly's own default template is ten times the size of ours.
pio.templates.default = TEMPLATE_NAME


def separators() -> str:
    return LANG_SEPARATORS[lang()]


def plotly_locale() -> str:
    return PLOTLY_LOCALES[lang()]


def subplots(**kwargs) -> go.Figure:
    """plotly's make_subplots with its layout computed once per set of arguments: a new figure
    copies it (grid included) in about a fifth of the time make_subplots takes (some 15 ms, the
    largest single cost of building a faceted card; bench/run.py)."""
    try:
        key = _key(kwargs)
    except TypeError:  # an argument that cannot be a cache key (e.g. specs): no cache
        from plotly.subplots import make_subplots

        return make_subplots(**kwargs)
    return go.Figure(_subplots(key))


def subplot_layout(**kwargs) -> go.Layout:
    """The layout make_subplots makes for these (hashable) arguments, cached, for a figure built
    in one go with unchecked(data=..., layout=...): its traces name their axes themselves
    (x, x2, ... as make_subplots numbers them). The Figure copies it, so the cache stays as is."""
    return _subplots(_key(kwargs)).layout


def _key(kwargs: dict) -> tuple:
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
    hash(key)
    return key


def unchecked(**kwargs) -> go.Figure:
    """A Figure that stores what it is given as is: traces added as dicts and layout assignments
    skip plotly's validation, which costs about 0.5 ms per trace and 1-6 ms per update_* call
    (most of a card's build time). Only for code whose output is known to be valid: numeric
    columns go in as lists or numpy arrays (not pandas objects), so the JSON is the same as a
    validated figure's (tests/figures/test_figure_equivalence.py validates every card's figure)."""
    return go.Figure(_validate=False, **kwargs)


@lru_cache(maxsize=64)
def _subplots(key: tuple) -> go.Figure:
    from plotly.subplots import make_subplots

    return make_subplots(**{k: list(v) if isinstance(v, tuple) else v for k, v in key})


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
    """Apply the theme and put title, subtitle, axis unit and source line inside the figure.

    Plain property assignments only: plotly's update_layout/update_yaxes walk and merge nested
    dicts key by key (1-15 ms each, most of a card's build time in bench/run.py's profile), and
    the template is already in the figure since its birth (pio.templates.default above)."""
    layout = fig.layout
    if pio.templates.default != TEMPLATE_NAME:  # someone changed the default: put ours in this figure
        layout.template = TEMPLATE_NAME
    layout.separators = separators()
    layout.height = height
    layout.title = dict(
        text=title,
        x=0.01,
        xanchor="left",
        y=0.97,
        yanchor="top",
        font=dict(size=17),
        subtitle=dict(text=subtitle, font=dict(size=13, color=GREY)),
    )
    # Every axis of its kind (subplots have yaxis2, yaxis3 ...), as update_yaxes/update_xaxes did.
    for prefix, text in (("yaxis", y_title), ("xaxis", x_title)):
        if text is not None:
            for name in _axes(layout, prefix):
                layout[name].title.text = text
    if source:
        layout.annotations = (
            *layout.annotations,
            dict(
                name="source",  # found by name where the text is fitted to a width (textfit.py, charts.js)
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
            ),
        )
    return fig


def set_axes(fig: go.Figure, prefix: str, **props) -> go.Figure:
    """Set plain properties on every axis of one kind ("xaxis": xaxis, xaxis2 ...), as
    update_xaxes(**props) does, without its walk over the layout (several ms per call)."""
    layout = fig.layout
    for name in _axes(layout, prefix):
        axis = layout[name]
        for key, value in props.items():
            axis[key] = value
    return fig


def _axes(layout, prefix: str) -> list[str]:
    """The names of the layout's axes of one kind: 'yaxis', 'yaxis2', ..."""
    return [name for name in layout if name == prefix or (name.startswith(prefix) and name[len(prefix) :].isdigit())]


def empty_figure(message: str, title: str = "") -> go.Figure:
    """A figure that says why there is nothing to draw, instead of a blank chart."""
    fig = go.Figure()
    layout = fig.layout
    layout.annotations = [
        dict(text=message, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False, font=dict(size=15, color=GREY))
    ]
    layout.xaxis.visible = False
    layout.yaxis.visible = False
    return finish(fig, title=title)
