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
import re
import sys

import numpy as np
import pandas as pd

from dashboard.data.contract import CITIES as CONTRACT_CITIES
from dashboard.data.contract import SEASONS as CONTRACT_SEASONS
from dashboard.data.contract import WEEKDAYS as WEEKDAY_CODES
from dashboard.stats.nonparametric import dunn, kruskal_wallis

ALPHA = 0.01
CITIES = CONTRACT_CITIES
SEASONS = CONTRACT_SEASONS
WEEK = WEEKDAY_CODES  # Wednesday to Tuesday, as the sampling weeks run
# Methamphetamine is published only as week means, so it has no daily values to test.
DAILY_SUBSTANCES = ("cannabis", "cocaine", "amphetamines", "mdma", "ketamine")
SUBSTANCES = ("cannabis", "cocaine", "amphetamines", "methamphetamine", "mdma", "ketamine")
# Weekend = Friday to Sunday against Monday to Thursday. This is the split behind the EUDA
# weekday/weekend means: for Bergen's first sampling year (both plants sampled the same week) the
# report's daily values give exactly the EUDA means with this split (cocaine 641.7 against 641.59,
# 421.0 against 421.12), and not with Saturday-Sunday (717.5 / 434.8).
WEEKEND = ("fri", "sat", "sun")
WEEKDAYS = ("mon", "tue", "wed", "thu")
# Days the report ascribes to dumping of pure ketamine, not to use, carry note "dumping" in
# wastewater_daily (set by the builder from the report's text).
DUMPING = "dumping"
COLUMNS = ("comparison", "substance", "scope", "test", "group_a", "group_b", "statistic", "p_value", "significant")


def years(frame: pd.DataFrame) -> tuple[int, ...]:
    """The sampling years in a wastewater table, in order: the edition's years come from the data."""
    return tuple(sorted(int(y) for y in frame["year"].unique()))


def periods(frame: pd.DataFrame) -> tuple[tuple[int, str], ...]:
    """The (year, season) sampling periods in a table, in time order."""
    # plain lists: iterating the pandas columns costs ten times more (a comparison card asks often)
    pairs = {(int(y), s) for y, s in zip(frame["year"].tolist(), frame["season"].tolist(), strict=True)}
    return tuple(sorted(pairs, key=lambda p: (p[0], SEASONS.index(p[1]))))


def period_code(year: int, season: str) -> str:
    return f"{year}-{season}"


def _values(daily: pd.DataFrame, **where) -> list[float]:
    return _rows(daily, **where)["load"].dropna().tolist()


def _rows(daily: pd.DataFrame, **where) -> pd.DataFrame:
    # Masks on plain arrays: a comparison on a nullable pandas column costs about ten times more,
    # and a comparison card calls this a dozen times per build (bench/run.py, callbacks).
    mask = np.ones(len(daily), dtype=bool)
    for col, val in where.items():
        column = daily[col].to_numpy(dtype=object, na_value=None)
        if isinstance(val, (list, tuple)):
            wanted = set(val)
            mask &= np.fromiter((v in wanted for v in column), dtype=bool, count=len(column))
        else:
            mask &= column == val
    return daily[mask]


def city_groups(daily: pd.DataFrame, substance: str, years_=None, cities=CITIES) -> dict[str, list[float]]:
    """Daily values per city for the given years (default: all), seasons pooled."""
    chosen = list(years(daily) if years_ is None else years_)
    return {c: _values(daily, substance=substance, city=c, year=chosen) for c in cities}


def _keyed_loads(daily: pd.DataFrame, substance: str, city: str) -> list[tuple[object, str, float]]:
    """(year, season, load) of one city's measured days, in table order: the groups below are
    taken from these plain tuples, not by masking the frame once per group (~0.2 ms each)."""
    mine = _rows(daily, substance=substance, city=city)
    year = mine["year"].to_numpy(dtype=object, na_value=None)
    season = mine["season"].to_numpy(dtype=object, na_value=None)
    return [(y, s, v) for y, s, v in zip(year, season, mine["load"].tolist(), strict=True) if v == v]  # NaN != NaN


