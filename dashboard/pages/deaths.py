"""Page /dodsfall: drug-induced deaths (report ch. 5 and 8).

Layout and thin callbacks only; numbers come from dashboard.stats.deaths, figures from
dashboard.figures.deaths and dashboard.figures.maps. URL keys: m (map metric), aar (map year),
k (sex in the age chart), fylke (selected county code).
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.chart_card import card_graph, card_outputs, card_payload, chart_card
from dashboard.components.kpi import tile, tile_row
from dashboard.components.shell import page_header
from dashboard.components.url_state import Param, read_query, to_query, url_output, url_store
from dashboard.data import store
from dashboard.data.contract import COUNTY_CODES
from dashboard.figures import deaths as figs
from dashboard.figures.maps import county_map
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, label, options, t
from dashboard.stats import deaths as st

PAGE = "deaths"
dash.register_page(__name__, path="/dodsfall", name=t("nav.deaths"), title=t("nav.deaths") + " – " + t("app.brand"))

METRICS = ("deaths", "crude_rate", "change")
MAP_YEARS = (2024, 2023)
SEXES = ("all", "men", "women")
SORTS = ("county", "deaths", "crude_rate", "change")
AGE_YEAR = 2024
KEY_YEAR = 2024
SUBSTANCE_YEAR = 2024
AREAS = ["oslo", "rogaland", "vestland"]
AREA_SUBSTANCES = ["other_opioids", "heroin", "methadone", "synthetic_opioids", "stimulants", "dependence",
                   "other_substances"]
INTENTS = ["unintentional", "intentional", "mental_behavioural"]

PARAMS = {
    "metric": Param("m", "deaths", METRICS),
    "year": Param("aar", 2024, bounds=(2023, 2024)),
    "sex": Param("k", "all", SEXES),
    "county": Param("fylke", "", ("",) + COUNTY_CODES),
}


class ID:
    METRIC = "deaths-metric"
    YEAR = "deaths-year"
    SEX = "deaths-sex"
    COUNTY = "deaths-county"
    SORT = "deaths-sort"
    COUNTY_TABLE = "deaths-county-table"
    COUNTY_DETAIL = "deaths-county-detail"
    LOAD = "deaths-load"


CARD_NATIONAL, CARD_ASR, CARD_AGE, CARD_MAP = "deaths-national", "deaths-standardised", "deaths-age", "deaths-map"
CARD_SUBSTANCE, CARD_AREAS, CARD_INTENT, CARD_AUTOPSY = ("deaths-substance", "deaths-substance-counties",
                                                         "deaths-intent", "deaths-autopsy")
# plotly.js fetches a world topojson for geo plots even with the base map hidden: serve it ourselves.
MAP_GRAPH_CONFIG = {"scrollZoom": False, "topojsonURL": "/assets/topojson/"}


def _tables() -> dict[str, pd.DataFrame]:
    return {n: store.table(n) for n in ("deaths_national", "deaths_by_age_sex", "deaths_by_county",
                                         "deaths_by_substance", "deaths_by_intent", "report_figures",
                                         "population")}


def _about(*keys, extra=None) -> list:
    paras = [html.P(t(k)) for k in keys]
    if extra:
        paras.extend(html.P(x) for x in extra)
    return paras


# --- card builders (pure: tables + state -> figure, payload) ------------------------------------

def national_card(tb) -> tuple:
    series = st.national_series(tb["deaths_national"], tb["population"])
    fit, gaps = st.national_trend(tb["deaths_national"])
    first, last = int(series["year"].min()), int(series["year"].max())
    span_gaps = st.missing_years(series["year"], first, last)
    title = t("deaths.nat.title")
    subtitle = t("deaths.nat.subtitle", first=first, last=last, start=st.TREND_START, end=st.TREND_END)
    fig = figs.national_figure(series, fit, gaps, span_gaps, title=title, subtitle=subtitle,
                               source=t("deaths.source.national"), trend_start=st.TREND_START,
                               trend_end=st.TREND_END)
    frame = series.copy()
    if fit is not None:
        band = fit.band(frame["year"].astype(float))
        inside = ((frame["year"] >= st.TREND_START) & (frame["year"] <= st.TREND_END)).to_numpy()
        frame["trend"] = band["fit"].where(inside).to_numpy()
        frame["low"] = band["low"].where(inside).to_numpy()
        frame["high"] = band["high"].where(inside).to_numpy()
    else:
        frame["trend"] = frame["low"] = frame["high"] = float("nan")
    payload = card_payload(frame, {
        "year": t("deaths.nat.col.year"), "deaths": t("deaths.nat.col.deaths"),
        "rate_age_standardised": t("deaths.nat.col.rate"), "crude_rate": t("deaths.nat.col.crude"),
        "trend": t("deaths.nat.col.trend"), "low": t("deaths.nat.col.low"), "high": t("deaths.nat.col.high"),
        "publication": t("deaths.nat.col.publication")},
        title=title, subtitle=subtitle, source=t("deaths.source.national"),
        filename=["narkotikautloste-dodsfall", "antall", f"{first}-{last}"],
        decimals={"rate_age_standardised": 1, "crude_rate": 2, "trend": 1, "low": 1, "high": 1})
    return fig, payload


def national_about(tb) -> list:
    fit, gaps = st.national_trend(tb["deaths_national"])
    nat = tb["deaths_national"]
    window = nat[(nat["year"] >= st.TREND_START) & (nat["year"] <= st.TREND_END)]
    extra = []
    if fit is not None:
        extra.append(t("deaths.nat.trend_text", start=st.TREND_START, end=st.TREND_END,
                       slope=fmt_num(fit.slope, 1), low=fmt_num(fit.slope_ci_low, 1),
                       high=fmt_num(fit.slope_ci_high, 1), p=fmt_num(fit.p_value, 3)))
    reported = st.report_value(tb["report_figures"], "deaths_mean_per_year", st.TREND_END,
                               f"period={st.TREND_START}-{st.TREND_END}")
    if not gaps and reported is not None:
        extra.append(t("deaths.nat.mean_text", start=st.TREND_START, end=st.TREND_END,
                       ours=fmt_num(window["deaths"].mean(), 0), report=fmt_int(reported)))
    return _about("deaths.nat.about.1", "deaths.nat.about.2", "deaths.nat.about.3", "deaths.about.revisions",
                  "deaths.about.definition", extra=extra)


def standardised_card(tb) -> tuple:
    rates = st.standardised_rates(tb["deaths_by_age_sex"], tb["population"])
    nat = tb["deaths_national"].set_index("year")["rate_age_standardised"].dropna()
    published = {int(y): float(v) for y, v in nat.items() if int(y) in set(rates["year"])}
    years = ", ".join(str(y) for y in sorted(rates["year"].unique()))
    title, subtitle = t("deaths.asr.title"), t("deaths.asr.subtitle", years=years)
    fig = figs.standardised_figure(rates, published, title=title, subtitle=subtitle,
                                   source=t("deaths.source.report_pop"))
    frame = rates.assign(sex_label=rates["sex"].map(lambda s: label("sex", s)),
                         published=[published.get(int(y)) if s == "all" else None
                                    for y, s in zip(rates["year"], rates["sex"])])
    payload = card_payload(frame, {
        "year": t("deaths.asr.col.year"), "sex_label": t("deaths.asr.col.sex"), "deaths": t("deaths.asr.col.deaths"),
        "mean_population": t("deaths.asr.col.pop"), "rate": t("deaths.asr.col.rate"),
        "crude_rate": t("deaths.asr.col.crude"), "published": t("deaths.asr.col.published")},
        title=title, subtitle=subtitle, source=t("deaths.source.report_pop"),
        filename=["narkotikautloste-dodsfall", "aldersstandardisert-rate", "kjonn", years.replace(", ", "-")],
        decimals={"mean_population": 0, "rate": 2, "crude_rate": 2, "published": 1})
    return fig, payload


def standardised_check(tb) -> str:
    rates = st.standardised_rates(tb["deaths_by_age_sex"], tb["population"])
    row = rates[(rates["year"] == KEY_YEAR) & (rates["sex"] == "all")]
    published = tb["deaths_national"].set_index("year")["rate_age_standardised"].get(KEY_YEAR)
    if row.empty or published is None or pd.isna(published):
        return ""
    ours = float(row["rate"].iloc[0])
    return t("deaths.asr.check", year=KEY_YEAR, ours=fmt_num(ours, 2), rounded=fmt_num(ours, 1),
             published=fmt_num(published, 1))


def age_card(tb, sex: str) -> tuple:
    table = st.age_sex_table(tb["deaths_by_age_sex"], AGE_YEAR)
    mean_age = st.report_value(tb["report_figures"], "mean_age", AGE_YEAR, f"sex={sex}")
    title = t("deaths.age.title", sex=label("sex", sex), year=AGE_YEAR)
    subtitle = t("deaths.age.subtitle", share=fmt_pct(st.share_under_30(tb["deaths_by_age_sex"], AGE_YEAR, sex), 0),
                 mean_age=t("deaths.age.years", value=fmt_num(mean_age, 1)) if mean_age is not None
                 else t("misc.gap"))
    fig = figs.age_figure(table, sex, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    shown = table[table["sex"].isin(("men", "women") if sex == "all" else (sex,))]
    if sex == "all":
        shown = pd.concat([shown, table[table["sex"] == "all"]])
    frame = shown.assign(sex_label=shown["sex"].map(lambda s: label("sex", s)),
                         age_label=shown["age_group"].map(lambda a: label("death_age", a)))
    payload = card_payload(frame, {
        "sex_label": t("deaths.age.col.sex"), "age_label": t("deaths.age.col.age"),
        "deaths": t("deaths.age.col.deaths"), "share": t("deaths.age.col.share")},
        title=title, subtitle=subtitle, source=t("deaths.source.report"),
        filename=["narkotikautloste-dodsfall", "alder", label("sex", sex), str(AGE_YEAR)],
        filters=f"{t('deaths.age.sex_label').lower()}: {label('sex', sex)}", decimals={"share": 1})
    return fig, payload


def county_frame(tb, year: int) -> pd.DataFrame:
    return st.county_figures(tb["deaths_by_county"], tb["population"], tb["report_figures"], year)


def _signed(v) -> str:
    if v is None or pd.isna(v):
        return t("misc.gap")
    v = int(v)
    return ("+" if v > 0 else "") + fmt_int(v)


def map_card(tb, metric: str, year: int, county: str) -> tuple:
    frame = county_frame(tb, year)
    hover = []
    for r in frame.itertuples():
        lines = [f"<b>{r.county}</b>", t("deaths.map.hover.deaths", deaths=fmt_int(r.deaths)),
                 t("deaths.map.hover.crude", rate=fmt_num(r.crude_rate, 1))]
        if not pd.isna(r.change):
            lines.append(t("deaths.map.hover.change", before=year - 1, change=_signed(r.change)))
        if not pd.isna(r.published_rate):
            lines.append(t("deaths.map.hover.published", rate=fmt_num(r.published_rate, 1)))
        hover.append("<br>".join(lines))
    values = [None if pd.isna(v) else float(v) for v in frame[metric]]
    title = t("deaths.map.title", year=year, metric=label("death_metric", metric).lower())
    subtitle = t("deaths.map.subtitle")
    fig = county_map(list(frame["county_code"]), values, hover, store.counties_geojson(), title=title,
                     subtitle=subtitle, source=t("deaths.source.report_pop"),
                     colorbar_title=label("death_metric", metric), selected=county or None,
                     diverging=metric == "change", missing_note=t("deaths.map.no_change", year=year - 1))
    payload = card_payload(frame, _county_columns(), title=title, subtitle=subtitle,
                           source=t("deaths.source.report_pop"),
                           filename=["narkotikautloste-dodsfall", "fylker", metric, str(year)],
                           filters=f"{t('deaths.map.year').lower()}: {year}",
                           decimals={"mean_population": 0, "crude_rate": 1, "published_rate": 1, "change": 0,
                                     "deaths_before": 0})
    return fig, payload


def _county_columns() -> dict:
    return {"county": t("deaths.map.col.county"), "deaths": t("deaths.map.col.deaths"),
            "deaths_before": t("deaths.map.col.before"), "change": t("deaths.map.col.change"),
            "mean_population": t("deaths.map.col.pop"), "crude_rate": t("deaths.map.col.crude"),
            "published_rate": t("deaths.map.col.published")}


def sorted_counties(frame: pd.DataFrame, sort: str) -> pd.DataFrame:
    if sort == "county":
        return frame.sort_values("county")
    return frame.sort_values(sort, ascending=False, na_position="last", kind="stable")


def county_table(frame: pd.DataFrame, sort: str, selected: str):
    rows = []
    for r in sorted_counties(frame, sort).itertuples():
        rows.append(html.Tr([
            html.Td(r.county), html.Td(fmt_int(r.deaths), className="text-end"),
            html.Td(_signed(r.change), className="text-end"),
            html.Td(fmt_num(r.crude_rate, 1), className="text-end"),
            html.Td(t("misc.gap") if pd.isna(r.published_rate) else fmt_num(r.published_rate, 1),
                    className="text-end"),
        ], className="table-active fw-bold" if r.county_code == selected else None,
            **{"data-county": r.county_code}))
    head = html.Thead(html.Tr([html.Th(t(f"deaths.map.col.{k}"), scope="col", className=c) for k, c in (
        ("county", None), ("deaths", "text-end"), ("change", "text-end"), ("crude", "text-end"),
        ("published", "text-end"))]))
    year = int(frame["year"].iloc[0])
    return dbc.Table([html.Caption(t("deaths.map.table_title", year=year)), head, html.Tbody(rows)],
                     size="sm", hover=True, striped=True, className="caption-top small mb-0")


def county_detail(frame: pd.DataFrame, county: str):
    row = frame[frame["county_code"] == county]
    if not county or row.empty:
        return html.P(t("deaths.map.detail_none"), className="text-muted small mb-0")
    r = row.iloc[0]
    year = int(r["year"])
    parts = [t("deaths.map.detail", county=r["county"], year=year, deaths=fmt_int(r["deaths"]),
               crude=fmt_num(r["crude_rate"], 1))]
    if not pd.isna(r["change"]):
        parts.append(t("deaths.map.detail_change", before=fmt_int(r["deaths_before"]), change=_signed(r["change"])))
    parts.append(t("deaths.map.detail_published", rate=fmt_num(r["published_rate"], 1))
                 if not pd.isna(r["published_rate"]) else t("deaths.map.detail_no_published"))
    return html.P(" ".join(parts), className="mb-0", id="deaths-county-detail-text")


def substance_card(tb) -> tuple:
    table = st.substance_national(tb["deaths_by_substance"], tb["deaths_national"], SUBSTANCE_YEAR)
    title, subtitle = t("deaths.sub.title", year=SUBSTANCE_YEAR), t("deaths.sub.subtitle")
    fig = figs.substance_national_figure(table, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    frame = table.assign(substance_label=table["substance"].map(lambda s: label("death_substance", s)))
    payload = card_payload(frame, {"substance_label": t("deaths.sub.col.substance"),
                                   "deaths": t("deaths.sub.col.deaths"), "share": t("deaths.sub.col.share")},
                           title=title, subtitle=subtitle, source=t("deaths.source.report"),
                           filename=["narkotikautloste-dodsfall", "rusmiddel", str(SUBSTANCE_YEAR)],
                           decimals={"share": 1})
    return fig, payload


def areas_card(tb) -> tuple:
    table = st.substance_areas(tb["deaths_by_substance"])
    years = sorted(table["year"].unique(), reverse=True)
    substances = [s for s in AREA_SUBSTANCES if s in set(table["substance"])]
    title, subtitle = t("deaths.area.title"), t("deaths.area.subtitle")
    fig = figs.substance_area_figure(table, AREAS, substances, [int(y) for y in years], title=title,
                                     subtitle=subtitle, source=t("deaths.source.report"))
    frame = table.assign(area_label=table["area"].map(lambda a: label("death_area", a)),
                         substance_label=table["substance"].map(lambda s: label("death_substance", s)))
    payload = card_payload(frame, {"area_label": t("deaths.area.col.area"), "year": t("deaths.area.col.year"),
                                   "substance_label": t("deaths.sub.col.substance"),
                                   "deaths": t("deaths.sub.col.deaths"), "share": t("deaths.area.col.share")},
                           title=title, subtitle=subtitle, source=t("deaths.source.report"),
                           filename=["narkotikautloste-dodsfall", "rusmiddel", "oslo-rogaland-vestland", "2023-2024"],
                           decimals={"share": 1})
    return fig, payload


def intent_card(tb) -> tuple:
    table = st.intent_table(tb["deaths_by_intent"])
    years = sorted(int(y) for y in table["year"].unique())
    missing = st.missing_years(years, years[0], years[-1])
    title = t("deaths.intent.title")
    subtitle = t("deaths.intent.subtitle", years=", ".join(map(str, years)))
    fig = figs.intent_figure(table, INTENTS, missing, title=title, subtitle=subtitle,
                             source=t("deaths.source.national"))
    frame = table.assign(intent_label=table["intent"].map(lambda i: label("death_intent", i)))
    payload = card_payload(frame, {"year": t("deaths.intent.col.year"), "intent_label": t("deaths.intent.col.intent"),
                                   "deaths": t("deaths.intent.col.deaths"), "share": t("deaths.intent.col.share"),
                                   "total": t("deaths.intent.col.total")},
                           title=title, subtitle=subtitle, source=t("deaths.source.national"),
                           filename=["narkotikautloste-dodsfall", "hensikt", f"{years[0]}-{years[-1]}"],
                           decimals={"share": 1})
    return fig, payload


def autopsy_card(tb) -> tuple:
    table = st.autopsy_table(tb["report_figures"])
    first, last = int(table["year"].min()), int(table["year"].max())
    title, subtitle = t("deaths.autopsy.title"), t("deaths.autopsy.subtitle", first=first, last=last)
    fig = figs.autopsy_figure(table, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    payload = card_payload(table, {"year": t("deaths.autopsy.col.year"), "percent": t("deaths.autopsy.col.percent")},
                           title=title, subtitle=subtitle, source=t("deaths.source.report"),
                           filename=["narkotikautloste-dodsfall", "ikke-obdusert", f"{first}-{last}"],
                           decimals={"percent": 1})
    return fig, payload


def autopsy_note(tb) -> str:
    rf = tb["report_figures"]
    n = st.report_value(rf, "not_autopsied", 2024, "intent=mental_behavioural")
    pct = st.report_value(rf, "not_autopsied_percent", 2024, "intent=mental_behavioural")
    of = tb["deaths_by_intent"]
    of = of[(of["year"] == 2024) & (of["intent"] == "mental_behavioural")]["deaths"]
    if n is None or pct is None or of.empty:
        return ""
    return t("deaths.autopsy.mental", n=fmt_int(n), of=fmt_int(of.iloc[0]), pct=fmt_pct(pct, 0))


def key_tiles(tb):
    k = st.key_figures(tb["deaths_national"], tb["report_figures"], KEY_YEAR)
    nat = tb["deaths_national"].set_index("year")["rate_age_standardised"]
    before_rate = nat.get(KEY_YEAR - 1)
    rf = tb["report_figures"]
    men = st.report_value(rf, "deaths", KEY_YEAR, "sex=men")
    women = st.report_value(rf, "deaths", KEY_YEAR, "sex=women")
    tiles = [
        tile(t("deaths.kpi.deaths", year=KEY_YEAR), fmt_int(k["deaths"]),
             trend=[(t("deaths.kpi.change", change=_signed(k["change"]), before=fmt_int(k["deaths_before"]),
                       year=KEY_YEAR - 1), "down" if k["change"] < 0 else "up" if k["change"] > 0 else "flat")]
             if k["change"] is not None else None, tile_id="deaths-kpi-deaths"),
        tile(t("deaths.kpi.rate", year=KEY_YEAR), fmt_num(k["rate"], 1),
             t("deaths.kpi.rate_note", before=KEY_YEAR - 1, value=fmt_num(before_rate, 1))),
        tile(t("deaths.kpi.mean_age", year=KEY_YEAR), t("deaths.kpi.years", value=fmt_num(k["mean_age"], 1)),
             t("deaths.kpi.mean_age_note", men=fmt_num(k["mean_age_men"], 1), women=fmt_num(k["mean_age_women"], 1))),
        tile(t("deaths.kpi.share_men", year=KEY_YEAR), fmt_pct(k["share_men"], 0),
             t("deaths.kpi.share_men_note", men=fmt_int(men), women=fmt_int(women))),
    ]
    return tile_row(tiles)


# --- layout ------------------------------------------------------------------------------------

def _radio(id_, opts, value):
    return dbc.RadioItems(id=id_, options=opts, value=value, inline=True, className="mb-1")


def layout(**query):
    values, rejected = read_query(query, PARAMS)
    tb = _tables()
    metric_opts = options("death_metric", METRICS)
    year_opts = [{"label": str(y), "value": y} for y in MAP_YEARS]
    county_opts = [{"label": r.county, "value": r.county_code}
                   for r in county_frame(tb, 2024).sort_values("county").itertuples()]
    map_controls = dbc.Row([
        dbc.Col([dbc.Label(t("deaths.map.metric"), html_for=ID.METRIC, className="small mb-0"),
                 _radio(ID.METRIC, metric_opts, values["metric"])], md="auto"),
        dbc.Col([dbc.Label(t("deaths.map.year"), html_for=ID.YEAR, className="small mb-0"),
                 _radio(ID.YEAR, year_opts, values["year"])], md="auto"),
        dbc.Col([dbc.Label(t("deaths.map.county"), html_for=ID.COUNTY, className="small mb-0"),
                 dcc.Dropdown(id=ID.COUNTY, options=county_opts, value=values["county"] or None,
                              placeholder=t("deaths.map.county_placeholder"), clearable=True)], md=4),
    ], className="g-3 align-items-end")
    sex_controls = html.Div([dbc.Label(t("deaths.age.sex_label"), html_for=ID.SEX, className="small mb-0"),
                             _radio(ID.SEX, options("sex", SEXES), values["sex"])])
    side = dbc.Card(dbc.CardBody([
        html.Div(id=ID.COUNTY_DETAIL, className="mb-3", **{"aria-live": "polite"}),
        dbc.Label(t("deaths.map.sort"), html_for=ID.SORT, className="small mb-0"),
        dcc.Dropdown(id=ID.SORT, options=options("death_sort", SORTS), value="county", clearable=False,
                     className="mb-2"),
        html.Div(id=ID.COUNTY_TABLE, className="table-responsive"),
    ]), className="mb-4")
    return html.Div([
        *url_store(PAGE),
        dcc.Store(id=ID.LOAD, data=1),
        page_header(t("nav.deaths"), t("deaths.lead"), notice=rejected),
        key_tiles(tb),
        chart_card(CARD_NATIONAL, national_about(tb), height=560),
        dbc.Row([
            dbc.Col(chart_card(CARD_AGE, _about("deaths.age.about.1", "deaths.age.about.2", "deaths.about.definition"),
                               controls=sex_controls), lg=7),
            dbc.Col(chart_card(CARD_ASR, _about("deaths.asr.about.1", "deaths.asr.about.2",
                                                extra=[standardised_check(tb)]), height=480), lg=5),
        ]),
        dbc.Row([
            dbc.Col(chart_card(CARD_MAP, _about("deaths.map.about.1", "deaths.map.about.2", "deaths.map.about.3",
                                                "deaths.about.revisions", "deaths.about.definition",
                                                "deaths.map.about.4"),
                               controls=map_controls, height=620, graph_config=MAP_GRAPH_CONFIG), lg=7),
            dbc.Col(side, lg=5),
        ]),
        dbc.Row([
            dbc.Col(chart_card(CARD_SUBSTANCE, _about("deaths.sub.about.1", "deaths.sub.about.2",
                                                      "deaths.about.definition"), height=380), lg=5),
            dbc.Col(chart_card(CARD_AREAS, _about("deaths.area.about.1", "deaths.area.about.2",
                                                  "deaths.sub.about.2"), height=460), lg=7),
        ]),
        dbc.Row([
            dbc.Col(chart_card(CARD_INTENT, _about("deaths.intent.about.1", "deaths.intent.about.2",
                                                   "deaths.intent.about.3")), lg=7),
            dbc.Col(chart_card(CARD_AUTOPSY, _about("deaths.autopsy.about.1", "deaths.autopsy.about.2",
                                                    extra=[autopsy_note(tb)]), height=380), lg=5),
        ]),
    ])


# --- callbacks ---------------------------------------------------------------------------------

@callback(*card_outputs(CARD_NATIONAL), *card_outputs(CARD_ASR), *card_outputs(CARD_SUBSTANCE),
          *card_outputs(CARD_AREAS), *card_outputs(CARD_INTENT), *card_outputs(CARD_AUTOPSY),
          Input(ID.LOAD, "data"))
def _fill_static(_):
    tb = _tables()
    out = []
    for build in (national_card, standardised_card, substance_card, areas_card, intent_card, autopsy_card):
        out.extend(build(tb))
    return tuple(out)


@callback(*card_outputs(CARD_AGE), Input(ID.SEX, "value"))
def _age(sex):
    if sex not in SEXES:
        raise PreventUpdate
    return age_card(_tables(), sex)


@callback(*card_outputs(CARD_MAP), Output(ID.COUNTY_TABLE, "children"), Output(ID.COUNTY_DETAIL, "children"),
          Input(ID.METRIC, "value"), Input(ID.YEAR, "value"), Input(ID.COUNTY, "value"), Input(ID.SORT, "value"))
def _map(metric, year, county, sort):
    county = county or ""
    if metric not in METRICS or year not in MAP_YEARS or county not in ("",) + COUNTY_CODES or sort not in SORTS:
        raise PreventUpdate
    tb = _tables()
    fig, payload = map_card(tb, metric, year, county)
    frame = county_frame(tb, year)
    return fig, payload, county_table(frame, sort, county), county_detail(frame, county)


@callback(Output(ID.COUNTY, "value"), Input(card_graph(CARD_MAP), "clickData"), State(ID.COUNTY, "value"),
          prevent_initial_call=True)
def _click_county(click, current):
    try:
        code = click["points"][0]["location"]
    except (TypeError, KeyError, IndexError):
        raise PreventUpdate
    if code not in COUNTY_CODES:
        raise PreventUpdate
    return None if code == current else code  # a second click on the same county clears it


@callback(url_output(PAGE), Input(ID.METRIC, "value"), Input(ID.YEAR, "value"), Input(ID.SEX, "value"),
          Input(ID.COUNTY, "value"))
def _url(metric, year, sex, county):
    values = {"metric": metric, "year": year, "sex": sex, "county": county or ""}
    if not all(p.valid(values[n]) for n, p in PARAMS.items()):
        raise PreventUpdate
    return to_query(values, PARAMS)


# --- export hook -------------------------------------------------------------------------------

def export_figures(query: dict) -> dict:
    """{card name: figure} for a URL query ({} = defaults), built like the callbacks build them."""
    values, _ = read_query(query or {}, PARAMS)
    tb = _tables()
    return {
        CARD_NATIONAL: national_card(tb)[0],
        CARD_AGE: age_card(tb, values["sex"])[0],
        CARD_ASR: standardised_card(tb)[0],
        CARD_MAP: map_card(tb, values["metric"], values["year"], values["county"])[0],
        CARD_SUBSTANCE: substance_card(tb)[0],
        CARD_AREAS: areas_card(tb)[0],
        CARD_INTENT: intent_card(tb)[0],
        CARD_AUTOPSY: autopsy_card(tb)[0],
    }
