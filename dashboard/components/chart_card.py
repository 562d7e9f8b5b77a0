"""The chart card (see DESIGN.md), generated from the card registry (dashboard/cards/registry.py).

card(spec, card, state) lays out one card with its figure already drawn for the state of the URL,
so a page shows its charts without a round trip. register_callbacks(spec) adds, per card that
reads filters, one callback whose inputs are exactly those filters; and per panel one likewise;
and one that writes the page's state into the address bar. Opening the table view and the CSV/XLSX
downloads are generic pattern-matching callbacks: they rebuild the card on the server from the
validated state kept in the card's small meta store, never from rows a browser sends. The table
is built only while its tab is open (on opening, and after a filter change while it is open).

Component ids, one convention: a page's filter `{page}-{filter}`, a panel `{page}-{panel}`, a
card's outer element `card-{card}`, and the parts of a card {"type": CC_*, "card": name}.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any, NamedTuple

import dash_bootstrap_components as dbc
import pandas as pd
from dash import MATCH, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard import precomputed
from dashboard.cards import registry
from dashboard.cards.registry import Card, CardView, Invalid, PageSpec, Panel
from dashboard.components import filters as filter_controls
from dashboard.components.deferred import Deferred
from dashboard.components.exports import to_csv_bytes, to_xlsx_bytes
from dashboard.components.table import html_table
from dashboard.components.url_state import url_output, url_store
from dashboard.figures.theme import plotly_locale
from dashboard.i18n import fmt_num, t
from dashboard.i18n.language import lang, use_lang

GRAPH, META, TABLE, TITLE, NOTE, TABS = "cc-graph", "cc-meta", "cc-table", "cc-title", "cc-note", "cc-tabs"
VIEW_TAB, VIEW_PANEL, SUMMARY = "cc-view", "cc-panel", "cc-summary"  # with "view": one of VIEWS
REFRESH = "cc-table-refresh"  # asks for the open table again after a filter change
VIEWS = ("chart", "table")
DOWNLOAD, IMG_SINK, IMG_BUTTON, FILE_BUTTON = "cc-download", "cc-img-sink", "cc-img", "cc-file"
IMAGE_KINDS = ("png", "slide", "svg")
FILE_KINDS = ("csv", "xlsx")
DEFERRED_EXTRA_PX = 160  # a card body's height beyond its chart's (tabs, about, downloads): its place while it waits

GRAPH_CONFIG = {
    "displaylogo": False,
    # No door to Plotly's cloud: the toolbar's "Share chart"/"Edit in Chart Studio" would upload the
    # chart to a third party, which a closed-network public-statistics site must not offer.
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "locale": "no",  # assets/plotly-locale-no.js: Norwegian toolbar labels
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    # width/height None: the chart as drawn, whose text assets/charts.js laid out for that size
    # (left out, plotly draws 700 px wide)
    "toImageButtonOptions": {"format": "png", "scale": 2, "width": None, "height": None},
}


def part(kind: str, card_name: str) -> dict:
    return {"type": kind, "card": card_name}


def panel_id(spec: PageSpec, name: str) -> str:
    return f"{spec.name}-{name}"


def meta(spec: PageSpec, card: Card, state: dict, view: CardView) -> dict:
    """The card's small client-side record: the state it was built for and its file name."""
    return {"page": spec.name, "state": {k: state[k] for k in card.reads}, "filename": view.file_stem()}


class CardParts(NamedTuple):
    """What a card shows for a state: its callback's outputs, with the whole figure."""

    figure: dict
    title: Any
    note: Any
    meta: dict
    summary: str


def card_parts(spec: PageSpec, c: Card, state: dict) -> CardParts:
    view = registry.view(c.name, state)
    return CardParts(
        view.figure_dict(), view.title, view.note, meta(spec, c, state, view), cached_summary(c.name, state)
    )


def _layout_parts(spec: PageSpec, c: Card, state: dict) -> CardParts:
    """card_parts for a page's layout: the card callback's stored response where the store has it
    (dashboard/precomputed.py). A worker's first layout of a page built every card's figure
    (/dodsfall 0.4 s, /cannabis 0.3 s with its tiles, in process), and so did every first visit
    to an address with filters in it. A card whose callback sends a patch (the county map) is
    built."""
    if c.figure_update is None:
        stored = precomputed.lookup(precomputed.CARD, c.name, state, c.reads, lang())
        if stored is not None:
            return CardParts(*stored)
    return card_parts(spec, c, state)


