"""Page /om-tallene: what each source is, who collects it, years, coverage and caveats; the
wastewater sampling weeks; downloads of every tidy table; provenance of every raw file."""
from __future__ import annotations

import re

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.cards.registry import CardView
from dashboard.cards.wastewater import sampling_table
from dashboard.components.exports import to_csv_bytes, to_xlsx_bytes
from dashboard.components.table import simple_table
from dashboard.components.shell import page_header
from dashboard.data import store
from dashboard.data.contract import SPECS
from dashboard.data.paths import RAW_DIR
from dashboard.i18n import fmt_int, t

dash.register_page(__name__, path="/om-tallene", name=t("nav.methods"),
                   title=t("nav.methods") + " – " + t("app.brand"))


class ID:
    DOWNLOAD = "methods-download"
    BUTTON = "methods-dl"          # pattern id: {"type": BUTTON, "table": name, "kind": "csv"|"xlsx"}
    SITES = "methods-sites"


KINDS = ("csv", "xlsx")
TABLES = tuple(SPECS)             # the only names a download may ask for
# Read once at import: the page shows the provenance, it never reads files in a callback.
# Its headings are demoted two levels so they sit under this page's own h2, not beside its h1.
PROVENANCE = re.sub(r"^(#{1,4}) ", lambda m: "#" * (len(m.group(1)) + 2) + " ",
                    (RAW_DIR / "PROVENANCE.md").read_text(encoding="utf-8"), flags=re.M)


def _years(frame) -> tuple[int, int]:
    return int(frame["year"].min()), int(frame["year"].max())


def _source(prefix: str, **years) -> html.Section:
    rows = [("what", f"methods.{prefix}_what"), ("who", f"methods.{prefix}_who"),
            ("years", f"methods.{prefix}_years"), ("coverage", f"methods.{prefix}_coverage"),
            ("caveats", f"methods.{prefix}_caveats")]
    return html.Section(id=f"kilde-{prefix}", className="mb-4", children=[
        html.H2(t(f"methods.{prefix}_title"), className="h4"),
        html.Dl(className="row", children=[x for key, text in rows for x in (
            html.Dt(t(f"methods.{key}"), className="col-md-3"),
            html.Dd(t(text, **years) if key == "years" else t(text), className="col-md-9"))]),
    ])


def payload_for(name: str) -> dict:
    """The export payload of tidy table `name` (must be a contract table)."""
    if name not in TABLES:
        raise KeyError(name)
    frame = store.table(name)
    cols = list(frame.columns)
    stem = name.removesuffix(".csv")
    return CardView(None, frame, {c: c for c in cols}, title=stem, source=t("methods.download_source", name=name),
                    filename=[stem]).payload()


def _downloads() -> dbc.Table:
    rows = []
    for name in TABLES:
        frame = store.table(name)
        rows.append([
            html.Code(name.removesuffix(".csv")), fmt_int(len(frame)), html.Span(", ".join(frame.columns), className="small"),
            html.Span([dbc.Button(t(f"card.{k}"), id={"type": ID.BUTTON, "table": name, "kind": k}, size="sm",
                                  color="secondary", outline=True, className="me-1",
                                  title=f"{t(f'card.{k}')}: {name.removesuffix('.csv')}")
                       for k in KINDS], className="text-nowrap"),
        ])
    header = [t(f"methods.col_{c}") for c in ("table", "rows", "columns", "download")]
    return simple_table(header, rows, numeric={1}, id="methods-tables")


def layout(**query):
    return html.Div([
        page_header(t("methods.title"), t("methods.lead")),
        _source("survey", **dict(zip(("first", "last"), _years(store.table("survey_prevalence"))))),
        _source("deaths", **dict(zip(("first", "last"), _years(store.table("deaths_national"))))),
        _source("ww"),
        html.H3(t("methods.ww_sites"), className="h5"),
        sampling_table("methods-sites"),
        _source("pwid", **dict(zip(("first", "last"), _years(store.table("pwid_estimates"))))),
        html.H2(t("methods.downloads_title"), className="h4 mt-4"),
        html.P(t("methods.downloads_lead")),
        _downloads(),
        dcc.Download(id=ID.DOWNLOAD),
        html.H2(t("methods.provenance_title"), className="h4 mt-4"),
        html.P(t("methods.provenance_lead"), className="text-muted"),
        html.Details([html.Summary(t("methods.provenance_show")),
                      dcc.Markdown(PROVENANCE, id="methods-provenance", className="provenance small mt-2",
                                   link_target="_blank")]),
    ])


@callback(Output(ID.DOWNLOAD, "data"), Input({"type": ID.BUTTON, "table": ALL, "kind": ALL}, "n_clicks"),
          prevent_initial_call=True)
def _download(_clicks):
    trig = ctx.triggered_id
    if not isinstance(trig, dict) or not ctx.triggered or not ctx.triggered[0].get("value"):
        raise PreventUpdate
    name, kind = trig.get("table"), trig.get("kind")
    if name not in TABLES or kind not in KINDS:
        raise PreventUpdate
    payload = payload_for(name)
    if kind == "csv":
        return dcc.send_bytes(to_csv_bytes(payload), f"{payload['filename']}.csv")
    return dcc.send_bytes(to_xlsx_bytes(payload), f"{payload['filename']}.xlsx")
