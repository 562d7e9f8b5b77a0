"""Cards of /sentralstimulerende: cocaine, ecstasy/MDMA and amphetamines in the population survey,
and the latest survey year's overview of every substance it reports."""

from __future__ import annotations

from dash import html

from dashboard.cards import survey as sv
from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, PageSpec, Panel, register
from dashboard.components import kpi
from dashboard.figures import survey as fig_survey
from dashboard.figures.theme import empty_figure
from dashboard.i18n import label, t, upper_first
from dashboard.stats import survey as st

STIM_PERIODS = ("lifetime", "last_12_months")
OVERVIEW_SUBSTANCES = ("cannabis", *st.STIMULANTS, *st.OTHER_SUBSTANCES)
PARAMS = {
    # An empty choice is a state (the charts then ask for a substance); the link keeps the default.
    "substances": Param("s", list(st.STIMULANTS), st.STIMULANTS, multi=True, allow_empty=True),
    "sex": Param("k", "all", sv.SEX_CHOICES),
    "age": Param("a", "16-64", st.STIMULANT_AGE_GROUPS),
    "period": Param("p", "lifetime", STIM_PERIODS),
    **sv.year_params(),
}
FILTERS = (
    sv.code_filter("substances", "checklist", "survey.filter_substances", "substance", st.STIMULANTS),
    sv.code_filter("sex", "radio", "survey.filter_sex", "sex", sv.SEX_CHOICES),
    sv.code_filter("age", "radio", "survey.filter_age", "survey_age", st.STIMULANT_AGE_GROUPS),
    sv.code_filter(
        "period", "radio", "survey.filter_period", "period", STIM_PERIODS, help="survey.period_note_stimulants"
    ),
    *sv.year_filters(),
)


def _no_substance(filters: str) -> CardView:
    """Nothing chosen: say so in the chart and in the card title instead of an empty plot."""
    message = t("survey.substances_none")
    return CardView(empty_figure(message), sv.prevalence().iloc[0:0], {}, title=message, filters=filters)


def _trend_selection(v: dict) -> str:
    return sv.selection_of(v, "substances", "period", "sex", "age", "span")


