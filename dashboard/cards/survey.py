"""What the two survey pages (/cannabis, /sentralstimulerende) share: the prevalence frame and its
years, parameters and filters both use, key-figure tiles with the cautious change wording, the
"Om tallene" text and the table layout of survey rows."""

from __future__ import annotations

import pandas as pd
from dash import html

from dashboard.cards.params import Param
from dashboard.cards.registry import CardView, Filter
from dashboard.components import kpi
from dashboard.components.exports import selection
from dashboard.data import store
from dashboard.i18n import fmt_int, fmt_num, label, labelled, options, t, upper_first
from dashboard.stats import survey as st

SEX_CHOICES = ("all", "men", "women", "both")
TABLE_COLUMNS = {
    "year": "survey.col_year",
    "substance_label": "survey.col_substance",
    "period_label": "survey.col_period",
    "sex_label": "survey.col_sex",
    "age_group_label": "survey.col_age",
    "percent": "survey.col_percent",
    "ci_low": "survey.col_ci_low",
    "ci_high": "survey.col_ci_high",
    "n": "survey.col_n",
    "note": "survey.col_note",
}
DECIMALS = {"percent": 1, "ci_low": 1, "ci_high": 1, "n": 0}


def prevalence() -> pd.DataFrame:
    return store.table("survey_prevalence")


def years() -> list[int]:
    return st.survey_years(prevalence())


def year_params() -> dict[str, Param]:
    """First and last year of the trend charts and the year of the snapshot charts; the
    latest survey year is the default, whatever the edition."""
    ys = years()
    bounds = (ys[0], ys[-1])
    return {
        "first": Param("fra", ys[0], bounds=bounds),
        "last": Param("til", ys[-1], bounds=bounds),
        "year": Param("aar", ys[-1], bounds=bounds),
    }


def year_filters() -> tuple[Filter, Filter]:
    year_options = lambda: [{"label": str(y), "value": y} for y in years()]  # noqa: E731
    return (
        Filter("years", ("first", "last"), "range", "survey.filter_years", year_options),
        Filter("year", ("year",), "dropdown", "survey.filter_snapshot", year_options, props={"searchable": False}),
    )


def code_filter(name: str, kind: str, label_key: str, code_kind: str, codes, **kw) -> Filter:
    return Filter(name, (name,), kind, label_key, lambda: options(code_kind, codes), **kw)


def source() -> str:
    return t("survey.source", first=years()[0], last=years()[-1])


def lead(key: str) -> str:
    return t(key, first=years()[0], last=years()[-1])


def fix_years(values: dict) -> tuple[dict, list[str]]:
    """First year after last year (only possible from a typed URL): swap them, and say so."""
    if values["first"] > values["last"]:
        return {**values, "first": values["last"], "last": values["first"]}, [t("survey.years_swapped")]
    return values, []


def year_span(first: int, last: int) -> str:
    return f"{first}–{last}"


SELECTION_KEYS = {
    "substances": "sel.substances",
    "period": "sel.period",
    "sex": "sel.sex",
    "age": "sel.age",
    "span": "sel.years",
    "year": "sel.year",
}


def selection_of(v: dict, *keys: str, fixed: bool = False, **shown) -> str:
    """The download's "Utvalg" line: the state a card was built for, in words ("span" is the
    first–last year range). A value the card shows instead of the state's (a period its age
    group lacks; the one slice of a card without filters) is given by keyword, in words."""
    words = {
        "substances": lambda: [label("substance", s) for s in v["substances"]],
        "period": lambda: label("period", v["period"]),
        "sex": lambda: label("sex", v["sex"]),
        "age": lambda: label("survey_age", v["age"]),
        "span": lambda: year_span(v["first"], v["last"]),
        "year": lambda: str(v["year"]),
    }
    pairs = [(SELECTION_KEYS[k], shown[k] if k in shown else words[k]()) for k in keys]
    return selection(*pairs, fixed=fixed)


def small_note(kind: str | None, n) -> str:
    """The table's and the tile's word on an estimate resting on very few answers ("" if none)."""
    if kind is None:
        return ""
    return t(f"survey.small.{kind}", n=fmt_int(n) if n is not None and not pd.isna(n) else t("misc.gap"))


def table_frame(rows: pd.DataFrame, drop: tuple[str, ...] = ()) -> tuple[pd.DataFrame, dict]:
    """Rows with Norwegian labels beside the codes, and the column headers for the card table."""
    out = labelled(rows, substance="substance", period="period", sex="sex", age_group="survey_age")
    kinds = st.small_numbers_column(rows) if len(rows) else []
    out = out.assign(note=[small_note(k, n) for k, n in zip(kinds, rows["n"], strict=True)])
    cols = {c: t(k) for c, k in TABLE_COLUMNS.items() if c not in drop}
    return out, cols


