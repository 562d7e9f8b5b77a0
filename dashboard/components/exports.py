"""Pure functions that turn a chart card's data payload into downloadable files.

CSV for Norwegian Excel: ';' separator, decimal comma, UTF-8 with BOM.
XLSX: a header block (title, source, filters, download date) above the table.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pandas as pd

from dashboard.i18n import t


def slug(text: str) -> str:
    """File-name-safe ASCII slug: 'Kokain, menn 16–64' -> 'kokain-menn-16-64'."""
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = text.replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A")
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)  # dashes (16–64) keep their place as separators
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120] or "figur"


def frame_from_payload(payload: dict) -> pd.DataFrame:
    """The data table of a card payload, with Norwegian column headers."""
    cols = payload["columns"]
    frame = pd.DataFrame(payload["rows"], columns=[c["id"] for c in cols])
    return frame.rename(columns={c["id"]: c["name"] for c in cols})


def to_csv_bytes(payload: dict) -> bytes:
    frame = frame_from_payload(payload)
    text = frame.to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")


def to_xlsx_bytes(payload: dict, today: date | None = None) -> bytes:
    frame = frame_from_payload(payload)
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
