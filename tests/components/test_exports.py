import io

import openpyxl
import pandas as pd
import pytest

from dashboard.cards.registry import CardView
from dashboard.components.chart_card import table_view
from dashboard.components.exports import slug, to_csv_bytes, to_xlsx_bytes
from dashboard.components.table import TextTable

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
    # a count whose column has a gap stays a whole number ("3500", not "3500,0"); the gap is empty
    assert text.splitlines() == ["År;Prosent;Antall svar", "2024;8,9;3500", "2025;8,1;"]
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
    """The text of every body cell (row headers included) of a table view (a TextTable)."""
    return [cell for row in component.rows for cell in row]


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


# ------------------------------------------------------------------ shown precision (issue 15)
def test_a_count_with_a_gap_is_a_whole_number_in_every_format():
    from dashboard.i18n import use_lang

    with use_lang("en"):
        assert to_csv_bytes(PAYLOAD).decode("utf-8-sig").splitlines()[1:] == ["2024,8.9,3500", "2025,8.1,"]
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(PAYLOAD))).active
    count = ws["C8"].value
    assert count == 3500 and isinstance(count, int) and ws["C9"].value is None


def test_an_undeclared_float_column_is_written_as_the_table_shows_it():
    """No float's 16 digits and no scientific notation, even where a card declares no decimals."""
    frame = pd.DataFrame({"year": [2024, 2025], "ratio": [0.1 + 0.2, 1.0e-7], "n": [12.0, None]})
    payload = CardView(None, frame, {"year": "År", "ratio": "Forhold", "n": "Antall"}, title="x").payload()
    lines = to_csv_bytes(payload).decode("utf-8-sig").splitlines()
    assert lines[1:] == ["2024;0,3;12", "2025;0,0;"]


def _csv_rows(name: str, state: dict | None = None) -> list[str]:
    from dashboard.cards import registry

    spec, _ = registry.CARDS[name]
    return to_csv_bytes(registry.view(name, state or spec.defaults()).payload()).decode("utf-8-sig").splitlines()


def test_real_cards_write_the_sources_numbers_in_each_language():
    """Pinned to data/raw: EUDA ww2025-all-data.csv (2024, cannabis, NO007 "Oslo (2)": daily mean
    163.11, weekday 157.55, weekend 167.29; NL001 Amsterdam 319.46, 366.62, 284.09, no plant count),
    the survey widgets (figure 18: cocaine lifetime 2025, all 8.1 [7–9.2], n 3720; men 10.5
    [8.8–12.2], n 1780) and the PWID widget (2024: 12979, 3-year average 14326)."""
    import dashboard.cards  # noqa: F401
    from dashboard.i18n import use_lang

    with use_lang("nb"):
        europe, cocaine, pwid = _csv_rows("ww-europe"), _csv_rows("stimulants-snapshot"), _csv_rows("pwid-estimate")
    assert any(line.endswith(";Oslo;Norge;2;163,11;157,55;167,29;") for line in europe)
    assert any(line.endswith(";Amsterdam;Nederland;;319,46;366,62;284,09;") for line in europe)
    assert "kokain;noen gang;alle;16–64 år;8,1;7,0;9,2;3720;" in "\n".join(cocaine)
    assert "kokain;noen gang;menn;16–64 år;10,5;8,8;12,2;1780;" in "\n".join(cocaine)
    assert "2024;12979;14326" in pwid
    with use_lang("en"):
        europe, cocaine, pwid = _csv_rows("ww-europe"), _csv_rows("stimulants-snapshot"), _csv_rows("pwid-estimate")
    assert any(line.endswith(",Oslo,Norway,2,163.11,157.55,167.29,") for line in europe)
    assert any(line.endswith(",Amsterdam,Netherlands,,319.46,366.62,284.09,") for line in europe)
    assert "cocaine,lifetime,all,ages 16–64,8.1,7.0,9.2,3720," in "\n".join(cocaine)
    assert "2024,12979,14326" in pwid


def test_p_values_are_written_as_the_table_writes_them():
    """A p below 0.0001 is "< 0,0001" ("< 0.0001" in English), never "0,0000" or 1e-06."""
    import dashboard.cards  # noqa: F401
    from dashboard.i18n import use_lang

    for language, floor in (("nb", "< 0,0001"), ("en", "< 0.0001")):
        with use_lang(language):
            rows = _csv_rows("ww-compare-cities") + _csv_rows("ww-compare-time")
        text = "\n".join(rows)
        assert floor in text and "0,0000" not in text and "0.0000" not in text
        assert not any(ch in text for ch in ("e-0", "E-0")), text


def _normalised(cell: str, language: str) -> str:
    """A table-view cell as a CSV writes it: no thousands grouping, ASCII minus, gaps empty."""
    import re

    from dashboard.i18n import t, use_lang

    with use_lang(language):
        if cell == t("misc.gap"):
            return ""
    group = "\u00a0" if language == "nb" else ","
    if re.fullmatch(r"[−-]?\d{1,3}(" + re.escape(group) + r"\d{3})+([.,]\d+)?", cell):
        cell = cell.replace(group, "")
    if re.fullmatch(r"−\d+([.,]\d+)?", cell):
        cell = "-" + cell[1:]
    return cell


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_card_csv_holds_what_its_table_view_shows(language):
    """Every cell of every card's CSV, default state: the table view's text, ungrouped; so the
    CSV is rounded exactly as the card shows its numbers."""
    import dashboard.cards  # noqa: F401
    from dashboard.cards import registry
    from dashboard.i18n import use_lang

    sep = {"nb": ";", "en": ","}[language]
    for name, (spec, _) in sorted(registry.CARDS.items()):
        with use_lang(language):
            payload = registry.view(name, spec.defaults()).payload()
            shown = [[_normalised(c, language) for c in row] for row in _rows_of(table_view(payload))]
            data = to_csv_bytes(payload)
        back = pd.read_csv(io.BytesIO(data), sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        assert back.values.tolist() == shown, name


def _rows_of(component) -> list[list[str]]:
    """The body rows of a table view (a TextTable); none for the words of an empty one."""
    return component.rows if isinstance(component, TextTable) else []
