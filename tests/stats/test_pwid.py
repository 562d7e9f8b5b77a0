"""Sensitivity and joins for the PWID estimate; values typed from the report and its widget data."""

import pandas as pd
import pytest

from dashboard.data import store
from dashboard.stats import pwid


@pytest.fixture(scope="module")
def est():
    return store.table("pwid_estimates")


def test_zero_change_returns_published_estimate(est):
    out = pwid.rescale_estimate(est, 0)
    assert out.set_index("year").loc[2024, "rescaled"] == 12979
    assert (out["rescaled"] == out["estimate"]).all()


def test_higher_mortality_lowers_estimate(est):
    out = pwid.rescale_estimate(est, 30).set_index("year")
    # 12 979 / 1.3 = 9 983.8...: inverse proportionality of the multiplier method
    assert out.loc[2024, "rescaled"] == pytest.approx(12979 / 1.3)
    assert out.loc[2024, "estimate"] == 12979  # published value kept beside it


def test_lower_mortality_raises_estimate(est):
    out = pwid.rescale_estimate(est, -20).set_index("year")
    assert out.loc[2023, "rescaled"] == pytest.approx(16136 / 0.8)  # 20 170


def test_rejects_values_off_the_grid(est):
    for bad in (7, 35, -31, "10", 10.0, True):
        with pytest.raises(ValueError):
            pwid.rescale_estimate(est, bad)


def test_stated_range_from_report():
    assert pwid.stated_range(store.table("report_figures")) == (10500, 16000)


def test_observed_range(est):
    assert pwid.observed_range(est) == (10249, 2021, 16136, 2023)


def test_with_deaths_only_common_years(est):
    out = pwid.with_deaths(est, store.table("deaths_national"))
    assert list(out["year"]) == list(range(2012, 2025))
    row = out.set_index("year").loc[2024]
    assert (row["estimate"], row["deaths"]) == (12979, 342)
    assert out.set_index("year").loc[2023, "deaths"] == 391


def test_with_deaths_leaves_gaps_out():
    p = pd.DataFrame({"year": [2012, 2013], "estimate": [1, 2], "moving_average_3y": [1, 2]})
    d = pd.DataFrame({"year": [2013], "deaths": [5]})
    assert list(pwid.with_deaths(p, d)["year"]) == [2013]


def test_moving_average_is_rescaled_by_the_same_factor(est):
    out = pwid.rescale_estimate(est, 20).set_index("year")
    assert out.loc[2024, "rescaled_ma"] == pytest.approx(14326 / 1.2)  # published "roll" 2024
    assert out.loc[2024, "moving_average_3y"] == 14326  # the published average kept beside it
    # the finding: unscaled, the average (14 326) sat above every yearly value at +20 %
    assert out["rescaled_ma"].max() < out["rescaled"].max()


def test_zero_change_keeps_the_published_average(est):
    out = pwid.rescale_estimate(est, 0)
    assert (out["rescaled_ma"] == out["moving_average_3y"]).all()


def test_headline_is_the_latest_three_year_average(est):
    h = pwid.headline(est)
    assert h == {"year": 2024, "start": 2022, "average": 14326.0, "estimate": 12979}
    # the published average is the mean of 2022-2024 (13 864, 16 136, 12 979 in the widget data)
    assert round((13864 + 16136 + 12979) / 3) == h["average"]