def year_groups(daily: pd.DataFrame, substance: str, city: str) -> dict[str, list[float]]:
    days = _keyed_loads(daily, substance, city)
    return {str(y): [v for yy, _, v in days if yy == y] for y in years(daily)}


def period_groups(daily: pd.DataFrame, substance: str, city: str) -> dict[str, list[float]]:
    days = _keyed_loads(daily, substance, city)
    return {period_code(y, s): [v for yy, ss, v in days if yy == y and ss == s] for y, s in periods(daily)}


def compare(groups: dict[str, list[float]], comparison: str, substance: str, scope) -> pd.DataFrame:
    """The Kruskal-Wallis row and, where it is significant, one Dunn row per pair."""
    groups = {k: v for k, v in groups.items() if v}
    if len(groups) < 2:
        return pd.DataFrame(columns=list(COLUMNS))
    kw = kruskal_wallis(groups)
    rows = [
        dict(
            comparison=comparison,
            substance=substance,
            scope=str(scope),
            test="kruskal_wallis",
            group_a="",
            group_b="",
            statistic=kw.statistic,
            p_value=kw.p_value,
            significant=kw.p_value <= ALPHA,
        )
    ]
    if kw.p_value <= ALPHA:
        rows += [
            dict(
                comparison=comparison,
                substance=substance,
                scope=str(scope),
                test="dunn",
                group_a=pair.group_a,
                group_b=pair.group_b,
                statistic=pair.z,
                p_value=pair.p_value,
                significant=pair.p_value <= ALPHA,
            )
            for pair in dunn(groups)
        ]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def compare_cities(daily, substance, scope, cities=CITIES) -> pd.DataFrame:
    """scope: a year, or 'pooled' for every year together."""
    chosen = None if scope == "pooled" else (int(scope),)
    return compare(city_groups(daily, substance, chosen, cities), "between_cities", substance, scope)


def compare_years(daily, substance, city) -> pd.DataFrame:
    return compare(year_groups(daily, substance, city), "between_years", substance, city)


def compare_periods(daily, substance, city) -> pd.DataFrame:
    return compare(period_groups(daily, substance, city), "between_periods", substance, city)


def all_comparisons(daily: pd.DataFrame) -> pd.DataFrame:
    """Every comparison the report's method defines, for every substance with daily data."""
    parts = []
    for substance in DAILY_SUBSTANCES:
        parts += [compare_cities(daily, substance, y) for y in years(daily)]
        parts += [compare_years(daily, substance, c) for c in CITIES]
        parts += [compare_periods(daily, substance, c) for c in CITIES]
    return pd.concat(parts, ignore_index=True)


def significant_pairs(result: pd.DataFrame) -> list[tuple[str, str]]:
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


def weekend_ratio(daily: pd.DataFrame, years_=None, seasons=SEASONS, exclude_dumping: bool = True) -> pd.DataFrame:
    """Mean of Fri-Sun against mean of Mon-Thu per city and substance, chosen weeks pooled.
    Descriptive only: a week has 3 weekend days, too few for a test (report, chapter 8).
    The dumping days are left out by default: they say nothing about when people use."""
    chosen = list(years(daily) if years_ is None else years_)
    d = daily[daily["year"].isin(chosen) & daily["season"].isin(list(seasons))]
    if exclude_dumping:
        d = d[~flag_dumping(d)]
    d = d.assign(part=d["weekday"].map(lambda w: "weekend" if w in WEEKEND else "weekday"))
    means = d.pivot_table(index=["city", "substance"], columns="part", values="load", aggfunc="mean").reset_index()
    means.columns.name = None
    for col in ("weekday", "weekend"):
        if col not in means:
            means[col] = float("nan")
    means = means.rename(columns={"weekday": "weekday_mean", "weekend": "weekend_mean"})
    means["ratio"] = means["weekend_mean"] / means["weekday_mean"]
    return means[["city", "substance", "weekday_mean", "weekend_mean", "ratio"]]


