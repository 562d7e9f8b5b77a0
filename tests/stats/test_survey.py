"""Survey stats: the change-wording rule, selections and the age-at-first-use summary."""

import math

import pandas as pd
import pytest

from dashboard.data import store
from dashboard.stats import survey as st


# --- change_test: a two-sided z-test of two independent estimates, SEs from the 95 % intervals ---
# By hand for (10, 9, 11) against a new estimate with the same interval width: se of the difference
# = sqrt(2 * (2 / 3.92)^2) = 0.7215, so z = difference / 0.7215.
@pytest.mark.parametrize(
    "old, new, expected",
    [
        ((10.0, 9.0, 11.0), (13.0, 12.0, 14.0), st.INCREASE),  # z = 4.16
        ((13.0, 12.0, 14.0), (10.0, 9.0, 11.0), st.DECREASE),  # z = -4.16
        ((10.0, 9.0, 11.0), (11.5, 10.5, 12.5), st.INCREASE),  # z = 2.08, p = 0.038: overlap, yet a change
        ((10.0, 9.0, 11.0), (8.5, 7.5, 9.5), st.DECREASE),  # z = -2.08
        ((10.0, 9.0, 11.0), (10.5, 9.5, 11.5), st.NO_CLEAR_CHANGE),  # z = 0.69, p = 0.49
        ((5.0, 5.0, 5.0), (5.0, 5.0, 5.0), st.NO_CLEAR_CHANGE),  # no interval: nothing to test
    ],
)
def test_change_verdict(old, new, expected):
    assert st.change_verdict(old, new) == expected


def test_change_test_p_value_by_hand():
    verdict, p = st.change_test((10.0, 9.0, 11.0), (11.5, 10.5, 12.5))
    z = 1.5 / (2 * (2 / (2 * 1.959963984540054)) ** 2) ** 0.5
    assert p == pytest.approx(math.erfc(z / math.sqrt(2)), rel=1e-12)
    assert round(p, 3) == 0.038 and verdict == st.INCREASE
    assert st.change_test((5.0, 5.0, 5.0), (5.0, 5.0, 5.0)) == (st.NO_CLEAR_CHANGE, None)


def test_cocaine_lifetime_2024_to_2025_is_not_called_a_decrease():
    # The report calls 2024 -> 2025 a slight fall (about 9 % to 8 %) without a test; our z-test
    # finds no certain change (p = 0.30), so our tiles must not call it a decrease.
    rows = st.select(
        store.table("survey_prevalence"),
        substances=["cocaine"],
        periods=["lifetime"],
        sexes=["all"],
        age_groups=["16-64"],
    )
    kf = st.key_figure(rows)
    assert (kf.year, kf.percent, kf.ci_low, kf.ci_high) == (2025, 8.1, 7.0, 9.2)
    assert kf.previous_year == 2024 and kf.previous_verdict == st.NO_CLEAR_CHANGE
    assert kf.first_year == 2013 and kf.first_verdict == st.INCREASE


def test_key_figure_single_year_has_no_change():
    rows = pd.DataFrame({"year": [2025], "percent": [1.1], "ci_low": [0.7], "ci_high": [1.6], "n": [3731]})
    kf = st.key_figure(rows)
    assert kf.previous_year is None and kf.first_year is None and kf.n == 3731


def test_key_figure_empty_is_none():
    assert st.key_figure(pd.DataFrame(columns=["year", "percent", "ci_low", "ci_high", "n"])) is None


# --- distribution summary -------------------------------------------------------------------
def test_distribution_summary_small_table():
    s = st.distribution_summary([10, 11, 12], [1, 3, 1])
    assert (s.mean, s.median, s.mode, s.n, s.youngest, s.oldest) == (11.0, 11, 11, 5, 10, 12)


def test_distribution_summary_even_total_takes_lower_median_and_ignores_zero_counts():
    s = st.distribution_summary([20, 30, 40], [2, 2, 0])
    assert s.median == 20 and s.oldest == 30 and s.mean == 25.0


def test_distribution_summary_empty_raises():
    with pytest.raises(ValueError):
        st.distribution_summary([], [])


def test_debut_2025_matches_report():
    # Report, ch. 3 "Debutalder": most people first used cannabis at 18; ages 11 to 59; mean 20.
    debut = store.table("survey_cannabis_debut")
    s = st.distribution_summary(debut["age"], debut["n"])
    assert s.mode == 18
    assert (s.youngest, s.oldest) == (11, 59)
    assert round(s.mean) == 20
    assert s.median == 18