def card(spec: PageSpec, card_: Card | str, state: dict) -> dbc.Card:
    """The layout of one card, drawn for `state`. The body of every card but the page's first (the
    registry's order, which the pages keep) mounts after the page has painted (Deferred)."""
    c = spec.card(card_) if isinstance(card_, str) else card_
    parts = _layout_parts(spec, c, state)
    name = c.name
    body = _body(spec, c, parts, state)
    return dbc.Card(
        className="chart-card mb-4",
        id=f"card-{name}",
        children=[
            dbc.CardHeader(html.H2(parts.title, id=part(TITLE, name), className="h5 mb-0")),
            dbc.CardBody(
                body if c.name == spec.cards[0].name else Deferred(body, minHeight=c.height + DEFERRED_EXTRA_PX)
            ),
        ],
    )


def _body(spec: PageSpec, c: Card, parts: CardParts, state: dict) -> list:
    """A card's body: its own filters, note, chart and table views, about text, downloads, stores."""
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
    return [
        dbc.Row([dbc.Col(x, md="auto") for x in controls], className="g-3 align-items-end mb-2") if controls else None,
        c.intro(state) if c.intro else None,
        html.Div(parts.note, id=part(NOTE, name), className="cc-note"),
        *views(name, c, parts),
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
        dcc.Store(id=part(TABS, name), data="chart"),  # the open view: "chart" or "table"
        dcc.Store(id=part(REFRESH, name)),
        dcc.Store(id=part(META, name), data=parts.meta),
        dcc.Store(id=part(IMG_SINK, name)),
        dcc.Download(id=part(DOWNLOAD, name)),
    ]


def view_part(kind: str, card_name, view: str) -> dict:
    return {"type": kind, "card": card_name, "view": view}


def dom_id(id_: dict) -> str:
    """The element id Dash writes for a dict id (keys sorted, compact JSON): for aria references."""
    return json.dumps(id_, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def views(name: str, c: Card, parts: CardParts) -> list:
    """The "Figur / Tabell" switch and its two panels.

    A tablist of our own rather than dbc.Tabs, whose tabs are out of the Tab order (tabindex=-1)
    and point at panels that do not exist. Here each tab is a real button: the open one is the
    tablist's one Tab stop, arrow keys/Home/End move between them (roving tabindex,
    assets/controls.js), Enter/Space/click opens; each controls a tabpanel that is always there
    (hidden when closed). The table is built on the server when its view opens (_table)."""
    tabs = html.Div(
        role="tablist",
        className="nav nav-tabs mt-2 cc-views",
        **{"aria-label": t("card.views_label")},
        children=[
            html.Button(
                t(f"card.tab_{v}"),
                id=view_part(VIEW_TAB, name, v),
                type="button",
                role="tab",
                n_clicks=0,
                tabIndex="0" if v == "chart" else "-1",
                className="nav-link active" if v == "chart" else "nav-link",
                **{
                    "aria-selected": "true" if v == "chart" else "false",
                    "aria-controls": dom_id(view_part(VIEW_PANEL, name, v)),
                },
            )
            for v in VIEWS
        ],
    )
    figure = html.Figure(
        className="cc-figure mb-0",
        children=[
            # What the chart shows in words; assets/controls.js hides the SVG's own text (tick labels).
            html.Figcaption(parts.summary, id=part(SUMMARY, name), className="visually-hidden"),
            # No dcc.Loading around it: that component re-renders with every loading state of the
            # page (a tenth of a filter change's work in the browser, bench/repaint_profile.py);
            # assets/charts.css shows the same delayed spinner on the graph while Dash marks it
            # loading (data-dash-is-loading).
            dcc.Graph(
                id=part(GRAPH, name),
                figure=parts.figure,
                style={"height": f"{c.height}px"},
                config={**GRAPH_CONFIG, "locale": plotly_locale(), **c.graph_config},
            ),
        ],
    )
    # The table scrolls inside its wrapper, so the wrapper is a named, focusable region: keyboard
    # users can scroll it (axe scrollable-region-focusable). Named by the tab and the card title.
    table = html.Div(
        id=part(TABLE, name),
        className="table-responsive cc-table mt-2",
        role="region",
        tabIndex="0",
        **{"aria-labelledby": f"{dom_id(view_part(VIEW_TAB, name, 'table'))} {dom_id(part(TITLE, name))}"},
    )

    def tabpanel(v, child):
        return html.Div(
            child,
            id=view_part(VIEW_PANEL, name, v),
            role="tabpanel",
            hidden=v != "chart",
            **{"aria-labelledby": dom_id(view_part(VIEW_TAB, name, v))},
        )

    return [tabs, tabpanel("chart", figure), tabpanel("table", table)]


# ------------------------------------------------------------------ text summary of a chart
NOT_MEASURES = ("year", "rank", "age", "plants")  # numeric columns that place or describe a row, not measure it
SUMMARY_ITEMS = 4  # a summary lists up to this many values, else names the highest and the lowest


def _numeric_dtype(dtype) -> bool:
    return pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)


