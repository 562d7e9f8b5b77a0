"""People who inject drugs: the published estimate, its stated range, a sensitivity illustration
and the join with drug-induced deaths. Pure functions on the tidy tables; no plotly, no dash.

Why the sensitivity is a simple division: in the mortality multiplier method the number of
people who inject is (deaths among them) / (their yearly mortality rate). Scaling the assumed
rate by (1 + change) therefore scales the estimate by 1 / (1 + change), nothing else moves.
"""

from __future__ import annotations

import pandas as pd

MULT_MIN, MULT_MAX, MULT_STEP = -30, 30, 5


def valid_change(percent) -> bool:
    """True for an allowed relative change of the mortality assumption, in whole percent."""
    return (
        isinstance(percent, int)
        and not isinstance(percent, bool)
        and MULT_MIN <= percent <= MULT_MAX
        and percent % MULT_STEP == 0
    )


def rescale_estimate(pwid: pd.DataFrame, change_percent: int) -> pd.DataFrame:
    """Year, published estimate and the estimate if the assumed mortality rate were
    `change_percent` % higher (positive) or lower (negative): estimate / (1 + change).

    The result is an illustration of the method's sensitivity, not data; 0 returns the
    published values unchanged (same numbers, so the default view never shows a rounded copy)."""
    if not valid_change(change_percent):
        raise ValueError(f"change must be a multiple of {MULT_STEP} in [{MULT_MIN}, {MULT_MAX}]: {change_percent!r}")
    out = pwid[["year", "estimate", "moving_average_3y"]].sort_values("year").reset_index(drop=True)
    factor = 1 + change_percent / 100
    out["rescaled"] = out["estimate"] if change_percent == 0 else out["estimate"] / factor
    return out


def stated_range(report_figures: pd.DataFrame) -> tuple[int, int] | None:
    """The range of the yearly estimate the report states in words (about 10 500 to 16 000)."""
    rows = report_figures[report_figures["topic"] == "pwid"].set_index("measure")["value"]
    if "estimate_min" not in rows or "estimate_max" not in rows:
        return None
    return int(rows["estimate_min"]), int(rows["estimate_max"])


def observed_range(pwid: pd.DataFrame) -> tuple[int, int, int, int]:
    """(lowest estimate, its year, highest estimate, its year) in the table."""
    lo = pwid.loc[pwid["estimate"].idxmin()]
    hi = pwid.loc[pwid["estimate"].idxmax()]
    return int(lo["estimate"]), int(lo["year"]), int(hi["estimate"]), int(hi["year"])


def with_deaths(pwid: pd.DataFrame, deaths: pd.DataFrame) -> pd.DataFrame:
    """Estimate and drug-induced deaths on the years both exist (inner join, no filling)."""
    d = deaths[["year", "deaths"]]
    out = pwid[["year", "estimate", "moving_average_3y"]].merge(d, on="year", how="inner")
    return out.sort_values("year").reset_index(drop=True)
