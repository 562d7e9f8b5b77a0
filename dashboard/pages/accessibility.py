"""Page /tilgjengelighet: the accessibility statement (tilgjengelighetserklæring), linked from the
footer. Texts in dashboard/i18n/catalog_accessibility.py."""

from __future__ import annotations

import dash
from dash import html

from dashboard.components.shell import page_header
from dashboard.i18n import t

PATH = "/tilgjengelighet"

dash.register_page(
    __name__,
    path=PATH,
    name=t("nav.accessibility"),
    title=lambda: t("a11y.title") + " – " + t("app.brand"),
    description=lambda: t("meta.accessibility"),
)

METHODS = ("a11y.method_axe", "a11y.method_keyboard", "a11y.method_reflow", "a11y.method_print", "a11y.method_manual")
GAPS = ("a11y.gap_charts", "a11y.gap_toolbar", "a11y.gap_map", "a11y.gap_small", "a11y.gap_images", "a11y.gap_users")


def _section(key: str, *children) -> html.Section:
    return html.Section([html.H2(t(f"a11y.{key}_title"), className="h4"), *children], className="mb-4")


def layout(**query):
    return html.Div(
        className="a11y-statement",
        children=[
            page_header(t("a11y.title"), t("a11y.lead")),
            _section("standard", html.P(t("a11y.standard_text"))),
            _section("status", html.P(t("a11y.status_text"))),
            _section(
                "method",
                html.P(t("a11y.method_intro")),
                html.Ul([html.Li(t(k)) for k in METHODS]),
            ),
            _section("gaps", html.Ul([html.Li(t(k)) for k in GAPS])),
            _section("feedback", html.P(t("a11y.feedback_text")), html.P(t("a11y.complaint_text"))),
            html.P(t("a11y.date"), className="text-muted small"),
        ],
    )