def _value_text(value, decimals: int | None) -> str:
    if value is None or pd.isna(value):
        return t("misc.gap")
    return fmt_num(value, decimals if decimals is not None else (0 if float(value).is_integer() else 1))


def _missing(value) -> bool:
    kind = type(value)  # exact types first: the summary asks this of every cell of a ranking
    if kind is float:
        return value != value  # NaN
    if kind is str or kind is int:
        return False
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, (str, int)):
        return False
    return bool(pd.isna(value))


class _TableColumns:
    """A card's table as the summary reads it: its columns' dtypes and each column as a plain
    list, taken once. From the arrays the builder kept (CardView.data) where it did, so a card
    built for every state (the Europe ranking) pays no pandas overhead per column; else from the
    DataFrame."""

    def __init__(self, view: CardView):
        self._data = view.data
        if self._data is not None:
            self.dtypes = {c: v.dtype for c, v in self._data.items()}
            self.n = len(next(iter(self._data.values()))) if self._data else 0
        else:
            self._frame = view.table
            self.dtypes = dict(zip(self._frame.columns, self._frame.dtypes, strict=True))
            self.n = len(self._frame)
        self._lists: dict[str, list] = {}

    def values(self, c: str) -> list:
        if c not in self._lists:
            self._lists[c] = (self._data[c] if self._data is not None else self._frame[c]).tolist()
        return self._lists[c]

    def count(self, c: str) -> int:
        return sum(not _missing(v) for v in self.values(c))

    def years(self) -> list:
        """The year column as numbers (a text year that is no number: NaN)."""
        if _numeric_dtype(self.dtypes["year"]):
            return self.values("year")
        return pd.to_numeric(pd.Series(self.values("year"), dtype=object), errors="coerce").tolist()


def _varies(column: list, positions: list[int]) -> bool:
    """Whether the rows at `positions` hold more than one value of `column` (gaps left out); it
    stops at the second value, so a ranking's city names cost two rows, not a hundred."""
    first = None
    for i in positions:
        value = column[i]
        if _missing(value):
            continue
        text = str(value)
        if first is None:
            first = text
        elif text != first:
            return True
    return False


def _items(positions: list[int], table: _TableColumns, varying: list[str], measure: str, view: CardView) -> list[str]:
    """'label: value' per table row (by position); the label is made of the `varying` key columns
    (those that tell the rows apart). A value keeps the precision the table view gives it (its
    own, where its source sets one)."""
    own = getattr(view, "row_decimals", {}).get(measure)
    numeric = {k: _numeric_dtype(table.dtypes[k]) for k in varying}
    values = {c: table.values(c) for c in (*varying, measure)}
    out = []
    for i in positions:
        label = ", ".join((f"{view.columns[k]} {values[k][i]}" if numeric[k] else str(values[k][i])) for k in varying)
        value = _value_text(values[measure][i], own[i] if own else view.decimals.get(measure))
        out.append(f"{label}: {value}" if label else value)
    return out


