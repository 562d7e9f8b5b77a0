"""Page /cannabis: the filters and cards of dashboard/cards/cannabis.py, composed."""

from __future__ import annotations

import dash
from dash import html

from dashboard.cards.cannabis import SPEC
from dashboard.cards.survey import lead
from dashboard.components.chart_card import card, page_stores, panel, register_callbacks
from dashboard.components.filters import filter_bar
from dashboard.components.shell import notes, page_header
from dashboard.i18n import t

dash.register_page(
    __name__,
    path=SPEC.path,
    name=t("nav.cannabis"),
    title=lambda: t("nav.cannabis") + " – " + t("app.brand"),
    description=lambda: t("meta.cannabis"),
)


def layout(**query):
    v, rejected, corrected = SPEC.from_query(query)
    return html.Div(
        [
            page_header(t("cannabis.title"), lead("cannabis.lead"), notice=rejected),
            *notes(corrected),
            *page_stores(SPEC, v),
            filter_bar(SPEC, v, [[("sex", 6), ("age", 6)], [("period", 4), ("years", 5), ("year", 3)]]),
            panel(SPEC, "tiles", v),
            *[card(SPEC, c, v) for c in SPEC.cards],
        ]
    )


register_callbacks(SPEC)
