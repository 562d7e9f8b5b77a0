"""Cards of /cannabis: cannabis use in the population survey (Rusundersøkelsen)."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from dashboard.cards import survey as sv
from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, PageSpec, Panel, register
from dashboard.data import store
from dashboard.figures import survey as fig_survey
from dashboard.i18n import fmt_int, fmt_num, label, labelled, t, upper_first
from dashboard.stats import survey as st

PARAMS = {
    "sex": Param("k", "all", sv.SEX_CHOICES),
    "age": Param("a", "16-64", st.CANNABIS_AGE_GROUPS),
    "period": Param("p", "lifetime", st.PERIODS),
    **sv.year_params(),
}
FILTERS = (
    sv.code_filter("sex", "radio", "survey.filter_sex", "sex", sv.SEX_CHOICES),
    sv.code_filter(
        "age", "radio", "survey.filter_age", "survey_age", st.CANNABIS_AGE_GROUPS, help="survey.age_note_cannabis"
    ),
    sv.code_filter("period", "radio", "survey.filter_period", "period", st.PERIODS),
    *sv.year_filters(),
)


def _periods_for(age: str) -> tuple[str, ...]:
    return st.periods_available(sv.prevalence(), "cannabis", age)


def _span(v: dict) -> str:
    return sv.year_span(v["first"], v["last"])


def build_trend(v: dict) -> CardView:
    periods = _periods_for(v["age"])
    sexes = st.sexes_for(v["sex"])
    rows = st.select(
        sv.prevalence(),
        substances=["cannabis"],
        periods=periods,
        sexes=sexes,
        age_groups=[v["age"]],
        years=(v["first"], v["last"]),
    )
    young = v["age"] in st.YOUNG_SUBGROUPS
    fig = fig_survey.trend_figure(
        rows,
        series_col="period",
        series_codes=periods,
        series_kind="period",
        facet_col="sex" if v["sex"] == "both" else None,
        facet_codes=sexes,
        facet_kind="sex",
        title=t(
            "cannabis.trend_title",
            sex=label("sex", v["sex"]),
            age=label("survey_age", v["age"]),
            first=v["first"],
            last=v["last"],
        ),
        subtitle=t("cannabis.trend_subtitle_young" if young else "cannabis.trend_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=["cannabis", t("file.trend"), v["sex"], v["age"], _span(v)],
        filters=sv.selection_of(v, "sex", "age", "span"),
    )


def build_by_sex(v: dict) -> CardView:
    periods = _periods_for(v["age"])
    period = v["period"] if v["period"] in periods else "last_12_months"
    rows = st.select(
        sv.prevalence(),
        substances=["cannabis"],
        periods=[period],
        sexes=st.SEXES,
        age_groups=[v["age"]],
        years=(v["first"], v["last"]),
    )
    fig = fig_survey.trend_figure(
        rows,
        series_col="sex",
        series_codes=("men", "women", "all"),
        series_kind="sex",
        title=t(
            "cannabis.sex_title",
            period=label("period", period),
            age=label("survey_age", v["age"]),
            first=v["first"],
            last=v["last"],
        ),
        subtitle=t("cannabis.sex_subtitle_young" if period != v["period"] else "cannabis.sex_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=["cannabis", period, t("file.by_sex"), v["age"], _span(v)],
        filters=sv.selection_of(v, "period", "age", "span", period=label("period", period)),  # the one shown
    )


def build_young_ages(v: dict) -> CardView:
    sexes = st.sexes_for(v["sex"])
    rows = st.select(
        sv.prevalence(),
        substances=["cannabis"],
        periods=["last_12_months"],
        sexes=sexes,
        age_groups=st.YOUNG_SUBGROUPS,
        years=(v["first"], v["last"]),
    )
    fig = fig_survey.trend_figure(
        rows,
        series_col="age_group",
        series_codes=st.YOUNG_SUBGROUPS,
        series_kind="survey_age",
        facet_col="sex" if v["sex"] == "both" else None,
        facet_codes=sexes,
        facet_kind="sex",
        title=t("cannabis.age_title", sex=label("sex", v["sex"]), first=v["first"], last=v["last"]),
        subtitle=t("cannabis.age_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=["cannabis", t("file.last_12_months"), t("file.young"), v["sex"], _span(v)],
        filters=sv.selection_of(v, "sex", "span"),
    )


def build_snapshot(v: dict) -> CardView:
    periods = _periods_for(v["age"])
    rows = st.select(
        sv.prevalence(), substances=["cannabis"], periods=periods, sexes=st.SEXES, age_groups=[v["age"]], year=v["year"]
    )
    fig = fig_survey.bar_figure(
        rows,
        x_col="period",
        x_codes=periods,
        x_kind="period",
        group_col="sex",
        group_codes=("men", "women", "all"),
        group_kind="sex",
        title=t("cannabis.snapshot_title", year=v["year"], age=label("survey_age", v["age"])),
        subtitle=t("cannabis.trend_subtitle_young" if v["age"] in st.YOUNG_SUBGROUPS else "cannabis.snapshot_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=["cannabis", t("file.by_sex"), v["age"], str(v["year"])],
        filters=sv.selection_of(v, "age", "year"),
    )


def build_snapshot_age(v: dict) -> CardView:
    period = v["period"]
    ages = st.age_groups_available(sv.prevalence(), "cannabis", period)
    sexes = st.sexes_for(v["sex"])
    rows = st.select(
        sv.prevalence(), substances=["cannabis"], periods=[period], sexes=sexes, age_groups=ages, year=v["year"]
    )
    fig = fig_survey.bar_figure(
        rows,
        x_col="age_group",
        x_codes=ages,
        x_kind="survey_age",
        group_col="sex",
        group_codes=sexes,
        group_kind="sex",
        title=t("cannabis.snapshot_age_title", period=label("period", period), year=v["year"]),
        subtitle=t(
            "cannabis.snapshot_age_subtitle"
            if len(ages) == len(st.CANNABIS_AGE_GROUPS)
            else "cannabis.snapshot_age_subtitle_missing"
        ),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=["cannabis", period, t("file.age"), v["sex"], str(v["year"])],
        filters=sv.selection_of(v, "period", "sex", "year"),
    )


def build_adjusted(v: dict) -> CardView:
    rows = st.adjusted_vs_observed(
        store.table("survey_cannabis_adjusted"), sv.prevalence(), v["period"], (v["first"], v["last"])
    )
    fig = fig_survey.adjusted_figure(
        rows,
        title=t("cannabis.adjusted_title", period=label("period", v["period"]), first=v["first"], last=v["last"]),
        subtitle=t("cannabis.adjusted_subtitle"),
        source=t("survey.source_adjusted"),
    )
    cols = {
        "year": t("survey.col_year"),
        "adjusted": t("survey.col_adjusted"),
        "adjusted_low": t("survey.col_adjusted_low"),
        "adjusted_high": t("survey.col_adjusted_high"),
        "percent": t("survey.col_observed"),
        "ci_low": t("survey.col_ci_low"),
        "ci_high": t("survey.col_ci_high"),
    }
    return CardView(
        fig,
        rows,
        cols,
        title=fig.layout.title.text,
        subtitle=fig.layout.title.subtitle.text,
        source=t("survey.source_adjusted"),
        filename=["cannabis", t("file.adjusted"), v["period"], _span(v)],
        filters=sv.selection_of(v, "period", "span"),
        decimals={c: 1 for c in cols if c != "year"},
    )


def adjusted_statement() -> str:
    """The report's trend test, with the years of the adjusted estimates it was run on."""
    years = store.table("survey_cannabis_adjusted")["year"]
    return t("cannabis.adjusted_statement", first=int(years.min()), last=int(years.max()))


