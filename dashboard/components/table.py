"""The table components. Both draw the same Bootstrap table (striped, hover, small, caption on top),
so every table of the dashboard looks and reads alike.

- `html_table`: a table of text cells as ONE component (a dcc.Markdown holding HTML we generate
  and escape here). The card table views use it: drawn as Dash components (a Tr per row, a Td per
  cell), the eight tables of /cannabis were 1,575 components against 341 for the rest of the
  page, and each costs Dash's renderer far more than a plain DOM node; as one component a table
  costs one. Dash's Markdown hands the HTML to its JSX parser (no eval, and it refuses `<script>`
  and `on*` attributes anyway), which turns it into plain React elements. The first table opened
  loads dcc's markdown chunk once (66 KB compressed).
- `simple_table`: Dash components, for the few small tables whose cells are components
  (download buttons, marked words) or carry per-row attributes a callback reads.

Accessibility is the same in both: a `<caption>`, `<th scope="col">` headers, numbers
right-aligned; `html_table` also marks the first cell of each row as its row header when that
column names the rows (its values are all different), as a screen reader then reads it with
every number of the row.
"""

from __future__ import annotations

import html as _html

import dash_bootstrap_components as dbc
from dash import dcc, html

TABLE_CLASSES = "table table-sm table-hover"
# A markdown HTML block ends at a blank line and JSX reads braces as code: neither may reach it
# from a cell (CommonMark's HTML block rule; Dash's Markdown parses the HTML as JSX).
_JSX_SAFE = str.maketrans({"{": "&#123;", "}": "&#125;", "\n": " ", "\r": " "})


def escape(text) -> str:
    """Cell or caption text as HTML text: every markup character escaped, and braces and line
    breaks too (see _JSX_SAFE)."""
    return _html.escape(str(text), quote=True).translate(_JSX_SAFE)


def table_markup(
    header: list[str],
    rows: list[list[str]],
    *,
    numeric: set[int] | frozenset = frozenset(),
    caption: str | None = None,
    row_headers: bool | None = None,
    striped: bool = True,
    small: bool = False,
    class_name: str = "",
) -> str:
    """The HTML of a table of already formatted text cells, on one line. `row_headers=None`
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

    def align(i: int) -> str:
        return ' class="text-end"' if i in numeric else ""

    out = [f'<table class="{escape(classes)}">']
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>")
    out.extend(f'<th scope="col"{align(i)}>{escape(h)}</th>' for i, h in enumerate(header))
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            if i == 0 and row_headers:
                out.append(f'<th scope="row"{align(i)}>{escape(cell)}</th>')
            else:
                out.append(f"<td{align(i)}>{escape(cell)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def html_table(header: list[str], rows: list[list[str]], **kwargs) -> dcc.Markdown:
    """One component drawing the table of `table_markup(header, rows, **kwargs)`."""
    return dcc.Markdown(table_markup(header, rows, **kwargs), dangerously_allow_html=True, className="cc-table-html")


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
