"""The card table view as one component: escaped HTML with caption, column and row headers,
right-aligned numbers in Norwegian format (years not grouped), and nothing a cell holds can
break out of its cell."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
from dash import dcc

from dashboard.cards.registry import CardView
from dashboard.components.chart_card import table_view
from dashboard.components.table import html_table, table_markup


class _Table(HTMLParser):
    """Reads back a table's caption, headers, rows and each cell's tag and attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.caption = ""
        self.head: list[str] = []
        self.rows: list[list[str]] = []
        self.cells: list[tuple[str, dict]] = []  # body cells: (tag, attributes)
        self.table_class = ""
        self._in: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in.append(tag)
        if tag == "table":
            self.table_class = dict(attrs).get("class", "")
        if tag == "tr" and "tbody" in self._in:
            self.rows.append([])
        if tag in ("td", "th", "caption"):
            self._text = []
            if "tbody" in self._in and tag != "caption":
                self.cells.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in ("td", "th", "caption"):
            text = "".join(self._text)
            if tag == "caption":
                self.caption = text
            elif "tbody" in self._in:
                self.rows[-1].append(text)
            else:
                self.head.append(text)
        self._in.pop()

    def handle_data(self, data):
        self._text.append(data)


def parse(markup: str) -> dict:
    p = _Table()
    p.feed(markup)
    p.close()
    return {
        "tags": p.tags,
        "caption": p.caption,
        "head": p.head,
        "rows": p.rows,
        "cells": p.cells,
        "class": p.table_class,
    }


def view(frame, columns, **kwargs) -> dcc.Markdown:
    return table_view(CardView(None, frame, columns, title="Tittel", subtitle="undertittel", **kwargs).payload())


def test_a_table_view_is_one_component_whatever_its_size():
    frame = pd.DataFrame({"year": range(1900, 2200), "n": range(300), "share": [0.5] * 300})
    component = view(frame, {"year": "År", "n": "Antall", "share": "Andel"})
    assert isinstance(component, dcc.Markdown)
    assert component.dangerously_allow_html is True
    assert isinstance(component.children, str)  # no child components at all
    table = parse(component.children)
    assert len(table["rows"]) == 300 and table["head"] == ["År", "Antall", "Andel"]


def test_caption_column_headers_and_right_aligned_numbers():
    frame = pd.DataFrame({"area": ["Oslo", "Bergen"], "deaths": [61, 12979]})
    markup = view(frame, {"area": "Område", "deaths": "Dødsfall"}).children
    table = parse(markup)
    assert table["caption"] == "Tittel – undertittel"
    assert markup.count('<th scope="col"') == 2
    assert "caption-top" in table["class"] and "table-striped" in table["class"]
    # text left, numbers right, in the header as in the body
    assert '<th scope="col">Område</th>' in markup and '<th scope="col" class="text-end">Dødsfall</th>' in markup
    assert [attrs.get("class") for _, attrs in table["cells"]] == [None, "text-end", None, "text-end"]
    assert table["rows"] == [["Oslo", "61"], ["Bergen", "12\u00a0979"]]


def test_first_column_is_a_row_header_only_when_it_names_the_rows():
    unique = parse(table_markup(["År", "n"], [["2024", "1"], ["2025", "2"]]))
    assert [tag for tag, _ in unique["cells"]] == ["th", "td", "th", "td"]
    assert all(attrs.get("scope") == "row" for tag, attrs in unique["cells"] if tag == "th")
    repeated = parse(table_markup(["År", "Kjønn", "n"], [["2024", "menn", "1"], ["2024", "kvinner", "2"]]))
    assert [tag for tag, _ in repeated["cells"]] == ["td"] * 6


def test_years_are_not_grouped_and_decimals_use_a_comma():
    frame = pd.DataFrame({"year": [2013, 2025], "percent": [26.6, 8.1], "n": [None, 3500]})
    table = parse(view(frame, {"year": "År", "percent": "Prosent", "n": "Antall"}, decimals={"percent": 1}).children)
    assert table["rows"] == [["2013", "26,6", "mangler"], ["2025", "8,1", "3\u00a0500"]]


def test_markup_in_cells_and_headers_is_text_never_html():
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>{tag}&amp;\n\nline'
    markup = table_markup([hostile, "b"], [[hostile, "1"], ["x", "2"]], caption=hostile)
    table = parse(markup)
    assert table["tags"] == ["table", "caption", "thead", "tr", "th", "th", "tbody", "tr", "th", "td", "tr", "th", "td"]
    shown = hostile.replace("\n", " ")  # a blank line would end Dash's markdown HTML block
    assert table["caption"] == table["head"][0] == table["rows"][0][0] == shown
    assert "{" not in markup and "}" not in markup  # Dash's Markdown reads braces in HTML as JSX code
    assert "\n" not in markup


def test_html_table_wraps_the_markup():
    component = html_table(["a"], [["1"]], numeric={0}, caption="c")
    assert component.children == table_markup(["a"], [["1"]], numeric={0}, caption="c")


def test_an_empty_table_says_so_in_words():
    empty = pd.DataFrame({"year": [], "n": []})
    for payload in (None, CardView(None, empty, {"year": "År", "n": "n"}, title="x").payload()):
        assert table_view(payload).children == "Ingen tall for dette utvalget."
