"""Pure functions that turn a chart card's data payload into downloadable files.

CSV in the interface language's spreadsheet convention, UTF-8 with BOM (so Excel reads the
letters): bokmål ';' separator and decimal comma (Norwegian Excel's list separator is ';' because
',' is its decimal sign); English ',' separator and decimal point.
XLSX: a header block (title, source, filters, download date) above the table, in the language.
The texts (headers, title, file name) come from the card's view, built in the language.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from datetime import date

import pandas as pd

from dashboard.i18n import lang, t

# language -> (field separator, decimal sign) of its CSV files
CSV_FORMATS = {"nb": (";", ","), "en": (",", ".")}


def slug(text: str) -> str:
    """File-name-safe ASCII slug: 'Kokain, menn 16–64' -> 'kokain-menn-16-64'."""
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = text.replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A")
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)  # dashes (16–64) keep their place as separators
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120] or "figur"


def frame_from_payload(payload: dict) -> pd.DataFrame:
    """The data table of a card payload, with its column headers (in the view's language)."""
    cols = payload["columns"]
    frame = pd.DataFrame(payload["rows"], columns=[c["id"] for c in cols])
    return frame.rename(columns={c["id"]: c["name"] for c in cols})


def selection(*pairs: tuple[str, object], fixed: bool = False) -> str:
    """The "Utvalg" line of a download: what the card was built for, in words and in the
    interface language. Each pair is (translation key of the name, value or list of values):
    ("sel.sex", "alle"), ("sel.years", ["2024", "2025"]) -> "Kjønn: alle; år: 2024, 2025". An
    empty list reads "ingen valgt"; no pairs, "Ingen filtre ..."; `fixed` for a card without
    filters that always shows one slice ("Ingen filtre. Kortet viser år: 2025")."""
    if not pairs:
        return t("card.filters_none")
    parts = []
    for key, value in pairs:
        if isinstance(value, (list, tuple)):
            value = ", ".join(map(str, value)) if value else t("card.filters_nothing")
        parts.append(f"{t(key)}: {value}")
    text = "; ".join(parts)
    return t("card.filters_fixed", selection=text) if fixed else text[:1].upper() + text[1:]


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _places(payload: dict, column: str, values: list) -> list[int | None]:
    """Decimals of each row's value in `column`: its own (row_decimals: a value as its source
    writes it), else the column's (decimals), else the table view's rule for a column that
    declares none: a whole number without decimals, any other number with one. So a count
    with a gap in its column is written "3500", never "3500,0" (pandas makes such a column
    float), and no column carries a float's 16 digits."""
    own = payload.get("row_decimals", {}).get(column)
    if own is not None:
        return list(own)
    declared = payload.get("decimals", {}).get(column)
    if declared is not None:
        return [declared] * len(values)
    return [(0 if float(v).is_integer() else 1) if _number(v) and not math.isnan(v) else None for v in values]


def _shown(value, places: int | None, decimal: str | None):
    """A number at the precision the table view shows it: an int for 0 decimals, a rounded
    float otherwise; with `decimal`, as text with that decimal sign and every shown decimal
    (so '5' stays '5' beside '6,1' in one CSV column)."""
    if places is None or value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    if decimal is not None:
        return f"{value:.{places}f}".replace(".", decimal)
    return int(round(value)) if places == 0 else round(float(value), places)


def shown_frame(payload: dict, decimal: str | None = None) -> pd.DataFrame:
    """frame_from_payload with every number of a column that has decimals rounded as the table
    view shows it (text with `decimal` as decimal sign where given, for CSV)."""
    cols, rows = payload["columns"], payload["rows"]
    data = {}
    for c in cols:
        values = [r.get(c["id"]) for r in rows]
        places = _places(payload, c["id"], values)
        if any(p is not None for p in places):
            data[c["name"]] = pd.Series(
                [_shown(v, p, decimal) for v, p in zip(values, places, strict=True)], dtype=object
            )
        else:
            data[c["name"]] = values
    return pd.DataFrame(data, columns=[c["name"] for c in cols])


def to_csv_bytes(payload: dict) -> bytes:
    frame = shown_frame(payload, CSV_FORMATS[lang()][1])
    sep, decimal = CSV_FORMATS[lang()]
    text = frame.to_csv(index=False, sep=sep, decimal=decimal, lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")


def to_xlsx_bytes(payload: dict, today: date | None = None) -> bytes:
    frame = shown_frame(payload)
    today = today or date.today()
    header = [
        (t("card.xlsx_title"), payload.get("title", "")),
        ("", payload.get("subtitle", "")),
        (t("card.xlsx_source"), payload.get("source", "")),
        (t("card.xlsx_filters"), payload.get("filters", "")),
        (t("card.xlsx_downloaded"), today.isoformat()),
    ]
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        sheet = t("card.xlsx_sheet")
        frame.to_excel(writer, sheet_name=sheet, index=False, startrow=len(header) + 1)
        ws = writer.sheets[sheet]
        for i, (k, v) in enumerate(header, start=1):
            ws.cell(row=i, column=1, value=k)
            ws.cell(row=i, column=2, value=v)
        ws.column_dimensions["A"].width = 28
    return buf.getvalue()
