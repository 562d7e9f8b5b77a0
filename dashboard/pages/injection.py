"""Page /injisering: the cards of dashboard/cards/injection.py, composed, with the method in
words between them; plus one page-specific callback: the reset button sets the slider to zero."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, html

from dashboard.cards.injection import SPEC, headline, range_text
from dashboard.components.chart_card import card, page_stores, register_callbacks
from dashboard.components.filters import filter_id
from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(
    __name__,
    path=SPEC.path,
    name=t("nav.injection"),
    title=lambda: t("nav.injection") + " – " + t("app.brand"),
    description=lambda: t("meta.injection"),
)


def layout(**query):
    v, rejected, _ = SPEC.from_query(query)
    method = html.Section(
        className="mb-4",
        children=[
            html.H2(t("pwid.method_title"), className="h4"),
            html.P(t("pwid.method_1")),
            html.P(t("pwid.method_2")),
            html.P(t("pwid.method_3")),
        ],
    )
    return html.Div(
        [
            *page_stores(SPEC, v),
            page_header(t("pwid.title"), t("pwid.lead"), notice=rejected),
            dbc.Row(
                [
                    dbc.Col(headline(), md=5, lg=4, className="mb-3"),
                    dbc.Col(
                        dbc.Alert(
                            [html.Strong(t("pwid.estimate_note")), " ", range_text()],
                            color="warning",
                            className="small mb-3",
                        ),
                        md=7,
                        lg=8,
                    ),
                ]
            ),
            card(SPEC, "pwid-estimate", v),
            method,
            card(SPEC, "pwid-deaths", v),
        ]
    )


register_callbacks(SPEC)


@callback(Output(filter_id(SPEC, "mult"), "value"), Input("pwid-reset", "n_clicks"), prevent_initial_call=True)
def _reset(_n):
    return 0
