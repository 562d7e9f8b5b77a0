"""The one table component: every table the dashboard draws (card table views, test results,
sampling weeks, county figures, downloads list) is a simple_table, so they look and read alike."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html


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
    """A table of already formatted cells; columns in `numeric` are right-aligned."""

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
