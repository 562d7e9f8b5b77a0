"""Page /dodsfall: the filters and cards of dashboard/cards/deaths.py, composed; plus two
page-specific callbacks: the map's own update, which sends what changes (colours, hover text,
outlines, title) as a Patch and never the geometry again (dashboard/figures/maps.py), and a click
on a county in the map selects it."""

from __future__ import annotations

from dataclasses import replace

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, Patch, State, callback, html
from dash.exceptions import PreventUpdate

from dashboard.cards import registry
from dashboard.cards.deaths import SPEC, lead_text
from dashboard.cards.registry import Invalid
from dashboard.components.chart_card import (
    GRAPH,
    META,
    NOTE,
    TITLE,
    card,
    meta,
    page_stores,
    panel,
    part,
    register_callbacks,
)
from dashboard.components.filters import control, filter_id
from dashboard.components.shell import page_header
from dashboard.data.contract import COUNTY_CODES
from dashboard.figures.maps import update_paths
from dashboard.i18n import t

dash.register_page(
    __name__,
    path=SPEC.path,
    name=t("nav.deaths"),
    title=lambda: t("nav.deaths") + " – " + t("app.brand"),
    description=lambda: t("meta.deaths"),
)


def layout(**query):
    v, rejected, _ = SPEC.from_query(query)
    side = dbc.Card(
        dbc.CardBody(
            [
                panel(SPEC, "county-detail", v, className="mb-3", **{"aria-live": "polite"}),
                control(SPEC, SPEC.filter("sort"), v, compact=True),
                panel(SPEC, "county-table", v, className="table-responsive mt-2"),
            ]
        ),
        className="mb-4",
    )

    def pair(left, right, lg_left):
        return dbc.Row([dbc.Col(left, lg=lg_left), dbc.Col(right, lg=12 - lg_left)])

    return html.Div(
        [
            *page_stores(SPEC),
            page_header(t("nav.deaths"), lead_text(), notice=rejected),
            panel(SPEC, "tiles", v),
            card(SPEC, "deaths-national", v),
            pair(card(SPEC, "deaths-age", v), card(SPEC, "deaths-standardised", v), 7),
            pair(card(SPEC, "deaths-map", v), side, 7),
            pair(card(SPEC, "deaths-substance", v), card(SPEC, "deaths-substance-counties", v), 5),
            pair(card(SPEC, "deaths-intent", v), card(SPEC, "deaths-autopsy", v), 7),
        ]
    )


MAP = SPEC.card("deaths-map")
MAP_FILTERS = SPEC.filters_for(MAP.reads)
# The generic callbacks for every card but the map, whose update is the Patch below.
register_callbacks(replace(SPEC, cards=tuple(c for c in SPEC.cards if c is not MAP)))


def map_patch(figure: dict) -> Patch:
    """The update of the drawn map to `figure`: its changes only (maps.update_paths), a few KB."""
    patch = Patch()
    for path, value in update_paths(figure):
        target = patch
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return patch


@callback(
    Output(part(GRAPH, MAP.name), "figure"),
    Output(part(TITLE, MAP.name), "children"),
    Output(part(NOTE, MAP.name), "children"),
    Output(part(META, MAP.name), "data"),
    *[Input(filter_id(SPEC, f), "value") for f in MAP_FILTERS],
    prevent_initial_call=True,
)
def _update_map(*values):
    try:
        state = SPEC.state_from_filters(dict(zip([f.name for f in MAP_FILTERS], values, strict=True)))
    except Invalid:
        raise PreventUpdate from None
    view = registry.view(MAP.name, state)
    return map_patch(view.figure_dict()), view.title, view.note, meta(SPEC, MAP, state, view)


@callback(
    Output(filter_id(SPEC, "county"), "value"),
    Input(part(GRAPH, "deaths-map"), "clickData"),
    State(filter_id(SPEC, "county"), "value"),
    prevent_initial_call=True,
)
def _click_county(click, current):
    try:
        code = click["points"][0]["location"]
    except (TypeError, KeyError, IndexError):
        raise PreventUpdate from None
    if code not in COUNTY_CODES:
        raise PreventUpdate
    return None if code == current else code  # a second click on the same county clears it
