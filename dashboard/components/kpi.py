"""Key-figure tiles: one number with what it is, its uncertainty and how it has moved.

tile(title, value, note, href=None, trend=None) is used by every page that leads with key
figures. `trend` is a list of (text, direction) lines, direction one of "up", "down", "flat"
or None; the arrow is decoration only (aria-hidden), the text says it in words.
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

ARROWS = {"up": "▲", "down": "▼", "flat": "●"}
CLASSES = {"up": "kpi-up", "down": "kpi-down", "flat": "kpi-flat"}


def _trend_lines(trend) -> list:
    if trend is None:
        return []
    if isinstance(trend, str):
        trend = [(trend, None)]
    lines = []
    for item in trend:
        text, direction = (item, None) if isinstance(item, str) else item
        arrow = ARROWS.get(direction)
        lines.append(html.Li([
            html.Span(arrow + " ", **{"aria-hidden": "true"}, className=CLASSES.get(direction, "")) if arrow else None,
            text,
        ], className="kpi-trend-line"))
    return [html.Ul(lines, className="list-unstyled small mb-0 mt-2 kpi-trend")]


def tile(title: str, value: str, note: str = "", href: str | None = None, trend=None,
         tile_id: str | None = None) -> dbc.Card:
    """A key-figure tile. `value` is already formatted (Norwegian number format)."""
    heading = html.H2(title, className="h6 text-muted mb-1 kpi-title")
    if href:
        heading = html.H2(dcc.Link(title, href=href), className="h6 mb-1 kpi-title")
    body = [
        heading,
        html.P(value, className="display-6 fw-semibold mb-0 kpi-value"),
        html.P(note, className="small text-muted mb-0 kpi-note") if note else None,
        *_trend_lines(trend),
    ]
    kwargs = {"id": tile_id} if tile_id else {}
    return dbc.Card(dbc.CardBody([b for b in body if b is not None]), className="kpi-tile h-100", **kwargs)


def tile_row(tiles: list) -> dbc.Row:
    """Tiles side by side on wide screens, stacked on phones."""
    return dbc.Row([dbc.Col(x, xs=12, md=6, lg=12 // max(1, min(len(tiles), 4)), className="mb-3") for x in tiles],
                   className="kpi-row")
