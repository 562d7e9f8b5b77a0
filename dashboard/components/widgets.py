"""Texts inside third-party widgets, in the interface language, set in one place.

Dash 4's dcc.Dropdown draws its own buttons and messages ("Select All", "Search", "No options
found", ...) in English unless its `labels` prop says otherwise; every dropdown of the dashboard
takes them from dropdown_labels(). Plotly's chart toolbar is translated by assets/plotly-locale-no.js.
"""

from __future__ import annotations

from dashboard.i18n import t

# dcc.Dropdown's `labels` keys (dash/dcc/Dropdown.py); the widget merges nothing, so give them all.
DROPDOWN_LABEL_KEYS = (
    "select_all",
    "deselect_all",
    "selected_count",
    "search",
    "clear_search",
    "clear_selection",
    "no_options_found",
)


def dropdown_labels() -> dict[str, str]:
    """The `labels` prop of a dcc.Dropdown, in the language of the current request.
    `{num_selected}` stays a placeholder: the widget fills it with the number of chosen options."""
    return {key: t(f"widget.dropdown.{key}", num_selected="{num_selected}") for key in DROPDOWN_LABEL_KEYS}