def build_trend(v: dict) -> CardView:
    subs = v["substances"]
    if not subs:
        return _no_substance(_trend_selection(v))
    sexes = st.sexes_for(v["sex"])
    rows = st.select(
        sv.prevalence(),
        substances=subs,
        periods=[v["period"]],
        sexes=sexes,
        age_groups=[v["age"]],
        years=(v["first"], v["last"]),
    )
    fig = fig_survey.trend_figure(
        rows,
        series_col="substance",
        series_codes=subs,
        series_kind="substance",
        facet_col="sex" if v["sex"] == "both" else None,
        facet_codes=sexes,
        facet_kind="sex",
        title=t(
            "stimulants.trend_title",
            period=label("period", v["period"]),
            sex=label("sex", v["sex"]),
            age=label("survey_age", v["age"]),
            first=v["first"],
            last=v["last"],
        ),
        subtitle=t("stimulants.trend_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=[t("file.stimulants"), v["period"], v["sex"], v["age"], sv.year_span(v["first"], v["last"])],
        filters=_trend_selection(v),
        drop=(),
    )


def _snapshot_selection(v: dict) -> str:
    return sv.selection_of(v, "substances", "period", "age", "year")


def build_snapshot(v: dict) -> CardView:
    subs = v["substances"]
    if not subs:
        return _no_substance(_snapshot_selection(v))
    rows = st.select(
        sv.prevalence(), substances=subs, periods=[v["period"]], sexes=st.SEXES, age_groups=[v["age"]], year=v["year"]
    )
    fig = fig_survey.bar_figure(
        rows,
        x_col="substance",
        x_codes=subs,
        x_kind="substance",
        group_col="sex",
        group_codes=("men", "women", "all"),
        group_kind="sex",
        title=t(
            "stimulants.snapshot_title",
            period=label("period", v["period"]),
            year=v["year"],
            age=label("survey_age", v["age"]),
        ),
        subtitle=t("stimulants.snapshot_subtitle"),
        source=sv.source(),
    )
    return sv.view(
        rows,
        fig,
        name=[t("file.stimulants"), v["period"], t("file.by_sex"), v["age"], str(v["year"])],
        filters=_snapshot_selection(v),
        drop=(),
    )


def overview_rows():
    """Lifetime use, 16-64, all, in the latest survey year: every substance the survey reports, largest first."""
    rows = st.select(
        sv.prevalence(),
        substances=OVERVIEW_SUBSTANCES,
        periods=["lifetime"],
        sexes=["all"],
        age_groups=["16-64"],
        year=sv.years()[-1],
    )
    return rows.sort_values("percent", ascending=False, kind="stable").reset_index(drop=True)


def build_other(_v: dict) -> CardView:
    rows = overview_rows()
    year = sv.years()[-1]
    fig = fig_survey.bar_figure(
        rows,
        x_col="substance",
        x_codes=list(rows["substance"]),
        x_kind="substance",
        group_col="sex",
        group_codes=("all",),
        group_kind="sex",
        title=t("stimulants.other_title", year=year),
        subtitle=t("stimulants.other_subtitle", year=year),
        source=sv.source(),
        colour_by_x=True,
    )
    fig.update_layout(showlegend=False)
    return sv.view(
        rows,
        fig,
        name=[t("file.illegal_drugs"), t("file.lifetime"), str(year)],
        # no filter: lifetime use, 16-64, everyone, in the latest survey year
        filters=sv.selection_of(
            {"period": "lifetime", "age": "16-64", "sex": "all", "year": year},
            "period",
            "age",
            "sex",
            "year",
            fixed=True,
        ),
        drop=(),
    )


def any_stimulant(sex: str) -> st.ReportNumber | None:
    """Lifetime use of any central stimulant, 16-64: a number the report gives only in its text."""
    return st.report_number(
        sv.report_figures(), "prevalence_any_stimulant", survey_period="lifetime", sex=sex, survey_age="16-64"
    )


def any_stimulant_text() -> str:
    """The report's share who have used any central stimulant, by sex where given; or that the
    report's text gives none."""
    total, men, women = (any_stimulant(s) for s in ("all", "men", "women"))
    if total is None:
        return t("stimulants.any_missing")
    by_sex = (
        t("stimulants.any_sexes", men=sv.report_percent(men), women=sv.report_percent(women)) if men and women else ""
    )
    return t("stimulants.any_statement", year=total.year, value=sv.report_percent(total), by_sex=by_sex)


def any_stimulant_tile(sex_choice: str):
    """The report's any-stimulant share as a tile (lifetime, 16-64 only: the one it gives)."""
    sex = "all" if sex_choice == "both" else sex_choice
    number = any_stimulant(sex)
    if number is None:
        return None
    others = [s for s in ("men", "women") if s != sex]
    parts = [
        t("stimulants.any_tile_sex", sex=upper_first(label("sex", s)), value=sv.report_percent(n))
        for s in others
        if (n := any_stimulant(s)) is not None
    ]
    note = " ".join([*parts, t("stimulants.any_tile_note", year=number.year)])
    return kpi.tile(t("stimulants.any_tile_title", sex=label("sex", sex)), sv.report_percent(number), note)


def tiles(v: dict):
    sex = "all" if v["sex"] == "both" else v["sex"]
    items = [
        sv.survey_tile(
            substance=s,
            period=v["period"],
            sex=sex,
            age_group=v["age"],
            title=t(
                "survey.kpi_title",
                substance=upper_first(label("substance", s)),
                period=label("period", v["period"]),
            ),
        )
        for s in (v["substances"] or st.STIMULANTS)
    ]
    if v["period"] == "lifetime" and v["age"] == "16-64" and (extra := any_stimulant_tile(v["sex"])):
        items.append(extra)
    return sv.tiles_block(items, v["sex"])


def substance_note(v: dict) -> str:
    return "" if v["substances"] else t("survey.substances_none")


def _about():
    return sv.about(t("stimulants.about_substances"))


SPEC = register(
    PageSpec(
        name="stimulants",
        path="/sentralstimulerende",
        params=PARAMS,
        filters=FILTERS,
        normalise=sv.fix_years,
        panels=(
            Panel("tiles", ("substances", "sex", "age", "period"), tiles),
            Panel("substance-note", ("substances",), substance_note),
        ),
        cards=(
            Card("stimulants-trend", ("substances", "sex", "age", "period", "first", "last"), build_trend, _about),
            Card("stimulants-snapshot", ("substances", "age", "period", "year"), build_snapshot, _about),
            Card(
                "stimulants-other",
                (),
                build_other,
                lambda: sv.about(t("stimulants.other_about")),
                intro=lambda _v: html.P(any_stimulant_text(), id="stimulants-any", className="mb-0 fw-semibold"),
            ),
        ),
    )
)
