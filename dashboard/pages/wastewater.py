"""Page /avlopsvann: the filters and cards of dashboard/cards/wastewater.py, composed."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.cards.wastewater import SPEC, sampling_table, years_text
from dashboard.components.chart_card import card, page_stores, panel, register_callbacks
from dashboard.components.filters import filter_bar
from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(
    __name__,
    path=SPEC.path,
    name=t("nav.wastewater"),
    title=lambda: t("nav.wastewater") + " – " + t("app.brand"),
    description=lambda: t("meta.wastewater"),
)


def layout(**query):
    v, rejected, _ = SPEC.from_query(query)
    return html.Div(
        [
            page_header(t("ww.title"), t("ww.lead", years=years_text()), notice=rejected),
            *page_stores(SPEC, v),
            filter_bar(
                SPEC,
                v,
                [[("substance", 3), ("cities", 4), ("years", 2), ("seasons", 3)]],
                extra=panel(SPEC, "notice", v, role="status"),
            ),
            *[card(SPEC, c, v) for c in SPEC.cards],
            dbc.Card(
                className="mb-4",
                children=[
                    dbc.CardHeader(html.H2(t("ww.sites.title"), className="h5 mb-0")),
                    dbc.CardBody(sampling_table()),
                ],
            ),
        ]
    )


register_callbacks(SPEC)
