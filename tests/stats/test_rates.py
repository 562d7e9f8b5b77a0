"""Rates: hand-computed values on a made-up population, and the report's 2024 rate on real data."""

import pandas as pd
import pytest

from dashboard.data.contract import SPECS, read_table
from dashboard.data.paths import ROOT
from dashboard.stats.rates import crude_rate, direct_standardised_rate, mean_population

TIDY = ROOT / "data" / "tidy"


def test_crude_rate_per_100k():
    # 11 deaths in 4000 people = 275 per 100 000
    assert crude_rate(11, 4000) == pytest.approx(275.0)
    assert crude_rate(3, 2000, per=1000) == pytest.approx(1.5)


def test_crude_rate_rejects_empty_population():
    with pytest.raises(ValueError):
        crude_rate(1, 0)


def test_mean_population_is_midpoint_of_two_jan1_counts():
    assert mean_population(100, 110) == 105
    s = mean_population(pd.Series({"a": 10, "b": 20}), pd.Series({"a": 30, "b": 40}))
    assert s.to_dict() == {"a": 20, "b": 30}


def test_direct_standardisation_by_hand():
    # young: 2 / 1000 = 0.002; old: 9 / 3000 = 0.003; standard weights 0.6 and 0.4
    # 0.6*0.002 + 0.4*0.003 = 0.0024 -> 240 per 100 000 (crude would be 275)
    deaths = pd.Series({"young": 2, "old": 9})
    pop = pd.Series({"young": 1000, "old": 3000})
    standard = pd.Series({"old": 4000, "young": 6000})  # order must not matter
    assert direct_standardised_rate(deaths, pop, standard) == pytest.approx(240.0)


def test_standardising_to_own_population_gives_crude_rate():
    deaths = pd.Series({"young": 2, "old": 9})
    pop = pd.Series({"young": 1000, "old": 3000})
    assert direct_standardised_rate(deaths, pop, pop) == pytest.approx(275.0)


def test_direct_standardisation_refuses_mismatched_groups():
    with pytest.raises(ValueError, match="age groups differ"):
        direct_standardised_rate(pd.Series({"a": 1}), pd.Series({"a": 10, "b": 10}), pd.Series({"a": 5, "b": 5}))


def test_reproduces_published_2024_national_rate():
    """Report ch. 5: age-standardised rate 2024 = 6.1 per 100 000, standard = mean population 2024."""
    deaths = read_table(TIDY / "deaths_by_age_sex.csv", SPECS["deaths_by_age_sex.csv"])
    pop = read_table(TIDY / "population.csv", SPECS["population.csv"])
    d = deaths[(deaths["year"] == 2024) & (deaths["sex"] == "all")].set_index("age_group")["deaths"]
    nation = pop[(pop["county_code"] == "00") & (pop["sex"] == "all") & (pop["age_group"] != "total")]
    jan1 = {y: nation[nation["year"] == y].set_index("age_group")["population"] for y in (2024, 2025)}
    mean_2024 = mean_population(jan1[2024], jan1[2025])
    rate = direct_standardised_rate(d, mean_2024, mean_2024)
    assert round(rate, 1) == 6.1
