"""The page shell: navigation bar, page header with copy-link, footer, notices."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ClientsideFunction, Input, Output, clientside_callback, dcc, html

from dashboard.i18n import t

# (path, translation key) in menu order; pages register these same paths.
NAV_ITEMS = (
    ("/", "nav.home"),
    ("/cannabis", "nav.cannabis"),
    ("/sentralstimulerende", "nav.stimulants"),
    ("/dodsfall", "nav.deaths"),
    ("/injisering", "nav.injection"),
    ("/avlopsvann", "nav.wastewater"),
    ("/om-tallene", "nav.methods"),
)
COPY_LINK = "copy-link"


def navbar() -> dbc.Navbar:
    links = [dbc.NavItem(dbc.NavLink(t(key), href=path, active="exact")) for path, key in NAV_ITEMS[1:]]
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(t("app.brand"), href="/"),
                dbc.NavbarToggler(id="nav-toggler"),
                dbc.Collapse(dbc.Nav(links, navbar=True, className="ms-auto"), id="nav-collapse", navbar=True),
            ],
            fluid="lg",
        ),
        color="dark",
        dark=True,
        className="mb-4",
    )


def footer() -> html.Footer:
    return html.Footer(
        dbc.Container(html.P(t("app.footer"), className="small text-muted mb-0"), fluid="lg"),
        className="border-top py-3 mt-5",
    )


def page_header(title: str, lead: str = "", notice: list[str] | None = None) -> html.Div:
    """Title, lead text and a copy-link button; `notice` lists rejected URL values."""
    children = [
        html.Div(
            className="d-flex justify-content-between align-items-start gap-3",
            children=[
                html.H1(title, className="h2"),
                html.Div(
                    className="d-flex align-items-center small text-nowrap",
                    children=[
                        dcc.Clipboard(
                            id=COPY_LINK, title=t("card.copy_link"), className="btn btn-sm btn-outline-secondary"
                        ),
                        html.Span(t("card.copy_link"), className="ms-2 text-muted"),
                    ],
                ),
            ],
        ),
    ]
    if lead:
        children.append(html.P(lead, className="lead"))
    for value in notice or []:
        children.append(dbc.Alert(t("input.invalid", value=value), color="warning", className="py-2"))
    return html.Div(children, className="mb-4")


def notes(texts: list[str]) -> list:
    """Warnings about values in the address that we corrected (e.g. a swapped year range)."""
    return [dbc.Alert(x, color="warning", className="py-2") for x in texts]


clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="currentUrl"),
    Output(COPY_LINK, "content"),
    Input(COPY_LINK, "n_clicks"),
    prevent_initial_call=True,
)

clientside_callback(
    "function(n, open) { return n ? !open : open; }",
    Output("nav-collapse", "is_open"),
    Input("nav-toggler", "n_clicks"),
    Input("nav-collapse", "is_open"),
    prevent_initial_call=True,
)
