"""Page /sentralstimulerende: the filters and cards of dashboard/cards/stimulants.py, composed."""

from __future__ import annotations

import dash
from dash import html

from dashboard.cards.stimulants import SPEC
from dashboard.cards.survey import lead
from dashboard.components.chart_card import card, page_stores, panel, register_callbacks
from dashboard.components.filters import filter_bar
from dashboard.components.shell import notes, page_header
from dashboard.i18n import t

dash.register_page(
    __name__,
    path=SPEC.path,
    name=t("nav.stimulants"),
    title=lambda: t("nav.stimulants") + " – " + t("app.brand"),
    description=lambda: t("meta.stimulants"),
)


def layout(**query):
    v, rejected, corrected = SPEC.from_query(query)
    note = panel(SPEC, "substance-note", v, className="small text-danger mb-0", role="status")
    return html.Div(
        [
            page_header(t("stimulants.title"), lead("stimulants.lead"), notice=rejected),
            *notes(corrected),
            *page_stores(SPEC, v),
            filter_bar(
                SPEC,
                v,
                [[("substances", 4), ("sex", 4), ("age", 4)], [("period", 4), ("years", 5), ("year", 3)]],
                extra=note,
            ),
            panel(SPEC, "tiles", v),
            *[card(SPEC, c, v) for c in SPEC.cards],
        ]
    )


register_callbacks(SPEC)
