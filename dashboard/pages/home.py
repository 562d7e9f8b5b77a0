"""Page /: the report's main findings as key-figure tiles (dashboard/components/findings.py)."""

from __future__ import annotations

import dash
from dash import html

from dashboard.components import findings
from dashboard.components.shell import page_header
from dashboard.data import store
from dashboard.i18n import t

dash.register_page(
    __name__,
    path="/",
    name=t("nav.home"),
    title=lambda: t("nav.home") + " – " + t("app.brand"),
    description=lambda: t("meta.home"),
)


def layout(**query):
    survey = store.table("survey_prevalence")
    return html.Div(
        [
            page_header(t("front.title"), t("front.lead")),
            html.H2(t("front.section_use"), className="h4 mt-2"),
            findings.row(findings.tiles_use(survey)),
            html.H2(t("front.section_harm"), className="h4 mt-3"),
            findings.row(findings.tiles_harm()),
            html.H2(t("front.section_ww"), className="h4 mt-3"),
            findings.row(findings.tiles_ww()),
            html.Hr(),
            findings.news(survey),
        ]
    )
