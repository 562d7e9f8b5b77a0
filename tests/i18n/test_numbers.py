"""Numbers and dates per interface language. Expected strings are the conventions themselves
(Språkrådet: decimal comma, space between thousands, a space before %; English: decimal point,
comma between thousands, no space before %), written out here, not taken from the code."""

from datetime import date

import pytest

from dashboard.i18n import fmt_day_range, fmt_int, fmt_num, fmt_pct, use_lang

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("call", "nb", "en"),
    [
        (lambda: fmt_num(11152.5), f"11{NBSP}152,5", "11,152.5"),
        (lambda: fmt_int(11152), f"11{NBSP}152", "11,152"),
        (lambda: fmt_int(1234567), f"1{NBSP}234{NBSP}567", "1,234,567"),
        (lambda: fmt_num(26.6), "26,6", "26.6"),
        (lambda: fmt_num(0.0123, 3), "0,012", "0.012"),
        (lambda: fmt_int(-1234), f"-1{NBSP}234", "-1,234"),
        (lambda: fmt_int(999), "999", "999"),
        (lambda: fmt_pct(8.1), f"8,1{NBSP}%", "8.1%"),
        (lambda: fmt_pct(12, 0), f"12{NBSP}%", "12%"),
        (lambda: fmt_num(float("nan")), "–", "–"),
        (lambda: fmt_pct(None), "–", "–"),
    ],
)
def test_numbers_in_each_language(call, nb, en):
    with use_lang("nb"):
        assert call() == nb
    with use_lang("en"):
        assert call() == en


def test_rounding_is_the_same_in_both_languages():
    # Python's rounding of the float (2.45 is stored as 2.4500000000000001776...: 2.5), not
    # Babel's half-even on the decimal text (which would give 2.4): a figure reads alike in both.
    with use_lang("nb"):
        assert fmt_num(2.45) == "2,5"
        assert fmt_num(2.25) == "2,2"
    with use_lang("en"):
        assert fmt_num(2.45) == "2.5"
        assert fmt_num(2.25) == "2.2"


def test_numpy_values_are_formatted_too():
    import numpy as np

    with use_lang("en"):
        assert fmt_int(np.int64(12979)) == "12,979"
        assert fmt_num(np.float64(3.333), 2) == "3.33"


def test_sampling_weeks_in_each_language():
    # the report's own forms (ch. 8): "10.–16. april", "26. mars – 1. april"
    with use_lang("nb"):
        assert fmt_day_range(date(2024, 4, 10), date(2024, 4, 16)) == "10.–16. april"
        assert fmt_day_range(date(2025, 3, 26), date(2025, 4, 1)) == "26. mars – 1. april"
    with use_lang("en"):
        assert fmt_day_range(date(2024, 4, 10), date(2024, 4, 16)) == "10–16 April"
        assert fmt_day_range(date(2025, 3, 26), date(2025, 4, 1)) == "26 March – 1 April"


def test_country_names_in_each_language():
    from dashboard.i18n import country

    with use_lang("nb"):  # the data's own spelling, unchanged
        assert country("NL", "Nederland") == "Nederland"
        assert country("LU", "Luxembourg") == "Luxembourg"
    with use_lang("en"):
        assert country("NL", "Nederland") == "Netherlands"
        assert country("DE", "Tyskland") == "Germany"
        assert country("GB", "Storbritannia") == "United Kingdom"
        assert country("XX", "Ukjent") == "Ukjent"  # no CLDR name: the given one
