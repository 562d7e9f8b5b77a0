"""The chart card (see DESIGN.md), generated from the card registry (dashboard/cards/registry.py).

card(spec, card, state) lays out one card with its figure already drawn for the state of the URL,
so a page shows its charts without a round trip. register_callbacks(spec) adds, per card that
reads filters, one callback whose inputs are exactly those filters; and per panel one likewise;
and one that writes the page's state into the address bar. The table view and the CSV/XLSX
downloads are generic pattern-matching callbacks: they rebuild the card on the server from the
validated state kept in the card's small meta store, never from rows a browser sends, and the
table is built only when its tab is open.

Component ids, one convention: a page's filter `{page}-{filter}`, a panel `{page}-{panel}`, a
card's outer element `card-{card}`, and the parts of a card {"type": CC_*, "card": name}.
"""

from __future__ import annotations

import math

import dash
import dash_bootstrap_components as dbc
from dash import MATCH, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.cards import registry
from dashboard.cards.registry import Card, CardView, Invalid, PageSpec
from dashboard.components import filters as filter_controls
from dashboard.components.exports import to_csv_bytes, to_xlsx_bytes
from dashboard.components.table import simple_table
from dashboard.components.url_state import url_output, url_store
from dashboard.i18n import fmt_num, t

GRAPH, META, TABLE, TITLE, NOTE, TABS = "cc-graph", "cc-meta", "cc-table", "cc-title", "cc-note", "cc-tabs"
DOWNLOAD, IMG_SINK, IMG_BUTTON, FILE_BUTTON = "cc-download", "cc-img-sink", "cc-img", "cc-file"
IMAGE_KINDS = ("png", "slide", "svg")
FILE_KINDS = ("csv", "xlsx")

GRAPH_CONFIG = {
    "displaylogo": False,
    # No door to Plotly's cloud: the toolbar's "Share chart"/"Edit in Chart Studio" would upload the
    # chart to a third party, which a closed-network public-statistics site must not offer.
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "locale": "no",  # assets/plotly-locale-no.js: Norwegian toolbar labels
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def part(kind: str, card_name: str) -> dict:
    return {"type": kind, "card": card_name}


def panel_id(spec: PageSpec, name: str) -> str:
    return f"{spec.name}-{name}"


def meta(spec: PageSpec, card: Card, state: dict, view: CardView) -> dict:
    """The card's small client-side record: the state it was built for and its file name."""
    return {"page": spec.name, "state": {k: state[k] for k in card.reads}, "filename": view.file_stem()}


def card(spec: PageSpec, card_: Card | str, state: dict) -> dbc.Card:
    """The layout of one card, drawn for `state`."""
    c = spec.card(card_) if isinstance(card_, str) else card_
    view = registry.view(c.name, state)
    name = c.name
    buttons = [
        dbc.Button(
            t(f"card.{'png_slide' if k == 'slide' else k}"),
            id={"type": IMG_BUTTON, "card": name, "kind": k},
            size="sm",
            color="secondary",
            outline=True,
            className="me-1",
        )
        for k in IMAGE_KINDS
    ]
    files = [
        dbc.Button(
            t(f"card.{k}"),
            id={"type": FILE_BUTTON, "card": name, "kind": k},
            size="sm",
            color="secondary",
            outline=True,
            className="me-1",
        )
        for k in FILE_KINDS
    ]
    controls = [filter_controls.control(spec, spec.filter(f), state, compact=True) for f in c.controls]
    return dbc.Card(
        className="chart-card mb-4",
        id=f"card-{name}",
        children=[
            dbc.CardHeader(html.H2(view.title, id=part(TITLE, name), className="h5 mb-0")),
            dbc.CardBody(
                [
                    dbc.Row([dbc.Col(x, md="auto") for x in controls], className="g-3 align-items-end mb-2")
                    if controls
                    else None,
                    c.intro(state) if c.intro else None,
                    html.Div(view.note, id=part(NOTE, name), className="cc-note"),
                    dbc.Tabs(
                        id=part(TABS, name),
                        active_tab="chart",
                        className="mt-2",
                        children=[
                            dbc.Tab(
                                label=t("card.tab_chart"),
                                tab_id="chart",
                                children=dcc.Loading(
                                    dcc.Graph(
                                        id=part(GRAPH, name),
                                        figure=view.figure_dict(),
                                        style={"height": f"{c.height}px"},
                                        config={**GRAPH_CONFIG, **c.graph_config},
                                    ),
                                    delay_show=400,
                                ),
                            ),
                            dbc.Tab(
                                label=t("card.tab_table"),
                                tab_id="table",
                                children=html.Div(id=part(TABLE, name), className="table-responsive cc-table mt-2"),
                            ),
                        ],
                    ),
                    html.Details(
                        className="mt-3 about",
                        children=[html.Summary(t("card.about")), html.Div(c.about(), className="mt-2 small")],
                    ),
                    html.Div(
                        className="mt-3 d-flex flex-wrap align-items-center gap-1 cc-downloads",
                        role="group",
                        **{"aria-label": t("card.download_label")},
                        children=[
                            html.Span(t("card.download") + ":", className="me-2 small text-muted"),
                            *buttons,
                            html.Span(className="mx-1"),
                            *files,
                        ],
                    ),
                    dcc.Store(id=part(META, name), data=meta(spec, c, state, view)),
                    dcc.Store(id=part(IMG_SINK, name)),
                    dcc.Download(id=part(DOWNLOAD, name)),
                ]
            ),
        ],
    )


def panel(spec: PageSpec, name: str, state: dict, **kwargs) -> html.Div:
    p = next(p for p in spec.panels if p.name == name)
    return html.Div(p.build(state), id=panel_id(spec, name), **kwargs)


def page_stores(spec: PageSpec) -> list:
    return url_store(spec.name)


# ------------------------------------------------------------------ table view
def _cell(value, decimals: int | None, *, year: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("misc.gap")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if year:  # years are labels, not quantities: "2024", never "2 024"
            return str(int(value))
        return fmt_num(value, decimals if decimals is not None else (0 if float(value).is_integer() else 1))
    return str(value)


def table_view(payload: dict | None):
    """The accessible table of a payload, numbers in Norwegian format."""
    if not payload or not payload.get("rows"):
        return html.P(t("card.empty"), className="text-muted")
    cols, rows = payload["columns"], payload["rows"]
    decimals = payload.get("decimals", {})
    numeric = {
        i
        for i, c in enumerate(cols)
        if any(isinstance(r.get(c["id"]), (int, float)) and not isinstance(r.get(c["id"]), bool) for r in rows)
    }
    cells = [[_cell(r.get(c["id"]), decimals.get(c["id"]), year=c["id"] == "year") for c in cols] for r in rows]
    caption = " – ".join(p for p in (payload.get("title"), payload.get("subtitle")) if p)
    return simple_table([c["name"] for c in cols], cells, numeric=numeric, caption=caption)


# ------------------------------------------------------------------ callbacks
def _view_from_meta(card_name, record) -> CardView:
    """Rebuild a card from the state in its meta store, checked like any filter value."""
    if not isinstance(card_name, str) or card_name not in registry.CARDS or not isinstance(record, dict):
        raise PreventUpdate
    spec, card_ = registry.CARDS[card_name]
    given = record.get("state")
    if not isinstance(given, dict) or set(given) - set(card_.reads):
        raise PreventUpdate
    try:
        state = spec.validate(given)
    except Invalid:
        raise PreventUpdate from None
    return registry.view(card_name, state)


def _matched_card() -> str | None:
    out = ctx.outputs_list
    out = out[0] if isinstance(out, list) else out
    return (out or {}).get("id", {}).get("card")


@callback(
    Output(part(TABLE, MATCH), "children"),
    Input(part(TABS, MATCH), "active_tab"),
    Input(part(META, MATCH), "data"),
    prevent_initial_call=True,
)
def _table(active_tab, record):
    if active_tab != "table":
        return dash.no_update if ctx.triggered_id and ctx.triggered_id.get("type") == TABS else None
    return table_view(_view_from_meta(_matched_card(), record).payload())


@callback(
    Output(part(DOWNLOAD, MATCH), "data"),
    Input({"type": FILE_BUTTON, "card": MATCH, "kind": "csv"}, "n_clicks"),
    Input({"type": FILE_BUTTON, "card": MATCH, "kind": "xlsx"}, "n_clicks"),
    State(part(META, MATCH), "data"),
    prevent_initial_call=True,
)
def _download_file(_csv, _xlsx, record):
    kind = (ctx.triggered_id or {}).get("kind")
    if kind not in FILE_KINDS:
        raise PreventUpdate
    payload = _view_from_meta(_matched_card(), record).payload()
    if kind == "csv":
        return dcc.send_bytes(to_csv_bytes(payload), f"{payload['filename']}.csv")
    return dcc.send_bytes(to_xlsx_bytes(payload), f"{payload['filename']}.xlsx")


clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="downloadImage"),
    Output(part(IMG_SINK, MATCH), "data"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "png"}, "n_clicks"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "slide"}, "n_clicks"),
    Input({"type": IMG_BUTTON, "card": MATCH, "kind": "svg"}, "n_clicks"),
    State(part(META, MATCH), "data"),
    prevent_initial_call=True,
)


