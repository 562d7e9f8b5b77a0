"""Page /injisering: the estimated number of people who inject drugs, a sensitivity
illustration of the mortality assumption, and drug-induced deaths beside the estimate."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, callback, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.chart_card import card_outputs, card_payload, chart_card
from dashboard.components.shell import page_header
from dashboard.components.url_state import Param, read_query, to_query, url_output, url_store
from dashboard.data import store
from dashboard.figures import pwid as figures
from dashboard.i18n import fmt_int, t
from dashboard.stats import pwid as stats

PAGE = "injection"
dash.register_page(__name__, path="/injisering", name=t("nav.injection"),
                   title=t("nav.injection") + " – " + t("app.brand"))


class ID:
    SLIDER = "pwid-mult"
    RESET = "pwid-reset"
    NOTE = "pwid-illustration-note"


CARD_ESTIMATE, CARD_DEATHS = "pwid-estimate", "pwid-deaths"
PARAMS = {"mult": Param("mult", 0, bounds=(stats.MULT_MIN, stats.MULT_MAX))}


def _estimate_view(mult: int):
    est = store.table("pwid_estimates")
    frame = stats.rescale_estimate(est, mult)
    first, last = int(frame["year"].min()), int(frame["year"].max())
    title = t("pwid.card_estimate_title", first=first, last=last)
    sign, value = figures.signed(mult)
    subtitle = (t("pwid.card_estimate_subtitle") if mult == 0
                else t("pwid.card_estimate_subtitle_mult", sign=sign, mult=value))
    source = t("pwid.source")
    fig = figures.estimate_figure(frame, mult, stats.stated_range(store.table("report_figures")),
                                  title=title, subtitle=subtitle, source=source)
    columns = {"year": t("pwid.col_year"), "estimate": t("pwid.col_estimate"), "moving_average_3y": t("pwid.col_ma")}
    if mult != 0:
        columns["rescaled"] = t("pwid.col_rescaled")
    payload = card_payload(_year_text(frame), columns, title=title, subtitle=subtitle, source=source,
                           filename=[t("pwid.file_estimate"), f"dodsrate{mult:+d}" if mult else "", str(last)],
                           filters=t("pwid.filters_mult", mult=mult) if mult else t("pwid.filters_default"),
                           decimals={"rescaled": 0})
    return fig, payload


def _year_text(frame):
    # Years are labels, not quantities: "2024", never "2 024" in the table view.
    return frame.assign(year=frame["year"].astype(str))


def _deaths_view():
    frame = stats.with_deaths(store.table("pwid_estimates"), store.table("deaths_national"))
    first, last = int(frame["year"].min()), int(frame["year"].max())
    title = t("pwid.card_deaths_title", first=first, last=last)
    subtitle, source = t("pwid.card_deaths_subtitle"), t("pwid.source_deaths")
    fig = figures.deaths_figure(frame, title=title, subtitle=subtitle, source=source)
    payload = card_payload(_year_text(frame), {"year": t("pwid.col_year"), "estimate": t("pwid.col_estimate"),
                                   "deaths": t("pwid.col_deaths")},
                           title=title, subtitle=subtitle, source=source,
                           filename=[t("pwid.file_deaths"), f"{first}-{last}"])
    return fig, payload


def _note(mult: int) -> str:
    if mult == 0:
        return t("pwid.illustration_off")
    sign, value = figures.signed(mult)
    factor = f"{1 + mult / 100:.2f}".replace(".", ",")
    return t("pwid.illustration_on", sign=sign, mult=value, factor=factor)


def export_figures(query: dict) -> dict[str, go.Figure]:
    values, _ = read_query(query or {}, PARAMS)
    mult = values["mult"] if stats.valid_change(values["mult"]) else 0
    return {CARD_ESTIMATE: _estimate_view(mult)[0], CARD_DEATHS: _deaths_view()[0]}


def _method():
    return html.Section(className="mb-4", children=[
        html.H2(t("pwid.method_title"), className="h4"),
        html.P(t("pwid.method_1")), html.P(t("pwid.method_2")), html.P(t("pwid.method_3")),
    ])


def layout(**query):
    values, rejected = read_query(query, PARAMS)
    mult = values["mult"]
    if not stats.valid_change(mult):
        rejected.append(str(query.get("mult")))
        mult = 0
    est = store.table("pwid_estimates")
    lo, lo_year, hi, hi_year = stats.observed_range(est)
    stated = stats.stated_range(store.table("report_figures"))
    range_text = t("pwid.range", low=fmt_int(stated[0]), high=fmt_int(stated[1]), min=fmt_int(lo), min_year=lo_year,
                   max=fmt_int(hi), max_year=hi_year) if stated else ""
    marks = {v: (f"{v:+d} %" if v else "0") for v in range(stats.MULT_MIN, stats.MULT_MAX + 1, 10)}
    controls = html.Div(className="pwid-controls", children=[
        html.Label(t("pwid.slider_label"), htmlFor=ID.SLIDER, className="form-label fw-semibold"),
        dbc.Row(className="align-items-center g-2", children=[
            dbc.Col(dcc.Slider(id=ID.SLIDER, min=stats.MULT_MIN, max=stats.MULT_MAX, step=stats.MULT_STEP,
                               value=mult, marks=marks, updatemode="mouseup",
                               tooltip={"placement": "bottom", "always_visible": False}), md=9),
            dbc.Col(dbc.Button(t("pwid.reset"), id=ID.RESET, color="secondary", outline=True, size="sm"), md=3),
        ]),
        html.P(t("pwid.slider_help"), className="small text-muted mb-1"),
        html.Div(dbc.Alert(_note(mult), id=ID.NOTE, color="info" if mult else "light", className="py-2 small mb-0"),
                 **{"aria-live": "polite"}),
    ])
    return html.Div([
        *url_store(PAGE),
        page_header(t("pwid.title"), t("pwid.lead"), notice=rejected),
        dbc.Alert([html.Strong(t("pwid.estimate_note")), " ", range_text], color="warning", className="small"),
        chart_card(CARD_ESTIMATE, [html.P(t("pwid.about_estimate")), html.P(t("pwid.illustration_note"))],
                   controls=controls),
        _method(),
        chart_card(CARD_DEATHS, html.P(t("pwid.about_deaths")), height=560),
    ])


@callback(*card_outputs(CARD_ESTIMATE), Output(ID.NOTE, "children"), Output(ID.NOTE, "color"),
          url_output(PAGE), Input(ID.SLIDER, "value"))
def _update_estimate(mult):
    if not stats.valid_change(mult):
        raise PreventUpdate
    fig, payload = _estimate_view(mult)
    return fig, payload, _note(mult), ("info" if mult else "light"), to_query({"mult": mult}, PARAMS)


@callback(Output(ID.SLIDER, "value"), Input(ID.RESET, "n_clicks"), prevent_initial_call=True)
def _reset(_n):
    return 0


@callback(*card_outputs(CARD_DEATHS), Input(ID.NOTE, "id"))
def _fill_deaths(_):
    return _deaths_view()
