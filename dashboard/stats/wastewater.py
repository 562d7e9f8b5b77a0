"""Wastewater statistics: group comparisons as the report runs them, weekend/weekday ratios,
and the small derived series the page needs. Pure functions on the tidy tables.

Run `python -m dashboard.stats.wastewater` for every comparison as CSV on stdout.

Method (report, chapter 8 "Statistiske tester"): daily loads are grouped by city within a
year (seasons pooled), by year within a city (seasons pooled) or by sampling period within
a city. Kruskal-Wallis across the groups; where p <= 0.01, Dunn's test for each pair, a pair
being significant at p <= 0.01 as well (unadjusted p, see dashboard/stats/nonparametric.py).
Days below the limit of quantification are gaps and are left out of the tests.
"""
from __future__ import annotations

import os
import sys

import pandas as pd

from dashboard.stats.nonparametric import dunn, kruskal_wallis

ALPHA = 0.01
CITIES = ("oslo", "bergen", "trondheim")
YEARS = (2024, 2025)
SEASONS = ("spring", "autumn")
PERIODS = tuple((y, s) for y in YEARS for s in SEASONS)  # in time order
# Methamphetamine is published only as week means, so it has no daily values to test.
DAILY_SUBSTANCES = ("cannabis", "cocaine", "amphetamines", "mdma", "ketamine")
SUBSTANCES = ("cannabis", "cocaine", "amphetamines", "methamphetamine", "mdma", "ketamine")
WEEK = ("wed", "thu", "fri", "sat", "sun", "mon", "tue")
# Weekend = Friday to Sunday against Monday to Thursday. This is the split behind the EUDA
# weekday/weekend means: for Bergen 2024 (both plants sampled the same week) the report's
# daily values give exactly the EUDA means with this split (cocaine 641.7 against 641.59,
# 421.0 against 421.12), and not with Saturday-Sunday (717.5 / 434.8).
WEEKEND = ("fri", "sat", "sun")
WEEKDAYS = ("mon", "tue", "wed", "thu")
# Single days the report ascribes to dumping of pure ketamine, not to use (chapter 7,
# ketamine: very high single samples in Oslo and Bergen in autumn 2024). They are the
# one outlying day of each of those two weeks in the published daily values.
DUMPING_DAYS = (("oslo", 2024, "autumn", "wed", "ketamine"),
                ("bergen", 2024, "autumn", "sat", "ketamine"))
COLUMNS = ("comparison", "substance", "scope", "test", "group_a", "group_b",
           "statistic", "p_value", "significant")


def period_code(year: int, season: str) -> str:
    return f"{year}-{season}"


def _values(daily: pd.DataFrame, **where) -> list[float]:
    mask = pd.Series(True, index=daily.index)
    for col, val in where.items():
        mask &= daily[col].isin(val) if isinstance(val, (list, tuple)) else daily[col] == val
    return daily.loc[mask, "load"].dropna().tolist()


def city_groups(daily: pd.DataFrame, substance: str, years=YEARS,
                cities=CITIES) -> dict[str, list[float]]:
    """Daily values per city for the given years, seasons pooled."""
    return {c: _values(daily, substance=substance, city=c, year=list(years)) for c in cities}


def year_groups(daily: pd.DataFrame, substance: str, city: str) -> dict[str, list[float]]:
    return {str(y): _values(daily, substance=substance, city=city, year=y) for y in YEARS}


def period_groups(daily: pd.DataFrame, substance: str, city: str) -> dict[str, list[float]]:
    return {period_code(y, s): _values(daily, substance=substance, city=city, year=y, season=s)
            for y, s in PERIODS}


def compare(groups: dict[str, list[float]], comparison: str, substance: str, scope) -> pd.DataFrame:
    """The Kruskal-Wallis row and, where it is significant, one Dunn row per pair."""
    groups = {k: v for k, v in groups.items() if v}
    if len(groups) < 2:
        return pd.DataFrame(columns=list(COLUMNS))
    kw = kruskal_wallis(groups)
    rows = [dict(comparison=comparison, substance=substance, scope=str(scope), test="kruskal_wallis",
                 group_a="", group_b="", statistic=kw.statistic, p_value=kw.p_value,
                 significant=kw.p_value <= ALPHA)]
    if kw.p_value <= ALPHA:
        rows += [dict(comparison=comparison, substance=substance, scope=str(scope), test="dunn",
                      group_a=pair.group_a, group_b=pair.group_b, statistic=pair.z,
                      p_value=pair.p_value, significant=pair.p_value <= ALPHA)
                 for pair in dunn(groups)]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def compare_cities(daily, substance, scope, cities=CITIES) -> pd.DataFrame:
    """scope: a year, or 'pooled' for both years together."""
    years = YEARS if scope == "pooled" else (int(scope),)
    return compare(city_groups(daily, substance, years, cities), "between_cities", substance, scope)


