"""The table components. Both draw the same Bootstrap table (striped, hover, small, caption on top),
so every table of the dashboard looks and reads alike.

- `html_table`: a table of text cells as ONE component (`TextTable`, a component of our own whose
  script is assets/text-table.js). The card table views use it: drawn as Dash components (a Tr per
  row, a Td per cell), the eight tables of /cannabis were 1,575 components against 341 for the rest
  of the page, and each costs Dash's renderer far more than a plain DOM node; as one component a
  table costs one. Its cells are text that React puts into the page as text, never as markup.
  (It was a dcc.Markdown holding HTML we escaped: that needed dcc's markdown code, 325 KB of
  script, which every chart page loaded and ran before its first render.)
- `simple_table`: Dash components, for the few small tables whose cells are components
  (download buttons, marked words) or carry per-row attributes a callback reads.

Accessibility is the same in both: a `<caption>`, `<th scope="col">` headers, numbers
right-aligned; `html_table` also marks the first cell of each row as its row header when that
column names the rows (its values are all different), as a screen reader then reads it with
every number of the row.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.components.own import OwnComponent

TABLE_CLASSES = "table table-sm table-hover"


class TextTable(OwnComponent):
    """A table of text cells drawn by assets/text-table.js: `header` (column names), `rows` (lists
    of cell texts), `numeric` (indices of the right-aligned columns), `caption`, `rowHeaders` (the
    first cell of each row is its row header), `tableClassName` (the table's classes) and
    `className` (its wrapper's)."""

    _type = "TextTable"
    _prop_names = ["id", "header", "rows", "numeric", "caption", "rowHeaders", "tableClassName", "className"]
    available_properties = _prop_names


def table_props(
    header: list[str],
    rows: list[list[str]],
    *,
    numeric: set[int] | frozenset = frozenset(),
    caption: str | None = None,
    row_headers: bool | None = None,
    striped: bool = True,
    small: bool = False,
    class_name: str = "",
) -> dict:
    """The TextTable properties of a table of already formatted text cells. `row_headers=None`
    makes the first column the row header when its values are all different."""
    if row_headers is None:
        first = [r[0] for r in rows if r]
        row_headers = len(rows) > 1 and len(set(first)) == len(first) == len(rows)
    classes = " ".join(
        x
        for x in (
            TABLE_CLASSES,
            "table-striped" if striped else "",
            "caption-top" if caption else "",
            "small" if small else "",
            class_name,
        )
        if x
    )
    return {
        "header": [str(h) for h in header],
        "rows": [[str(cell) for cell in row] for row in rows],
        "numeric": sorted(numeric),
        "caption": caption or None,
        "rowHeaders": bool(row_headers),
        "tableClassName": classes,
    }


def html_table(header: list[str], rows: list[list[str]], **kwargs) -> TextTable:
    """One component drawing the table of `table_props(header, rows, **kwargs)`."""
    return TextTable(className="cc-table-html", **table_props(header, rows, **kwargs))


def simple_table(
    header: list,
    rows: list[list],
    *,
    numeric: set[int] | frozenset = frozenset(),
    caption: str | None = None,
    row_classes: list | None = None,
    row_attrs: list[dict] | None = None,
    striped: bool = True,
    small: bool = False,
    **kwargs,
) -> dbc.Table:
    """A table of already formatted cells (text or components); columns in `numeric` are right-aligned."""

    def cls(i):
        return "text-end" if i in numeric else None

    head = html.Thead(html.Tr([html.Th(h, scope="col", className=cls(i)) for i, h in enumerate(header)]))
    body = html.Tbody(
        [
            html.Tr(
                [html.Td(cell, className=cls(i)) for i, cell in enumerate(row)],
                className=(row_classes or [None] * len(rows))[n],
                **((row_attrs or [{}] * len(rows))[n]),
            )
            for n, row in enumerate(rows)
        ]
    )
    parts = ([html.Caption(caption)] if caption else []) + [head, body]
    class_name = " ".join(
        x for x in ("caption-top" if caption else "", "small" if small else "", kwargs.pop("className", "")) if x
    )
    return dbc.Table(parts, striped=striped, hover=True, size="sm", className=class_name or None, **kwargs)
