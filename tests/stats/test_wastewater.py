"""The report's wastewater statements (chapter 1 summary, chapter 7), one test each, run on
the published daily values. Report sentences are paraphrased in the docstrings."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data.store import table
from dashboard.stats import wastewater as ww

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def daily():
    return table("wastewater_daily")


@pytest.fixture(scope="module")
def results(daily):
    return ww.all_comparisons(daily)


def kw(results, comparison, substance, scope):
    r = results[
        (results.comparison == comparison)
        & (results.substance == substance)
        & (results.scope == str(scope))
        & (results.test == "kruskal_wallis")
    ]
    assert len(r) == 1
    return r.iloc[0]


def pair(results, comparison, substance, scope, lower, higher):
    """The Dunn row for two groups, with z oriented so that > 0 means `higher` ranks higher."""
    r = results[
        (results.comparison == comparison)
        & (results.substance == substance)
        & (results.scope == str(scope))
        & (results.test == "dunn")
    ]
    hit = r[((r.group_a == higher) & (r.group_b == lower)) | ((r.group_a == lower) & (r.group_b == higher))]
    assert len(hit) == 1, "no Dunn row: the Kruskal-Wallis test was not significant"
    row = hit.iloc[0]
    z = row.statistic if row.group_a == higher else -row.statistic
    return row.significant, z


def significantly_lower(results, comparison, substance, scope, lower, higher):
    assert kw(results, comparison, substance, scope).significant
    sig, z = pair(results, comparison, substance, scope, lower, higher)
    return sig and z > 0


def not_significant(results, comparison, substance, scope, a, b):
    if not kw(results, comparison, substance, scope).significant:
        return True
    sig, _ = pair(results, comparison, substance, scope, a, b)
    return not sig


# --- cannabis (THC-COOH) ---------------------------------------------------------------
def test_cannabis_oslo_decreased_2024_to_2025(results):
    """Oslo: significant decrease 2024 -> 2025, seasons pooled (ch. 1 and 7)."""
    assert significantly_lower(results, "between_years", "cannabis", "oslo", "2025", "2024")


@pytest.mark.parametrize("city", ["bergen", "trondheim"])
def test_cannabis_stable_in_bergen_and_trondheim(results, city):
    """Bergen and Trondheim: stable levels 2024 -> 2025."""
    assert not kw(results, "between_years", "cannabis", city).significant


def test_cannabis_oslo_higher_than_bergen_2024(results):
    assert significantly_lower(results, "between_cities", "cannabis", 2024, "bergen", "oslo")


def test_cannabis_oslo_bergen_no_longer_different_2025(results):
    assert not_significant(results, "between_cities", "cannabis", 2025, "oslo", "bergen")


@pytest.mark.parametrize("year", [2024, 2025])
def test_cannabis_trondheim_lower_than_oslo_both_years(results, year):
    assert significantly_lower(results, "between_cities", "cannabis", year, "trondheim", "oslo")


# --- cocaine (benzoylecgonine) ----------------------------------------------------------
@pytest.mark.parametrize("city", ["oslo", "bergen", "trondheim"])
def test_cocaine_no_significant_change_in_any_city(results, city):
    assert not kw(results, "between_years", "cocaine", city).significant


@pytest.mark.parametrize("year", [2024, 2025])
@pytest.mark.parametrize("other", ["oslo", "bergen"])
def test_cocaine_trondheim_lower_than_oslo_and_bergen(results, year, other):
    assert significantly_lower(results, "between_cities", "cocaine", year, "trondheim", other)


@pytest.mark.parametrize("year", [2024, 2025])
def test_cocaine_oslo_above_bergen_but_not_significant(results, daily, year):
    assert not_significant(results, "between_cities", "cocaine", year, "oslo", "bergen")
    d = daily[(daily.substance == "cocaine") & (daily.year == year)]
    assert d[d.city == "oslo"].load.mean() > d[d.city == "bergen"].load.mean()


# --- amphetamine ------------------------------------------------------------------------
def test_amphetamine_bergen_fell_spring_2024_to_spring_2025(results):
    assert significantly_lower(results, "between_periods", "amphetamines", "bergen", "2025-spring", "2024-spring")


def test_amphetamine_trondheim_decreased_2024_to_2025(results):
    assert significantly_lower(results, "between_years", "amphetamines", "trondheim", "2025", "2024")


def test_amphetamine_trondheim_decrease_is_in_autumn_2025(results):
    """Mainly a significant fall in autumn 2025: lower than autumn 2024 (and spring 2024)."""
    for earlier in ("2024-autumn", "2024-spring"):
        assert significantly_lower(results, "between_periods", "amphetamines", "trondheim", "2025-autumn", earlier)
    assert not_significant(results, "between_periods", "amphetamines", "trondheim", "2024-spring", "2025-spring")


def test_amphetamine_oslo_stable(results):
    assert not kw(results, "between_years", "amphetamines", "oslo").significant
    assert not kw(results, "between_periods", "amphetamines", "oslo").significant


@pytest.mark.parametrize("other", ["bergen", "trondheim"])
def test_amphetamine_2024_bergen_and_trondheim_above_oslo(results, other):
    assert significantly_lower(results, "between_cities", "amphetamines", 2024, "oslo", other)


def test_amphetamine_2025_only_bergen_above_oslo(results):
    assert significantly_lower(results, "between_cities", "amphetamines", 2025, "oslo", "bergen")
    assert not_significant(results, "between_cities", "amphetamines", 2025, "oslo", "trondheim")


# --- ecstasy/MDMA -----------------------------------------------------------------------
@pytest.mark.parametrize("city", ["oslo", "trondheim", "bergen"])
def test_mdma_no_significant_change_over_time(results, city):
    """Stable in Oslo and Trondheim; more variation in Bergen but not significant."""
    assert not kw(results, "between_years", "mdma", city).significant
    assert not kw(results, "between_periods", "mdma", city).significant


def test_mdma_2025_oslo_higher_than_trondheim(results):
    assert significantly_lower(results, "between_cities", "mdma", 2025, "trondheim", "oslo")


# --- ketamine ---------------------------------------------------------------------------
@pytest.mark.parametrize("other", ["oslo", "bergen"])
def test_ketamine_2024_trondheim_lower_than_oslo_and_bergen(results, other):
    assert significantly_lower(results, "between_cities", "ketamine", 2024, "trondheim", other)


def test_ketamine_trondheim_increased_2024_to_2025(results):
    assert significantly_lower(results, "between_years", "ketamine", "trondheim", "2024", "2025")


@pytest.mark.parametrize("lower", ["trondheim", "bergen"])
def test_ketamine_2025_trondheim_and_bergen_lower_than_oslo(results, lower):
    assert significantly_lower(results, "between_cities", "ketamine", 2025, lower, "oslo")


@pytest.mark.parametrize("year", [2024, 2025])
def test_ketamine_order_oslo_bergen_trondheim(daily, year):
    """Highest in Oslo, then Bergen, then Trondheim, both years (descriptive)."""
    m = daily[(daily.substance == "ketamine") & (daily.year == year)].groupby("city").load.mean()
    assert m["oslo"] > m["bergen"] > m["trondheim"]


# --- weekend against weekdays (described, not tested) -----------------------------------
@pytest.mark.parametrize("substance", ["cocaine", "mdma"])
def test_more_cocaine_and_mdma_at_weekends(daily, substance):
    r = ww.weekend_ratio(daily).query("substance == @substance")
    assert (r.ratio > 1.3).all() and len(r) == 3


@pytest.mark.parametrize("substance", ["cannabis", "amphetamines"])
def test_no_clear_weekend_pattern_for_cannabis_and_amphetamine(daily, substance):
    r = ww.weekend_ratio(daily).query("substance == @substance")
    assert r.ratio.between(0.85, 1.15).all() and len(r) == 3


def test_weekend_split_reproduces_euda_bergen_2024():
    """Fri-Sun vs Mon-Thu gives the EUDA 2024 weekday/weekend means for Bergen, whose two
    plants were sampled in the same week (EUDA: cocaine 421.12 / 641.59, MDMA 24.66 / 52.63)."""
    d = table("wastewater_daily")
    spring = d[(d.year == 2024) & (d.season == "spring") & (d.city == "bergen")]
    r = ww.weekend_ratio(spring).set_index("substance")
    assert r.loc["cocaine", "weekday_mean"] == pytest.approx(421.12, abs=0.5)
    assert r.loc["cocaine", "weekend_mean"] == pytest.approx(641.59, abs=0.5)
    assert r.loc["mdma", "weekday_mean"] == pytest.approx(24.66, abs=0.5)
    assert r.loc["mdma", "weekend_mean"] == pytest.approx(52.63, abs=0.5)


# --- dumping days, gaps, history --------------------------------------------------------
@pytest.mark.parametrize("city,weekday", [("oslo", "wed"), ("bergen", "sat")])
def test_dumping_day_is_the_outlier_of_its_week(daily, city, weekday):
    week = (
        daily[
            (daily.city == city) & (daily.year == 2024) & (daily.season == "autumn") & (daily.substance == "ketamine")
        ]
        .set_index("weekday")
        .load
    )
    assert week.idxmax() == weekday
    assert week[weekday] > 4 * week.drop(weekday).max()
    assert ww.flag_dumping(daily).sum() == 2


def test_below_quantification_days_are_left_out_of_tests(daily):
    groups = ww.period_groups(daily, "ketamine", "trondheim")
    assert [len(groups[p]) for p in ("2024-spring", "2024-autumn", "2025-spring", "2025-autumn")] == [7, 7, 5, 5]


def test_oslo_history_keeps_day_counts():
    h = ww.oslo_history_means(table("wastewater_oslo_history"), "cocaine")
    assert h.year.min() == 2011 and (h.days <= 7).all()


def test_europe_ranking_keeps_norway_when_filtering():
    r = ww.europe_ranking(table("wastewater_europe"), "cocaine", 2024, countries=["SE"])
    assert set(r.country) == {"SE", "NO"}
    assert r.daily_mean.is_monotonic_decreasing


def test_oslo_history_marks_a_year_of_zeros():
    """EMCDDA, VEAS 2011: MDMA is 0 on all seven days; every other year has a measured value."""
    h = ww.oslo_history_means(table("wastewater_oslo_history"), "mdma").set_index("year")
    assert h.loc[2011, "all_zero"] and h.loc[2011, "days"] == 7
    assert not h.drop(2011)["all_zero"].any()


def test_europe_bergen_methamphetamine_is_a_gap_without_rank():
    """Report ch. 7: Bergen's methamphetamine was too low to be measured in spring 2024 (EUDA's
    file writes 0). In the Europe frame it has no number and no rank."""
    means, europe = table("wastewater_week_means"), table("wastewater_europe")
    below = ww.below_loq_cities(means, "methamphetamine", 2024)
    assert below == {"bergen"}
    r = ww.europe_ranking(europe, "methamphetamine", 2024, below_loq=below).set_index("name")
    bergen = r.loc["Bergen"]
    assert bergen.status == ww.BELOW_LOQ and pd.isna(bergen.daily_mean) and pd.isna(bergen["rank"])
    assert bergen.plants == 2  # EUDA: "Bergen (2)"
    # EUDA 2024: Oslo (2) 29.35, Trondheim (2) 5.74 are ranked among the sites above 0
    assert r.loc["Oslo", "daily_mean"] == 29.35 and r.loc["Trondheim", "daily_mean"] == 5.74
    assert r.loc["Oslo", "rank"] < r.loc["Trondheim", "rank"]


def test_europe_sites_at_zero_share_no_rank():
    r = ww.europe_ranking(table("wastewater_europe"), "methamphetamine", 2024)
    zero = r[r.daily_mean == 0]
    # EUDA 2024 methamphetamine: 10 European sites at 0 on every day, and Bergen
    assert len(zero) == 11 and (zero.status == ww.ZERO).all() and zero["rank"].isna().all()
    ranked = r[r.status == ww.RANKED]
    assert (ranked.daily_mean > 0).all() and r["n"].iloc[0] == len(ranked)
    assert ranked["rank"].iloc[0] == 1 and ranked["rank"].is_monotonic_increasing
    assert (ranked.groupby("daily_mean")["rank"].nunique() == 1).all()  # equal means, equal rank


def test_europe_ties_share_the_best_rank():
    e = pd.DataFrame(
        {
            "year": 2024,
            "country": ["AA", "BB", "CC", "DD"],
            "country_name": ["A", "B", "C", "D"],
            "in_europe": True,
            "city": ["a", "b (3)", "c", "d"],
            "site": ["1", "2", "3", "4"],
            "substance": "cocaine",
            "daily_mean": [5.0, 3.0, 3.0, 1.0],
            "weekday_mean": 0.0,
            "weekend_mean": 0.0,
        }
    )
    r = ww.europe_ranking(e, "cocaine", 2024)
    assert list(r["rank"]) == [1, 2, 2, 4]
    assert list(r["name"]) == ["a", "b", "c", "d"] and r.loc[1, "plants"] == 3


def test_euda_against_the_report():
    """EUDA spring 2024 daily means against the report's spring 2024 week means (whole numbers)."""
    c = ww.euda_vs_report(table("wastewater_europe"), table("wastewater_week_means"), 2024)
    c = c.set_index(["city", "substance"])
    assert (c.loc[("trondheim", "methamphetamine"), ["euda", "report"]] == [5.74, 1]).all()
    assert c.loc[("trondheim", "ketamine"), "euda"] == 9.59 and c.loc[("trondheim", "ketamine"), "report"] == 11
    assert pd.isna(c.loc[("bergen", "methamphetamine"), "report"])
    assert len(c) == 18


