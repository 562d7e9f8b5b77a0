"""Norwegian number formatting: decimal comma, a (non-breaking) space between thousands."""

from __future__ import annotations

import math

THIN = "\u00a0"  # non-breaking space keeps "11 152" on one line


def fmt_num(value, decimals: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", THIN)


def fmt_int(value) -> str:
    return fmt_num(value, 0)


def fmt_pct(value, decimals: int = 1) -> str:
    return (
        "–"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else f"{fmt_num(value, decimals)}{THIN}%"
    )