# --- selections -----------------------------------------------------------------------------
def test_young_subgroups_exist_only_for_last_12_months():
    frame = store.table("survey_prevalence")
    assert st.periods_available(frame, "cannabis", "21-25") == ("last_12_months",)
    assert st.periods_available(frame, "cannabis", "16-64") == st.PERIODS
    assert st.age_groups_available(frame, "cannabis", "lifetime") == ("16-64", "16-30")
    assert st.periods_available(frame, "cocaine", "16-64") == ("lifetime", "last_12_months")


def test_select_years_and_sexes():
    frame = store.table("survey_prevalence")
    rows = st.select(
        frame,
        substances=["cannabis"],
        periods=["lifetime"],
        sexes=st.sexes_for("both"),
        age_groups=["16-64"],
        years=(2020, 2022),
    )
    assert sorted(rows["sex"].unique()) == ["men", "women"]
    assert sorted(rows["year"].unique()) == [2020, 2021, 2022]


def test_adjusted_vs_observed_lifetime_2025():
    rows = st.adjusted_vs_observed(
        store.table("survey_cannabis_adjusted"), store.table("survey_prevalence"), "lifetime", (2013, 2025)
    )
    last = rows[rows["year"] == 2025].iloc[0]
    assert last["percent"] == 26.6  # observed, report ch. 2: "nærmere 27 %"
    assert round(last["adjusted"], 1) == 29.5  # widget 5 (Figur 5), adjusted 2025: 29.455...
    assert len(rows) == 13


def test_frequency_rows_order():
    rows = st.frequency_rows(store.table("survey_cannabis_frequency"), 2025)
    assert list(rows["frequency"][:4]) == list(st.FREQUENCY_ORDER)
    assert list(rows["sex"].unique()) == ["all", "men", "women"]


# --- small numbers, breaks at missing years, report text numbers (issue #15) --------------
def _row(**key):
    rows = st.select(store.table("survey_prevalence"), **{k: [v] for k, v in key.items() if k != "year"})
    return rows[rows.year == key["year"]].iloc[0]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # widgets file, figure 31: women 16-30, amphetamines, last 12 months, 2023: 0 (0-0), n 381
        (
            dict(substances="amphetamines", periods="last_12_months", sexes="women", age_groups="16-30", year=2023),
            "none",
        ),
        # same series 2025: 0.8 (0-1.6), n 560
        (
            dict(substances="amphetamines", periods="last_12_months", sexes="women", age_groups="16-30", year=2025),
            "few",
        ),
        # cannabis lifetime 2025, all 16-64: 26.6 (24.9-28.4)
        (dict(substances="cannabis", periods="lifetime", sexes="all", age_groups="16-64", year=2025), None),
    ],
)
def test_small_numbers_on_published_rows(key, expected):
    r = _row(**key)
    assert st.small_numbers(r.percent, r.ci_low, r.ci_high) == expected


def test_small_numbers_rule_by_hand():
    assert st.small_numbers(0.0, 0.0, 0.0) == st.NONE_SAID_YES
    assert st.small_numbers(0.3, 0.0, 0.7) == st.FEW_CASES
    assert st.small_numbers(0.3, 0.1, 0.7) is None
    assert st.small_numbers(float("nan"), float("nan"), float("nan")) is None


def test_year_runs_break_at_missing_years():
    assert st.year_runs([2016, 2013, 2014]) == [[2013, 2014], [2016]]
    assert st.year_runs([]) == []


def test_report_text_numbers():
    """Report ch. 4: about 10 % (16-64) have used a central stimulant, men 12.5 %, women about 7 %;
    ch. 3: of last-4-weeks cannabis users about 40 % used it 1-3 days, about 25 % 20 days or more."""
    rf = store.table("report_figures")
    where = dict(survey_period="lifetime", survey_age="16-64")
    total = st.report_number(rf, "prevalence_any_stimulant", sex="all", **where)
    men = st.report_number(rf, "prevalence_any_stimulant", sex="men", **where)
    women = st.report_number(rf, "prevalence_any_stimulant", sex="women", **where)
    assert (total.value, total.about, total.year) == (10, True, 2025)
    assert (men.value, men.decimals, men.about) == (12.5, 1, False)
    assert (women.value, women.about) == (7, True)
    days = dict(substance="cannabis", survey_period="last_4_weeks", survey_age="16-64")
    assert st.report_number(rf, "use_days_share", use_days="1-3", **days).value == 40
    assert st.report_number(rf, "use_days_share", use_days="20+", **days).value == 25
    assert st.report_number(rf, "use_days_share", use_days="20+", substance="cannabis") is None
