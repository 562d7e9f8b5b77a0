"""Ordinary least squares linear trend with a confidence band for the fitted line.

numpy/scipy only. The band is the confidence interval of the *mean* (the line), not a
prediction interval for single years: it says how well the slope and level are pinned down.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class LinearTrend:
    slope: float
    intercept: float
    slope_ci_low: float
    slope_ci_high: float
    p_value: float  # two-sided test of slope = 0
    n: int
    level: float
    x_mean: float
    sxx: float  # sum of squared deviations of x
    resid_sd: float  # residual standard deviation, n - 2 degrees of freedom
    t_crit: float

    def band(self, x) -> pd.DataFrame:
        """Fitted values and the confidence band of the line at the points x."""
        x = np.asarray(x, dtype=float)
        fit = self.intercept + self.slope * x
        se = self.resid_sd * np.sqrt(1.0 / self.n + (x - self.x_mean) ** 2 / self.sxx)
        half = self.t_crit * se
        return pd.DataFrame({"x": x, "fit": fit, "low": fit - half, "high": fit + half})


def fit_linear_trend(x, y, level: float = 0.95) -> LinearTrend:
    """OLS fit of y on x. Needs at least three points (one residual degree of freedom) and
    no missing values: a gap must be dealt with by the caller, not silently dropped here."""
    from scipy.special import stdtr, stdtrit  # not scipy.stats: it costs a worker over 50 MB

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("x and y must be one-dimensional and of equal length")
    if np.isnan(x).any() or np.isnan(y).any():
        raise ValueError("x and y must not contain missing values")
    n = len(x)
    if n < 3:
        raise ValueError("a trend with a confidence band needs at least 3 points")
    x_mean, y_mean = x.mean(), y.mean()
    sxx = float(((x - x_mean) ** 2).sum())
    if sxx == 0:
        raise ValueError("x has no spread")
    slope = float(((x - x_mean) * (y - y_mean)).sum() / sxx)
    intercept = float(y_mean - slope * x_mean)
    resid = y - (intercept + slope * x)
    dof = n - 2
    resid_sd = float(np.sqrt((resid**2).sum() / dof))
    t_crit = float(stdtrit(dof, 0.5 + level / 2))
    se_slope = resid_sd / np.sqrt(sxx)
    p_value = (0.0 if slope != 0 else 1.0) if se_slope == 0 else float(2 * stdtr(dof, -abs(slope / se_slope)))
    return LinearTrend(
        slope=slope,
        intercept=intercept,
        slope_ci_low=float(slope - t_crit * se_slope),
        slope_ci_high=float(slope + t_crit * se_slope),
        p_value=p_value,
        n=n,
        level=level,
        x_mean=float(x_mean),
        sxx=sxx,
        resid_sd=resid_sd,
        t_crit=t_crit,
    )
