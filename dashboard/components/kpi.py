"""Key-figure tiles: one number with what it is, its uncertainty and how it has moved.

tile(title, value, note, href=None, trend=None) is used by every page that leads with key
figures. `trend` is a list of (text, direction) lines, direction one of "up", "down", "flat"
or None; the arrow is decoration only (aria-hidden), the text says it in words.
"""

from __future__ import annotations

import base64

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.figures.theme import PALETTE
from dashboard.i18n import t, with_lang

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
        lines.append(
            html.Li(
                [
                    html.Span(arrow + " ", **{"aria-hidden": "true"}, className=CLASSES.get(direction, ""))
                    if arrow
                    else None,
                    text,
                ],
                className="kpi-trend-line",
            )
        )
    return [html.Ul(lines, className="list-unstyled small mb-0 mt-2 kpi-trend")]


def tile(
    title: str, value: str, note: str = "", href: str | None = None, trend=None, tile_id: str | None = None
) -> dbc.Card:
    """A key-figure tile. `value` is already formatted (Norwegian number format)."""
    heading = html.H2(title, className="h6 text-muted mb-1 kpi-title")
    if href:
        heading = html.H2(dcc.Link(title, href=with_lang(href)), className="h6 mb-1 kpi-title")
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
    return dbc.Row(
        [dbc.Col(x, xs=12, md=6, lg=12 // max(1, min(len(tiles), 4)), className="mb-3") for x in tiles],
        className="kpi-row",
    )


def sparkline(series, fmt) -> html.Span | None:
    """A tiny inline SVG line (data URI image): no plotly, no extra script per tile."""
    if len(series) < 2:
        return None
    w, h, pad = 120, 28, 3
    xs = [y for y, _ in series]
    vs = [v for _, v in series]
    lo, hi = min(vs), max(vs)
    span_x, span_v = (xs[-1] - xs[0]) or 1, (hi - lo) or 1
    pts = [(pad + (x - xs[0]) / span_x * (w - 2 * pad), h - pad - (v - lo) / span_v * (h - 2 * pad)) for x, v in series]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    ex, ey = pts[-1]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
        f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="2" points="{path}"/>'
        f'<circle cx="{ex:.1f}" cy="{ey:.1f}" r="2.5" fill="{PALETTE[0]}"/></svg>'
    )
    src = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    alt = t("front.spark_alt", first=xs[0], last=xs[-1], v0=fmt(vs[0]), v1=fmt(vs[-1]))
    return html.Span(
        [
            html.Img(src=src, alt=alt, width=w, height=h, className="me-2 sparkline"),
            html.Span(t("front.spark_span", first=xs[0], last=xs[-1]), className="text-muted"),
        ]
    )
