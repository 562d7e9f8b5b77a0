"""Death rates: crude, mean population, and direct age standardisation.

Pure pandas/numpy. Inputs indexed by age group are pandas Series; they must carry the same
groups, because a silently dropped group would give a wrong rate rather than an error.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PER_100K = 100_000


def crude_rate(deaths, population, per: float = PER_100K):
    """Deaths per `per` inhabitants. Works on scalars and aligned Series."""
    if np.any(np.asarray(population) <= 0):
        raise ValueError("population must be positive")
    return deaths / population * per


def mean_population(pop_jan1_this_year, pop_jan1_next_year):
    """Mean population of a year, approximated as the mean of 1 January this year and next."""
    return (pop_jan1_this_year + pop_jan1_next_year) / 2


def _check_same_groups(*series: pd.Series) -> None:
    first = set(series[0].index)
    for s in series[1:]:
        if set(s.index) != first:
            raise ValueError(f"age groups differ: {sorted(first)} vs {sorted(set(s.index))}")


def direct_standardised_rate(
    deaths_by_age: pd.Series, pop_by_age: pd.Series, standard_pop_by_age: pd.Series, per: float = PER_100K
) -> float:
    """Sum of age-specific rates weighted by the standard population's age shares."""
    _check_same_groups(deaths_by_age, pop_by_age, standard_pop_by_age)
    groups = list(standard_pop_by_age.index)
    specific = crude_rate(deaths_by_age[groups].astype(float), pop_by_age[groups].astype(float), per=1)
    weights = standard_pop_by_age[groups].astype(float)
    return float((specific * weights).sum() / weights.sum() * per)
