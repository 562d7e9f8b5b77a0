"""Page /sentralstimulerende: cocaine, ecstasy/MDMA and amphetamines in the population survey,
2013–2025, and the 2025 overview of the other substances the survey reports.

Thin layout and callbacks; tiles, caveats and the table layout come from components/survey_page.py.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.chart_card import card_outputs, chart_card
from dashboard.components.shell import page_header
from dashboard.components.url_state import Param, read_query, to_query, url_output, url_store
from dashboard.figures import survey as fig_survey
from dashboard.figures.theme import empty_figure
from dashboard.i18n import label, options, t
from dashboard.components.survey_page import (
    FIRST_YEAR, LAST_YEAR, YEARS, about_survey, export_from, fix_years, memo, prevalence, survey_tile, tiles_block,
    year_slider, year_span,
)
from dashboard.components.survey_page import payload as survey_payload
from dashboard.stats import survey as st

PAGE = "stimulants"
dash.register_page(__name__, path="/sentralstimulerende", name=t("nav.stimulants"),
                   title=t("nav.stimulants") + " – " + t("app.brand"))


class Ids:
    SUBSTANCES = "stimulants-substance-filter"
    SEX = "stimulants-sex-filter"
    AGE = "stimulants-age-filter"
    PERIOD = "stimulants-period-filter"
    YEARS = "stimulants-years-filter"
    SNAP_YEAR = "stimulants-snapshot-year"
    TILES = "stimulants-tiles"
    SUBSTANCE_NOTE = "stimulants-substance-note"


CARD_TREND, CARD_SNAP, CARD_OTHER = "stimulants-trend", "stimulants-snapshot", "stimulants-other"
SEX_CHOICES = ("all", "men", "women", "both")
STIM_PERIODS = ("lifetime", "last_12_months")
OVERVIEW_SUBSTANCES = ("cannabis",) + st.STIMULANTS + st.OTHER_SUBSTANCES
PARAMS = {
    "substances": Param("s", list(st.STIMULANTS), st.STIMULANTS, multi=True),
    "sex": Param("k", "all", SEX_CHOICES),
    "age": Param("a", "16-64", st.STIMULANT_AGE_GROUPS),
    "period": Param("p", "lifetime", STIM_PERIODS),
    "first": Param("fra", FIRST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
    "last": Param("til", LAST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
    "year": Param("aar", LAST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
}


def _ordered(substances) -> list[str]:
    """Substances in the standard order, duplicates dropped (so URLs are stable)."""
    return [s for s in st.STIMULANTS if s in set(substances)]


def _no_substance():
    """Nothing chosen: say so in the chart and in the card title instead of an empty plot."""
    message = t("survey.substances_none")
    return empty_figure(message), {"columns": [], "rows": [], "title": message}


def build_trend(v: dict):
    subs = v["substances"]
    if not subs:
        return _no_substance()
    sexes = st.sexes_for(v["sex"])
    rows = st.select(prevalence(), substances=subs, periods=[v["period"]], sexes=sexes, age_groups=[v["age"]],
                     years=(v["first"], v["last"]))
    fig = fig_survey.trend_figure(
        rows, series_col="substance", series_codes=subs, series_kind="substance",
        facet_col="sex" if v["sex"] == "both" else None, facet_codes=sexes, facet_kind="sex",
        title=t("stimulants.trend_title", period=label("period", v["period"]), sex=label("sex", v["sex"]),
                age=label("survey_age", v["age"]), first=v["first"], last=v["last"]),
        subtitle=t("stimulants.trend_subtitle"), source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["sentralstimulerende", v["period"], v["sex"], v["age"],
                                          year_span(v["first"], v["last"])],
                         filters=f"{', '.join(label('substance', s) for s in subs)}; {label('sex', v['sex'])}, "
                                 f"{label('survey_age', v['age'])}", drop=())


def build_snapshot(v: dict):
    subs = v["substances"]
    if not subs:
        return _no_substance()
    rows = st.select(prevalence(), substances=subs, periods=[v["period"]], sexes=st.SEXES, age_groups=[v["age"]],
                     year=v["year"])
    fig = fig_survey.bar_figure(
        rows, x_col="substance", x_codes=subs, x_kind="substance", group_col="sex",
        group_codes=("men", "women", "all"), group_kind="sex",
        title=t("stimulants.snapshot_title", period=label("period", v["period"]), year=v["year"],
                age=label("survey_age", v["age"])),
        subtitle=t("stimulants.snapshot_subtitle"), source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["sentralstimulerende", v["period"], "kjonn", v["age"], str(v["year"])],
                         filters=f"{label('period', v['period'])}, {label('survey_age', v['age'])}, {v['year']}",
                         drop=())


def overview_rows():
    """2025 lifetime use, 16-64, all: every substance the survey reports that year, largest first."""
    rows = st.select(prevalence(), substances=OVERVIEW_SUBSTANCES, periods=["lifetime"], sexes=["all"],
                     age_groups=["16-64"], year=LAST_YEAR)
    return rows.sort_values("percent", ascending=False, kind="stable").reset_index(drop=True)


def build_other(_v: dict | None = None):
    rows = overview_rows()
    fig = fig_survey.bar_figure(
        rows, x_col="substance", x_codes=list(rows["substance"]), x_kind="substance", group_col="sex",
        group_codes=("all",), group_kind="sex", title=t("stimulants.other_title"),
        subtitle=t("stimulants.other_subtitle"), source=t("survey.source"), colour_by_x=True)
    fig.update_layout(showlegend=False)
    return fig, survey_payload(rows, fig, name=["illegale-rusmidler", "noen-gang", str(LAST_YEAR)],
                         filters=f"{label('period', 'lifetime')}, {label('survey_age', '16-64')}", drop=())


build_trend, build_snapshot, build_other = map(memo, (build_trend, build_snapshot, build_other))
BUILDERS = {CARD_TREND: build_trend, CARD_SNAP: build_snapshot, CARD_OTHER: build_other}


def values_from_query(query: dict) -> tuple[dict, list[str], list[str]]:
    """Filter values from the URL, the rejected raw values, and notes on values we corrected."""
    values, rejected = read_query(query or {}, PARAMS)
    values["substances"] = _ordered(values["substances"])
    values, swapped = fix_years(values)
    return values, rejected, [t("survey.years_swapped")] if swapped else []


def export_figures(query: dict) -> dict:
    """{card name: figure} for a URL query dict, built by the same functions as the callbacks."""
    return export_from(BUILDERS, values_from_query(query)[0])


@memo
def tiles(v: dict):
    sex = "all" if v["sex"] == "both" else v["sex"]
    items = [survey_tile(prevalence(), substance=s, period=v["period"], sex=sex, age_group=v["age"],
                         title=t("survey.kpi_title", substance=label("substance", s).capitalize()
                                 if s != "mdma" else label("substance", s), period=label("period", v["period"])))
             for s in (v["substances"] or st.STIMULANTS)]
    return tiles_block(items, v["sex"], LAST_YEAR)


def _filters(v: dict) -> html.Div:
    return html.Div(className="filter-bar", role="group", **{"aria-label": t("survey.filters")}, children=[
        dbc.Row([
            dbc.Col([dbc.Label(t("survey.filter_substances"), html_for=Ids.SUBSTANCES, className="fw-semibold"),
                     dbc.Checklist(id=Ids.SUBSTANCES, options=options("substance", st.STIMULANTS),
                                   value=v["substances"], inline=True),
                     html.P(id=Ids.SUBSTANCE_NOTE, className="small text-danger mb-0", role="status")], md=4),
            dbc.Col([dbc.Label(t("survey.filter_sex"), html_for=Ids.SEX, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.SEX, options=options("sex", SEX_CHOICES), value=v["sex"], inline=True)],
                    md=4),
            dbc.Col([dbc.Label(t("survey.filter_age"), html_for=Ids.AGE, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.AGE, options=options("survey_age", st.STIMULANT_AGE_GROUPS),
                                    value=v["age"], inline=True)], md=4),
        ], className="g-3"),
        dbc.Row([
            dbc.Col([dbc.Label(t("survey.filter_period"), html_for=Ids.PERIOD, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.PERIOD, options=options("period", STIM_PERIODS), value=v["period"],
                                    inline=True),
                     html.P(t("survey.period_note_stimulants"), className="small text-muted mb-0")], md=4),
            dbc.Col([dbc.Label(t("survey.filter_years"), html_for=Ids.YEARS, className="fw-semibold"),
                     year_slider(Ids.YEARS, v["first"], v["last"])], md=5),
            dbc.Col([dbc.Label(t("survey.filter_snapshot"), html_for=Ids.SNAP_YEAR, className="fw-semibold"),
                     dcc.Dropdown(id=Ids.SNAP_YEAR, options=[{"label": str(y), "value": y} for y in YEARS],
                                  value=v["year"], clearable=False, searchable=False)], md=3),
        ], className="g-3 mt-1"),
    ])


def layout(**query):
    v, rejected, notes = values_from_query(query)
    about = about_survey(t("stimulants.about_substances"))
    return html.Div([
        page_header(t("stimulants.title"), t("stimulants.lead"), notice=rejected),
        *[dbc.Alert(n, color="warning", className="py-2") for n in notes],
        *url_store(PAGE),
        _filters(v),
        html.Div(id=Ids.TILES),
        chart_card(CARD_TREND, about),
        chart_card(CARD_SNAP, about),
        chart_card(CARD_OTHER, about_survey(t("stimulants.other_about"))),
    ])


def _checked(substances=None, sex=None, age=None, period=None, years=None, year=None) -> dict:
    """Validated filter values; anything not allowed stops the update instead of raising a 500."""
    v = {k: PARAMS[k].default for k in PARAMS}
    for key, value in {"sex": sex, "age": age, "period": period, "year": year}.items():
        if value is not None:
            if not PARAMS[key].valid(value):
                raise PreventUpdate
            v[key] = value
    if substances is not None:
        # An empty choice is allowed (the charts then ask for a substance); unknown codes are not.
        if not isinstance(substances, list) or any(s not in st.STIMULANTS for s in substances):
            raise PreventUpdate
        v["substances"] = _ordered(substances)
    if years is not None:
        if not (isinstance(years, list) and len(years) == 2 and all(PARAMS["first"].valid(y) for y in years)):
            raise PreventUpdate
        v["first"], v["last"] = sorted(years)
    return v


@callback(*card_outputs(CARD_TREND), Input(Ids.SUBSTANCES, "value"), Input(Ids.SEX, "value"),
          Input(Ids.AGE, "value"), Input(Ids.PERIOD, "value"), Input(Ids.YEARS, "value"))
def _trend(substances, sex, age, period, years):
    return build_trend(_checked(substances=substances, sex=sex, age=age, period=period, years=years))


@callback(*card_outputs(CARD_SNAP), Input(Ids.SUBSTANCES, "value"), Input(Ids.AGE, "value"),
          Input(Ids.PERIOD, "value"), Input(Ids.SNAP_YEAR, "value"))
def _snapshot(substances, age, period, year):
    return build_snapshot(_checked(substances=substances, age=age, period=period, year=year))


@callback(*card_outputs(CARD_OTHER), Input(Ids.TILES, "id"))
def _other(_):
    return build_other()


@callback(Output(Ids.TILES, "children"), Output(Ids.SUBSTANCE_NOTE, "children"), url_output(PAGE),
          Input(Ids.SUBSTANCES, "value"), Input(Ids.SEX, "value"), Input(Ids.AGE, "value"),
          Input(Ids.PERIOD, "value"), Input(Ids.YEARS, "value"), Input(Ids.SNAP_YEAR, "value"))
def _tiles_and_url(substances, sex, age, period, years, year):
    v = _checked(substances=substances, sex=sex, age=age, period=period, years=years, year=year)
    note = "" if v["substances"] else t("survey.substances_none")
    # An empty choice cannot be written to the URL; the link then keeps the default (all three).
    url_values = v if v["substances"] else {**v, "substances": PARAMS["substances"].default}
    return tiles(v), note, to_query(url_values, PARAMS)