def _latest_debut() -> pd.DataFrame:
    debut = store.table("survey_cannabis_debut")
    return debut[debut["year"] == debut["year"].max()]


def build_debut(_v: dict) -> CardView:
    d = _latest_debut()
    year = int(d["year"].iloc[0])
    s = st.distribution_summary(d["age"], d["n"])
    fig = fig_survey.debut_figure(
        d,
        mean=s.mean,
        median=s.median,
        mode=s.mode,
        title=t("cannabis.debut_title", year=year),
        subtitle=t("cannabis.debut_subtitle"),
        source=sv.source(),
    )
    cols = {"age": t("survey.col_age_first"), "n": t("survey.col_users"), "percent": t("survey.col_share_users")}
    return CardView(
        fig,
        d,
        cols,
        title=fig.layout.title.text,
        subtitle=fig.layout.title.subtitle.text,
        source=sv.source(),
        filename=["cannabis", t("file.age_first_use"), str(year)],
        filters=sv.selection_of({}, "year", fixed=True, year=str(year)),  # the latest year, no filter
        decimals={"percent": 1, "n": 0, "age": 0},
    )


def debut_words() -> dict:
    d = _latest_debut()
    s = st.distribution_summary(d["age"], d["n"])
    return dict(
        mean=fmt_num(s.mean), median=s.median, mode=s.mode, n=fmt_int(s.n), youngest=s.youngest, oldest=s.oldest
    )


