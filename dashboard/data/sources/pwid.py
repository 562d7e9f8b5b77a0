"""People who inject drugs: the report's yearly estimate and its 3-year moving average.

Raw file: data/raw/pwid/toir_pwid_2012_2024_widgets.csv (the highcharter points of the
report's PWID figure). Series "N" is the yearly estimate (mortality multiplier method),
series "roll" the report's own 3-year moving average. Both are taken as published; a
year without a "roll" point stays empty rather than being computed here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

RAW_FILE = Path("pwid") / "toir_pwid_2012_2024_widgets.csv"


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    pts = pd.read_csv(raw_dir / RAW_FILE, dtype=str, keep_default_na=False, na_values=[""])
    series = {name: grp.set_index(grp["pt_year"].astype(int))["pt_value"] for name, grp in pts.groupby("pt_col")}
    if set(series) != {"N", "roll"}:
        raise ValueError(f"{RAW_FILE}: expected series N and roll, found {sorted(series)}")
    estimate = series["N"]
    table = pd.DataFrame(
        {
            "year": estimate.index,
            "estimate": estimate.astype(int).to_numpy(),  # whole numbers in the source
            # reindex leaves years the source does not cover empty
            "moving_average_3y": series["roll"].astype(float).reindex(estimate.index).to_numpy(),
        }
    )
    return {"pwid_estimates.csv": table}
