"""Pure functions on the survey tables (Rusundersøkelsen): selections, change verdicts,
summaries of the age-at-first-use distribution. No plotly, no dash: unit-tested directly.

The percentages and their 95 % intervals come from the source as published; nothing here
re-estimates them. What we compute is (a) which published rows a view needs, (b) whether a
change between two published estimates can be called a change, and (c) mean, median and
mode of the published age-at-first-use distribution.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.data.contract import PERIODS, SEXES, SURVEY_FREQUENCIES

STIMULANTS = ("cocaine", "mdma", "amphetamines")
OTHER_SUBSTANCES = ("lsd", "ghb", "heroin", "other")
CANNABIS_AGE_GROUPS = ("16-64", "16-30", "16-20", "21-25", "26-30")
YOUNG_SUBGROUPS = ("16-20", "21-25", "26-30")
STIMULANT_AGE_GROUPS = ("16-64", "16-30")
FREQUENCY_ORDER = SURVEY_FREQUENCIES

INCREASE, DECREASE, NO_CLEAR_CHANGE = "increase", "decrease", "no_clear_change"
VALUE_COLUMNS = ["percent", "ci_low", "ci_high", "n"]


# Estimates that rest on very few "yes" answers. The published 95 % intervals are symmetric about
# the estimate and cut at 0; an interval that reaches 0 means the estimate is smaller than about two
# standard errors, which for a share happens with only a handful of yes answers (about four or
# fewer). An estimate of 0 with the interval 0-0 means nobody in the sample said yes: the source
# can give no interval, and 0 % does not mean that nobody in the population uses the drug.
NONE_SAID_YES, FEW_CASES = "none", "few"


def small_numbers(percent: float, ci_low: float, ci_high: float) -> str | None:
    """'none' (0 % with the interval 0-0), 'few' (the interval reaches 0) or None."""
    if pd.isna(percent) or pd.isna(ci_low):
        return None
    if percent == 0 and ci_high == 0:
        return NONE_SAID_YES
    return FEW_CASES if ci_low == 0 else None


def small_numbers_column(rows: pd.DataFrame) -> list[str | None]:
    """small_numbers() of every row of survey_prevalence rows."""
    return [
        small_numbers(p, lo, hi) for p, lo, hi in zip(rows["percent"], rows["ci_low"], rows["ci_high"], strict=True)
    ]


def year_runs(years) -> list[list[int]]:
    """Consecutive years in runs: [2013, 2014, 2016] -> [[2013, 2014], [2016]]. A line or band is
    drawn per run, so a year without data is a break, never a line across it."""
    runs: list[list[int]] = []
    for y in sorted(int(y) for y in years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return runs


def sexes_for(choice: str) -> tuple[str, ...]:
    """The sex codes a sex filter value stands for ('both' = men and women side by side)."""
    return ("men", "women") if choice == "both" else (choice,)


def select(
    frame: pd.DataFrame,
    *,
    substances=None,
    periods=None,
    sexes=None,
    age_groups=None,
    years: tuple[int, int] | None = None,
    year: int | None = None,
) -> pd.DataFrame:
    """Rows of survey_prevalence matching every given filter (None = no filter), sorted."""
    mask = pd.Series(True, index=frame.index)
    for col, wanted in (("substance", substances), ("period", periods), ("sex", sexes), ("age_group", age_groups)):
        if wanted is not None:
            mask &= frame[col].isin(list(wanted))
    if years is not None:
        mask &= frame["year"].between(*years)
    if year is not None:
        mask &= frame["year"] == year
    return frame.loc[mask].sort_values(["substance", "period", "sex", "age_group", "year"]).reset_index(drop=True)


def periods_available(frame: pd.DataFrame, substance: str, age_group: str) -> tuple[str, ...]:
    """Periods the source publishes for this substance and age group, in standard order."""
    have = set(frame.loc[(frame["substance"] == substance) & (frame["age_group"] == age_group), "period"])
    return tuple(p for p in PERIODS if p in have)


def age_groups_available(frame: pd.DataFrame, substance: str, period: str) -> tuple[str, ...]:
    """Age groups the source publishes for this substance and period, in standard order."""
    have = set(frame.loc[(frame["substance"] == substance) & (frame["period"] == period), "age_group"])
    return tuple(a for a in CANNABIS_AGE_GROUPS if a in have)


def survey_years(frame: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in frame["year"].unique())


# Our own comparisons of two survey years: a two-sided z-test for the difference of two
# independent estimates, each standard error read from its published 95 % interval
# (se = (ci_high - ci_low) / (2 * 1.96)). Named in "Om tallene" (survey.about_tests).
Z95 = 1.959963984540054
CHANGE_ALPHA = 0.05


def change_test(old: tuple[float, float, float], new: tuple[float, float, float]) -> tuple[str, float | None]:
    """(verdict, p) for two estimates given as (percent, ci_low, ci_high): 'increase' or
    'decrease' where p < 0.05, else 'no_clear_change' (never "stable": no difference found is not
    no difference). With no width in either interval there is nothing to test: (no_clear_change, None)."""
    from scipy.special import ndtr

    (p0, lo0, hi0), (p1, lo1, hi1) = old, new
    se = ((hi0 - lo0) ** 2 + (hi1 - lo1) ** 2) ** 0.5 / (2 * Z95)
    if se == 0:
        return NO_CLEAR_CHANGE, None
    z = (p1 - p0) / se
    p = float(2 * ndtr(-abs(z)))
    if p >= CHANGE_ALPHA:
        return NO_CLEAR_CHANGE, p
    return (INCREASE if z > 0 else DECREASE), p


def change_verdict(old: tuple[float, float, float], new: tuple[float, float, float]) -> str:
    return change_test(old, new)[0]


@dataclass(frozen=True)
class ReportTrend:
    """The report's own test of a survey series: a significant increase over first-last."""

    first: int
    last: int
    p_below: float