def build_frequency(_v: dict) -> CardView:
    freq = store.table("survey_cannabis_frequency")
    year = int(freq["year"].max())
    rows = st.frequency_rows(freq, year)
    fig = fig_survey.bar_figure(
        rows,
        x_col="frequency",
        x_codes=st.FREQUENCY_ORDER,
        x_kind="survey_frequency",
        group_col="sex",
        group_codes=("men", "women", "all"),
        group_kind="sex",
        with_ci=False,
        title=t("cannabis.frequency_title", year=year),
        subtitle=t("cannabis.frequency_subtitle"),
        source=sv.source(),
        y_title=t("survey.y_percent_users"),
    )
    frame = labelled(rows, sex="sex", frequency="survey_frequency")
    cols = {
        "year": t("survey.col_year"),
        "sex_label": t("survey.col_sex"),
        "frequency_label": t("survey.col_frequency"),
        "percent": t("survey.col_share_users"),
        "n": t("survey.col_users"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=fig.layout.title.text,
        subtitle=fig.layout.title.subtitle.text,
        source=sv.source(),
        filename=["cannabis", t("file.frequency"), str(year)],
        filters=sv.selection_of({}, "year", fixed=True, year=str(year)),  # the latest year, no filter
        decimals={"percent": 1, "n": 0},
    )


def use_days_text() -> str:
    """How many days the last-4-weeks users used cannabis: numbers the report gives only in its
    text (report_figures); where it gives none, the card says so."""
    where = dict(substance="cannabis", survey_period="last_4_weeks", survey_age="16-64")
    few, most = (st.report_number(sv.report_figures(), "use_days_share", **where, use_days=d) for d in ("1-3", "20+"))
    if few is None or most is None:
        return t("cannabis.days_missing")
    return t("cannabis.days_statement", year=few.year, few=sv.report_percent(few), most=sv.report_percent(most))


def tiles(v: dict):
    sex = "all" if v["sex"] == "both" else v["sex"]
    items = [
        sv.survey_tile(
            substance="cannabis",
            period=p,
            sex=sex,
            age_group=v["age"],
            title=t(
                "survey.kpi_title", substance=upper_first(label("substance", "cannabis")), period=label("period", p)
            ),
        )
        for p in _periods_for(v["age"])
    ]
    return sv.tiles_block(items, v["sex"])


def _about():
    return sv.about()


SPEC = register(
    PageSpec(
        name="cannabis",
        path="/cannabis",
        params=PARAMS,
        filters=FILTERS,
        normalise=sv.fix_years,
        panels=(Panel("tiles", ("sex", "age"), tiles),),
        cards=(
            Card("cannabis-trend", ("sex", "age", "first", "last"), build_trend, _about),
            Card("cannabis-by-sex", ("period", "age", "first", "last"), build_by_sex, _about),
            Card("cannabis-young-ages", ("sex", "first", "last"), build_young_ages, _about),
            Card("cannabis-snapshot", ("year", "age"), build_snapshot, _about),
            Card("cannabis-snapshot-age", ("year", "period", "sex"), build_snapshot_age, _about),
            Card(
                "cannabis-adjusted",
                ("period", "first", "last"),
                build_adjusted,
                lambda: sv.about(t("cannabis.adjusted_about")),
                intro=lambda _v: dbc.Alert(adjusted_statement(), color="info", className="py-2 mb-0"),
            ),
            Card(
                "cannabis-debut",
                (),
                build_debut,
                lambda: sv.about(t("cannabis.debut_about")),
                intro=lambda _v: html.P(t("cannabis.debut_summary", **debut_words()), className="mb-0 fw-semibold"),
            ),
            Card(
                "cannabis-frequency",
                (),
                build_frequency,
                lambda: sv.about(t("cannabis.frequency_about")),
                intro=lambda _v: html.P(use_days_text(), id="cannabis-days", className="mb-0 fw-semibold"),
            ),
        ),
    )
)