def flag_dumping(daily: pd.DataFrame) -> pd.Series:
    """True on the days the report ascribes to dumping (note column of wastewater_daily)."""
    return (daily["note"] == DUMPING).fillna(False).astype(bool)


def oslo_history_means(history: pd.DataFrame, substance: str) -> pd.DataFrame:
    """Mean of the measured days per year (VEAS only). Days missing in the source are not
    filled; the number of days behind each mean is kept so a thin year can be seen. `all_zero`
    marks a year where the source gives 0 on every measured day (MDMA 2011): the page shows it
    as a marked point with that reason, not as a level on the line."""
    h = history[history["substance"] == substance].dropna(subset=["load"])
    out = h.groupby("year")["load"].agg(load="mean", days="count", top="max").reset_index()
    return out.assign(all_zero=out["top"] == 0).drop(columns="top")


# --------------------------------------------------------------------------- Europe (EUDA)
# A ranked site has a daily mean above 0. EUDA gives some sites 0 on every day ("zero"); the
# report says some of its own weeks were too low to be measured ("below_loq", Bergen's
# methamphetamine in the EUDA year). Neither is a level to rank: both are listed as not ranked,
# and a below-limit site has no number at all (a gap), whatever EUDA's file holds.
RANKED, ZERO, BELOW_LOQ = "ranked", "zero", "below_loq"
# The EUDA study samples one week in spring; the report's spring week is its counterpart.
EUDA_SEASON = "spring"
# EUDA writes the number of plants behind a city as a suffix: "Bergen (2)".
_PLANTS = re.compile(r"\s*\((\d+)\)$")


def europe_name(city: str) -> tuple[str, int | None]:
    """'Bergen (2)' -> ('Bergen', 2): the city without EUDA's plant count, and the count (None
    where EUDA gives none)."""
    m = _PLANTS.search(city)
    return (city[: m.start()], int(m[1])) if m else (city, None)


def below_loq_cities(means: pd.DataFrame, substance: str, year: int, season: str = EUDA_SEASON) -> set[str]:
    """Cities whose week mean of that season the report could not measure (empty load in
    wastewater_week_means: the contract's "empty below the limit of quantification")."""
    m = means[(means["substance"] == substance) & (means["year"] == year) & (means["season"] == season)]
    return set(m.loc[m["load"].isna(), "city"])


def europe_sites(
    europe: pd.DataFrame, substance: str, year: int, below_loq: set[str] | frozenset[str] = frozenset()
) -> pd.DataFrame:
    """Every European site of one substance and year in ranking order, not yet ranked: the sites
    above 0 by daily mean (highest first, then by name), then those at 0, then the Norwegian ones
    below the limit of quantification (`below_loq`: city codes, as in europe_ranking).

    Columns added: `name` (city without the plant count), `plants` and `status` (ranked, zero,
    below_loq); a below-limit site's means are empty. Narrowing this to some countries keeps the
    order (the sort is stable), so one frame serves every choice of countries (europe_ranking)."""
    e = europe[(europe["year"] == year) & (europe["substance"] == substance) & europe["in_europe"]]
    e = e.dropna(subset=["daily_mean"])
    parts = [europe_name(c) for c in e["city"]]
    e = e.assign(name=[p[0] for p in parts], plants=pd.array([p[1] for p in parts], dtype="Int64"))
    below = (e["country"] == "NO") & e["name"].str.lower().isin(below_loq)
    status = pd.Series(RANKED, index=e.index).mask(e["daily_mean"] <= 0, ZERO).mask(below, BELOW_LOQ)
    means = ["daily_mean", "weekday_mean", "weekend_mean"]
    e = e.assign(status=status, **{c: e[c].mask(below) for c in means})
    order = status.map({RANKED: 0, ZERO: 1, BELOW_LOQ: 2})
    e = e.assign(_order=order, _value=-e["daily_mean"].fillna(0))
    return e.sort_values(["_order", "_value", "name"], kind="stable").drop(columns=["_order", "_value"])


