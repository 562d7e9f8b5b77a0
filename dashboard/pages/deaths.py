"""Page /dodsfall: the filters and cards of dashboard/cards/deaths.py, composed (the map's update
is a Patch: cards/deaths.py, map_patch); plus one page-specific callback: a click on a county in
the map selects it."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html
from dash.exceptions import PreventUpdate

from dashboard.cards.deaths import SPEC, lead_text
from dashboard.components.chart_card import (
    GRAPH,
    card,
    page_stores,
    panel,
    part,
    register_callbacks,
)
from dashboard.components.filters import control, filter_id
from dashboard.components.shell import page_header
from dashboard.data.contract import COUNTY_CODES
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
            *page_stores(SPEC, v),
            page_header(t("nav.deaths"), lead_text(), notice=rejected),
            panel(SPEC, "tiles", v),
            card(SPEC, "deaths-national", v),
            pair(card(SPEC, "deaths-age", v), card(SPEC, "deaths-standardised", v), 7),
            pair(card(SPEC, "deaths-map", v), side, 7),
            pair(card(SPEC, "deaths-substance", v), card(SPEC, "deaths-substance-counties", v), 5),
            pair(card(SPEC, "deaths-intent", v), card(SPEC, "deaths-autopsy", v), 7),
        ]
    )


register_callbacks(SPEC)


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
