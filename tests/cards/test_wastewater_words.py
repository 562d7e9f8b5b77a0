"""Every outcome of the wastewater significance sentences, on hand-made test results (the
shapes dashboard.stats.wastewater.compare returns), and the same sentences on the report's data."""

import pandas as pd
import pytest

from dashboard.cards import wastewater as card
from dashboard.data.store import table
from dashboard.stats import wastewater as ww


def _result(comparison, kw_p, pairs=()):
    """A comparison result: the Kruskal-Wallis row and one Dunn row per (a, b, z, p)."""
    rows = [
        dict(
            comparison=comparison,
            substance="cannabis",
            scope="2025",
            test="kruskal_wallis",
            group_a="",
            group_b="",
            statistic=9.9,
            p_value=kw_p,
            significant=kw_p <= ww.ALPHA,
        )
    ]
    rows += [
        dict(
            comparison=comparison,
            substance="cannabis",
            scope="2025",
            test="dunn",
            group_a=a,
            group_b=b,
            statistic=z,
            p_value=p,
            significant=p <= ww.ALPHA,
        )
        for a, b, z, p in pairs
    ]
    return pd.DataFrame(rows, columns=list(ww.COLUMNS))


CITIES = ["oslo", "bergen", "trondheim"]


def test_no_result_says_there_are_no_measurements():
    assert card.sentence(pd.DataFrame(columns=list(ww.COLUMNS)), CITIES) == "Ingen målinger for dette utvalget."


def test_not_significant_names_the_groups_and_the_p_value():
    assert (
        card.sentence(_result("between_cities", 0.25), CITIES)
        == "Ingen signifikant forskjell mellom Oslo, Bergen og Trondheim (Kruskal–Wallis p = 0,250)."
    )


def test_significant_overall_but_no_pair():
    result = _result(
        "between_cities",
        0.004,
        [("oslo", "bergen", 2.1, 0.03), ("oslo", "trondheim", 1.0, 0.3), ("bergen", "trondheim", -1.1, 0.27)],
    )
    assert card.sentence(result, CITIES) == "Samlet forskjell (p = 0,004), men ingen enkeltpar er signifikant."


def test_one_group_lower_than_two_others():
    # z > 0: group_a ranks higher than group_b
    result = _result(
        "between_cities",
        0.0001,
        [("oslo", "trondheim", 3.5, 0.0005), ("bergen", "trondheim", 3.0, 0.003), ("oslo", "bergen", 0.4, 0.7)],
    )
    assert card.sentence(result, CITIES) == "Trondheim lavere enn Oslo og Bergen."


def test_two_lower_sentences_in_the_groups_order():
    result = _result(
        "between_cities",
        0.0001,
        [("oslo", "bergen", 3.2, 0.001), ("bergen", "trondheim", 2.9, 0.004), ("oslo", "trondheim", 5.0, 0.00001)],
    )
    assert card.sentence(result, CITIES) == "Bergen lavere enn Oslo. Trondheim lavere enn Oslo og Bergen."


def test_periods_are_named_by_season_and_year():
    result = _result("between_periods", 0.001, [("2024-autumn", "2025-autumn", 3.1, 0.002)])
    order = ["2024-spring", "2024-autumn", "2025-spring", "2025-autumn"]
    assert card.sentence(result, order) == "Høst 2025 lavere enn Høst 2024."
    assert (
        card.sentence(_result("between_periods", 0.5), order)
        == "Ingen signifikant forskjell mellom prøveperiodene (Kruskal–Wallis p = 0,500)."
    )


def test_results_frame_labels_rows_and_marks_significance():
    frame = card.results_frame(_result("between_cities", 0.00001, [("oslo", "trondheim", 3.5, 0.0005)]))
    assert list(frame["pair"]) == ["alle grupper", "Oslo – Trondheim"]
    assert list(frame["significant"]) == ["ja ✱", "ja ✱"]
    assert card.p_text(0.00001) == "< 0,0001" and card.p_text(0.0123) == "0,0123"


@pytest.mark.parametrize(
    ("substance", "year", "expected"),
    [
        ("cannabis", "2025", "Trondheim lavere enn Oslo og Bergen."),  # report ch. 7: Trondheim lowest both years
        ("amphetamines", "2025", "Oslo lavere enn Bergen."),  # report: in 2025 only Bergen above Oslo
    ],
)
def test_sentences_on_the_reports_data(substance, year, expected):
    daily = table("wastewater_daily")
    result = ww.compare_cities(daily, substance, year)
    assert card.sentence(result, CITIES) == expected


def test_notice_asks_for_a_choice_only_when_one_is_empty():
    assert card.notice({"cities": ["oslo"], "years": [2024], "seasons": ["spring"]}) is None
    for empty in ("cities", "years", "seasons"):
        raw = {"cities": ["oslo"], "years": [2024], "seasons": ["spring"], empty: []}
        assert "Velg minst én by" in str(card.notice(raw))
    assert card.notice({"cities": None, "years": "x", "seasons": 3}) is not None


