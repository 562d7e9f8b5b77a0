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
