"""Page /om-tallene (placeholder until the page is built)."""
import dash
from dash import html

from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(__name__, path="/om-tallene", name=t("nav.methods"), title=t("nav.methods") + " – " + t("app.brand"))


def layout(**query):
    return html.Div([page_header(t("nav.methods"))])