def min_ranks(status, daily_mean) -> list[int | None]:
    """The rank of each site of a list in ranking order (europe_sites, narrowed or not): the ranked
    sites (they come first, highest first) get their place, equal means sharing the best one (as
    pandas' rank(method="min")); the others None."""
    ranks, place, previous = [], 0, None
    for position, (s, value) in enumerate(zip(status, daily_mean, strict=True)):
        if s != RANKED:
            ranks.append(None)
            continue
        if value != previous:
            place, previous = position + 1, value
        ranks.append(place)
    return ranks


def europe_ranking(
    europe: pd.DataFrame,
    substance: str,
    year: int,
    countries: list[str] | None = None,
    below_loq: set[str] | frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """European sites for one substance and year, highest daily mean first; `countries` narrows
    the list to those countries, Norway always kept. `below_loq`: city codes (oslo, bergen,
    trondheim) of Norwegian sites the report says were below the limit of quantification.

    Columns added: `name` (city without the plant count), `plants`, `status` (ranked, zero,
    below_loq), `rank` (ties share the best rank; empty where not ranked) and `n` (sites ranked).
    Not ranked sites come last; a below-limit site's means are empty (a gap, not 0)."""
    e = europe_sites(europe, substance, year, below_loq)
    if countries:
        e = e[e["country"].isin(countries) | (e["country"] == "NO")]
    ranks = min_ranks(e["status"], e["daily_mean"])
    n = sum(r is not None for r in ranks)
    return e.assign(rank=pd.array(ranks, dtype="Int64"), n=n).reset_index(drop=True)


def euda_vs_report(europe: pd.DataFrame, means: pd.DataFrame, year: int) -> pd.DataFrame:
    """EUDA's daily mean of each Norwegian city beside the report's week mean of the same spring,
    per substance: city, substance, euda, report (empty: below the limit), difference and
    relative difference (EUDA against the report). The report gives whole numbers."""
    e = europe[(europe["year"] == year) & (europe["country"] == "NO")]
    e = e.assign(city=[europe_name(c)[0].lower() for c in e["city"]])
    m = means[(means["year"] == year) & (means["season"] == EUDA_SEASON)]
    out = e[["city", "substance", "daily_mean"]].merge(
        m[["city", "substance", "load"]], on=["city", "substance"], how="inner"
    )
    out = out.rename(columns={"daily_mean": "euda", "load": "report"})
    out = out.assign(difference=out["euda"] - out["report"])
    out = out.assign(relative=out["difference"] / out["report"].where(out["report"] > 0))
    out = out.assign(c_order=out["city"].map(CITIES.index), s_order=out["substance"].map(SUBSTANCES.index)).sort_values(
        ["s_order", "c_order"]
    )
    return out.drop(columns=["c_order", "s_order"]).reset_index(drop=True)


# --------------------------------------------------------------------------- pooled years
def significant_pair_set(result: pd.DataFrame) -> set[frozenset[str]]:
    """The pairs a comparison finds significantly different (Dunn, under a significant KW)."""
    return {frozenset(p) for p in significant_pairs(result)}


def only_when_pooled(pooled: pd.DataFrame, per_year: list[pd.DataFrame]) -> list[tuple[str, str]]:
    """(lower, higher) pairs the pooled-years comparison finds but no single year does: findings
    the report's per-year procedure does not make."""
    yearly = set().union(*(significant_pair_set(r) for r in per_year)) if per_year else set()
    return [p for p in significant_pairs(pooled) if frozenset(p) not in yearly]


def main() -> int:
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