@pytest.mark.parametrize(
    ("substance", "marker"),
    [
        ("cannabis", "THC-syre"),
        ("cocaine", "benzoylekgonin"),
        ("amphetamines", "amfetamin"),
        ("methamphetamine", "metamfetamin"),
    ],
)
def test_markers_are_named_as_the_report_names_them(substance, marker):
    view = card.build_week_means({**card.SPEC.defaults(), "substance": substance})
    assert f"Markør: {marker}" in view.subtitle
    assert "benzoylecgonine" not in view.subtitle and "amphetamine" not in view.subtitle


# --- empty choices, gaps, pooled years, Europe (issue #15) -------------------------------
@pytest.mark.parametrize(
    ("empty", "message"),
    [("cities", "Velg minst én by."), ("years", "Velg minst ett år."), ("seasons", "Velg minst én årstid.")],
)
def test_an_empty_choice_draws_a_message_not_the_old_chart(empty, message):
    state = {**card.SPEC.defaults(), empty: []}
    assert card.SPEC.validate({empty: []})[empty] == []  # a valid state, so the cards update
    for build in (card.build_week_means, card.build_daily, card.build_weekend):
        view = build(state)
        assert not view.figure.data and view.figure.layout.annotations[0].text == message
    if empty == "cities":
        for build in (card.build_compare_cities, card.build_compare_time, card.build_levo):
            assert build(state).figure.layout.annotations[0].text == message


def test_week_means_of_weeks_too_low_to_measure_say_why():
    """Methamphetamine, Bergen, 2024: both weeks below the limit of quantification (report ch. 7)."""
    state = {**card.SPEC.defaults(), "substance": "methamphetamine", "cities": ["bergen"], "years": [2024]}
    view = card.build_week_means(state)
    text = view.figure.layout.annotations[0].text
    assert "for lavt til å måles" in text and "ikke det samme som 0" in text
    assert set(view.table["note"]) == {"For lavt til å måles (under kvantifiseringsgrensen)"}
    assert view.table["load"].isna().all()


def test_week_means_table_tells_a_zero_from_a_gap():
    view = card.build_week_means({**card.SPEC.defaults(), "substance": "methamphetamine"})
    notes = {(r.city, r.year, r.season): r.note for r in view.table.itertuples()}
    assert notes[("bergen", 2024, "spring")].startswith("For lavt til å måles")
    assert notes[("trondheim", 2024, "autumn")] == "0 slik rapporten viser det (hele tall)"
    assert notes[("oslo", 2024, "spring")] == ""


def test_help_texts_do_not_call_a_gap_zero():
    about = card.t("ww.means.about")
    assert "0 betyr" not in about and "hull, ikke 0" in about


def test_pooled_years_are_labelled_ours_and_keep_the_reports_verdict():
    """Cocaine: the report finds Oslo and Bergen not significantly different in each year."""
    view = card.build_compare_cities({**card.SPEC.defaults(), "substance": "cocaine", "cmp": "pooled"})
    assert "vår egen sammenligning" in view.title
    sentence_ = view.note[0].children
    assert sentence_.startswith("Vår egen sammenligning, ikke rapportens: ")
    words = str(view.note[1].children)
    assert "Trondheim lavere enn Oslo og Bergen." in words  # each year, as the report says
    assert "Bergen lavere enn Oslo bare når årene slås sammen" in words
    assert "rapportens konklusjon" in words
    about = " ".join(p.children for p in card.cmp_about())
    assert "vår egen sammenligning, ikke rapportens" in about and "Kruskal–Wallis" in about
    # one year at a time is the report's procedure, and says nothing of ours
    single = card.build_compare_cities({**card.SPEC.defaults(), "substance": "cocaine", "cmp": "2024"})
    assert single.note[0].children == "Trondheim lavere enn Oslo og Bergen." and not single.note[1].children


def test_europe_note_states_the_differences_from_the_report():
    note = card.europe_note("methamphetamine", card.europe_year())
    assert "Trondheim 5,74 mot 1 (EUDA 474 % høyere)" in note
    assert "Oslo 29,35 mot 29" in note
    assert "Bergen 0 hos EUDA, for lavt til å måles i rapporten" in note
    about = " ".join(p.children for p in card.europe_about())
    assert "avviker litt" not in about and "små" not in about
    assert "Trondheim metamfetamin (EUDA 5,74 mot rapportens 1)" in about
    assert "Trondheim ketamin (EUDA 9,59 mot rapportens 11)" in about
    assert "I 15 av 18 sammenligninger" in about


def test_europe_table_has_no_rank_for_a_gap():
    view = card.build_europe({**card.SPEC.defaults(), "substance": "methamphetamine"})
    bergen = view.table[view.table.name == "Bergen"].iloc[0]
    assert pd.isna(bergen["rank"]) and pd.isna(bergen.daily_mean) and "for lavt til å måles" in bergen.note
    assert not view.table.name.str.contains(r"\(\d").any()