def summary(view: CardView) -> str:
    """A short text alternative of a chart, for screen readers: its title, the years it covers and
    the values of the latest year (all of them when there are a few, else the highest and the
    lowest). Built from the card's table, so it says nothing the table view does not. Over plain
    lists: it runs for every state a callback sends (a ranking has a hundred rows)."""
    table = _TableColumns(view)
    parts = [t("card.summary", title=view.title)]
    cols = [c for c in view.columns if c in table.dtypes]
    # What the chart draws: the first numeric column that is not a position and has values in most
    # rows (a mostly empty count, such as the number of plants behind a few cities, is a note).
    measure = next(
        (
            c
            for c in cols
            if c not in NOT_MEASURES and _numeric_dtype(table.dtypes[c]) and table.count(c) >= 0.5 * table.n
        ),
        None,
    )
    if table.n == 0 or measure is None:
        return " ".join(parts + [t("card.empty") if table.n == 0 else t("card.summary_table")])
    keys = [c for c in cols[: cols.index(measure)] if c not in ("year", "rank")]
    header = view.columns[measure]
    positions = list(range(table.n))  # the rows described, by place in the table (row_decimals)
    if "year" in table.dtypes:
        years = table.years()
        known = [y for y in years if not _missing(y)]
        if known:
            first, last = int(min(known)), int(max(known))
            parts.append(
                t("card.summary_year", year=last) if first == last else t("card.summary_years", first=first, last=last)
            )
            positions = [i for i, y in enumerate(years) if y == last]
    values = {c: table.values(c) for c in (*keys, measure)}
    varying = [k for k in keys if _varies(values[k], positions)]
    if len(positions) <= SUMMARY_ITEMS:
        items = _items(positions, table, varying, measure, view)
        parts.append(t("card.summary_values", measure=header, values="; ".join(items)))
    else:
        # Only the two rows named are formatted (a ranking has dozens); among equal values the
        # first in the table is the lowest and the last the highest.
        shown = sorted((i for i in positions if not _missing(values[measure][i])), key=lambda i: values[measure][i])
        high, low = _items([shown[-1], shown[0]], table, varying, measure, view)
        parts.append(t("card.summary_extremes", measure=header, high=high, low=low))
    parts.append(t("card.summary_table"))
    return " ".join(parts)


def panel(spec: PageSpec, name: str, state: dict, **kwargs) -> html.Div:
    """A panel for `state`; a strict one's content from its callback's stored response where the
    store has it (as _layout_parts: the tiles of /cannabis took 0.13 s to build in a new worker)."""
    p = next(p for p in spec.panels if p.name == name)
    return html.Div(panel_content(spec, p, state), id=panel_id(spec, name), **kwargs)


def panel_content(spec: PageSpec, p: Panel, state: dict):
    """A panel's content for a validated state: a strict panel's stored response where the store
    has it, else built (its callback and the page layout alike)."""
    stored = precomputed.lookup(precomputed.PANEL, panel_id(spec, p.name), state, p.reads, lang()) if p.strict else None
    return panel_output(p, state) if stored is None else stored


def page_stores(spec: PageSpec, state: dict) -> list:
    """The page's address-bar store, holding the query of `state`, the state the layout shows."""
    return url_store(spec.name, spec.query(state))


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
    """The accessible table of a payload, numbers in the interface language's format: one
    component however many rows (components/table.py says why)."""
    if not payload or not payload.get("rows"):
        return html.P(t("card.empty"), className="text-muted")
    cols, rows = payload["columns"], payload["rows"]
    decimals = payload.get("decimals", {})
    numeric = {
        i
        for i, c in enumerate(cols)
        if any(isinstance(r.get(c["id"]), (int, float)) and not isinstance(r.get(c["id"]), bool) for r in rows)
    }
    per_row = payload.get("row_decimals", {})  # a value's own precision, where its source sets one

    def places(column: str, i: int) -> int | None:
        return per_row[column][i] if column in per_row else decimals.get(column)

    cells = [
        [_cell(r.get(c["id"]), places(c["id"], i), year=c["id"] == "year") for c in cols] for i, r in enumerate(rows)
    ]
    caption = " – ".join(p for p in (payload.get("title"), payload.get("subtitle")) if p)
    return html_table([c["name"] for c in cols], cells, numeric=numeric, caption=caption)


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


