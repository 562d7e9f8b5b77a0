"""People who inject drugs: the published estimate, its stated range, a sensitivity illustration
and the join with drug-induced deaths. Pure functions on the tidy tables; no plotly, no dash.

The sensitivity, and why it scales the whole estimate. The report's method (mortality
multiplier) works back from deaths to a population with death rates measured in a 2013 street
survey, one for people who inject and one for those who do not, and the share who inject. The
report does not publish those inputs, so the one change whose effect is known without them is
scaling *every* death rate of the model by (1 + change): a population worked back from deaths
with rates k times as high is 1/k as large, whatever the rates and shares are. That is what the
slider shows, and it says so. Changing only the injectors' rate would move the estimate by an
amount that depends on the unpublished inputs; we do not guess it.
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
    """Year, published estimate and 3-year moving average, and both as they would be if all the
    model's death rates were `change_percent` % higher (positive) or lower (negative): each
    divided by (1 + change) (`rescaled`, `rescaled_ma`). The moving average is the mean of three
    yearly estimates, so it scales by the same factor; the published average is divided (never
    recomputed: its first years rest on estimates the table does not hold).

    The result is an illustration of the method's sensitivity, not data; 0 returns the
    published values unchanged (same numbers, so the default view never shows a rounded copy)."""
    if not valid_change(change_percent):
        raise ValueError(f"change must be a multiple of {MULT_STEP} in [{MULT_MIN}, {MULT_MAX}]: {change_percent!r}")
    out = pwid[["year", "estimate", "moving_average_3y"]].sort_values("year").reset_index(drop=True)
    factor = 1 + change_percent / 100
    if change_percent == 0:
        return out.assign(rescaled=out["estimate"], rescaled_ma=out["moving_average_3y"])
    return out.assign(rescaled=out["estimate"] / factor, rescaled_ma=out["moving_average_3y"] / factor)


def headline(pwid: pd.DataFrame) -> dict:
    """The report's estimate: the latest 3-year moving average (the report presents the average,
    because single years swing), the years it spans, and the latest single-year estimate."""
    rows = pwid.dropna(subset=["moving_average_3y"]).sort_values("year")
    last = rows.iloc[-1]
    year = int(last["year"])
    single = pwid.set_index("year")["estimate"].get(year)
    return {
        "year": year,
        "start": year - 2,  # the average of the year itself and the two before
        "average": float(last["moving_average_3y"]),
        "estimate": None if single is None or pd.isna(single) else int(single),
    }


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
