"""Numbers the card modules write into sentences follow the interface language (issue 12):
p-values, slider marks and the injection card's selection line, "< 0,001" in bokmål and
"< 0.001" in English."""

from __future__ import annotations

from dashboard.cards import injection, survey, wastewater
from dashboard.i18n import use_lang


def test_survey_p_text_in_both_languages():
    with use_lang("nb"):
        assert survey.p_text(0.0004) == "< 0,001" and survey.p_text(0.398) == "= 0,398"
    with use_lang("en"):
        assert survey.p_text(0.0004) == "< 0.001" and survey.p_text(0.398) == "= 0.398"


def test_wastewater_p_text_in_both_languages():
    with use_lang("nb"):
        assert wastewater.p_text(0.00001) == "< 0,0001" and wastewater.p_text(0.0123) == "0,0123"
    with use_lang("en"):
        assert wastewater.p_text(0.00001) == "< 0.0001" and wastewater.p_text(0.0123) == "0.0123"


def test_the_cocaine_tile_in_english_writes_its_p_with_a_point():
    # the bokmål line is "Økning fra 2013 (4,2 %; vår test, p < 0,001)" (test_survey_tiles.py);
    # the survey's 2013 cocaine lifetime share, 16-64, all, is 4.2 %
    from dashboard.data import store
    from dashboard.stats import survey as st

    rows = st.select(
        store.table("survey_prevalence"),
        substances=["cocaine"],
        periods=["lifetime"],
        sexes=["all"],
        age_groups=["16-64"],
    )
    with use_lang("en"):
        lines = [text for text, _ in survey.tile_lines(st.key_figure(rows), None)]
    assert lines[1] == "Increase from 2013 (4.2%; our test, p < 0.001)"


def test_slider_marks_follow_the_language():
    with use_lang("nb"):
        assert [injection.mark(m) for m in (-10, 0, 20)] == ["\u221210\u00a0%", "0", "+20\u00a0%"]
    with use_lang("en"):
        assert [injection.mark(m) for m in (-10, 0, 20)] == ["\u221210%", "0", "+20%"]