def test_pooled_years_find_a_pair_no_single_year_finds():
    """Cocaine: the report finds Oslo above Bergen in 2024 and 2025 but not significantly; pooling
    both years makes the pair significant, which is our finding, not the report's."""
    daily = table("wastewater_daily")
    pooled = ww.compare_cities(daily, "cocaine", "pooled")
    per_year = [ww.compare_cities(daily, "cocaine", y) for y in ("2024", "2025")]
    assert ww.only_when_pooled(pooled, per_year) == [("bergen", "oslo")]
    # cannabis: the pooled finding Bergen < Oslo is also the report's own 2024 finding
    cannabis = [ww.compare_cities(daily, "cannabis", y) for y in ("2024", "2025")]
    assert ww.only_when_pooled(ww.compare_cities(daily, "cannabis", "pooled"), cannabis) == []


# --- command line -----------------------------------------------------------------------
def test_cli_prints_the_agreed_columns():
    out = subprocess.run(
        [sys.executable, "-m", "dashboard.stats.wastewater"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    lines = out.splitlines()
    assert lines[0] == ("comparison,substance,scope,test,group_a,group_b,statistic,p_value,significant")
    frame = pd.read_csv(pd.io.common.StringIO(out), dtype=str, keep_default_na=False)
    assert set(frame.comparison) == {"between_cities", "between_years", "between_periods"}
    assert set(frame.significant) == {"true", "false"}
    kw_rows = frame[frame.test == "kruskal_wallis"]
    assert (kw_rows.group_a == "").all() and (kw_rows.group_b == "").all()
    # 5 substances x (2 years + 3 cities + 3 cities) Kruskal-Wallis rows
    assert len(kw_rows) == 40
    # Dunn rows only under a significant Kruskal-Wallis row
    for (_c, _s, _sc), g in frame.groupby(["comparison", "substance", "scope"]):
        kwr = g[g.test == "kruskal_wallis"].iloc[0]
        assert (len(g) > 1) == (kwr.significant == "true")
    assert "2024-spring" in set(frame.group_a) | set(frame.group_b)
