"""Filter state in the URL query string: short stable keys, defaults left out.

A page declares its parameters once (Param), reads them in layout(**query) with read_query
(unknown or disallowed values fall back to the default and are reported), and publishes its
state in url_store(page): the layout holds the state it was built for (so a page load sends no
request for it, and a rejected value leaves the address at once), and a callback fills it with
to_query(...) on each filter change. A client-side callback
writes that into the address bar with history.replaceState: no reload, no extra history entry,
so Back leaves the page as a person expects rather than stepping through every filter click.
The state a page publishes (PageSpec.query) carries the interface language too (`lang=en`; none
for bokmål), so the address bar, a copied link and the language switch keep it.
"""

from __future__ import annotations

from dash import MATCH, ClientsideFunction, Input, Output, clientside_callback, dcc

from dashboard.cards.params import Param, read_query, to_query  # noqa: F401  (re-exported)

STATE, SINK = "url-state", "url-state-sink"


def url_store(page: str, query: dict | None = None) -> list:
    """The page's state store (holding `query`, the query of the state the layout shows) and its sink."""
    return [dcc.Store(id={"type": STATE, "page": page}, data=query), dcc.Store(id={"type": SINK, "page": page})]


def url_output(page: str) -> Output:
    return Output({"type": STATE, "page": page}, "data")


clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="writeQuery"),
    Output({"type": SINK, "page": MATCH}, "data"),
    Input({"type": STATE, "page": MATCH}, "data"),
)
