"""Page /cannabis: cannabis use in the population survey (Rusundersøkelsen), 2013–2025.

Layout and thin callbacks only: selections and verdicts live in dashboard.stats.survey,
figures in dashboard.figures.survey, what both survey pages share in
dashboard.components.survey_page.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, callback, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.chart_card import card_outputs, card_payload, chart_card
from dashboard.components.shell import page_header
from dashboard.components.survey_page import (
    FIRST_YEAR, LAST_YEAR, YEARS, about_survey, export_from, fix_years, memo, prevalence, survey_tile,
    tiles_block, year_slider, year_span,
)
from dashboard.components.survey_page import payload as survey_payload
from dashboard.components.url_state import Param, read_query, to_query, url_output, url_store
from dashboard.data import store
from dashboard.figures import survey as fig_survey
from dashboard.i18n import fmt_int, fmt_num, label, options, t
from dashboard.stats import survey as st

PAGE = "cannabis"
dash.register_page(__name__, path="/cannabis", name=t("nav.cannabis"),
                   title=t("nav.cannabis") + " – " + t("app.brand"))


# ---------------------------------------------------------------- this page
class Ids:
    SEX = "cannabis-sex-filter"
    AGE = "cannabis-age-filter"
    PERIOD = "cannabis-period-filter"
    YEARS = "cannabis-years-filter"
    SNAP_YEAR = "cannabis-snapshot-year"
    TILES = "cannabis-tiles"
    AGE_NOTE = "cannabis-age-note"


CARD_TREND, CARD_SEX, CARD_AGE = "cannabis-trend", "cannabis-by-sex", "cannabis-young-ages"
CARD_SNAP, CARD_SNAP_AGE = "cannabis-snapshot", "cannabis-snapshot-age"
CARD_ADJ, CARD_DEBUT, CARD_FREQ = "cannabis-adjusted", "cannabis-debut", "cannabis-frequency"

SEX_CHOICES = ("all", "men", "women", "both")
PARAMS = {
    "sex": Param("k", "all", SEX_CHOICES),
    "age": Param("a", "16-64", st.CANNABIS_AGE_GROUPS),
    "period": Param("p", "lifetime", st.PERIODS),
    "first": Param("fra", FIRST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
    "last": Param("til", LAST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
    "year": Param("aar", LAST_YEAR, bounds=(FIRST_YEAR, LAST_YEAR)),
}


def _periods_for(age: str) -> tuple[str, ...]:
    return st.periods_available(prevalence(), "cannabis", age)




def build_trend(v: dict):
    periods = _periods_for(v["age"])
    sexes = st.sexes_for(v["sex"])
    rows = st.select(prevalence(), substances=["cannabis"], periods=periods, sexes=sexes,
                     age_groups=[v["age"]], years=(v["first"], v["last"]))
    young = v["age"] in st.YOUNG_SUBGROUPS
    fig = fig_survey.trend_figure(
        rows, series_col="period", series_codes=periods, series_kind="period",
        facet_col="sex" if v["sex"] == "both" else None, facet_codes=sexes, facet_kind="sex",
        title=t("cannabis.trend_title", sex=label("sex", v["sex"]), age=label("survey_age", v["age"]),
                first=v["first"], last=v["last"]),
        subtitle=t("cannabis.trend_subtitle_young" if young else "cannabis.trend_subtitle"),
        source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["cannabis", "utvikling", v["sex"], v["age"], year_span(v["first"], v["last"])],
                         filters=f"{label('sex', v['sex'])}, {label('survey_age', v['age'])}")


def build_by_sex(v: dict):
    periods = _periods_for(v["age"])
    period = v["period"] if v["period"] in periods else "last_12_months"
    rows = st.select(prevalence(), substances=["cannabis"], periods=[period], sexes=st.SEXES,
                     age_groups=[v["age"]], years=(v["first"], v["last"]))
    fig = fig_survey.trend_figure(
        rows, series_col="sex", series_codes=("men", "women", "all"), series_kind="sex",
        title=t("cannabis.sex_title", period=label("period", period), age=label("survey_age", v["age"]),
                first=v["first"], last=v["last"]),
        subtitle=t("cannabis.sex_subtitle_young" if period != v["period"] else "cannabis.sex_subtitle"),
        source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["cannabis", period, "kjonn", v["age"], year_span(v["first"], v["last"])],
                         filters=f"{label('period', period)}, {label('survey_age', v['age'])}")


def build_young_ages(v: dict):
    sexes = st.sexes_for(v["sex"])
    rows = st.select(prevalence(), substances=["cannabis"], periods=["last_12_months"], sexes=sexes,
                     age_groups=st.YOUNG_SUBGROUPS, years=(v["first"], v["last"]))
    fig = fig_survey.trend_figure(
        rows, series_col="age_group", series_codes=st.YOUNG_SUBGROUPS, series_kind="survey_age",
        facet_col="sex" if v["sex"] == "both" else None, facet_codes=sexes, facet_kind="sex",
        title=t("cannabis.age_title", sex=label("sex", v["sex"]), first=v["first"], last=v["last"]),
        subtitle=t("cannabis.age_subtitle"), source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["cannabis", "siste-12-mnd", "unge", v["sex"], year_span(v["first"], v["last"])],
                         filters=label("sex", v["sex"]))


def build_snapshot(v: dict):
    periods = _periods_for(v["age"])
    rows = st.select(prevalence(), substances=["cannabis"], periods=periods, sexes=st.SEXES,
                     age_groups=[v["age"]], year=v["year"])
    fig = fig_survey.bar_figure(
        rows, x_col="period", x_codes=periods, x_kind="period", group_col="sex", group_codes=("men", "women", "all"),
        group_kind="sex", title=t("cannabis.snapshot_title", year=v["year"], age=label("survey_age", v["age"])),
        subtitle=t("cannabis.trend_subtitle_young" if v["age"] in st.YOUNG_SUBGROUPS else "cannabis.snapshot_subtitle"),
        source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["cannabis", "kjonn", v["age"], str(v["year"])],
                         filters=f"{label('survey_age', v['age'])}, {v['year']}")


def build_snapshot_age(v: dict):
    period = v["period"]
    ages = st.age_groups_available(prevalence(), "cannabis", period)
    sexes = st.sexes_for(v["sex"])
    rows = st.select(prevalence(), substances=["cannabis"], periods=[period], sexes=sexes, age_groups=ages,
                     year=v["year"])
    fig = fig_survey.bar_figure(
        rows, x_col="age_group", x_codes=ages, x_kind="survey_age", group_col="sex", group_codes=sexes,
        group_kind="sex", title=t("cannabis.snapshot_age_title", period=label("period", period), year=v["year"]),
        subtitle=t("cannabis.snapshot_age_subtitle" if len(ages) == len(st.CANNABIS_AGE_GROUPS)
                   else "cannabis.snapshot_age_subtitle_missing"),
        source=t("survey.source"))
    return fig, survey_payload(rows, fig, name=["cannabis", period, "alder", v["sex"], str(v["year"])],
                         filters=f"{label('period', period)}, {label('sex', v['sex'])}, {v['year']}")


def build_adjusted(v: dict):
    rows = st.adjusted_vs_observed(store.table("survey_cannabis_adjusted"), prevalence(), v["period"],
                                   (v["first"], v["last"]))
    fig = fig_survey.adjusted_figure(
        rows, title=t("cannabis.adjusted_title", period=label("period", v["period"]), first=v["first"], last=v["last"]),
        subtitle=t("cannabis.adjusted_subtitle"), source=t("survey.source_adjusted"))
    cols = {"year": t("survey.col_year"), "adjusted": t("survey.col_adjusted"),
            "adjusted_low": t("survey.col_adjusted_low"), "adjusted_high": t("survey.col_adjusted_high"),
            "percent": t("survey.col_observed"), "ci_low": t("survey.col_ci_low"), "ci_high": t("survey.col_ci_high")}
    payload = card_payload(rows, cols, title=fig.layout.title.text, subtitle=fig.layout.title.subtitle.text,
                           source=t("survey.source_adjusted"),
                           filename=["cannabis", "justert", v["period"], year_span(v["first"], v["last"])],
                           filters=label("period", v["period"]),
                           decimals={c: 1 for c in cols if c != "year"})
    return fig, payload


def debut_summary(debut: pd.DataFrame) -> st.DistributionSummary:
    return st.distribution_summary(debut["age"], debut["n"])


def build_debut(_v: dict | None = None):
    debut = store.table("survey_cannabis_debut")
    year = int(debut["year"].max())
    d = debut[debut["year"] == year]
    s = debut_summary(d)
    fig = fig_survey.debut_figure(d, mean=s.mean, median=s.median, mode=s.mode,
                                  title=t("cannabis.debut_title"), subtitle=t("cannabis.debut_subtitle"),
                                  source=t("survey.source"))
    cols = {"age": t("survey.col_age_first"), "n": t("survey.col_users"), "percent": t("survey.col_share_users")}
    payload = card_payload(d, cols, title=fig.layout.title.text, subtitle=fig.layout.title.subtitle.text,
                           source=t("survey.source"), filename=["cannabis", "debutalder", str(year)],
                           decimals={"percent": 1, "n": 0, "age": 0})
    return fig, payload


def build_frequency(_v: dict | None = None):
    freq = store.table("survey_cannabis_frequency")
    year = int(freq["year"].max())
    rows = st.frequency_rows(freq, year)
    fig = fig_survey.bar_figure(
        rows, x_col="frequency", x_codes=st.FREQUENCY_ORDER, x_kind="survey_frequency", group_col="sex",
        group_codes=("men", "women", "all"), group_kind="sex", with_ci=False,
        title=t("cannabis.frequency_title"), subtitle=t("cannabis.frequency_subtitle"), source=t("survey.source"),
        y_title=t("survey.y_percent_users"))
    frame = rows.assign(sex_label=rows["sex"].map(lambda c: label("sex", c)),
                        frequency_label=rows["frequency"].map(lambda c: label("survey_frequency", c)))
    cols = {"year": t("survey.col_year"), "sex_label": t("survey.col_sex"),
            "frequency_label": t("survey.col_frequency"), "percent": t("survey.col_share_users"),
            "n": t("survey.col_users")}
    payload = card_payload(frame, cols, title=fig.layout.title.text, subtitle=fig.layout.title.subtitle.text,
                           source=t("survey.source"), filename=["cannabis", "frekvens", str(year)],
                           decimals={"percent": 1, "n": 0})
    return fig, payload


build_trend, build_by_sex, build_young_ages, build_snapshot, build_snapshot_age, build_adjusted, build_debut, \
    build_frequency = map(memo, (build_trend, build_by_sex, build_young_ages, build_snapshot, build_snapshot_age,
                                 build_adjusted, build_debut, build_frequency))
BUILDERS = {CARD_TREND: build_trend, CARD_SEX: build_by_sex, CARD_AGE: build_young_ages, CARD_SNAP: build_snapshot,
            CARD_SNAP_AGE: build_snapshot_age, CARD_ADJ: build_adjusted, CARD_DEBUT: build_debut,
            CARD_FREQ: build_frequency}


def values_from_query(query: dict) -> tuple[dict, list[str], list[str]]:
    """Filter values from the URL, the rejected raw values, and notes on values we corrected."""
    values, rejected = read_query(query or {}, PARAMS)
    values, swapped = fix_years(values)
    return values, rejected, [t("survey.years_swapped")] if swapped else []


def export_figures(query: dict) -> dict:
    """{card name: figure} for a URL query dict, built by the same functions as the callbacks."""
    return export_from(BUILDERS, values_from_query(query)[0])


@memo
def tiles(v: dict):
    sex = "all" if v["sex"] == "both" else v["sex"]
    items = [survey_tile(prevalence(), substance="cannabis", period=p, sex=sex, age_group=v["age"],
                         title=t("survey.kpi_title", substance=label("substance", "cannabis").capitalize(),
                                 period=label("period", p)))
             for p in _periods_for(v["age"])]
    return tiles_block(items, v["sex"], LAST_YEAR)


# ---------------------------------------------------------------- layout
def _filters(v: dict) -> html.Div:
    return html.Div(className="filter-bar", role="group", **{"aria-label": t("survey.filters")}, children=[
        dbc.Row([
            dbc.Col([dbc.Label(t("survey.filter_sex"), html_for=Ids.SEX, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.SEX, options=options("sex", SEX_CHOICES), value=v["sex"], inline=True)],
                    md=6),
            dbc.Col([dbc.Label(t("survey.filter_age"), html_for=Ids.AGE, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.AGE, options=options("survey_age", st.CANNABIS_AGE_GROUPS),
                                    value=v["age"], inline=True),
                     html.P(t("survey.age_note_cannabis"), id=Ids.AGE_NOTE, className="small text-muted mb-0")],
                    md=6),
        ], className="g-3"),
        dbc.Row([
            dbc.Col([dbc.Label(t("survey.filter_period"), html_for=Ids.PERIOD, className="fw-semibold"),
                     dbc.RadioItems(id=Ids.PERIOD, options=options("period", st.PERIODS), value=v["period"],
                                    inline=True)], md=4),
            dbc.Col([dbc.Label(t("survey.filter_years"), html_for=Ids.YEARS, className="fw-semibold"),
                     year_slider(Ids.YEARS, v["first"], v["last"])], md=5),
            dbc.Col([dbc.Label(t("survey.filter_snapshot"), html_for=Ids.SNAP_YEAR, className="fw-semibold"),
                     dcc.Dropdown(id=Ids.SNAP_YEAR, options=[{"label": str(y), "value": y} for y in YEARS],
                                  value=v["year"], clearable=False, searchable=False)], md=3),
        ], className="g-3 mt-1"),
    ])


def layout(**query):
    v, rejected, notes = values_from_query(query)
    about = about_survey()
    return html.Div([
        page_header(t("cannabis.title"), t("cannabis.lead"), notice=rejected),
        *[dbc.Alert(n, color="warning", className="py-2") for n in notes],
        *url_store(PAGE),
        _filters(v),
        html.Div(id=Ids.TILES),
        chart_card(CARD_TREND, about),
        chart_card(CARD_SEX, about),
        chart_card(CARD_AGE, about),
        chart_card(CARD_SNAP, about),
        chart_card(CARD_SNAP_AGE, about),
        chart_card(CARD_ADJ, about_survey(t("cannabis.adjusted_about")),
                   controls=dbc.Alert(t("cannabis.adjusted_statement"), color="info", className="py-2 mb-0")),
        chart_card(CARD_DEBUT, about_survey(t("cannabis.debut_about")), controls=html.P(
            t("cannabis.debut_summary", **_debut_words()), className="mb-0 fw-semibold")),
        chart_card(CARD_FREQ, about_survey(t("cannabis.frequency_about"))),
    ])


def _debut_words() -> dict:
    debut = store.table("survey_cannabis_debut")
    s = debut_summary(debut[debut["year"] == debut["year"].max()])
    return dict(mean=fmt_num(s.mean), median=s.median, mode=s.mode, n=fmt_int(s.n), youngest=s.youngest,
                oldest=s.oldest)


# ---------------------------------------------------------------- callbacks (thin: validate, build, return)
def _checked(sex=None, age=None, period=None, years=None, year=None) -> dict:
    """Validated filter values; anything not allowed stops the update instead of raising a 500."""
    v = {k: PARAMS[k].default for k in PARAMS}
    given = {"sex": sex, "age": age, "period": period, "year": year}
    for key, value in given.items():
        if value is not None:
            if not PARAMS[key].valid(value):
                raise PreventUpdate
            v[key] = value
    if years is not None:
        if not (isinstance(years, list) and len(years) == 2 and all(PARAMS["first"].valid(y) for y in years)):
            raise PreventUpdate
        v["first"], v["last"] = sorted(years)
    return v


@callback(*card_outputs(CARD_TREND), Input(Ids.SEX, "value"), Input(Ids.AGE, "value"), Input(Ids.YEARS, "value"))
def _trend(sex, age, years):
    return build_trend(_checked(sex=sex, age=age, years=years))


@callback(*card_outputs(CARD_SEX), Input(Ids.PERIOD, "value"), Input(Ids.AGE, "value"), Input(Ids.YEARS, "value"))
def _by_sex(period, age, years):
    return build_by_sex(_checked(period=period, age=age, years=years))


@callback(*card_outputs(CARD_AGE), Input(Ids.SEX, "value"), Input(Ids.YEARS, "value"))
def _young(sex, years):
    return build_young_ages(_checked(sex=sex, years=years))


@callback(*card_outputs(CARD_SNAP), Input(Ids.SNAP_YEAR, "value"), Input(Ids.AGE, "value"))
def _snapshot(year, age):
    return build_snapshot(_checked(year=year, age=age))


@callback(*card_outputs(CARD_SNAP_AGE), Input(Ids.SNAP_YEAR, "value"), Input(Ids.PERIOD, "value"),
          Input(Ids.SEX, "value"))
def _snapshot_age(year, period, sex):
    return build_snapshot_age(_checked(year=year, period=period, sex=sex))


@callback(*card_outputs(CARD_ADJ), Input(Ids.PERIOD, "value"), Input(Ids.YEARS, "value"))
def _adjusted(period, years):
    return build_adjusted(_checked(period=period, years=years))


@callback(*card_outputs(CARD_DEBUT), Input(Ids.TILES, "id"))
def _debut(_):
    return build_debut()


@callback(*card_outputs(CARD_FREQ), Input(Ids.TILES, "id"))
def _frequency(_):
    return build_frequency()


@callback(Output(Ids.TILES, "children"), url_output(PAGE),
          Input(Ids.SEX, "value"), Input(Ids.AGE, "value"), Input(Ids.PERIOD, "value"),
          Input(Ids.YEARS, "value"), Input(Ids.SNAP_YEAR, "value"))
def _tiles_and_url(sex, age, period, years, year):
    v = _checked(sex=sex, age=age, period=period, years=years, year=year)
    return tiles(v), to_query(v, PARAMS)