# Opening a view: the view store, each tab's selected state, Tab stop and style, each panel's
# visibility; in the browser (assets/controls.js), so switching back to the chart costs no round trip.
clientside_callback(
    ClientsideFunction(namespace="rusdashControls", function_name="showView"),
    Output(part(TABS, MATCH), "data"),
    *[
        Output(view_part(VIEW_TAB, MATCH, v), prop)
        for v in VIEWS
        for prop in ("aria-selected", "tabIndex", "className")
    ],
    *[Output(view_part(VIEW_PANEL, MATCH, v), "hidden") for v in VIEWS],
    *[Input(view_part(VIEW_TAB, MATCH, v), "n_clicks") for v in VIEWS],
    prevent_initial_call=True,
)


# The table view: built on the server when its tab opens, and again when a filter change reaches
# the card while it is open. The browser decides which (below): switching back to the chart or a
# filter change while the table is closed sends no request (the page used to send one per card and
# change, a quarter of the browser's work per change, bench/repaint_profile.py); a closed table is
# emptied instead, so a table opened later never shows a former state. The state always comes from
# the meta store, never from rows.
@callback(
    Output(part(TABLE, MATCH), "children"),
    Input(part(REFRESH, MATCH), "data"),
    State(part(META, MATCH), "data"),
    prevent_initial_call=True,
)
def _table(_refresh, record):
    return table_view(_view_from_meta(_matched_card(), record).payload())


# The tab opened, or a new state in the meta store (the card's callback answered a filter change)
# while it is open: ask for the table (a new count, so every ask triggers). A new state while the
# table is closed: empty it. Dash holds a callback whose input or state is the output of one still
# running, so a table opened during a card's update is built from the new state.
clientside_callback(
    """
    function(record, view, asked) {
        var none = window.dash_clientside.no_update;
        if (view === "table") { return [{n: ((asked && asked.n) || 0) + 1}, none]; }
        var fromMeta = window.dash_clientside.callback_context.triggered.some(function (t) {
            return t.prop_id.indexOf('"cc-meta"') >= 0;
        });
        return [none, fromMeta ? null : none];
    }
    """,
    Output(part(REFRESH, MATCH), "data"),
    Output(part(TABLE, MATCH), "children", allow_duplicate=True),
    Input(part(META, MATCH), "data"),
    Input(part(TABS, MATCH), "data"),
    State(part(REFRESH, MATCH), "data"),
    prevent_initial_call=True,
)


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


def cached_summary(card_name: str, state: dict) -> str:
    """summary() of a card's view, cached like the view (it walks the table: tens of ms for the
    Europe ranking, on every repeated state otherwise)."""
    return _summary_at(registry.view_key(card_name, state))


@lru_cache(maxsize=256)
def _summary_at(key: tuple) -> str:
    with use_lang(key[-1]):
        return summary(registry.view_at(key))


def card_outputs(spec: PageSpec, c: Card, state: dict) -> list:
    """What a card's callback sends for a validated state: figure (or its update), title, note,
    meta, summary."""
    parts = card_parts(spec, c, state)
    figure = c.figure_update(parts.figure) if c.figure_update else parts.figure
    return [figure, *parts[1:]]


def panel_output(p: Panel, state: dict):
    """What a (strict) panel's callback sends for a validated state."""
    return p.build(state)


def _card_callback(spec: PageSpec, c: Card) -> None:
    inputs, names = _inputs(spec, c.reads)

    @callback(
        Output(part(GRAPH, c.name), "figure"),
        Output(part(TITLE, c.name), "children"),
        Output(part(NOTE, c.name), "children"),
        Output(part(META, c.name), "data"),
        Output(part(SUMMARY, c.name), "children"),
        *inputs,
        prevent_initial_call=True,
    )
    def _update(*values):
        state = _state(spec, names, values)
        stored = precomputed.lookup(precomputed.CARD, c.name, state, c.reads, lang())
        return stored if stored is not None else card_outputs(spec, c, state)


def _panel_callback(spec: PageSpec, p: Panel) -> None:
    inputs, names = _inputs(spec, p.reads)

    @callback(Output(panel_id(spec, p.name), "children"), *inputs, prevent_initial_call=True)
    def _update(*values):
        if not p.strict:
            return p.build(dict(zip(names, values, strict=True)))
        return panel_content(spec, p, _state(spec, names, values))


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

        # Not on the page load: the layout holds the first state (page_stores).
        @callback(url_output(spec.name), *inputs, prevent_initial_call=True)
        def _url(*values):
            return spec.query(_state(spec, names, values))
