"""Cards of /injisering: the estimated number of people who inject drugs (headlined as the report
does, by its 3-year moving average), a sensitivity illustration of the model's death rates (all
of them, the one change the published inputs allow: see dashboard.stats.pwid), and drug-induced
deaths beside the estimate."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, Filter, PageSpec, Panel, register
from dashboard.data import store
from dashboard.figures import pwid as figures
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, t
from dashboard.stats import pwid as stats

PARAMS = {
    "mult": Param(
        "mult",
        0,
        bounds=(stats.MULT_MIN, stats.MULT_MAX),
        allowed=tuple(range(stats.MULT_MIN, stats.MULT_MAX + 1, stats.MULT_STEP)),
    )
}


def mark(mult: int) -> str:
    """A slider mark: '+10 %' (nb), '+10%' (en), '−10 %' with a typographic minus; '0' at zero."""
    if not mult:
        return "0"
    sign, _ = figures.signed(mult)
    return sign + fmt_pct(abs(mult), 0)


FILTERS = (
    Filter(
        "mult",
        ("mult",),
        "slider",
        "pwid.slider_label",
        props={
            "step": stats.MULT_STEP,
            "updatemode": "mouseup",
            "tooltip": {"placement": "bottom", "always_visible": False},
            # a function: called per layout, so the marks are in the request's language ("+10 %", "+10%")
            "marks": lambda: {v: mark(v) for v in range(stats.MULT_MIN, stats.MULT_MAX + 1, 10)},
        },
    ),
)


def _year_text(frame):
    # Years are labels, not quantities: "2024", never "2 024" in the table view.
    return frame.assign(year=frame["year"].astype(str))


def build_estimate(v: dict) -> CardView:
    mult = v["mult"]
    frame = stats.rescale_estimate(store.table("pwid_estimates"), mult)
    first, last = int(frame["year"].min()), int(frame["year"].max())
    title = t("pwid.card_estimate_title", first=first, last=last)
    sign, value = figures.signed(mult)
    subtitle = (
        t("pwid.card_estimate_subtitle") if mult == 0 else t("pwid.card_estimate_subtitle_mult", sign=sign, mult=value)
    )
    source = t("pwid.source", first=first, last=last)
    fig = figures.estimate_figure(
        frame, mult, stats.stated_range(store.table("report_figures")), title=title, subtitle=subtitle, source=source
    )
    columns = {"year": t("pwid.col_year"), "estimate": t("pwid.col_estimate"), "moving_average_3y": t("pwid.col_ma")}
    if mult != 0:
        columns["rescaled"] = t("pwid.col_rescaled")
        columns["rescaled_ma"] = t("pwid.col_rescaled_ma")
    return CardView(
        fig,
        _year_text(frame),
        columns,
        title=title,
        subtitle=subtitle,
        source=source,
        filename=[t("pwid.file_estimate"), t("file.death_rate") + f"{mult:+d}" if mult else "", str(last)],
        filters=t("pwid.filters_mult", mult="".join(figures.signed(mult))) if mult else t("pwid.filters_default"),
        decimals={"estimate": 0, "moving_average_3y": 0, "rescaled": 0, "rescaled_ma": 0},
    )


def build_deaths(_v: dict) -> CardView:
    frame = stats.with_deaths(store.table("pwid_estimates"), store.table("deaths_national"))
    first, last = int(frame["year"].min()), int(frame["year"].max())
    title = t("pwid.card_deaths_title", first=first, last=last)
    subtitle, source = t("pwid.card_deaths_subtitle"), t("pwid.source_deaths")
    fig = figures.deaths_figure(frame, title=title, subtitle=subtitle, source=source)
    return CardView(
        fig,
        _year_text(frame),
        {"year": t("pwid.col_year"), "estimate": t("pwid.col_estimate"), "deaths": t("pwid.col_deaths")},
        title=title,
        subtitle=subtitle,
        source=source,
        filename=[t("pwid.file_deaths"), f"{first}-{last}"],
        filters=t("pwid.filters_none"),
        decimals={"estimate": 0, "deaths": 0},
    )


def note_text(mult: int) -> str:
    """What the slider does, in words; a plain statement when it is at zero."""
    if mult == 0:
        return t("pwid.illustration_off")
    sign, value = figures.signed(mult)
    factor = fmt_num(1 + mult / 100, 2)  # "1,10" in bokmål, "1.10" in English
    return t("pwid.illustration_on", sign=sign, mult=value, factor=factor)


def note(v: dict):
    return dbc.Alert(
        note_text(v["mult"]),
        id="pwid-illustration-note",
        color="info" if v["mult"] else "light",
        className="py-2 small mb-0",
    )


def headline():
    """A key-figure tile row for the page: the report's estimate (3-year average) first."""
    from dashboard.components.kpi import tile

    h = stats.headline(store.table("pwid_estimates"))
    note = t("pwid.headline_tile_note", start=h["start"], end=h["year"])
    if h["estimate"] is not None:
        note += " " + t("pwid.headline_single", year=h["year"], estimate=fmt_int(h["estimate"]))
    return tile(t("pwid.headline_title"), fmt_int(h["average"]), note, tile_id="pwid-headline")


def range_text() -> str:
    est = store.table("pwid_estimates")
    lo, lo_year, hi, hi_year = stats.observed_range(est)
    stated = stats.stated_range(store.table("report_figures"))
    if not stated:
        return ""
    return t(
        "pwid.range",
        low=fmt_int(stated[0]),
        high=fmt_int(stated[1]),
        min=fmt_int(lo),
        min_year=lo_year,
        max=fmt_int(hi),
        max_year=hi_year,
        first=int(est["year"].min()),
        last=int(est["year"].max()),
    )


def estimate_intro(v: dict):
    from dashboard.components.chart_card import panel

    return html.Div(
        className="pwid-controls",
        children=[
            dbc.Button(t("pwid.reset"), id="pwid-reset", color="secondary", outline=True, size="sm", className="mb-2"),
            html.P(t("pwid.slider_help"), className="small text-muted mb-1"),
            panel(SPEC, "note", v, **{"aria-live": "polite"}),
        ],
    )


SPEC = register(
    PageSpec(
        name="pwid",
        path="/injisering",
        params=PARAMS,
        filters=FILTERS,
        panels=(Panel("note", ("mult",), note),),
        cards=(
            Card(
                "pwid-estimate",
                ("mult",),
                build_estimate,
                lambda: [html.P(t("pwid.about_estimate")), html.P(t("pwid.illustration_note"))],
                controls=("mult",),
                intro=estimate_intro,
            ),
            Card("pwid-deaths", (), build_deaths, lambda: html.P(t("pwid.about_deaths")), height=560),
        ),
    )
)
