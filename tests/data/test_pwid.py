"""People who inject drugs: values typed from toir_pwid_2012_2024_widgets.csv and the report."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data.contract import SPECS, read_table, write_table
from dashboard.data.paths import RAW_DIR, ROOT
from dashboard.data.sources import pwid

NAME = "pwid_estimates.csv"
TIDY = ROOT / "data" / "tidy" / NAME


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return read_table(TIDY, SPECS[NAME]).set_index("year")


def test_build_equals_checked_in(tmp_path):
    write_table(pwid.build(RAW_DIR)[NAME], tmp_path / NAME, SPECS[NAME])
    assert (tmp_path / NAME).read_bytes() == TIDY.read_bytes()


def test_years_and_values(table):
    assert list(table.index) == list(range(2012, 2025))
    assert table.loc[2012, "estimate"] == 11152
    assert table.loc[2023, "estimate"] == 16136
    assert table.loc[2024, "estimate"] == 12979
    assert table.loc[2024, "moving_average_3y"] == 14326
    assert table.loc[2012, "moving_average_3y"] == 11314


def test_range_matches_report_text(table):
    # report: the yearly estimate varies between about 10 500 and 16 000
    assert table["estimate"].min() == 10249  # 2021
    assert table["estimate"].max() == 16136  # 2023
    assert table["estimate"].min() >= 10_000 and table["estimate"].max() <= 16_500


def test_moving_average_is_the_published_one(table):
    # published trailing 3-year mean, rounded; we check, not recompute, the later years
    for year in range(2014, 2025):
        mean = table.loc[year - 2 : year, "estimate"].mean()
        assert abs(table.loc[year, "moving_average_3y"] - mean) <= 0.5, year
