"""The friendly 404 page: the navigation stays, and a way back to the front page."""

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import t, with_lang

dash.register_page(__name__, path="/404", title=lambda: t("notfound.title"))


def layout(**query):
    return html.Div(
        className="py-5",
        children=[
            html.H1(t("notfound.title"), className="h2"),
            html.P(t("notfound.text", path="")),
            dbc.Button(t("notfound.home"), href=with_lang("/"), color="primary"),
        ],
    )
