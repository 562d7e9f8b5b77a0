import io

import openpyxl
import pandas as pd

from dashboard.cards.registry import CardView
from dashboard.components.chart_card import table_view
from dashboard.components.exports import slug, to_csv_bytes, to_xlsx_bytes

FRAME = pd.DataFrame({"year": [2024, 2025], "percent": [8.9, 8.1], "n": [3500, None]})
PAYLOAD = CardView(
    None,
    FRAME,
    {"year": "År", "percent": "Prosent", "n": "Antall svar"},
    title="Kokain noen gang, 16–64 år",
    subtitle="2013–2025",
    source="Rusundersøkelsen",
    filename=["sentralstimulerende", "kokain", "menn"],
    filters="kjønn: menn",
).payload()


def test_slug_is_ascii_and_readable():
    assert slug("Dødsfall i Møre og Romsdal, 2024") == "dodsfall-i-more-og-romsdal-2024"


def test_payload_keeps_gaps_as_none():
    assert PAYLOAD["rows"][1]["n"] is None
    assert PAYLOAD["filename"] == "sentralstimulerende-kokain-menn"


def test_csv_is_for_norwegian_excel():
    data = to_csv_bytes(PAYLOAD)
    assert data.startswith("\ufeff".encode("utf-8"))
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "År;Prosent;Antall svar"
    assert "2024;8,9;3500" in text
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert back["Prosent"].tolist() == [8.9, 8.1]


def test_xlsx_has_header_block_and_data():
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(PAYLOAD)))
    ws = wb.active
    assert ws["B1"].value == "Kokain noen gang, 16–64 år"
    assert ws["B3"].value == "Rusundersøkelsen"
    assert ws["B4"].value == "kjønn: menn"
    header_row = [c.value for c in ws[7]]
    assert header_row[:3] == ["År", "Prosent", "Antall svar"]
    assert [c.value for c in ws[8]][:2] == [2024, 8.9]


def test_table_view_uses_decimal_comma_and_marks_gaps():
    html = str(table_view(PAYLOAD))
    assert "8,9" in html and "mangler" in html


def test_slug_keeps_dashes_between_numbers():
    assert slug("Kokain, menn 16–64") == "kokain-menn-16-64"
    assert slug("cannabis 2013–2025") == "cannabis-2013-2025"


def _cells(component) -> list[str]:
    """The text of every body cell (row headers included) of a table view's HTML."""
    from tests.components.test_table import parse

    return [cell for row in parse(component.children)["rows"] for cell in row]


def test_table_view_never_groups_years():
    frame = pd.DataFrame({"year": [2024, 2025], "n": [3500, 12979]})
    cells = _cells(table_view(CardView(None, frame, {"year": "År", "n": "Antall"}, title="x").payload()))
    assert cells == ["2024", "3\u00a0500", "2025", "12\u00a0979"]


# ------------------------------------------------------------------ per interface language
def test_csv_in_english_uses_comma_separator_and_decimal_point():
    from dashboard.i18n import use_lang

    frame = pd.DataFrame({"year": [2024, 2025], "percent": [8.9, 8.1], "n": [11152, 3500]})
    payload = CardView(None, frame, {"year": "Year", "percent": "Per cent", "n": "Responses"}, title="x").payload()
    with use_lang("en"):
        data = to_csv_bytes(payload)
    assert data.startswith("\ufeff".encode("utf-8"))  # UTF-8 with BOM, as for bokmål: Excel reads it
    lines = data.decode("utf-8-sig").splitlines()
    assert lines == ["Year,Per cent,Responses", "2024,8.9,11152", "2025,8.1,3500"]  # no grouping
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")  # pandas' defaults: ',' and '.'
    assert back["Per cent"].tolist() == [8.9, 8.1]


def test_csv_quotes_a_text_that_holds_the_separator():
    from dashboard.i18n import use_lang

    frame = pd.DataFrame({"place": ["Oslo, Bergen"], "value": [1.5]})
    payload = CardView(None, frame, {"place": "Place", "value": "Value"}, title="x").payload()
    with use_lang("en"):
        assert to_csv_bytes(payload).decode("utf-8-sig").splitlines()[1] == '"Oslo, Bergen",1.5'
    with use_lang("nb"):
        assert to_csv_bytes(payload).decode("utf-8-sig").splitlines()[1] == "Oslo, Bergen;1,5"


def test_xlsx_header_block_in_english():
    from dashboard.i18n import use_lang

    with use_lang("en"):
        ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(PAYLOAD))).active
    assert [ws["A1"].value, ws["A3"].value, ws["A4"].value, ws["A5"].value] == [
        "Title",
        "Source",
        "Selection",
        "Downloaded",
    ]


def test_a_card_download_is_named_and_headed_in_its_language():
    from dashboard.cards import registry
    from dashboard.i18n import use_lang

    spec, _ = registry.CARDS["ww-europe"]
    with use_lang("en"):
        en = registry.view("ww-europe", spec.defaults()).payload()
    with use_lang("nb"):
        nb = registry.view("ww-europe", spec.defaults()).payload()
    assert nb["filename"].startswith("avlopsvann-europa-")
    assert en["filename"].startswith("wastewater-europe-")
    assert en["filename"].split("-")[-1] == nb["filename"].split("-")[-1]  # the same year
    assert [c["name"] for c in en["columns"]] != [c["name"] for c in nb["columns"]]
