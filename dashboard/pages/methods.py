"""Page /om-tallene: what each source is, who collects it, years, coverage and caveats; the
wastewater sampling weeks; downloads of every tidy table; provenance of every raw file."""

from __future__ import annotations

import dash
from dash import ALL, Input, Output, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.cards import deaths as deaths_cards
from dashboard.cards.wastewater import sampling_table
from dashboard.components import sources
from dashboard.components.exports import to_csv_bytes, to_xlsx_bytes
from dashboard.components.shell import page_header
from dashboard.i18n import t

dash.register_page(
    __name__,
    path="/om-tallene",
    name=t("nav.methods"),
    title=lambda: t("nav.methods") + " – " + t("app.brand"),
    description=lambda: t("meta.methods"),
)


def layout(**query):
    return html.Div(
        [
            page_header(t("methods.title"), t("methods.lead")),
            sources.source_section("survey", "survey_prevalence"),
            sources.source_section("deaths", "deaths_national", deaths_cards.methods_facts()),
            sources.source_section("ww"),
            html.H3(t("methods.ww_sites"), className="h5"),
            sampling_table("methods-sites"),
            sources.source_section("pwid", "pwid_estimates"),
            html.H2(t("methods.downloads_title"), className="h4 mt-4"),
            html.P(t("methods.downloads_lead")),
            sources.downloads(),
            dcc.Download(id=sources.ID.DOWNLOAD),
            html.H2(t("methods.provenance_title"), className="h4 mt-4"),
            html.P(t("methods.provenance_lead"), className="text-muted"),
            html.Details(
                [
                    html.Summary(t("methods.provenance_show")),
                    dcc.Markdown(
                        sources.PROVENANCE,
                        id="methods-provenance",
                        className="provenance small mt-2",
                        link_target="_blank",
                    ),
                ]
            ),
        ]
    )


@callback(
    Output(sources.ID.DOWNLOAD, "data"),
    Input({"type": sources.ID.BUTTON, "table": ALL, "kind": ALL}, "n_clicks"),
    prevent_initial_call=True,
)
def _download(_clicks):
    trig = ctx.triggered_id
    if not isinstance(trig, dict) or not ctx.triggered or not ctx.triggered[0].get("value"):
        raise PreventUpdate
    name, kind = trig.get("table"), trig.get("kind")
    if name not in sources.TABLES or kind not in sources.KINDS:
        raise PreventUpdate
    payload = sources.payload_for(name)
    if kind == "csv":
        return dcc.send_bytes(to_csv_bytes(payload), f"{payload['filename']}.csv")
    return dcc.send_bytes(to_xlsx_bytes(payload), f"{payload['filename']}.xlsx")