def small_numbers_note(rows: pd.DataFrame):
    """A line above the chart when some of its estimates rest on very few answers, else None."""
    kinds = st.small_numbers_column(rows) if len(rows) else []
    few, none = kinds.count(st.FEW_CASES), kinds.count(st.NONE_SAID_YES)
    if not few and not none:
        return None
    parts = [t("survey.small.card_few", k=few + none)]
    if none:
        parts.append(t("survey.small.card_none", k=none))
    return html.P(" ".join(parts), className="small text-muted mb-1 survey-small-note")


def view(rows: pd.DataFrame, fig, *, name: list[str], filters: str, drop=("substance_label",)) -> CardView:
    """The card view of survey rows, with the title and subtitle taken from the figure."""
    frame, cols = table_frame(rows, drop)
    return CardView(
        fig,
        frame,
        cols,
        title=fig.layout.title.text,
        subtitle=fig.layout.title.subtitle.text or "",
        source=source(),
        filename=name,
        filters=filters,
        decimals=DECIMALS,
        note=small_numbers_note(rows),
    )


def about(*extra) -> list:
    """The shared "Om tallene" text for survey cards, with card-specific notes first."""
    keys = (
        "survey.about_source",
        "survey.about_selfreport",
        "survey.about_response",
        "survey.about_weighting",
        "survey.about_ci",
        "survey.about_break",
        "survey.about_ages",
        "survey.about_small",
        "survey.about_tests",
    )
    return [html.P(x) for x in extra] + [html.P(t(k)) for k in keys]


def _direction(verdict: str | None) -> str | None:
    return {st.INCREASE: "up", st.DECREASE: "down", st.NO_CLEAR_CHANGE: "flat"}.get(verdict)


def survey_tile(*, substance: str, period: str, sex: str, age_group: str, title: str):
    """One key-figure tile: latest estimate, interval, n, and the cautious change wording."""
    rows = st.select(prevalence(), substances=[substance], periods=[period], sexes=[sex], age_groups=[age_group])
    kf = st.key_figure(rows, first_year=years()[0])
    if kf is None:
        return kpi.tile(title, "–", t("card.empty"))
    who = f"{upper_first(label('sex', sex))}, {label('survey_age', age_group)}."
    note = t(
        "survey.kpi_note",
        low=fmt_num(kf.ci_low),
        high=fmt_num(kf.ci_high),
        n=fmt_int(kf.n) if kf.n is not None else t("misc.gap"),
        who=who,
    )
    small = small_note(st.small_numbers(kf.percent, kf.ci_low, kf.ci_high), kf.n)
    if small:
        note = f"{note} {small}"
    report = st.report_trend(
        store.table("report_figures"), substance=substance, period=period, sex=sex, age_group=age_group
    )
    if report is not None and report.last != kf.year:
        report = None  # a test of an earlier edition's period says nothing about the latest year
    return kpi.tile(title, t("survey.kpi_value", value=fmt_num(kf.percent)), note, trend=tile_lines(kf, report))


def report_percent(number: st.ReportNumber) -> str:
    """A percentage from the report's text as the report writes it: "om lag 10 %", "12,5 %"."""
    value = fmt_num(number.value, number.decimals)
    return t("survey.report_about" if number.about else "survey.report_exact", value=value)


def report_figures() -> pd.DataFrame:
    return store.table("report_figures")


P_FLOOR = 0.001  # the smallest p written as a number


def p_text(p: float) -> str:
    """'= 0,398' or '< 0,001' ('= 0.398', '< 0.001' in English), to follow a 'p'."""
    return "< " + fmt_num(P_FLOOR, 3) if p < P_FLOOR else "= " + fmt_num(p, 3)


def tile_lines(kf: st.KeyFigure, report: st.ReportTrend | None) -> list[tuple[str, str | None]]:
    """The change lines of a tile. Where the report tested the series, its verdict comes first and
    stands for the whole period (no own comparison with the first year beside it); the change
    from the year before is always our own, named test."""
    lines = []
    if report is not None:
        lines.append(
            (t("survey.kpi_report_trend", first=report.first, last=report.last, p=fmt_num(report.p_below, 2)), "up")
        )
    comparisons = [(kf.previous_year, kf.previous_verdict, kf.previous_percent, kf.previous_p)]
    if report is None:
        comparisons.append((kf.first_year, kf.first_verdict, kf.first_percent, kf.first_p))
    for year, verdict, old, p in comparisons:
        if year is None:
            continue
        if p is None:
            lines.append((t("survey.kpi_test.untested", year=year, old=fmt_num(old)), None))
        else:
            lines.append(
                (t(f"survey.kpi_test.{verdict}", year=year, old=fmt_num(old), p=p_text(p)), _direction(verdict))
            )
    return lines


def tiles_block(tiles: list, sex_choice: str) -> html.Div:
    children = [html.H2(t("survey.kpi_heading", year=years()[-1]), className="h5"), kpi.tile_row(tiles)]
    notes = [t("survey.kpi_rule")]
    if sex_choice == "both":
        notes.insert(0, t("survey.kpi_note_both"))
    children.append(html.P(" ".join(notes), className="small text-muted"))
    return html.Div(children, className="mb-3")
