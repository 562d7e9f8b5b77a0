"""Survey tables: values typed from the report widgets file and the report text."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data.contract import SPECS, read_table, write_table
from dashboard.data.paths import RAW_DIR, ROOT
from dashboard.data.sources import survey

TIDY = ROOT / "data" / "tidy"
TABLES = (
    "survey_prevalence.csv",
    "survey_cannabis_adjusted.csv",
    "survey_cannabis_debut.csv",
    "survey_cannabis_frequency.csv",
)


def tidy(name: str) -> pd.DataFrame:
    return read_table(TIDY / name, SPECS[name])


def one(df: pd.DataFrame, **key) -> pd.Series:
    hit = df.loc[(df[list(key)] == pd.Series(key)).all(axis=1)]
    assert len(hit) == 1, f"{key}: {len(hit)} rows"
    return hit.iloc[0]


@pytest.fixture(scope="module")
def prev() -> pd.DataFrame:
    return tidy("survey_prevalence.csv")


@pytest.mark.parametrize("name", TABLES)
def test_build_equals_checked_in(name, tmp_path):
    frame = survey.build(RAW_DIR)[name]
    write_table(frame, tmp_path / name, SPECS[name])
    assert (tmp_path / name).read_bytes() == (TIDY / name).read_bytes()


def test_cannabis_lifetime_2025(prev):
    row = one(prev, year=2025, substance="cannabis", period="lifetime", sex="all", age_group="16-64")
    assert (row.percent, row.ci_low, row.ci_high) == (26.6, 24.9, 28.4)
    # the trend figure (n 3728) wins over figure 1's bar (n 3731)
    assert row.n == 3728


def test_cannabis_by_sex_2025_matches_report_text(prev):
    # report: men 31 %, 7 %, just over 3 %; women 22 %, 4 %, 1.5 %
    expected = {
        ("men", "lifetime"): 31.2,
        ("men", "last_12_months"): 7.4,
        ("men", "last_4_weeks"): 3.3,
        ("women", "lifetime"): 21.9,
        ("women", "last_12_months"): 4.1,
        ("women", "last_4_weeks"): 1.5,
    }
    for (sex, period), pct in expected.items():
        row = one(prev, year=2025, substance="cannabis", period=period, sex=sex, age_group="16-64")
        assert row.percent == pct, (sex, period)


def test_young_adults_2025(prev):
    # report: 29 % lifetime, 10 % last 12 months, 4 % last 4 weeks among 16-30
    got = {
        p: one(prev, year=2025, substance="cannabis", period=p, sex="all", age_group="16-30").percent
        for p in ("lifetime", "last_12_months", "last_4_weeks")
    }
    assert round(got["lifetime"]) == 29
    assert round(got["last_12_months"]) == 10
    assert round(got["last_4_weeks"]) == 4


def test_other_substances_2025(prev):
    # figure 1: cocaine 8.1, MDMA 5.5, amphetamines 5.5, LSD 2.7, GHB 1.1, other 1, heroin 0.6
    expected = {"cocaine": 8.1, "mdma": 5.5, "amphetamines": 5.5, "lsd": 2.7, "ghb": 1.1, "other": 1.0, "heroin": 0.6}
    for substance, pct in expected.items():
        row = one(prev, year=2025, substance=substance, period="lifetime", sex="all", age_group="16-64")
        assert row.percent == pct, substance
    cocaine = one(prev, year=2025, substance="cocaine", period="lifetime", sex="all", age_group="16-64")
    # trend figure 20 (n 3720) gives 7-9.2; figure 1's bar (n 3731) gives 7-9.1: trend wins
    assert (cocaine.ci_low, cocaine.ci_high, cocaine.n) == (7.0, 9.2, 3720)


def test_lsd_ghb_heroin_other_only_in_2025_snapshot(prev):
    rare = prev[prev["substance"].isin(["lsd", "ghb", "heroin", "other"])]
    assert len(rare) == 4
    assert set(rare["year"]) == {2025}


def test_coverage(prev):
    assert set(prev["year"]) == set(range(2013, 2026))
    # trend figures: cannabis 3 periods x 3 sexes (16-64 and 16-30) + 12m by 3 young age bands
    # x 3 sexes; stimulants 3 substances x 2 periods x 3 sexes x 2 age groups, each 13 years
    cannabis = prev[(prev["substance"] == "cannabis")]
    assert len(cannabis) == 13 * (3 * 3 * 2 + 3 * 3)
    stim = prev[prev["substance"].isin(["cocaine", "mdma", "amphetamines"])]
    # plus the 2025 bar-only cells: last 4 weeks is not plotted for stimulants
    assert len(stim) == 13 * 3 * 2 * 3 * 2
    assert set(prev["sex"]) == {"all", "men", "women"}


def test_duplicates_across_figures_agree():
    cand = survey.prevalence_candidates(survey.read_widgets(RAW_DIR))
    groups = cand.groupby(survey.KEY)
    sizes = groups.size()
    assert (sizes > 1).sum() == 126  # estimates plotted in more than one figure
    spread = groups["percent"].agg(lambda s: s.max() - s.min())
    assert spread.max() <= 0.1, spread[spread > 0.1]
    # trend lines that repeat an estimate repeat it exactly, n included
    trend = cand[cand["is_trend"]].groupby(survey.KEY)
    assert trend["percent"].nunique().max() == 1
    assert trend["n"].nunique().max() == 1


def test_adjusted_trend():
    adj = tidy("survey_cannabis_adjusted.csv")
    assert len(adj) == 13 * 3
    row = one(adj, year=2025, period="lifetime")
    assert row.adjusted == pytest.approx(29.45551329338999)
    assert row.ci_low == pytest.approx(28.15419123748124)
    assert row.ci_high == pytest.approx(30.79097986044826)
    row = one(adj, year=2013, period="lifetime")
    assert row.adjusted == pytest.approx(21.70572471602193)


def test_debut_age():
    debut = tidy("survey_cannabis_debut.csv")
    assert set(debut["year"]) == {2025}
    # report: most started around 18; range 11 to 59; mean 20
    assert debut.loc[debut["n"].idxmax(), "age"] == 18
    assert one(debut, age=18).percent == 17.1
    assert (debut["age"].min(), debut["age"].max()) == (11, 59)
    mean_age = (debut["age"] * debut["n"]).sum() / debut["n"].sum()
    assert round(mean_age) == 20
    assert debut["percent"].sum() == pytest.approx(100, abs=0.6)


def test_frequency():
    freq = tidy("survey_cannabis_frequency.csv")
    assert set(freq["frequency"]) == set(survey.FREQUENCY_LABELS)
    assert len(freq) == 12
    assert one(freq, sex="all", frequency="1-5").percent == 53.0
    assert one(freq, sex="all", frequency="1-5").n == 107
    assert one(freq, sex="men", frequency="51+").percent == 30.2
    assert one(freq, sex="women", frequency="51+").n == 16
    # report: more women than men at 1-5 times, the reverse for more than 50 times
    assert one(freq, sex="women", frequency="1-5").percent > one(freq, sex="men", frequency="1-5").percent
    for sex, grp in freq.groupby("sex"):
        assert grp["percent"].sum() == pytest.approx(100, abs=0.3), sex


def test_report_text_figures_of_the_survey():
    """Typed from the report text: ch. 4 (any central stimulant, lifetime, 16-64, 2025) and ch. 3
    (days of use among last-4-weeks cannabis users, 16-64, 2025)."""
    rf = read_table(TIDY / "report_figures.csv", SPECS["report_figures.csv"])
    rf = rf[rf.topic == "survey"].set_index(["measure", "breakdown"])
    stim = "survey_period=lifetime;sex={};survey_age=16-64"
    assert tuple(rf.loc[("prevalence_any_stimulant", stim.format("all")), ["value", "unit"]]) == (10, "percent_about")
    assert tuple(rf.loc[("prevalence_any_stimulant", stim.format("men")), ["value", "unit", "decimals"]]) == (
        12.5,
        "percent",
        1,
    )
    assert tuple(rf.loc[("prevalence_any_stimulant", stim.format("women")), ["value", "unit"]]) == (7, "percent_about")
    days = "substance=cannabis;survey_period=last_4_weeks;survey_age=16-64;use_days={}"
    assert rf.loc[("use_days_share", days.format("1-3")), "value"] == 40
    assert rf.loc[("use_days_share", days.format("20+")), "value"] == 25
    assert all("ch. 3 Cannabis" in rf.loc[("use_days_share", days.format(d)), "source"] for d in ("1-3", "20+"))


def test_report_trend_test_cites_the_cannabis_chapter():
    # The report's trend test (p < 0.01, 2013-2025) stands in its chapter 3, "Cannabis"; chapter 2
    # is "Rusmiddelbruk i Norge". The three rows once cited "ch. 2".
    rows = tidy("report_figures.csv")
    trend = rows[(rows["topic"] == "survey") & (rows["measure"] == "trend_increase")]
    assert len(trend) == 3
    assert all(", ch. 3 Cannabis," in s for s in trend["source"]), list(trend["source"])
