"""The front page's key findings, computed from the tidy tables (no number is typed into a layout).

Each function takes the frames it needs and returns a Finding: the headline value, its year,
a comparison value where the finding is a comparison, and the series behind the sparkline.
Pure: pandas in, plain values out; the page decides wording and links.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

ALL_AGES = "16-64"
YOUNG_SUBGROUPS = ("16-20", "21-25", "26-30")


@dataclass(frozen=True)
class Finding:
    value: float
    year: int
    code: str = ""  # what the value is about (substance, age group, city ...)
    other: float | None = None  # the value compared against (women, previous year, ...)
    other_code: str = ""
    share: float | None = None  # a percentage derived from value/total, where used
    series: tuple[tuple[int, float], ...] = field(default_factory=tuple)  # sparkline: (year, value)
    extra: dict = field(default_factory=dict)


def _survey(frame, *, substance=None, period, sex="all", age_group=ALL_AGES) -> pd.DataFrame:
    m = (frame["period"] == period) & (frame["sex"] == sex) & (frame["age_group"] == age_group)
    if substance is not None:
        m &= frame["substance"] == substance
    return frame[m]


def _series(rows: pd.DataFrame, value: str) -> tuple[tuple[int, float], ...]:
    rows = rows.sort_values("year")
    return tuple((int(y), float(v)) for y, v in zip(rows["year"], rows[value], strict=True) if pd.notna(v))


def lifetime_ranking(survey: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """Substances by lifetime use, 16–64, both sexes, in `year` (default latest), highest first."""
    rows = _survey(survey, period="lifetime")
    year = int(rows["year"].max()) if year is None else year
    return rows[rows["year"] == year].sort_values("percent", ascending=False).reset_index(drop=True)


def ranked_substance(survey: pd.DataFrame, rank: int) -> Finding:
    """The substance in place `rank` (1 = most used) by lifetime use in the latest survey year."""
    ranking = lifetime_ranking(survey)
    row = ranking.iloc[rank - 1]
    nxt = ranking.iloc[rank] if rank < len(ranking) else None
    series = _series(_survey(survey, substance=row["substance"], period="lifetime"), "percent")
    prev = dict(series).get(int(row["year"]) - 1)
    return Finding(
        value=float(row["percent"]),
        year=int(row["year"]),
        code=row["substance"],
        other=None if nxt is None else float(nxt["percent"]),
        other_code="" if nxt is None else nxt["substance"],
        series=series,
        extra={"previous": prev},
    )


def men_above_women(survey: pd.DataFrame, substance: str = "cannabis") -> Finding:
    """Lifetime use among men and women, 16–64, latest year."""
    men = _survey(survey, substance=substance, period="lifetime", sex="men")
    women = _survey(survey, substance=substance, period="lifetime", sex="women")
    year = int(men["year"].max())
    m = float(men.loc[men["year"] == year, "percent"].iloc[0])
    w = float(women.loc[women["year"] == year, "percent"].iloc[0])
    return Finding(
        value=m,
        year=year,
        code="men",
        other=w,
        other_code="women",
        series=_series(men, "percent"),
        extra={"substance": substance},
    )


def highest_young_group(survey: pd.DataFrame, substance: str = "cannabis", period: str = "last_12_months") -> Finding:
    """The young age group (16–20, 21–25, 26–30) with the highest use in the latest year,
    against the whole 16–64 population."""
    rows = survey[
        (survey["substance"] == substance)
        & (survey["period"] == period)
        & (survey["sex"] == "all")
        & survey["age_group"].isin(YOUNG_SUBGROUPS)
    ]
    year = int(rows["year"].max())
    top = rows[rows["year"] == year].sort_values("percent", ascending=False).iloc[0]
    all_ages = _survey(survey, substance=substance, period=period)
    base = float(all_ages.loc[all_ages["year"] == year, "percent"].iloc[0])
    group_rows = rows[rows["age_group"] == top["age_group"]]
    return Finding(
        value=float(top["percent"]),
        year=year,
        code=top["age_group"],
        other=base,
        other_code=ALL_AGES,
        series=_series(group_rows, "percent"),
        extra={"substance": substance, "period": period},
    )


def deaths_latest(national: pd.DataFrame, since: int) -> Finding:
    """Drug-induced deaths in the latest year, the year before, and the series since `since`."""
    rows = national[national["year"] >= since].sort_values("year")
    last, prev = rows.iloc[-1], rows.iloc[-2]
    return Finding(
        value=float(last["deaths"]),
        year=int(last["year"]),
        other=float(prev["deaths"]),
        extra={"previous_year": int(prev["year"])},
        series=_series(rows, "deaths"),
    )


def deaths_by_sex(by_age_sex: pd.DataFrame, report_figures: pd.DataFrame) -> Finding:
    """Deaths among men in the latest year, their share of all, and the mean ages the report states."""
    year = int(by_age_sex["year"].max())
    rows = by_age_sex[by_age_sex["year"] == year]
    total = {s: float(rows.loc[rows["sex"] == s, "deaths"].sum()) for s in ("men", "women", "all")}
    ages = report_figures[(report_figures["measure"] == "mean_age") & (report_figures["year"] == year)]
    mean_age = {b.split("=")[1]: float(v) for b, v in zip(ages["breakdown"], ages["value"], strict=True)}
    return Finding(
        value=total["men"],
        year=year,
        code="men",
        other=total["women"],
        other_code="women",
        share=100 * total["men"] / total["all"],
        extra={"total": total["all"], "mean_age": mean_age},
    )


def top_death_substance(by_substance: pd.DataFrame, area: str = "norway") -> Finding:
    """The substance group recorded in most deaths in the latest year for `area`."""
    rows = by_substance[by_substance["area"] == area]
    year = int(rows["year"].max())
    ranked = rows[rows["year"] == year].sort_values("deaths", ascending=False)
    top, second = ranked.iloc[0], ranked.iloc[1]
    return Finding(
        value=float(top["deaths"]),
        year=year,
        code=top["substance"],
        other=float(second["deaths"]),
        other_code=second["substance"],
    )


def pwid_latest(pwid: pd.DataFrame) -> Finding:
    """The report's estimate of people who inject: the latest 3-year moving average (the report
    presents the average, since single years swing), its first year (`extra['start']`), the
    single-year estimate of that year (`other`) and the averages over time (sparkline)."""
    rows = pwid.dropna(subset=["moving_average_3y"]).sort_values("year")
    last = rows.iloc[-1]
    return Finding(
        value=float(last["moving_average_3y"]),
        year=int(last["year"]),
        code="moving_average_3y",
        other=float(last["estimate"]),
        other_code="estimate",
        series=_series(rows, "moving_average_3y"),
        extra={"start": int(last["year"]) - 2, "previous": _series(rows, "moving_average_3y")[-2][1]},
    )


SEASON_ORDER = {"spring": 0, "autumn": 1}


def latest_season(week_means: pd.DataFrame) -> tuple[int, str]:
    keys = week_means[["year", "season"]].drop_duplicates()
    keys = keys.assign(o=keys["season"].map(SEASON_ORDER)).sort_values(["year", "o"])
    last = keys.iloc[-1]
    return int(last["year"]), str(last["season"])


def wastewater_city_range(week_means: pd.DataFrame, substance: str = "cocaine") -> Finding:
    """Highest and lowest city week mean for `substance` in the latest sampling season."""
    year, season = latest_season(week_means)
    rows = (
        week_means[
            (week_means["substance"] == substance) & (week_means["year"] == year) & (week_means["season"] == season)
        ]
        .dropna(subset=["load"])
        .sort_values("load", ascending=False)
    )
    top, low = rows.iloc[0], rows.iloc[-1]
    return Finding(
        value=float(top["load"]),
        year=year,
        code=top["city"],
        other=float(low["load"]),
        other_code=low["city"],
        extra={"season": season, "substance": substance},
    )


def latest_data(survey: pd.DataFrame, national: pd.DataFrame, week_means: pd.DataFrame, pwid: pd.DataFrame) -> dict:
    """The latest period each source covers."""
    return {
        "survey": int(survey["year"].max()),
        "deaths": int(national["year"].max()),
        "wastewater": latest_season(week_means),
        "pwid": int(pwid["year"].max()),
    }
