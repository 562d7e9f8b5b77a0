"""OLS trend: values worked out by hand for a four-point series.

x = 0, 1, 2, 3 and y = 1, 3, 2, 5:
  x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5 -> slope 1.1, intercept 2.75 - 1.1*1.5 = 1.1
  fitted 1.1, 2.2, 3.3, 4.4; residuals -0.1, 0.8, -1.3, 0.6; SSE = 2.70; s² = 2.70/2 = 1.35
  t(0.975, df 2) = 4.303 (printed t table)
  band half-width at x̄: 4.303 * sqrt(1.35/4) = 2.4997
  band half-width at x=0: 4.303 * sqrt(1.35 * (1/4 + 2.25/5)) = 4.303 * 0.97211 = 4.183
  slope se = sqrt(1.35/5) = 0.51962; t = 1.1/0.51962 = 2.1170
"""

import numpy as np
import pytest

from dashboard.stats.trend import fit_linear_trend

X = [0, 1, 2, 3]
Y = [1, 3, 2, 5]


def test_slope_and_intercept_by_hand():
    fit = fit_linear_trend(X, Y)
    assert fit.slope == pytest.approx(1.1)
    assert fit.intercept == pytest.approx(1.1)
    assert fit.n == 4


def test_residual_sd_and_t_quantile():
    fit = fit_linear_trend(X, Y)
    assert fit.resid_sd**2 == pytest.approx(1.35)
    assert fit.t_crit == pytest.approx(4.303, abs=5e-4)


def test_confidence_band_by_hand():
    band = fit_linear_trend(X, Y).band([1.5, 0])
    assert band["fit"].tolist() == pytest.approx([2.75, 1.1])
    half = (band["high"] - band["fit"]).tolist()
    assert half == pytest.approx([2.4997, 4.183], abs=2e-3)
    # symmetric around the line
    assert (band["fit"] - band["low"]).tolist() == pytest.approx(half)


def test_slope_interval_and_p_value():
    fit = fit_linear_trend(X, Y)
    assert fit.slope_ci_low == pytest.approx(1.1 - 4.303 * 0.51962, abs=2e-3)
    assert fit.slope_ci_high == pytest.approx(1.1 + 4.303 * 0.51962, abs=2e-3)
    # t = 2.117 with 2 df lies between the 0.20 (1.886) and 0.10 (2.920) two-sided critical values
    assert 0.10 < fit.p_value < 0.20


def test_perfect_line_has_no_band():
    fit = fit_linear_trend([2012, 2013, 2014], [10, 12, 14])
    assert fit.slope == pytest.approx(2.0)
    band = fit.band([2013])
    assert band["low"].iloc[0] == pytest.approx(12.0)
    assert band["high"].iloc[0] == pytest.approx(12.0)


def test_gaps_are_refused_not_dropped():
    with pytest.raises(ValueError, match="missing"):
        fit_linear_trend([1, 2, 3, 4], [1.0, np.nan, 3.0, 4.0])


def test_too_few_points():
    with pytest.raises(ValueError):
        fit_linear_trend([1, 2], [1, 2])
