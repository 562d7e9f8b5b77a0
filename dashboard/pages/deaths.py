"""Page /dodsfall (placeholder until the page is built)."""
import dash
from dash import html

from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(__name__, path="/dodsfall", name=t("nav.deaths"), title=t("nav.deaths") + " – " + t("app.brand"))


def layout(**query):
    return html.Div([page_header(t("nav.deaths"))])