def report_trend(report_figures: pd.DataFrame, *, substance: str, period: str, sex: str, age_group: str):
    """The report's trend test for one series (None where the report tested nothing)."""
    rows = report_figures[(report_figures["topic"] == "survey") & (report_figures["measure"] == "trend_increase")]
    for r in rows.itertuples():
        parts = dict(part.split("=", 1) for part in r.breakdown.split(";"))
        wanted = {"substance": substance, "survey_period": period, "sex": sex, "survey_age": age_group}
        if all(parts.get(k) == v for k, v in wanted.items()):
            first, last = (int(x) for x in parts["period"].split("-"))
            return ReportTrend(first, last, float(r.value))
    return None


@dataclass(frozen=True)
class ReportNumber:
    """A survey number the report gives only in its text (report_figures), as it writes it."""

    year: int
    value: float
    decimals: int
    about: bool  # the report gives it as approximate ("om lag", "omtrent"): unit percent_about


def report_number(report_figures: pd.DataFrame, measure: str, **breakdown: str) -> ReportNumber | None:
    """The latest survey report_figures row of `measure` whose breakdown is exactly `breakdown`
    (key=value parts in any order); None where the report states no such number."""
    wanted = {f"{k}={v}" for k, v in breakdown.items()}
    rows = report_figures[(report_figures["topic"] == "survey") & (report_figures["measure"] == measure)]
    rows = rows[[set(b.split(";")) == wanted for b in rows["breakdown"]]]
    if rows.empty:
        return None
    r = rows.sort_values("year").iloc[-1]
    return ReportNumber(int(r["year"]), float(r["value"]), int(r["decimals"]), r["unit"] == "percent_about")


@dataclass(frozen=True)
class KeyFigure:
    """The latest estimate of one series and its change against two earlier years."""

    year: int
    percent: float
    ci_low: float
    ci_high: float
    n: int | None
    previous_year: int | None
    previous_verdict: str | None
    previous_percent: float | None
    first_year: int | None
    first_verdict: str | None
    first_percent: float | None
    previous_p: float | None = None
    first_p: float | None = None