def compare_years(daily, substance, city) -> pd.DataFrame:
    return compare(year_groups(daily, substance, city), "between_years", substance, city)


def compare_periods(daily, substance, city) -> pd.DataFrame:
    return compare(period_groups(daily, substance, city), "between_periods", substance, city)


def all_comparisons(daily: pd.DataFrame) -> pd.DataFrame:
    """Every comparison the report's method defines, for every substance with daily data."""
    parts = []
    for substance in DAILY_SUBSTANCES:
        parts += [compare_cities(daily, substance, y) for y in YEARS]
        parts += [compare_years(daily, substance, c) for c in CITIES]
        parts += [compare_periods(daily, substance, c) for c in CITIES]
    return pd.concat(parts, ignore_index=True)


def significant_pairs(result: pd.DataFrame, daily_groups: dict[str, list[float]]) -> list[tuple[str, str]]:
    """(lower, higher) for every significant Dunn pair, by median of the groups."""
    out = []
    for row in result[(result["test"] == "dunn") & result["significant"]].itertuples():
        a, b = row.group_a, row.group_b
        # the z sign says which group ranks higher; it is the direction of the difference
        out.append((b, a) if row.statistic > 0 else (a, b))
    return out


def lower_than(pairs: list[tuple[str, str]], order: list[str]) -> list[tuple[str, list[str]]]:
    """Group pairs into (group, [groups it is significantly lower than]), in `order`."""
    out = []
    for g in order:
        higher = [h for lo, h in pairs if lo == g]
        if higher:
            out.append((g, sorted(higher, key=order.index)))
    return out


def weekend_ratio(daily: pd.DataFrame, years=YEARS, seasons=SEASONS,
                  exclude_dumping: bool = True) -> pd.DataFrame:
    """Mean of Fri-Sun against mean of Mon-Thu per city and substance, chosen weeks pooled.
    Descriptive only: a week has 3 weekend days, too few for a test (report, chapter 8).
    The dumping days are left out by default: they say nothing about when people use."""
    d = daily[daily["year"].isin(list(years)) & daily["season"].isin(list(seasons))]
    if exclude_dumping:
        d = d[~flag_dumping(d)]
    d = d.assign(part=d["weekday"].map(lambda w: "weekend" if w in WEEKEND else "weekday"))
    means = d.pivot_table(index=["city", "substance"], columns="part", values="load",
                          aggfunc="mean").reset_index()
    means.columns.name = None
    for col in ("weekday", "weekend"):
        if col not in means:
            means[col] = float("nan")
    means = means.rename(columns={"weekday": "weekday_mean", "weekend": "weekend_mean"})
    means["ratio"] = means["weekend_mean"] / means["weekday_mean"]
    return means[["city", "substance", "weekday_mean", "weekend_mean", "ratio"]]


def is_dumping(city: str, year: int, season: str, weekday: str, substance: str) -> bool:
    return (city, int(year), season, weekday, substance) in DUMPING_DAYS


def flag_dumping(daily: pd.DataFrame) -> pd.Series:
    return pd.Series([is_dumping(*k) for k in zip(daily["city"], daily["year"], daily["season"],
                                                  daily["weekday"], daily["substance"])],
                     index=daily.index, dtype=bool)


def oslo_history_means(history: pd.DataFrame, substance: str) -> pd.DataFrame:
    """Mean of the measured days per year (VEAS only). Days missing in the source are not
    filled; the number of days behind each mean is kept so a thin year can be seen."""
    h = history[history["substance"] == substance].dropna(subset=["load"])
    out = h.groupby("year")["load"].agg(load="mean", days="count").reset_index()
    return out


def europe_ranking(europe: pd.DataFrame, substance: str, year: int = 2024,
                   countries: list[str] | None = None, exclude: tuple = ()) -> pd.DataFrame:
    """Cities ranked by daily mean for one substance and year (highest first)."""
    e = europe[(europe["year"] == year) & (europe["substance"] == substance)]
    e = e[~e["country"].isin(list(exclude))].dropna(subset=["daily_mean"])
    if countries:
        e = e[e["country"].isin(countries) | (e["country"] == "NO")]
    e = e.sort_values("daily_mean", ascending=False).reset_index(drop=True)
    return e.assign(rank=range(1, len(e) + 1), n=len(e))


def main(argv=None) -> int:
    from dashboard.data.store import table
    out = all_comparisons(table("wastewater_daily"))
    out = out.assign(significant=out["significant"].map({True: "true", False: "false"}))
    try:
        out.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.6g")
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, as command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
