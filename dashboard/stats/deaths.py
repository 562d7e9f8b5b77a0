"""Drug-induced deaths: the numbers the deaths page shows, as pure functions of the tidy tables.

No plotly, no dash. Every function takes the frames it needs (as the store hands them out)
and returns a small frame or a number; nothing here fills a gap or smooths a value.
Rates use dashboard.stats.rates (crude, mean population, direct standardisation).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.data.contract import SEXES
from dashboard.stats.rates import crude_rate, direct_standardised_rate, mean_population
from dashboard.stats.trend import LinearTrend, fit_linear_trend

NATION = "00"
AGE_ORDER = ("0-29", "30-39", "40-49", "50-59", "60-69", "70+")
SEX_ORDER = SEXES
# report_figures measures that carry the edition's reference period and standard population
MEAN_PER_YEAR = "deaths_mean_per_year"  # breakdown "period=<start>-<end>"
STANDARD_POPULATION_YEAR = "standard_population_year"


# --- the edition's reference years (read from the report's own statements) ------------------


def _period(breakdown: str) -> tuple[int, int]:
    """'period=<start>-<end>' -> (start, end)."""
    parts = dict(p.split("=", 1) for p in breakdown.split(";") if "=" in p)
    if "period" not in parts:
        raise ValueError(f"breakdown {breakdown!r} names no period")
    start, _, end = parts["period"].partition("-")
    return int(start), int(end)


def _newest_report_row(report_figures: pd.DataFrame, measure: str) -> pd.Series:
    rows = report_figures[(report_figures["topic"] == "deaths") & (report_figures["measure"] == measure)]
    if rows.empty:
        raise ValueError(f"report_figures has no deaths row '{measure}'")
    return rows.sort_values(["year", "breakdown"]).iloc[-1]


def trend_window(report_figures: pd.DataFrame, national: pd.DataFrame) -> tuple[int, int]:
    """The report's reference period for the trend in deaths, as (start, end).

    Both come from the newest `deaths_mean_per_year` row of report_figures (the report's "from
    <start> to <end> the mean was about N per year"; breakdown 'period=<start>-<end>').
    Fallback chosen for a new data drop: if `national` has later years than that period (new
    counts typed before the new report's text figures), the end is the latest year of
    `national`, so the trend runs to the newest count; the start stays the report's.
    Raises ValueError when no such row exists: the start of the period is the report's choice
    and is not guessed."""
    start, end = _period(_newest_report_row(report_figures, MEAN_PER_YEAR)["breakdown"])
    latest = national.loc[national["deaths"].notna(), "year"]
    if not latest.empty and int(latest.max()) > end:
        end = int(latest.max())
    return start, end


def standard_year(report_figures: pd.DataFrame, population: pd.DataFrame) -> int:
    """The year whose mean population of Norway is the standard of the age-standardised rates,
    as the newest report states it (report_figures measure `standard_population_year`).

    Raises ValueError if the report states none, and KeyError if `population` cannot give that
    year's mean population by age (1 January of the year and the next)."""
    year = int(_newest_report_row(report_figures, STANDARD_POPULATION_YEAR)["value"])
    mean_population_of(population, year, by_age=True)  # KeyError if not computable
    return year


# --- national series ---------------------------------------------------------------------------


def national_series(national: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """deaths_national with the publication of each count (`publication` = count_source),
    whether it is the newest report's own figure (`from_report` = from_latest_report), and the
    crude rate per 100 000 where the population table covers the year."""
    out = national.sort_values("year").reset_index(drop=True)
    out = out.assign(publication=out["count_source"], from_report=out["from_latest_report"].astype(bool))
    rates = []
    for year, deaths in zip(out["year"], out["deaths"], strict=True):
        try:
            rates.append(float(crude_rate(deaths, mean_population_of(population, int(year)))))
        except KeyError:
            rates.append(np.nan)  # no population for this year or the next: a gap, not a guess
    return out.assign(crude_rate=rates)


def year_spans(years) -> list[tuple[int, int]]:
    """Consecutive years joined into spans: [2002, 2004, 2008, 2009, 2010] -> [(2002, 2002),
    (2004, 2004), (2008, 2010)]."""
    spans: list[list[int]] = []
    for y in sorted({int(y) for y in years}):
        if spans and y == spans[-1][1] + 1:
            spans[-1][1] = y
        else:
            spans.append([y, y])
    return [(a, b) for a, b in spans]


def count_origins(national: pd.DataFrame) -> dict[str, list[int]]:
    """Which yearly totals are the newest report's own (`report`) and which are quoted from older
    publications and news pages (`older`), from the `from_latest_report` column."""
    own = national["from_latest_report"].astype(bool)
    return {
        "report": sorted(int(y) for y in national.loc[own, "year"]),
        "older": sorted(int(y) for y in national.loc[~own, "year"]),
    }


def implied_counts(national: pd.DataFrame) -> pd.DataFrame:
    """Years whose stated total differs from the one a newer publication implies: year, deaths
    (shown), count_source, implied_deaths, implied_by."""
    rows = national[national["implied_deaths"].notna()]
    cols = ["year", "deaths", "count_source", "implied_deaths", "implied_by"]
    return rows[cols].sort_values("year").reset_index(drop=True)


def missing_years(years, start: int, end: int) -> list[int]:
    have = {int(y) for y in years}
    return [y for y in range(start, end + 1) if y not in have]


def national_trend(national: pd.DataFrame, start: int, end: int) -> tuple[LinearTrend | None, list[int]]:
    """The linear trend of yearly deaths over [start, end] (see trend_window), and the years
    missing in that window.

    If any year is missing, no trend is fitted: a line across a hole would claim knowledge of
    the years we do not have, and which years are absent changes the slope."""
    window = national[(national["year"] >= start) & (national["year"] <= end)]
    window = window[window["deaths"].notna()]
    gaps = missing_years(window["year"], start, end)
    if gaps or len(window) < 3:
        return None, gaps
    return fit_linear_trend(window["year"].astype(float), window["deaths"].astype(float)), []


# --- population --------------------------------------------------------------------------------


def _jan1(population: pd.DataFrame, year: int, county_code: str, sex: str, by_age: bool):
    rows = population[
        (population["year"] == year) & (population["county_code"] == county_code) & (population["sex"] == sex)
    ]
    if by_age:
        rows = rows[rows["age_group"] != "total"]
        if rows.empty:
            raise KeyError(f"no population by age for {year}, county {county_code}, sex {sex}")
        return rows.set_index("age_group")["population"].astype(float)
    rows = rows[rows["age_group"] == "total"]
    if rows.empty:
        raise KeyError(f"no population for {year}, county {county_code}, sex {sex}")
    return float(rows["population"].iloc[0])


def mean_population_of(
    population: pd.DataFrame, year: int, county_code: str = NATION, sex: str = "all", by_age: bool = False
):
    """Mean population of `year`: the mean of 1 January `year` and `year + 1`.
    Raises KeyError when either count is missing."""
    return mean_population(
        _jan1(population, year, county_code, sex, by_age), _jan1(population, year + 1, county_code, sex, by_age)
    )


# --- counties ----------------------------------------------------------------------------------


def _report_row(report_figures: pd.DataFrame, measure: str, year: int, breakdown: str) -> pd.DataFrame:
    return report_figures[
        (report_figures["topic"] == "deaths")
        & (report_figures["measure"] == measure)
        & (report_figures["year"] == year)
        & (report_figures["breakdown"] == breakdown)
    ]


def report_value(report_figures: pd.DataFrame, measure: str, year: int, breakdown: str) -> float | None:
    rows = _report_row(report_figures, measure, year, breakdown)
    return None if rows.empty else float(rows["value"].iloc[0])


def report_decimals(report_figures: pd.DataFrame, measure: str, year: int, breakdown: str, default: int = 1) -> int:
    """The number of decimals the report writes a figure with (its `decimals` column): the
    precision to show it with. `default` where the table has no such row."""
    rows = _report_row(report_figures, measure, year, breakdown)
    return default if rows.empty else int(rows["decimals"].iloc[0])


def sex_change(report_figures: pd.DataFrame, year: int) -> dict[str, tuple[int, int, int]] | None:
    """Deaths among men and women in `year` and the year before, as the report gives them:
    {sex: (before, now, change)}; None unless both years have both sexes."""
    out = {}
    for sex in ("men", "women"):
        now = report_value(report_figures, "deaths", year, f"sex={sex}")
        before = report_value(report_figures, "deaths", year - 1, f"sex={sex}")
        if now is None or before is None:
            return None
        out[sex] = (int(before), int(now), int(now) - int(before))
    return out


def published_county_rates(report_figures: pd.DataFrame, year: int) -> pd.Series:
    """The age-standardised county rates the report states in its text, by county code."""
    rows = report_figures[
        (report_figures["topic"] == "deaths")
        & (report_figures["measure"] == "rate_age_standardised")
        & (report_figures["year"] == year)
        & report_figures["breakdown"].str.startswith("county_code=")
    ]
    codes = rows["breakdown"].str.removeprefix("county_code=")
    return pd.Series(rows["value"].astype(float).to_numpy(), index=codes.to_numpy(), dtype=float)


def county_figures(
    by_county: pd.DataFrame, population: pd.DataFrame, report_figures: pd.DataFrame, year: int
) -> pd.DataFrame:
    """One row per county for `year`: deaths, deaths the year before, change, mean population,
    crude rate per 100 000 and the report's age-standardised rate (empty where not given)."""
    now = by_county[by_county["year"] == year][["county_code", "county", "deaths"]]
    if now.empty:
        raise KeyError(f"no county deaths for {year}")
    before = by_county[by_county["year"] == year - 1].set_index("county_code")["deaths"]
    out = now.assign(deaths_before=now["county_code"].map(before).astype("Float64"))
    out = out.assign(change=out["deaths"].astype("Float64") - out["deaths_before"])
    pops = [mean_population_of(population, year, code) for code in out["county_code"]]
    out = out.assign(mean_population=pops)
    out = out.assign(crude_rate=crude_rate(out["deaths"].astype(float), out["mean_population"]))
    out = out.assign(published_rate=out["county_code"].map(published_county_rates(report_figures, year)))
    out = out.assign(year=year)
    cols = [
        "year",
        "county_code",
        "county",
        "deaths",
        "deaths_before",
        "change",
        "mean_population",
        "crude_rate",
        "published_rate",
    ]
    return out[cols].sort_values("county").reset_index(drop=True)


# --- age and sex -------------------------------------------------------------------------------


def age_sex_table(by_age_sex: pd.DataFrame, year: int) -> pd.DataFrame:
    """Deaths by age group and sex in `year` with each group's share (percent) of its sex's total."""
    rows = by_age_sex[by_age_sex["year"] == year].copy()
    if rows.empty:
        raise KeyError(f"no deaths by age for {year}")
    totals = rows.groupby("sex")["deaths"].transform("sum")
    rows = rows.assign(share=rows["deaths"] / totals * 100)
    rows["age_order"] = rows["age_group"].map({a: i for i, a in enumerate(AGE_ORDER)})
    rows["sex_order"] = rows["sex"].map({s: i for i, s in enumerate(SEX_ORDER)})
    return rows.sort_values(["sex_order", "age_order"]).drop(columns=["age_order", "sex_order"]).reset_index(drop=True)


def share_under_30(by_age_sex: pd.DataFrame, year: int, sex: str = "all") -> float:
    rows = by_age_sex[(by_age_sex["year"] == year) & (by_age_sex["sex"] == sex)]
    if rows.empty:
        raise KeyError(f"no deaths by age for {year}, {sex}")
    return float(rows.loc[rows["age_group"] == "0-29", "deaths"].sum() / rows["deaths"].sum() * 100)


def standardised_rates(by_age_sex: pd.DataFrame, population: pd.DataFrame, standard_year: int) -> pd.DataFrame:
    """Age-standardised death rates per 100 000, nation by sex, for every year with deaths by age.

    Direct standardisation with Norway's mean population of `standard_year` (both sexes; see
    standard_year()) as the standard, as the cause-of-death registry does; also the crude rate
    for comparison."""
    standard = mean_population_of(population, standard_year, by_age=True)
    rows = []
    for (year, sex), grp in by_age_sex.groupby(["year", "sex"], sort=True):
        deaths = grp.set_index("age_group")["deaths"].astype(float)
        try:
            pop = mean_population_of(population, int(year), sex=sex, by_age=True)
        except KeyError:
            continue  # no population for the year after: the rate cannot be computed
        rows.append(
            {
                "year": int(year),
                "sex": sex,
                "deaths": int(deaths.sum()),
                "mean_population": float(pop.sum()),
                "rate": direct_standardised_rate(deaths, pop, standard),
                "crude_rate": float(crude_rate(deaths.sum(), pop.sum())),
            }
        )
    out = pd.DataFrame(rows, columns=["year", "sex", "deaths", "mean_population", "rate", "crude_rate"])
    out["sex_order"] = out["sex"].map({s: i for i, s in enumerate(SEX_ORDER)})
    return out.sort_values(["year", "sex_order"]).drop(columns="sex_order").reset_index(drop=True)


# --- causes ------------------------------------------------------------------------------------


def with_shares(frame: pd.DataFrame, group_cols: list[str], total: pd.Series | None = None) -> pd.DataFrame:
    """Add `share` (percent of the group's deaths, or of `total` mapped on the group key)."""
    if total is None:
        denom = frame.groupby(group_cols)["deaths"].transform("sum").astype(float)
    else:
        denom = frame[group_cols[0]].map(total).astype(float)
    return frame.assign(share=frame["deaths"].astype(float) / denom * 100)


def substance_national(by_substance: pd.DataFrame, national: pd.DataFrame, year: int) -> pd.DataFrame:
    """The national categories the report states for `year`, as counts and shares of all deaths."""
    rows = by_substance[(by_substance["year"] == year) & (by_substance["area"] == "norway")]
    total = national.set_index("year")["deaths"]
    out = with_shares(rows[["year", "substance", "deaths"]], ["year"], total)
    return out.sort_values("deaths", ascending=False).reset_index(drop=True)


def substance_areas(by_substance: pd.DataFrame) -> pd.DataFrame:
    """County rows (not 'norway'), with each category's share of that county's deaths that year."""
    rows = by_substance[by_substance["area"] != "norway"][["year", "area", "substance", "deaths"]]
    return with_shares(rows, ["year", "area"]).sort_values(["area", "year", "substance"]).reset_index(drop=True)


def intent_table(by_intent: pd.DataFrame) -> pd.DataFrame:
    """Deaths by intent per year with the year's total of the three groups and each share."""
    out = with_shares(by_intent[["year", "intent", "deaths"]], ["year"])
    out = out.assign(total=out.groupby("year")["deaths"].transform("sum"))
    return out.sort_values(["year", "intent"]).reset_index(drop=True)


def autopsy_table(report_figures: pd.DataFrame) -> pd.DataFrame:
    """Share not autopsied by year (all deaths) as the report gives it, with the decimals it
    writes each with (7 % for 2021 and 2022, 7,4 % for 2023)."""
    rows = report_figures[
        (report_figures["topic"] == "deaths")
        & (report_figures["measure"] == "not_autopsied_percent")
        & (report_figures["breakdown"] == "all")
    ]
    return (
        rows[["year", "value", "decimals", "source"]]
        .rename(columns={"value": "percent"})
        .sort_values("year")
        .reset_index(drop=True)
    )


# --- key figures -------------------------------------------------------------------------------


def key_figures(national: pd.DataFrame, report_figures: pd.DataFrame, year: int) -> dict:
    """Deaths in `year` and change from the year before, published age-standardised rate,
    mean age at death and share of men (from the report's sex totals)."""
    series = national.set_index("year")
    deaths = int(series.loc[year, "deaths"])
    before = int(series.loc[year - 1, "deaths"]) if (year - 1) in series.index else None
    rate = series.loc[year, "rate_age_standardised"]
    men = report_value(report_figures, "deaths", year, "sex=men")
    women = report_value(report_figures, "deaths", year, "sex=women")
    return {
        "year": year,
        "deaths": deaths,
        "deaths_before": before,
        "change": None if before is None else deaths - before,
        "rate": None if pd.isna(rate) else float(rate),
        "rate_decimals": None if pd.isna(rate) else int(series.loc[year, "rate_decimals"]),
        "mean_age": report_value(report_figures, "mean_age", year, "sex=all"),
        "mean_age_men": report_value(report_figures, "mean_age", year, "sex=men"),
        "mean_age_women": report_value(report_figures, "mean_age", year, "sex=women"),
        "share_men": None if men is None or women is None else men / (men + women) * 100,
    }
