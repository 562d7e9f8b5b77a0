"""Dash Pages' page container with the requested page already in it.

Dash Pages sends the page layout in answer to a routing callback that its dcc.Location fires once it
has mounted: on every page load the browser drew the shell, asked the server for the page and sat
idle for the round trip (62-119 ms in a trace of /cannabis) before it could start on the page.
The page's address reaches the server with the layout request as its Referer (the index page sets
Referrer-Policy: same-origin), so the layout answered here holds the page, built by the same layout
function with the same query values as the router would pass, and its title for the title callback.

The Location is given the address's pathname, search, hash and href: a dcc.Location sets (and so
fires the router with) only the parts it was given none of on mount. Client-side navigation later
changes the browser's address, the Location reports it, and the router answers as before.
Without a Referer (a browser told not to send one) the container is Dash's own, and the router
fills it as before.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

import dash
from dash import dcc, html
from dash._pages import _parse_query_string, _path_to_page  # what Dash's router uses, for the same page

# Dash's ids (dash/dash.py), which its routing and title callbacks read and write.
LOCATION, CONTENT, STORE, DUMMY = "_pages_location", "_pages_content", "_pages_store", "_pages_dummy"
NOT_FOUND_MODULE = "not_found_404"


def page_address(referrer: str | None) -> SplitResult | None:
    """The address of the page a request comes from (its Referer), less the fragment, which is the
    browser's own; None for a Referer that is no address (e.g. "http://[")."""
    try:
        return urlsplit(referrer or "")._replace(fragment="")
    except ValueError:
        return None


def container(app: dash.Dash, referrer: str | None):
    """The page container for a layout request whose page is at `referrer` (None: Dash's own)."""
    address = page_address(referrer)
    # no address, or no page of this app (Dash's router would refuse it too): Dash's own container
    if address is None or not address.path.startswith(app.config.requests_pathname_prefix):
        return dash.page_container
    search = f"?{address.query}" if address.query else ""
    page, variables = _path_to_page(app.strip_relative_path(address.path))
    if not page:
        page = next(
            (p for module, p in dash.page_registry.items() if module.split(".")[-1] == NOT_FOUND_MODULE),
            None,
        )
        if page is None:
            return dash.page_container
    layout, title = page["layout"], page["title"]
    if callable(layout):
        layout = layout(**{**(variables or {}), **_parse_query_string(search)})
    if callable(title):
        title = title(**(variables or {}))
    return html.Div(
        [
            dcc.Location(
                id=LOCATION,
                refresh="callback-nav",
                pathname=address.path,
                search=search,
                hash="",
                href=address.geturl(),
            ),
            html.Div(layout, id=CONTENT, disable_n_clicks=True),
            dcc.Store(id=STORE, data={"title": title}),
            html.Div(id=DUMMY, disable_n_clicks=True),
        ]
    )
