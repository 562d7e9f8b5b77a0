"""The wording of the survey key-figure tiles: one verdict policy (survey.about_tests).

Where the report tested a series, the tile gives the report's result: for cannabis, 16–64, both
sexes, a small but significant increase over 2013–2025 (p < 0.01) for lifetime, last 12 months and
last 4 weeks (report ch. 3). Where it did not, a change is our own named test, never interval
overlap, and the report's trend is never contradicted by a first-year comparison of ours."""

import math

import pytest

from dashboard.cards import cannabis, stimulants
from dashboard.cards.survey import tile_lines
from dashboard.data import store
from dashboard.stats import survey as st


def _lines(substance, period, sex="all", age="16-64"):
    rows = st.select(
        store.table("survey_prevalence"), substances=[substance], periods=[period], sexes=[sex], age_groups=[age]
    )
    kf = st.key_figure(rows)
    report = st.report_trend(store.table("report_figures"), substance=substance, period=period, sex=sex, age_group=age)
    return [text for text, _ in tile_lines(kf, report)], kf


@pytest.mark.parametrize("period", ["lifetime", "last_12_months", "last_4_weeks"])
def test_cannabis_tiles_give_the_reports_trend_test(period):
    lines, _ = _lines("cannabis", period)
    assert lines[0] == "Rapportens trendtest: økning 2013–2025 (p < 0,01)"
    # no own verdict over the report's period beside it, and nothing that says "no change since 2013"
    assert not any("2013" in line for line in lines[1:])
    assert len(lines) == 2 and "vår test" in lines[1]


def _z_test_p(old, new):
    se = math.hypot(old[2] - old[1], new[2] - new[1]) / (2 * 1.959963984540054)
    return math.erfc(abs(new[0] - old[0]) / se / math.sqrt(2))


def test_cannabis_lifetime_change_from_2024_is_our_named_test():
    # 2025: 26.6 (24.9-28.4) (report figure 1); 2024 as published in the report's figure data
    lines, _ = _lines("cannabis", "lifetime")
    rows = st.select(
        store.table("survey_prevalence"),
        substances=["cannabis"],
        periods=["lifetime"],
        sexes=["all"],
        age_groups=["16-64"],
    )
    y24 = rows[rows.year == 2024].iloc[0]
    assert y24.percent == 30.1
    p = _z_test_p((y24.percent, y24.ci_low, y24.ci_high), (26.6, 24.9, 28.4))
    assert p < 0.05
    assert lines[1] == f"Nedgang fra 2024 (30,1 %; vår test, p = {p:.3f})".replace("p = 0.", "p = 0,")


def test_cocaine_tile_finds_no_certain_change_from_2024_and_an_increase_since_2013():
    # report: cocaine lifetime about 9 % in 2024 and 8 % in 2025 (no test); 4.2 % in 2013
    lines, kf = _lines("cocaine", "lifetime")
    assert lines[0].startswith("Ingen sikker endring fra 2024 (8,7 %; vår test, p = 0,")
    assert lines[1] == "Økning fra 2013 (4,2 %; vår test, p < 0,001)"


def test_no_report_trend_for_series_the_report_did_not_test():
    assert (
        st.report_trend(
            store.table("report_figures"), substance="cannabis", period="lifetime", sex="men", age_group="16-64"
        )
        is None
    )
    assert (
        st.report_trend(
            store.table("report_figures"), substance="cocaine", period="lifetime", sex="all", age_group="16-64"
        )
        is None
    )


def test_the_tiles_on_the_pages_use_the_policy():
    text = str(cannabis.tiles(cannabis.SPEC.defaults()))
    assert text.count("Rapportens trendtest: økning 2013–2025 (p < 0,01)") == 3
    assert "Ingen sikker endring siden" not in text
    text = str(stimulants.tiles(stimulants.SPEC.defaults()))
    assert "Rapportens trendtest" not in text and text.count("vår test") == 6


# --- numbers the report gives only in its text (issue #15, point 9) -----------------------
def test_any_stimulant_tile_gives_the_reports_text_figures():
    """Report ch. 4: about 10 % of 16-64-year-olds have used a central stimulant; men 12.5 %, women
    about 7 %. Shown as the report words them, with no interval (none is published)."""
    text = str(stimulants.tiles(stimulants.SPEC.defaults()))
    assert "Minst ett sentralstimulerende rusmiddel, noen gang, alle" in text
    assert "om lag 10 %" in text and "Menn: 12,5 %." in text and "Kvinner: om lag 7 %." in text
    men = str(stimulants.tiles({**stimulants.SPEC.defaults(), "sex": "men"}))
    assert "noen gang, menn" in men and "'12,5 %'" in men
    # the report gives it for lifetime, 16-64 only: no such tile for the last 12 months or 16-30
    for other in ({"period": "last_12_months"}, {"age": "16-30"}):
        assert "Minst ett sentralstimulerende" not in str(stimulants.tiles({**stimulants.SPEC.defaults(), **other}))
    statement = stimulants.any_stimulant_text()
    assert "om lag 10 %" in statement and "menn 12,5 %, kvinner om lag 7 %" in statement


def test_cannabis_days_of_use_from_the_report_text():
    """Report ch. 3: of last-4-weeks users, about 40 % used cannabis on 1-3 days, about 25 % on 20 or more."""
    text = cannabis.use_days_text()
    assert "om lag 40 % det 1–3 dager" in text and "om lag 25 % 20 dager eller mer" in text


def test_a_tile_of_an_estimate_on_very_few_answers_says_so():
    """Women 16-30, amphetamines, last 12 months, 2025: 0.8 % (0.0-1.6)."""
    state = {**stimulants.SPEC.defaults(), "sex": "women", "age": "16-30", "period": "last_12_months"}
    text = str(stimulants.tiles({**state, "substances": ["amphetamines"]}))
    assert "0,8 %" in text and "For få tilfeller til et sikkert anslag" in text
    assert "For få tilfeller" not in str(stimulants.tiles(stimulants.SPEC.defaults()))
