"""The page shell: skip link, navigation bar, main landmark, page header with copy-link, footer,
notices.

Keyboard and screen-reader behaviour of the shell (WCAG 2.1 AA), with its script in assets/rusdash.js:
- the skip link is the first focusable element; it moves focus to the page's h1;
- the navbar is a <nav> named "Hovedmeny", its links a list; the toggler has a Norwegian name
  and says whether the menu is open (aria-expanded);
- page content sits in <main>; after a client-side page change focus moves to the new page's
  h1, so a screen reader announces the page (not on the first load: see rusdash.js);
- "Kopier lenke" is a real button; its result is announced through a status region.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ClientsideFunction, Input, Output, State, clientside_callback, dcc, html

from dashboard.components import language
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
ACCESSIBILITY_PATH = "/tilgjengelighet"  # dashboard/pages/accessibility.py, linked from the footer
MAIN = "main-content"  # the <main> landmark; the skip link's target
COPY_LINK = "copy-link"
COPY_STATUS = "copy-link-status"
NAV_TOGGLER, NAV_COLLAPSE = "nav-toggler", "nav-collapse"


def skip_link() -> html.A:
    """The first focusable element of every page (assets/rusdash.js moves focus to the h1)."""
    return html.A(t("shell.skip_link"), href=f"#{MAIN}", className="skip-link visually-hidden-focusable")


def main(content) -> html.Main:
    """The main landmark around the page content; focusable by script only (tabIndex -1)."""
    return html.Main(content, id=MAIN, tabIndex="-1")


def navbar() -> html.Nav:
    # Bootstrap's navbar markup built from html components: dbc.Navbar takes no aria-label, and
    # dbc.NavbarToggler names itself "Toggle navigation" in English whatever the language.
    links = [
        html.Li(
            dbc.NavLink(t(key), href=language.href(path), active="exact", id=language.nav_link_id(path)),
            className="nav-item",
        )
        for path, key in NAV_ITEMS[1:]
    ]
    links.append(html.Li(language.switch(), className="nav-item ms-lg-3"))
    toggler = html.Button(
        html.Span(className="navbar-toggler-icon"),
        id=NAV_TOGGLER,
        type="button",
        className="navbar-toggler",
        **{"aria-label": t("shell.nav_toggle"), "aria-controls": NAV_COLLAPSE, "aria-expanded": "false"},
    )
    return html.Nav(
        dbc.Container(
            [
                dbc.NavbarBrand(t("app.brand"), href=language.href("/")),
                toggler,
                dbc.Collapse(html.Ul(links, className="navbar-nav ms-auto"), id=NAV_COLLAPSE, navbar=True),
            ],
            fluid="lg",
        ),
        className="navbar navbar-expand-md navbar-dark bg-dark mb-4",
        **{"aria-label": t("nav.main")},
    )


def footer() -> html.Footer:
    return html.Footer(
        dbc.Container(
            [
                html.P(t("app.footer"), className="small text-muted mb-1"),
                html.P(
                    dcc.Link(t("shell.footer_accessibility"), href=language.href(ACCESSIBILITY_PATH)),
                    className="small mb-0",
                ),
            ],
            fluid="lg",
        ),
        className="border-top py-3 mt-5",
    )


def page_header(title: str, lead: str = "", notice: list[str] | None = None) -> html.Div:
    """Title, lead text and a copy-link button; `notice` lists rejected URL values."""
    children = [
        html.Div(
            # wraps: at 320 px the button goes under the title instead of widening the page
            className="d-flex flex-wrap justify-content-between align-items-start column-gap-3 row-gap-1",
            children=[
                html.H1(title, className="h2"),
                html.Div(
                    className="page-tools d-flex flex-wrap align-items-center gap-2 small",
                    children=[
                        html.Button(
                            t("card.copy_link"),
                            id=COPY_LINK,
                            type="button",
                            className="btn btn-sm btn-outline-secondary",
                            # read by rusdash.js, which copies at click time and reports here
                            **{"data-copied": t("card.link_copied"), "data-failed": t("shell.copy_failed")},
                        ),
                        html.Span(id=COPY_STATUS, role="status", className="text-muted"),
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


# The toggler opens and closes the menu on narrow screens and says which (aria-expanded).
clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="toggleNav"),
    Output(NAV_COLLAPSE, "is_open"),
    Output(NAV_TOGGLER, "aria-expanded"),
    Input(NAV_TOGGLER, "n_clicks"),
    State(NAV_COLLAPSE, "is_open"),
    prevent_initial_call=True,
)
