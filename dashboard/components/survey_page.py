"""What the two survey pages (/cannabis, /sentralstimulerende) share: the prevalence frame and
its years, key-figure tiles with the cautious change wording, the "Om tallene" text, the table
layout, the year slider and a per-state cache for card builders."""
from __future__ import annotations

from functools import lru_cache, wraps

import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html

from dashboard.components import kpi
from dashboard.components.chart_card import card_payload
from dashboard.data import store
from dashboard.i18n import fmt_int, fmt_num, label, t
from dashboard.stats import survey as st


def prevalence() -> pd.DataFrame:
    return store.table("survey_prevalence")


YEARS = st.survey_years(prevalence())
FIRST_YEAR, LAST_YEAR = YEARS[0], YEARS[-1]

TABLE_COLUMNS = {
    "year": "survey.col_year", "substance_label": "survey.col_substance", "period_label": "survey.col_period",
    "sex_label": "survey.col_sex", "age_label": "survey.col_age", "percent": "survey.col_percent",
    "ci_low": "survey.col_ci_low", "ci_high": "survey.col_ci_high", "n": "survey.col_n",
}
DECIMALS = {"percent": 1, "ci_low": 1, "ci_high": 1, "n": 0}


def table_frame(rows: pd.DataFrame, drop: tuple[str, ...] = ()) -> tuple[pd.DataFrame, dict]:
    """Rows with Norwegian labels beside the codes, and the column headers for the card table."""
    out = rows.assign(
        substance_label=rows["substance"].map(lambda c: label("substance", c)),
        period_label=rows["period"].map(lambda c: label("period", c)),
        sex_label=rows["sex"].map(lambda c: label("sex", c)),
        age_label=rows["age_group"].map(lambda c: label("survey_age", c)),
    )
    cols = {c: t(k) for c, k in TABLE_COLUMNS.items() if c not in drop}
    return out, cols


def about_survey(*extra) -> list:
    """The shared "Om tallene" text for survey cards, with card-specific notes first."""
    keys = ("survey.about_source", "survey.about_selfreport", "survey.about_response", "survey.about_weighting",
            "survey.about_ci", "survey.about_break", "survey.about_ages", "survey.about_tests")
    return [html.P(x) for x in extra] + [html.P(t(k)) for k in keys]


def memo(builder):
    """Cache a card builder per filter state. The frames never change while the app runs, so
    the same state always gives the same figure; a repeat answers without rebuilding.
    Callers that change a figure (e.g. the exporter resizing it) must copy it first."""
    @lru_cache(maxsize=512)
    def by_key(key):
        return builder(dict(key))

    @wraps(builder)
    def wrapper(v: dict | None = None):
        key = tuple(sorted((k, tuple(x) if isinstance(x, list) else x) for k, x in (v or {}).items()))
        return by_key(key)
    return wrapper


def year_span(first: int, last: int) -> str:
    return f"{first}–{last}"


def _direction(verdict: str | None) -> str | None:
    return {st.INCREASE: "up", st.DECREASE: "down", st.NO_CLEAR_CHANGE: "flat"}.get(verdict)


def survey_tile(frame: pd.DataFrame, *, substance: str, period: str, sex: str, age_group: str, title: str):
    """One key-figure tile: latest estimate, interval, n, and the cautious change wording."""
    rows = st.select(frame, substances=[substance], periods=[period], sexes=[sex], age_groups=[age_group])
    kf = st.key_figure(rows, first_year=FIRST_YEAR)
    if kf is None:
        return kpi.tile(title, "–", t("card.empty"))
    who = f"{label('sex', sex).capitalize()}, {label('survey_age', age_group)}."
    note = t("survey.kpi_note", low=fmt_num(kf.ci_low), high=fmt_num(kf.ci_high),
             n=fmt_int(kf.n) if kf.n is not None else t("misc.gap"), who=who)
    trend = []
    for year, verdict, old in ((kf.previous_year, kf.previous_verdict, kf.previous_percent),
                               (kf.first_year, kf.first_verdict, kf.first_percent)):
        if year is not None:
            trend.append((t(f"survey.kpi_change.{verdict}", year=year, old=fmt_num(old)), _direction(verdict)))
    return kpi.tile(title, t("survey.kpi_value", value=fmt_num(kf.percent)), note, trend=trend)


def tiles_block(tiles: list, sex_choice: str, year: int) -> html.Div:
    children = [html.H2(t("survey.kpi_heading", year=year), className="h5"), kpi.tile_row(tiles)]
    notes = [t("survey.kpi_rule")]
    if sex_choice == "both":
        notes.insert(0, t("survey.kpi_note_both"))
    children.append(html.P(" ".join(notes), className="small text-muted"))
    return html.Div(children, className="mb-3")


def year_slider(component_id: str, first: int, last: int):
    return dcc.RangeSlider(id=component_id, min=FIRST_YEAR, max=LAST_YEAR, step=1, value=[first, last],
                           marks={y: {"label": str(y)} for y in YEARS if y % 2 == 1 or y in (FIRST_YEAR, LAST_YEAR)},
                           allowCross=False, tooltip={"placement": "bottom"})


def fix_years(values: dict) -> tuple[dict, bool]:
    """First year after last year (only possible from a typed URL): swap them, and say so."""
    if values["first"] > values["last"]:
        return {**values, "first": values["last"], "last": values["first"]}, True
    return values, False


def payload(rows: pd.DataFrame, fig, *, name: list[str], filters: str, drop=("substance_label",)):
    """The card payload of survey rows, with the title and subtitle taken from the figure."""
    frame, cols = table_frame(rows, drop)
    title = fig.layout.title.text
    return card_payload(frame, cols, title=title, subtitle=fig.layout.title.subtitle.text or "",
                        source=t("survey.source"), filename=name, filters=filters, decimals=DECIMALS)


def export_from(builders: dict, values: dict) -> dict:
    """{card name: figure} for filter values; copies, since builders are cached (see memo)."""
    return {name: go.Figure(build(values)[0]) for name, build in builders.items()}