def key_figure(series: pd.DataFrame, first_year: int | None = None) -> KeyFigure | None:
    """Key figure for one series (rows of one substance/period/sex/age group over years);
    `first_year` (default: the series' first year) is the year the change is measured from."""
    if series.empty:
        return None
    if first_year is None:
        first_year = int(series["year"].min())
    s = series.sort_values("year")
    last = s.iloc[-1]
    est = (float(last["percent"]), float(last["ci_low"]), float(last["ci_high"]))

    def against(row):
        if row is None:
            return None, None, None, None
        old = (float(row["percent"]), float(row["ci_low"]), float(row["ci_high"]))
        verdict, p = change_test(old, est)
        return int(row["year"]), verdict, old[0], p

    prev = s.iloc[-2] if len(s) > 1 else None
    first_rows = s[s["year"] == first_year]
    first = first_rows.iloc[0] if len(first_rows) and int(last["year"]) != first_year else None
    py, pv, pp, p_prev = against(prev)
    fy, fv, fp, p_first = against(first)
    n = last["n"]
    return KeyFigure(int(last["year"]), *est, None if pd.isna(n) else int(n), py, pv, pp, fy, fv, fp, p_prev, p_first)


@dataclass(frozen=True)
class DistributionSummary:
    mean: float
    median: int
    mode: int
    n: int
    youngest: int
    oldest: int


def distribution_summary(ages, counts) -> DistributionSummary:
    """Mean, median and most common value of a frequency table (value -> number of people).

    Computed from the published table: one count per single year of age, so the mean is
    exact for the respondents in the table but unweighted (the survey weights are not in it).
    The median is the lower median (the value where the cumulative count first reaches half).
    """
    table = pd.DataFrame({"age": list(ages), "n": list(counts)})
    table = table[table["n"] > 0].sort_values("age")
    if table.empty:
        raise ValueError("empty distribution")
    total = int(table["n"].sum())
    mean = float((table["age"] * table["n"]).sum() / total)
    cumulative = table["n"].cumsum()
    median = int(table.loc[cumulative >= total / 2, "age"].iloc[0])
    mode = int(table.loc[table["n"].idxmax(), "age"])  # first of equal maxima = the youngest
    return DistributionSummary(mean, median, mode, total, int(table["age"].min()), int(table["age"].max()))


def frequency_rows(frame: pd.DataFrame, year: int, sexes=SEXES) -> pd.DataFrame:
    """Frequency-of-use rows for a year in a fixed class order."""
    rows = frame[(frame["year"] == year) & frame["sex"].isin(list(sexes))].copy()
    rows["order"] = rows["frequency"].map({f: i for i, f in enumerate(FREQUENCY_ORDER)})
    rows["sex_order"] = rows["sex"].map({s: i for i, s in enumerate(SEXES)})
    return rows.sort_values(["sex_order", "order"]).drop(columns=["order", "sex_order"]).reset_index(drop=True)


def adjusted_vs_observed(
    adjusted: pd.DataFrame, prevalence: pd.DataFrame, period: str, years: tuple[int, int]
) -> pd.DataFrame:
    """The report's age- and sex-adjusted cannabis estimate beside the observed (weighted)
    estimate for the whole 16-64 sample, one row per year."""
    adj = adjusted[(adjusted["period"] == period) & adjusted["year"].between(*years)]
    obs = select(
        prevalence, substances=["cannabis"], periods=[period], sexes=["all"], age_groups=["16-64"], years=years
    )
    out = (
        adj[["year", "adjusted", "ci_low", "ci_high"]]
        .rename(columns={"ci_low": "adjusted_low", "ci_high": "adjusted_high"})
        .merge(obs[["year", "percent", "ci_low", "ci_high"]], on="year", how="outer")
    )
    return out.sort_values("year").reset_index(drop=True)
