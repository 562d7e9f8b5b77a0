"""The card table view as one component (TextTable, drawn by assets/text-table.js): caption, column
and row headers, right-aligned numbers in Norwegian format (years not grouped), cells as text.
tests/browser/test_text_table.py checks what the script draws of it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.cards.registry import CardView
from dashboard.components.chart_card import table_view
from dashboard.components.own import NAMESPACE
from dashboard.components.table import TextTable, html_table, table_props

ASSET = Path(__file__).resolve().parents[2] / "assets" / "text-table.js"


def view(frame, columns, **kwargs) -> TextTable:
    return table_view(CardView(None, frame, columns, title="Tittel", subtitle="undertittel", **kwargs).payload())


def test_a_table_view_is_one_component_whatever_its_size():
    frame = pd.DataFrame({"year": range(1900, 2200), "n": range(300), "share": [0.5] * 300})
    component = view(frame, {"year": "År", "n": "Antall", "share": "Andel"})
    assert isinstance(component, TextTable)
    as_json = component.to_plotly_json()
    assert (as_json["namespace"], as_json["type"]) == (NAMESPACE, "TextTable")
    assert "children" not in as_json["props"]  # no child components at all
    assert len(component.rows) == 300 and component.header == ["År", "Antall", "Andel"]
    assert f"window.{NAMESPACE} = " in ASSET.read_text(encoding="utf-8") and "TextTable" in ASSET.read_text()


def test_caption_column_headers_and_right_aligned_numbers():
    frame = pd.DataFrame({"area": ["Oslo", "Bergen"], "deaths": [61, 12979]})
    table = view(frame, {"area": "Område", "deaths": "Dødsfall"})
    assert table.caption == "Tittel – undertittel"
    assert table.header == ["Område", "Dødsfall"]
    assert table.numeric == [1]  # text left, numbers right, in the header as in the body
    assert "caption-top" in table.tableClassName.split() and "table-striped" in table.tableClassName.split()
    assert table.rows == [["Oslo", "61"], ["Bergen", "12\u00a0979"]]
    assert table.rowHeaders is True  # the areas name the rows


def test_first_column_is_a_row_header_only_when_it_names_the_rows():
    assert table_props(["År", "n"], [["2024", "1"], ["2025", "2"]])["rowHeaders"] is True
    repeated = table_props(["År", "Kjønn", "n"], [["2024", "menn", "1"], ["2024", "kvinner", "2"]])
    assert repeated["rowHeaders"] is False
    assert table_props(["År", "n"], [["2024", "1"]])["rowHeaders"] is False  # one row names nothing
    assert table_props(["År", "n"], [["2024", "1"], ["2025", "2"]], row_headers=False)["rowHeaders"] is False


def test_years_are_not_grouped_and_decimals_use_a_comma():
    frame = pd.DataFrame({"year": [2013, 2025], "percent": [26.6, 8.1], "n": [None, 3500]})
    table = view(frame, {"year": "År", "percent": "Prosent", "n": "Antall"}, decimals={"percent": 1})
    assert table.rows == [["2013", "26,6", "mangler"], ["2025", "8,1", "3\u00a0500"]]


def test_cells_are_sent_as_the_text_they_are():
    # React writes them as text (tests/browser/test_text_table.py): nothing is escaped or dropped here
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>{tag}&amp;\n\nline'
    props = table_props([hostile, "b"], [[hostile, "1"], ["x", "2"]], caption=hostile)
    assert props["caption"] == props["header"][0] == props["rows"][0][0] == hostile


def test_html_table_is_a_text_table_of_the_props():
    component = html_table(["a"], [["1"]], numeric={0}, caption="c")
    expected = table_props(["a"], [["1"]], numeric={0}, caption="c")
    assert {k: getattr(component, k) for k in expected} == expected
    assert component.className == "cc-table-html"


def test_an_empty_table_says_so_in_words():
    empty = pd.DataFrame({"year": [], "n": []})
    for payload in (None, CardView(None, empty, {"year": "År", "n": "n"}, title="x").payload()):
        assert table_view(payload).children == "Ingen tall for dette utvalget."