def _inputs(spec: PageSpec, reads) -> tuple[list, list[str]]:
    fs = spec.filters_for(reads)
    return [Input(filter_controls.filter_id(spec, f), "value") for f in fs], [f.name for f in fs]


def _state(spec: PageSpec, names: list[str], values) -> dict:
    try:
        return spec.state_from_filters(dict(zip(names, values, strict=True)))
    except Invalid:
        raise PreventUpdate from None


def _card_callback(spec: PageSpec, c: Card) -> None:
    inputs, names = _inputs(spec, c.reads)

    @callback(
        Output(part(GRAPH, c.name), "figure"),
        Output(part(TITLE, c.name), "children"),
        Output(part(NOTE, c.name), "children"),
        Output(part(META, c.name), "data"),
        *inputs,
        prevent_initial_call=True,
    )
    def _update(*values):
        state = _state(spec, names, values)
        view = registry.view(c.name, state)
        return view.figure_dict(), view.title, view.note, meta(spec, c, state, view)


def _panel_callback(spec: PageSpec, p) -> None:
    inputs, names = _inputs(spec, p.reads)

    @callback(Output(panel_id(spec, p.name), "children"), *inputs, prevent_initial_call=True)
    def _update(*values):
        if not p.strict:
            return p.build(dict(zip(names, values, strict=True)))
        return p.build(_state(spec, names, values))


def register_callbacks(spec: PageSpec) -> None:
    """One callback per card and panel that reads filters, and one for the address bar."""
    for c in spec.cards:
        if c.reads:
            _card_callback(spec, c)
    for p in spec.panels:
        if p.reads:
            _panel_callback(spec, p)
    if spec.filters:
        inputs, names = _inputs(spec, [k for f in spec.filters for k in f.keys])

        @callback(url_output(spec.name), *inputs)
        def _url(*values):
            return spec.query(_state(spec, names, values))
