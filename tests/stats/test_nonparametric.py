"""Kruskal-Wallis and Dunn's test on small made-up samples worked out by hand, and Dunn's
test against scikit-posthocs (an independent implementation)."""

import math

import numpy as np
import pandas as pd
import pytest
import scikit_posthocs as sp
from scipy import stats

from dashboard.stats.nonparametric import dunn, kruskal_wallis


def test_two_groups_without_ties_by_hand():
    # ranks 1,2,3 | 4,5,6; mean ranks 2 and 5; N = 6
    groups = {"a": [1, 2, 3], "b": [4, 5, 6]}
    # H = 12/(N(N+1)) * sum(n * Rbar^2) - 3(N+1) = 12/42 * (3*4 + 3*25) - 21 = 3.857142...
    kw = kruskal_wallis(groups)
    assert kw.statistic == pytest.approx(12 / 42 * 87 - 21)
    assert kw.p_value == pytest.approx(0.049534613, abs=1e-8)  # chi2(1) tail at 27/7
    (pair,) = dunn(groups)
    # sigma^2 = N(N+1)/12 * (1/3 + 1/3) = 3.5 * 2/3; z = (2 - 5) / sigma
    assert pair.z == pytest.approx(-3 / math.sqrt(3.5 * 2 / 3))
    assert pair.p_value == pytest.approx(0.049534613, abs=1e-8)  # with two groups z^2 = H


def test_tie_correction_by_hand():
    # pooled 1,1,2,2,3,3 -> ranks 1.5,1.5,3.5,3.5,5.5,5.5; three ties of two
    groups = {"a": [1, 1, 2], "b": [2, 3, 3]}
    (pair,) = dunn(groups)
    tie_term = 3 * (2**3 - 2) / (12 * 5)  # = 0.3
    sigma = math.sqrt((6 * 7 / 12 - tie_term) * (2 / 3))
    assert pair.z == pytest.approx((13 / 6 - 29 / 6) / sigma)
    assert pair.p_value == pytest.approx(2 * stats.norm.sf(abs(pair.z)))
    assert pair.p_value == pytest.approx(0.067889, abs=1e-5)


def test_missing_values_are_left_out_not_ranked_as_zero():
    with_gap = dunn({"a": [1, 2, float("nan"), 3], "b": [4, 5, 6]})
    without = dunn({"a": [1, 2, 3], "b": [4, 5, 6]})
    assert with_gap[0].p_value == pytest.approx(without[0].p_value)


def test_needs_two_non_empty_groups():
    with pytest.raises(ValueError):
        kruskal_wallis({"a": [1, 2]})
    with pytest.raises(ValueError):
        dunn({"a": [1, 2], "b": []})


SAMPLES = {
    "x": [12.0, 15, 15, 18, 20, 21, 30],
    "y": [22.0, 25, 25, 28, 31, 35, 15],
    "z": [5.0, 7, 9, 15, 12, 11, 10],
    "w": [40.0, 18, 22, 25, 31, 33, 28],
}


@pytest.mark.parametrize("adjust", [None, "bonferroni", "holm"])
def test_dunn_matches_scikit_posthocs(adjust):
    frame = pd.DataFrame([(g, v) for g, vals in SAMPLES.items() for v in vals], columns=["g", "v"])
    ref = sp.posthoc_dunn(frame, val_col="v", group_col="g", p_adjust=adjust)
    pairs = dunn(SAMPLES, adjust=adjust)
    assert len(pairs) == 6
    for pair in pairs:
        assert pair.p_value == pytest.approx(ref.loc[pair.group_a, pair.group_b], rel=1e-9)


def test_kruskal_matches_scipy_with_ties():
    h, p = stats.kruskal(*SAMPLES.values())
    kw = kruskal_wallis(SAMPLES)
    assert (kw.statistic, kw.p_value, kw.n) == (pytest.approx(h), pytest.approx(p), 28)


def test_z_sign_points_to_higher_group():
    (pair,) = dunn({"high": [10, 11, 12], "low": [1, 2, 3]})
    assert pair.z > 0 and pair.group_a == "high"


def test_unknown_adjustment_is_refused():
    with pytest.raises(ValueError):
        dunn(SAMPLES, adjust="sidak-ish")


def test_holm_is_monotone():
    raw = [p.p_value for p in dunn(SAMPLES)]
    holm = [p.p_value for p in dunn(SAMPLES, adjust="holm")]
    assert all(h >= r for h, r in zip(holm, raw, strict=True))
    order = np.argsort(raw)
    assert all(np.diff(np.asarray(holm)[order]) >= -1e-15)


def test_kruskal_equals_scipy_on_every_wastewater_comparison():
    """Our Kruskal-Wallis (scipy.special only) against scipy.stats.kruskal on the report's data."""
    from dashboard.data.store import table
    from dashboard.stats import wastewater as ww

    daily = table("wastewater_daily")
    checked = 0
    for substance in ww.DAILY_SUBSTANCES:
        for city in ww.CITIES:
            for groups in (ww.year_groups(daily, substance, city), ww.period_groups(daily, substance, city)):
                groups = [g for g in groups.values() if g]
                ours = kruskal_wallis(dict(enumerate(groups)))
                h, p = stats.kruskal(*groups)
                assert ours.statistic == pytest.approx(h, rel=1e-12) and ours.p_value == pytest.approx(p, rel=1e-9)
                checked += 1
    assert checked == 30
