"""Numbers, dates and country names in the interface language, with Babel (CLDR data).

Bokmål: decimal comma, a non-breaking space between thousands ("11 152,5"), "8,1 %".
English: decimal point, comma between thousands ("11,152.5"), "8.1%".
Years are labels, not quantities: never pass them through these functions (str(year)).

Rounding stays Python's own (the float rounded to `decimals` places, as f"{x:.1f}" does), so a
figure reads the same in both languages and as it did before; Babel only writes the digits.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_interval
from babel.numbers import NumberPattern, parse_pattern

from dashboard.i18n.language import lang

THIN = "\u00a0"  # non-breaking space keeps "11 152" on one line (the name is historical)
GAP = "–"
# The CLDR locale behind each interface language. British English writes dates day-first
# ("17–23 April"), the form an international reader of European statistics expects.
LOCALES = {"nb": "nb_NO", "en": "en_GB"}


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(LOCALES[code])


@cache
def _pattern(decimals: int, percent: bool) -> NumberPattern:
    digits = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return parse_pattern(digits + ("%" if percent else ""))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _rounded(value, decimals: int) -> Decimal:
    return Decimal(f"{value:.{max(decimals, 0)}f}")


def fmt_num(value, decimals: int = 1) -> str:
    """'11 152,5' (nb), '11,152.5' (en); '–' for a missing value."""
    if _missing(value):
        return GAP
    return _pattern(decimals, False).apply(_rounded(value, decimals), _locale(lang()))


def fmt_int(value) -> str:
    return fmt_num(value, 0)


def fmt_pct(value, decimals: int = 1) -> str:
    """A value already in percent: 8.1 -> '8,1 %' (nb, CLDR puts a space before %), '8.1%' (en)."""
    if _missing(value):
        return GAP
    locale = _locale(lang())
    number = _pattern(decimals, False).apply(_rounded(value, decimals), locale)
    return number + _percent_suffix(locale, THIN)


def pct_suffix() -> str:
    """The percent sign after a number the page fills in itself (plotly's %{y:.1f} in a hover
    template, bar texts): ' %' (nb), '%' (en). The bokmål space is a plain one, as these texts
    have always had (fmt_pct's is non-breaking)."""
    return _percent_suffix(_locale(lang()), " ")


def _percent_suffix(locale: Locale, space: str) -> str:
    # The locale's own percent pattern says whether a space precedes the sign (nb yes, en no).
    percent = locale.percent_formats[None].pattern
    gap = space if percent.rstrip("%").endswith(("\u00a0", " ", "\u202f")) else ""
    return gap + locale.number_symbols["latn"]["percentSign"]


def fmt_day_range(start: date, end: date) -> str:
    """A week of days: '17.–23. april' / '26. mars – 1. april' (nb), '17–23 April' /
    '26 March – 1 April' (en). Across months the two dates are joined by a spaced dash, as the
    report writes its sampling weeks."""
    locale = _locale(lang())
    if (start.year, start.month) == (end.year, end.month):
        # CLDR's interval forms; Babel puts thin spaces around the English dash: plain text here.
        text = format_interval(start, end, "MMMMd", locale=locale)
        return text.replace("\u2009", "")
    return f"{format_date(start, _day_month(locale), locale=locale)} – {format_date(end, _day_month(locale), locale=locale)}"


def _day_month(locale: Locale) -> str:
    """The locale's day-and-month date pattern ('d. MMMM' nb, 'd MMMM' en_GB)."""
    return locale.datetime_skeletons["MMMMd"].pattern


def territory_name(code: str) -> str | None:
    """CLDR's name of a country (ISO 3166 code) in the interface language: 'NL' -> 'Netherlands'."""
    return _locale(lang()).territories.get(str(code).upper())
