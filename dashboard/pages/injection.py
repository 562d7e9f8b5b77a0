"""Page /injisering (placeholder until the page is built)."""
import dash
from dash import html

from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(__name__, path="/injisering", name=t("nav.injection"), title=t("nav.injection") + " – " + t("app.brand"))


def layout(**query):
    return html.Div([page_header(t("nav.injection"))])
