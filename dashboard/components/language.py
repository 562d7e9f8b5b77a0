"""The language switch of the navbar and what keeps internal links in the page's language.

The language lives in the address (`?lang=en`; bokmål has none, see dashboard/i18n/language.py).
The switch is a real link to the same page and state in the other language: a full page load,
since the whole layout (navbar and footer included) is drawn in the language of the request. Its
href follows the address as filters and navigation change it (a clientside callback: the state
is written into the address by rusdash.writeQuery, and pages change by history.pushState).

Nav links carry `?lang=en` in English (href(path)), so Dash's client-side navigation keeps the
language; dbc.NavLink's active="exact" compares the href with the pathname only, so a second
clientside callback marks the link of the current page.
"""

from __future__ import annotations

from dash import ALL, Input, Output, State, clientside_callback, html

from dashboard.components.url_state import SINK
from dashboard.i18n import DEFAULT_LANG, lang, t, with_lang

SWITCH = "lang-switch"
NAV_LINK = "nav-link"  # pattern id type of the navbar's page links: {"type": NAV_LINK, "path": path}
PAGES_LOCATION = "_pages_location"  # Dash Pages' dcc.Location (dash._pages)


def other() -> str:
    return "en" if lang() == DEFAULT_LANG else DEFAULT_LANG


def href(path: str) -> str:
    """An internal link in the current language: '/cannabis' -> '/cannabis?lang=en' in English."""
    return with_lang(path)


def nav_link_id(path: str) -> dict:
    return {"type": NAV_LINK, "path": path}


def switch(className: str = "nav-link") -> html.A:
    """'English' on a bokmål page, 'Norsk' on an English one; named in its own language."""
    target = other()
    return html.A(
        t("nav.language_switch"),
        id=SWITCH,
        href=with_lang("/", target),  # corrected to this page and state by the callback below
        lang=target,
        hrefLang=target,
        className=className,
    )


# The switch's href: the current address with lang=en added (to English) or removed (to bokmål).
clientside_callback(
    """
    function(pathname, search, sinks, target) {
        var params = new URLSearchParams(window.location.search);
        params.delete("lang");
        if (target && target !== "nb") { params.set("lang", target); }
        var qs = params.toString().replace(/%2C/g, ",");
        return window.location.pathname + (qs ? "?" + qs : "") + window.location.hash;
    }
    """,
    Output(SWITCH, "href"),
    Input(PAGES_LOCATION, "pathname"),
    Input(PAGES_LOCATION, "search"),
    Input({"type": SINK, "page": ALL}, "data"),
    State(SWITCH, "hrefLang"),
)

# The navbar link of the current page is the active one, whatever query its href carries.
clientside_callback(
    """
    function(pathname, ids) {
        var here = (pathname || "/").replace(/\\/+$/, "") || "/";
        return ids.map(function (id) { return id.path === here; });
    }
    """,
    Output({"type": NAV_LINK, "path": ALL}, "active"),
    Input(PAGES_LOCATION, "pathname"),
    State({"type": NAV_LINK, "path": ALL}, "id"),
)
