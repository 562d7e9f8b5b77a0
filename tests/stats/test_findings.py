"""Each front-page number equals the value in the sources. Expected values are typed from the
report (Tall om illegale rusmidler 2025) and the raw widget data, not taken from the code."""

import pytest

from dashboard.data import store
from dashboard.stats import findings as f


@pytest.fixture(scope="module")
def survey():
    return store.table("survey_prevalence")


def test_cannabis_most_used(survey):
    x = f.ranked_substance(survey, 1)
    assert (x.code, x.value, x.year) == ("cannabis", 26.6, 2025)
    assert x.extra["previous"] == 30.1  # 2024, widget data
    assert dict(x.series)[2013] > 0 and len(x.series) == 13


def test_cocaine_second(survey):
    x = f.ranked_substance(survey, 2)
    assert (x.code, x.value, x.year) == ("cocaine", 8.1, 2025)
    assert x.extra["previous"] == 8.7


def test_men_above_women(survey):
    x = f.men_above_women(survey)
    assert (x.value, x.other, x.year) == (31.2, 21.9, 2025)


def test_young_adults_21_25_highest(survey):
    x = f.highest_young_group(survey)
    assert (x.code, x.value, x.other, x.year) == ("21-25", 10.9, 5.8, 2025)


def test_deaths_2024():
    x = f.deaths_latest(store.table("deaths_national"), since=2012)  # the report's reference period
    assert (x.value, x.year, x.other) == (342, 2024, 391)
    assert x.series[0] == (2012, 246)


def test_deaths_by_sex():
    x = f.deaths_by_sex(store.table("deaths_by_age_sex"), store.table("report_figures"))
    assert (x.value, x.other, x.extra["total"]) == (255, 87, 342)
    assert round(x.share) == 75  # report: 75 % men
    assert x.extra["mean_age"] == {"all": 45.7, "men": 44.6, "women": 48.9}


def test_other_opioids_most_common():
    x = f.top_death_substance(store.table("deaths_by_substance"))
    assert (x.code, x.value, x.year) == ("other_opioids", 122, 2024)
    assert (x.other_code, x.other) == ("synthetic_opioids", 64)


def test_pwid_headline_is_the_reports_three_year_average():
    # toir_pwid widget data, 2024: moving average ("roll") 14 326, single year ("N") 12 979;
    # the average of 2022-2024, and 13 416 for 2023
    x = f.pwid_latest(store.table("pwid_estimates"))
    assert (x.value, x.other, x.year) == (14326, 12979, 2024)
    assert x.extra == {"start": 2022, "previous": 13416}
    assert x.series[-1] == (2024, 14326)


def test_wastewater_cocaine_by_city():
    x = f.wastewater_city_range(store.table("wastewater_week_means"))
    assert (x.year, x.extra["season"]) == (2025, "autumn")
    assert (x.code, x.value, x.other_code, x.other) == ("oslo", 685, "trondheim", 221)


def test_latest_data_per_source():
    d = f.latest_data(
        store.table("survey_prevalence"),
        store.table("deaths_national"),
        store.table("wastewater_week_means"),
        store.table("pwid_estimates"),
    )
    assert d == {"survey": 2025, "deaths": 2024, "wastewater": (2025, "autumn"), "pwid": 2024}
