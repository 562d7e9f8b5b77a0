"""The chart card: the unit of the interface (see DESIGN.md).

A card shows one figure with a table view of the same numbers, an "Om tallene" panel and
downloads (PNG, PNG 1600×900, SVG, CSV for Norwegian Excel, XLSX). A page fills a card by
returning two values from its callback: the figure for card_graph(name) and a payload from
card_payload(...) for card_data(name). Everything else (table, title, downloads) is done by
the generic pattern-matching callbacks below, registered once for every card.
"""
from __future__ import annotations

import math

import dash_bootstrap_components as dbc
import pandas as pd
from dash import MATCH, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.exports import slug, to_csv_bytes, to_xlsx_bytes
from dashboard.i18n import fmt_num, t

GRAPH, DATA, TABLE, TITLE, DOWNLOAD, IMG_SINK = (
    "cc-graph", "cc-data", "cc-table", "cc-title", "cc-download", "cc-img-sink")
IMG_BUTTON, FILE_BUTTON = "cc-img", "cc-file"
IMAGE_KINDS = ("png", "slide", "svg")
FILE_KINDS = ("csv", "xlsx")


def card_graph(name: str) -> dict:
    return {"type": GRAPH, "card": name}


def card_data(name: str) -> dict:
    return {"type": DATA, "card": name}


def card_outputs(name: str) -> list[Output]:
    """The two outputs a page callback fills for card `name`: figure and data payload."""
    return [Output(card_graph(name), "figure"), Output(card_data(name), "data")]


GRAPH_CONFIG = {
    "displaylogo": False,
    "locale": "no",  # assets/plotly-locale-no.js: Norwegian toolbar labels
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def chart_card(name: str, about, *, height: int = 480, controls=None, graph_config: dict | None = None) -> dbc.Card:
    """The layout of one card. `about` is the content of the "Om tallene" panel; `controls`
    are filters that belong to this card only; `graph_config` adds to the shared plotly config."""
    img_buttons = [
        dbc.Button(t(f"card.{'png_slide' if k == 'slide' else k}"), id={"type": IMG_BUTTON, "card": name, "kind": k},
                   size="sm", color="secondary", outline=True, className="me-1")
        for k in IMAGE_KINDS
    ]
    file_buttons = [
        dbc.Button(t(f"card.{k}"), id={"type": FILE_BUTTON, "card": name, "kind": k},
                   size="sm", color="secondary", outline=True, className="me-1")
        for k in FILE_KINDS
    ]
    return dbc.Card(className="chart-card mb-4", id=f"card-{name}", children=[
        dbc.CardHeader(html.H2(id={"type": TITLE, "card": name}, className="h5 mb-0")),
        dbc.CardBody([
            controls or html.Div(),
            dbc.Tabs(active_tab="chart", className="mt-2", children=[
                dbc.Tab(label=t("card.tab_chart"), tab_id="chart", children=dcc.Loading(dcc.Graph(
                    id=card_graph(name), config={**GRAPH_CONFIG, **(graph_config or {})}, style={"height": f"{height}px"},
                    figure={"data": [], "layout": {"height": height}}), delay_show=400)),
                dbc.Tab(label=t("card.tab_table"), tab_id="table", children=html.Div(
                    id={"type": TABLE, "card": name}, className="table-responsive cc-table mt-2")),
            ]),
            html.Details(className="mt-3 about", children=[
                html.Summary(t("card.about")),
                html.Div(about, className="mt-2 small"),
            ]),
            html.Div(className="mt-3 d-flex flex-wrap align-items-center gap-1 cc-downloads",
                     role="group", **{"aria-label": t("card.download_label")}, children=[
                html.Span(t("card.download") + ":", className="me-2 small text-muted"),
                *img_buttons, html.Span(className="mx-1"), *file_buttons,
            ]),
            dcc.Store(id=card_data(name)),
            dcc.Store(id={"type": IMG_SINK, "card": name}),
            dcc.Download(id={"type": DOWNLOAD, "card": name}),
        ]),
    ])


def card_payload(frame: pd.DataFrame, columns: dict[str, str], *, title: str, subtitle: str = "",
                 source: str = "", filename: list[str] | str = "", filters: str = "",
                 decimals: dict[str, int] | None = None) -> dict:
    """The data shown by a card, as JSON for its Store: rows, Norwegian headers and metadata.

    `columns` maps frame columns to headers (in display order); `decimals` gives the
    number of decimals per numeric column in the table view (downloads keep full values).
    """
    cols = list(columns)
    rows = frame[cols].astype(object).where(frame[cols].notna(), None).to_dict("records")
    parts = filename if isinstance(filename, list) else [filename or title]
    return {
        "columns": [{"id": c, "name": columns[c]} for c in cols],
        "rows": rows,
        "decimals": decimals or {},
        "title": title,
        "subtitle": subtitle,
        "source": source,
        "filters": filters,
        "filename": slug("-".join(p for p in parts if p)),
    }


def _cell(value, decimals: int | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("misc.gap")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return fmt_num(value, decimals if decimals is not None else (0 if float(value).is_integer() else 1))
    return str(value)


def table_view(payload: dict | None):
    """The accessible table of a payload, numbers in Norwegian format."""
    if not payload or not payload.get("rows"):
        return html.P(t("card.empty"), className="text-muted")
    cols = payload["columns"]
    decimals = payload.get("decimals", {})
    numeric = {c["id"] for c in cols if any(isinstance(r.get(c["id"]), (int, float)) and
                                           not isinstance(r.get(c["id"]), bool) for r in payload["rows"])}
    head = html.Thead(html.Tr([html.Th(c["name"], scope="col",
                                       className="text-end" if c["id"] in numeric else None) for c in cols]))
    body = html.Tbody([
        html.Tr([html.Td(_cell(r.get(c["id"]), decimals.get(c["id"])),
                         className="text-end" if c["id"] in numeric else None) for c in cols])
        for r in payload["rows"]
    ])
    caption = html.Caption(" – ".join(p for p in (payload.get("title"), payload.get("subtitle")) if p))
    return dbc.Table([caption, head, body], striped=True, hover=True, size="sm", className="caption-top")


@callback(Output({"type": TABLE, "card": MATCH}, "children"),
          Output({"type": TITLE, "card": MATCH}, "children"),
          Input({"type": DATA, "card": MATCH}, "data"))
def _render_table(payload):
    if payload is not None and not isinstance(payload, dict):
        raise PreventUpdate
    return table_view(payload), (payload or {}).get("title", "")


@callback(Output({"type": DOWNLOAD, "card": MATCH}, "data"),
          Input({"type": FILE_BUTTON, "card": MATCH, "kind": "csv"}, "n_clicks"),
          Input({"type": FILE_BUTTON, "card": MATCH, "kind": "xlsx"}, "n_clicks"),
          State({"type": DATA, "card": MATCH}, "data"),
          prevent_initial_call=True)
def _download_file(_csv, _xlsx, payload):
    kind = (ctx.triggered_id or {}).get("kind")
    if kind not in FILE_KINDS or not isinstance(payload, dict) or "rows" not in payload:
        raise PreventUpdate
    if kind == "csv":
        return dcc.send_bytes(to_csv_bytes(payload), f"{payload['filename']}.csv")
    return dcc.send_bytes(to_xlsx_bytes(payload), f"{payload['filename']}.xlsx")


clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="downloadImage"),
    Output({"type": IMG_SINK, "card": MATCH}, "data"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "png"}, "n_clicks"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "slide"}, "n_clicks"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "svg"}, "n_clicks"),
    State({"type": DATA, "card": MATCH}, "data"),
    prevent_initial_call=True,
)
