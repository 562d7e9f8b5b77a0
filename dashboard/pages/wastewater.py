"""Page /avlopsvann: drugs in wastewater in Oslo, Bergen and Trondheim, 2024-2025.

Layout and thin callbacks only: the numbers come from dashboard.stats.wastewater and the
figures from dashboard.figures.wastewater. views(values) builds every card for one filter
state; the callback and export_figures() both call it.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, callback, dcc, html
from dash.exceptions import PreventUpdate

from dashboard.components.chart_card import card_outputs, card_payload, chart_card
from dashboard.components.shell import page_header
from dashboard.components.url_state import Param, read_query, to_query, url_output, url_store
from dashboard.data.store import table
from dashboard.figures import wastewater as figs
from dashboard.figures.theme import colour, empty_figure
from dashboard.i18n import fmt_num, label, options, t
from dashboard.stats import wastewater as ww

dash.register_page(__name__, path="/avlopsvann", name=t("nav.wastewater"),
                   title=t("nav.wastewater") + " – " + t("app.brand"))

PAGE = "wastewater"
# Countries in the EUDA file that are outside Europe; the card compares European cities.
NON_EUROPEAN = ("AU", "BR", "CL", "KR", "NZ", "US", "CA", "H")
EUROPE_YEAR = 2024


class Ids:
    SUBSTANCE = "ww-substance"
    CITIES = "ww-cities"
    YEARS = "ww-years"
    SEASONS = "ww-seasons"
    CMP = "ww-cmp"
    COUNTRY = "ww-country"
    CMP_SENTENCE = "ww-cmp-sentence"
    CMP_TABLE = "ww-cmp-table"
    TIME_SENTENCE = "ww-time-sentence"
    TIME_TABLE = "ww-time-table"
    NOTICE = "ww-notice"


class Cards:
    MEANS = "ww-week-means"
    DAILY = "ww-daily"
    CITIES = "ww-compare-cities"
    TIME = "ww-compare-time"
    WEEKEND = "ww-weekend"
    LEVO = "ww-levo"
    HISTORY = "ww-oslo-history"
    EUROPE = "ww-europe"


def _countries() -> tuple[str, ...]:
    e = table("wastewater_europe")
    e = e[(e["year"] == EUROPE_YEAR) & ~e["country"].isin(list(NON_EUROPEAN))]
    return tuple(sorted(set(e["country"]) - {"NO"}))


PARAMS = {
    "substance": Param("st", "cannabis", ww.SUBSTANCES),
    "cities": Param("byer", list(ww.CITIES), ww.CITIES, multi=True),
    "years": Param("aar", list(ww.YEARS), multi=True, bounds=(min(ww.YEARS), max(ww.YEARS))),
    "seasons": Param("ses", list(ww.SEASONS), ww.SEASONS, multi=True),
    "cmp": Param("cmp", "2025", ("2024", "2025", "pooled")),
    "land": Param("land", [], _countries(), multi=True),
}


# --------------------------------------------------------------------------- pure views
def _ordered(values: list, allowed) -> list:
    return [v for v in allowed if v in values]


def _filters_text(v: dict) -> str:
    return ", ".join([
        "/".join(label("city", c) for c in v["cities"]),
        "/".join(str(y) for y in v["years"]),
        "/".join(label("season", s) for s in v["seasons"]),
    ])


def _group_label(comparison: str, code: str) -> str:
    if comparison == "between_cities":
        return label("city", code)
    if comparison == "between_periods":
        year, season = code.split("-")
        return figs.period_label(int(year), season)
    return code


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + t("ww.sentence.and") + names[-1]


def sentence(result: pd.DataFrame, order: list[str]) -> str:
    """One plain sentence from a comparison: who is significantly lower than whom."""
    if result.empty:
        return t("ww.empty")
    comparison = result["comparison"].iloc[0]
    kw = result[result["test"] == "kruskal_wallis"].iloc[0]
    names = t("ww.sentence.periods") if comparison == "between_periods" else \
        _join([_group_label(comparison, g) for g in order])
    if not kw["significant"]:
        return t("ww.sentence.none", groups=names, p=fmt_num(kw["p_value"], 3))
    pairs = ww.significant_pairs(result, {})
    if not pairs:
        return t("ww.sentence.no_pairs", p=fmt_num(kw["p_value"], 3))
    parts = [t("ww.sentence.lower", group=_group_label(comparison, lo),
               others=_join([_group_label(comparison, h) for h in hi]))
             for lo, hi in ww.lower_than(pairs, order)]
    return " ".join(parts)


def _p_text(p: float) -> str:
    return "< 0,0001" if p < 0.0001 else fmt_num(p, 4)


def results_frame(result: pd.DataFrame) -> pd.DataFrame:
    """Test rows with Norwegian labels, for the table beside the chart and for downloads."""
    if result.empty:
        return pd.DataFrame(columns=["comparison", "scope", "test", "pair", "statistic", "p_value", "significant"])
    rows = []
    for r in result.itertuples():
        pair = t("ww.test.all_groups") if r.test == "kruskal_wallis" else \
            f"{_group_label(r.comparison, r.group_a)} – {_group_label(r.comparison, r.group_b)}"
        scope = label("city", r.scope) if r.scope in ww.CITIES else \
            (t("ww.scope.pooled") if r.scope == "pooled" else r.scope)
        rows.append(dict(comparison=t(f"ww.test.{r.comparison}"), scope=scope,
                         test=t("ww.test.kw" if r.test == "kruskal_wallis" else "ww.test.dunn"),
                         pair=pair, statistic=round(float(r.statistic), 3), p_value=float(r.p_value),
                         significant=t("ww.test.yes" if r.significant else "ww.test.no")))
    return pd.DataFrame(rows)


RESULT_COLUMNS = {"comparison": "ww.test.comparison", "scope": "ww.test.scope", "test": "ww.test.test",
                  "pair": "ww.test.pair", "statistic": "ww.test.statistic", "p_value": "ww.test.p",
                  "significant": "ww.test.sig"}


def results_table(frame: pd.DataFrame) -> html.Div:
    if frame.empty:
        return html.Div()
    head = html.Thead(html.Tr([html.Th(t(RESULT_COLUMNS[c]), scope="col") for c in RESULT_COLUMNS]))
    body = []
    for r in frame.to_dict("records"):
        sig = r["significant"] == t("ww.test.yes")
        body.append(html.Tr(className="table-warning fw-semibold" if sig else None, children=[
            html.Td(r["comparison"]), html.Td(r["scope"]), html.Td(r["test"]), html.Td(r["pair"]),
            html.Td(fmt_num(r["statistic"], 2), className="text-end"),
            html.Td(_p_text(r["p_value"]), className="text-end"),
            html.Td(r["significant"], className="ww-sig" if sig else None)]))
    return html.Div(className="table-responsive", children=[
        dbc.Table([head, html.Tbody(body)], size="sm", bordered=False, hover=True, className="mb-1"),
        html.P(t("ww.test.legend"), className="small text-muted")])


def _payload_results(frame, title, subtitle, filename):
    cols = {c: t(k) for c, k in RESULT_COLUMNS.items()}
    return card_payload(frame, cols, title=title, subtitle=subtitle, source=t("ww.source"),
                        filename=filename, decimals={"statistic": 2, "p_value": 4})


def views(v: dict) -> dict:
    """Every card of the page for one (valid) filter state: {card: (figure, payload)} plus
    the comparison sentences and tables under the keys 'cmp' and 'time'."""
    daily_all = table("wastewater_daily")
    means_all = table("wastewater_week_means")
    s, cities, years, seasons = v["substance"], v["cities"], v["years"], v["seasons"]
    sub = label("substance", s)
    marker = daily_all.loc[daily_all.substance == s, "marker"].iloc[0] if s in ww.DAILY_SUBSTANCES else s
    filters = _filters_text(v)
    out = {}

    # week means
    m = means_all[(means_all.substance == s) & means_all.city.isin(cities) & means_all.year.isin(years)
                  & means_all.season.isin(seasons)]
    m = m.assign(city=pd.Categorical(m.city, categories=cities, ordered=True)).sort_values(["city", "year"])
    m = m.assign(city=m.city.astype(str))
    title = t("ww.means.title", substance=sub)
    subtitle = t("ww.means.subtitle", marker=marker, filters=filters)
    fig = figs.week_means_figure(m, title=title, subtitle=subtitle, source=t("ww.source"))
    tab = m.assign(city_l=m.city.map(lambda c: label("city", c)),
                   period=[figs.period_label(y, se) for y, se in zip(m.year, m.season)])
    out[Cards.MEANS] = (fig, card_payload(tab, {"city_l": t("ww.col.city"), "period": t("ww.col.period"),
                                                "load": t("ww.col.load")}, title=title, subtitle=subtitle,
                                          source=t("ww.source"), filename=["avlopsvann", "ukesnitt", s],
                                          filters=filters, decimals={"load": 0}))

    # daily profile
    title = t("ww.daily.title", substance=sub)
    subtitle = t("ww.daily.subtitle", filters=filters)
    d = daily_all[(daily_all.substance == s) & daily_all.city.isin(cities) & daily_all.year.isin(years)
                  & daily_all.season.isin(seasons)]
    if s not in ww.DAILY_SUBSTANCES:
        fig = empty_figure(t("ww.daily.meth"), title)
        tab = d.iloc[0:0].assign(city_l="", period="", day="", note="")
    else:
        flags = d[ww.flag_dumping(d)]
        fig = figs.daily_profile_figure(d, cities, title=title, subtitle=subtitle, source=t("ww.source"),
                                        flags=flags)
        tab = d.assign(city_l=d.city.map(lambda c: label("city", c)),
                       period=[figs.period_label(y, se) for y, se in zip(d.year, d.season)],
                       day=d.weekday.map(lambda w: label("weekday", w)),
                       note=[t("ww.flag.dumping") if f else "" for f in ww.flag_dumping(d)],
                       order=d.weekday.map(ww.WEEK.index))
        tab = tab.sort_values(["city", "year", "season", "order"])
    out[Cards.DAILY] = (fig, card_payload(tab, {"city_l": t("ww.col.city"), "period": t("ww.col.period"),
                                                "day": t("ww.col.weekday"), "load": t("ww.col.load"),
                                                "note": t("ww.col.flag")}, title=title, subtitle=subtitle,
                                          source=t("ww.source"), filename=["avlopsvann", "dogn", s],
                                          filters=filters, decimals={"load": 0}))

    # between cities
    scope = v["cmp"]
    scope_text = t("ww.scope.pooled") if scope == "pooled" else scope
    title = t("ww.cmp.title", substance=sub, scope=scope_text)
    subtitle = t("ww.cmp.subtitle")
    if s in ww.DAILY_SUBSTANCES:
        cmp_years = ww.YEARS if scope == "pooled" else (int(scope),)
        groups = ww.city_groups(daily_all, s, cmp_years, cities)
        result = ww.compare(groups, "between_cities", s, scope) if len(cities) > 1 else \
            pd.DataFrame(columns=list(ww.COLUMNS))
        fig = figs.comparison_figure(groups, {c: label("city", c) for c in cities},
                                     {c: colour(c) for c in cities}, title=title, subtitle=subtitle,
                                     source=t("ww.source"))
        text = sentence(result, cities) if len(cities) > 1 else t("ww.filter.need_two")
    else:
        result = pd.DataFrame(columns=list(ww.COLUMNS))
        fig, text = empty_figure(t("ww.meth_no_tests"), title), t("ww.meth_no_tests")
    frame = results_frame(result)
    out[Cards.CITIES] = (fig, _payload_results(frame, title, subtitle, ["avlopsvann", "byer", s, scope]))
    out["cmp"] = (text, results_table(frame))

    # over time, per chosen city
    title = t("ww.time.title", substance=sub)
    subtitle = t("ww.time.subtitle")
    if s in ww.DAILY_SUBSTANCES:
        parts, texts, groups, labels, colours = [], [], {}, {}, {}
        for c in cities:
            by_year, by_period = ww.compare_years(daily_all, s, c), ww.compare_periods(daily_all, s, c)
            parts += [by_year, by_period]
            texts.append(t("ww.sentence.city_time", city=label("city", c),
                           text=sentence(by_year, [str(y) for y in ww.YEARS]) + " "
                           + sentence(by_period, [ww.period_code(y, se) for y, se in ww.PERIODS])))
            for code, vals in ww.period_groups(daily_all, s, c).items():
                key = f"{c}|{code}"
                y, se = code.split("-")
                groups[key], colours[key] = vals, colour(c)
                labels[key] = f"{label('city', c)}<br>{figs.period_label(int(y), se)}"
        result = pd.concat(parts, ignore_index=True)
        fig = figs.comparison_figure(groups, labels, colours, title=title, subtitle=subtitle, source=t("ww.source"))
        text = html.Ul([html.Li(x) for x in texts], className="mb-2")
    else:
        result = pd.DataFrame(columns=list(ww.COLUMNS))
        fig, text = empty_figure(t("ww.meth_no_tests"), title), t("ww.meth_no_tests")
    frame = results_frame(result)
    out[Cards.TIME] = (fig, _payload_results(frame, title, subtitle, ["avlopsvann", "endring", s]))
    out["time"] = (text, results_table(frame))

    # weekend / weekday
    title = t("ww.weekend.title")
    subtitle = t("ww.weekend.subtitle", filters=filters)
    r = ww.weekend_ratio(daily_all, years, seasons)
    r = r[r.city.isin(cities)]
    r = r.assign(c_order=r.city.map(cities.index), s_order=r.substance.map(ww.DAILY_SUBSTANCES.index))
    r = r.sort_values(["c_order", "s_order"])
    fig = figs.weekend_figure(r, title=title, subtitle=subtitle, source=t("ww.source"))
    tab = r.assign(city_l=r.city.map(lambda c: label("city", c)), sub_l=r.substance.map(lambda x: label("substance", x)))
    out[Cards.WEEKEND] = (fig, card_payload(tab, {"city_l": t("ww.col.city"), "sub_l": t("ww.col.substance"),
                                                  "weekday_mean": t("ww.weekend.weekday"),
                                                  "weekend_mean": t("ww.weekend.weekend"),
                                                  "ratio": t("ww.weekend.ratio")},
                                            title=title, subtitle=subtitle, source=t("ww.source"),
                                            filename=["avlopsvann", "helg-hverdag"], filters=filters,
                                            decimals={"weekday_mean": 1, "weekend_mean": 1, "ratio": 2}))

    # levo-amphetamine
    title, subtitle = t("ww.levo.title"), t("ww.levo.subtitle")
    e = table("wastewater_enantiomer")
    e = e[e.city.isin(cities)].assign(order=lambda x: x.city.map(cities.index)).sort_values("order")
    fig = figs.levo_figure(e, title=title, subtitle=subtitle, source=t("ww.source"))
    out[Cards.LEVO] = (fig, card_payload(e.assign(city_l=e.city.map(lambda c: label("city", c))),
                                         {"city_l": t("ww.col.city"), "levo_share": t("ww.levo.share")},
                                         title=title, subtitle=subtitle, source=t("ww.source"),
                                         filename=["avlopsvann", "levo-amfetamin", "2025"], decimals={"levo_share": 2}))

    # Oslo history
    title, subtitle = t("ww.history.title", substance=sub), t("ww.history.subtitle")
    hist = ww.oslo_history_means(table("wastewater_oslo_history"), s)
    recent = means_all[(means_all.city == "oslo") & (means_all.substance == s)].sort_values(["year", "season"])
    if hist.empty and recent.empty:
        fig = empty_figure(t("ww.history.none"), title)
    else:
        fig = figs.oslo_history_figure(hist, recent, title=title, subtitle=subtitle, source=t("ww.source_history"))
    tab = pd.concat([hist.assign(series=t("ww.history.old")),
                     recent.assign(series=[t("ww.history.new", season=label("season", se)) for se in recent.season])],
                    ignore_index=True)
    out[Cards.HISTORY] = (fig, card_payload(tab, {"year": t("ww.history.year"), "series": t("ww.history.series"),
                                                  "load": t("ww.col.load")}, title=title, subtitle=subtitle,
                                            source=t("ww.source_history"), filename=["avlopsvann", "oslo-historikk", s],
                                            decimals={"load": 1}))

    # Europe
    title, subtitle = t("ww.europe.title", substance=sub.capitalize()), t("ww.europe.subtitle")
    rank = ww.europe_ranking(table("wastewater_europe"), s, EUROPE_YEAR, v["land"] or None, NON_EUROPEAN)
    fig = figs.europe_figure(rank, title=title, subtitle=subtitle, source=t("ww.source_euda"))
    out[Cards.EUROPE] = (fig, card_payload(rank, {"rank": t("ww.europe.rank"), "city": t("ww.europe.city"),
                                                  "country": t("ww.europe.country"),
                                                  "daily_mean": t("ww.europe.daily"),
                                                  "weekday_mean": t("ww.europe.weekday"),
                                                  "weekend_mean": t("ww.europe.weekend")},
                                           title=title, subtitle=subtitle, source=t("ww.source_euda"),
                                           filename=["avlopsvann", "europa", s, str(EUROPE_YEAR)],
                                           filters=",".join(v["land"]),
                                           decimals={"daily_mean": 1, "weekday_mean": 1, "weekend_mean": 1}))
    return out


def export_figures(query: dict) -> dict:
    values, _ = read_query(query or {}, PARAMS)
    return {name: fig for name, (fig, _payload) in views(values).items() if name not in ("cmp", "time")}


# --------------------------------------------------------------------------- layout
def _sites_table() -> dbc.Table:
    sites = table("wastewater_sites")
    sites = sites.assign(order=sites.city.map(ww.CITIES.index)).sort_values(["order", "site"])
    periods = [(y, s) for y, s in ww.PERIODS]

    def dates(text: str) -> str:
        start, end = text.split("/")
        return f"{start[8:10]}.{start[5:7]}.–{end[8:10]}.{end[5:7]}.{end[:4]}"

    head = html.Thead(html.Tr([html.Th(t("ww.sites.city")), html.Th(t("ww.sites.plant"))]
                              + [html.Th(figs.period_label(y, s)) for y, s in periods]))
    body = html.Tbody([html.Tr([html.Td(label("city", r["city"])), html.Td(r["site"].capitalize()
                                                                          if r["site"] != "veas" else "VEAS")]
                               + [html.Td(dates(r[f"{s}_{y}"])) for y, s in periods])
                       for r in sites.to_dict("records")])
    return dbc.Table([head, body], size="sm", striped=True, className="small")


def _filters(v: dict) -> dbc.Row:
    return dbc.Row(className="g-3 mb-4 ww-filters", children=[
        dbc.Col(md=3, children=[dbc.Label(t("ww.filter.substance"), html_for=Ids.SUBSTANCE),
                                dcc.Dropdown(id=Ids.SUBSTANCE, options=options("substance", ww.SUBSTANCES),
                                             value=v["substance"], clearable=False)]),
        dbc.Col(md=4, children=[dbc.Label(t("ww.filter.cities")),
                                dbc.Checklist(id=Ids.CITIES, options=options("city", ww.CITIES),
                                              value=v["cities"], inline=True)]),
        dbc.Col(md=2, children=[dbc.Label(t("ww.filter.years")),
                                dbc.Checklist(id=Ids.YEARS, options=[{"label": str(y), "value": y} for y in ww.YEARS],
                                              value=v["years"], inline=True)]),
        dbc.Col(md=3, children=[dbc.Label(t("ww.filter.seasons")),
                                dbc.Checklist(id=Ids.SEASONS, options=options("season", ww.SEASONS),
                                              value=v["seasons"], inline=True)]),
        html.Div(id=Ids.NOTICE, role="status"),
    ])


def layout(**query):
    v, rejected = read_query(query, PARAMS)
    cmp_radio = html.Div([dbc.Label(t("ww.filter.cmp"), className="me-2"),
                          dbc.RadioItems(id=Ids.CMP, inline=True, value=v["cmp"], options=[
                              {"label": "2024", "value": "2024"}, {"label": "2025", "value": "2025"},
                              {"label": t("ww.filter.pooled"), "value": "pooled"}])], className="mb-2")
    country = html.Div([dbc.Label(t("ww.filter.country"), html_for=Ids.COUNTRY),
                        dcc.Dropdown(id=Ids.COUNTRY, multi=True, value=v["land"],
                                     placeholder=t("ww.filter.country_all"),
                                     options=[{"label": c, "value": c} for c in PARAMS["land"].allowed])],
                       className="mb-2")
    return html.Div([
        page_header(t("ww.title"), t("ww.lead"), notice=rejected),
        *url_store(PAGE),
        _filters(v),
        chart_card(Cards.MEANS, t("ww.means.about")),
        chart_card(Cards.DAILY, t("ww.daily.about")),
        chart_card(Cards.CITIES, t("ww.cmp.about"), controls=html.Div([
            cmp_radio, html.P(id=Ids.CMP_SENTENCE, className="fw-semibold ww-sentence"),
            html.Div(id=Ids.CMP_TABLE)])),
        chart_card(Cards.TIME, t("ww.time.about"), height=520, controls=html.Div([
            html.H3(t("ww.test.heading_time"), className="h6"),
            html.Div(id=Ids.TIME_SENTENCE, className="ww-sentence"), html.Div(id=Ids.TIME_TABLE)])),
        chart_card(Cards.WEEKEND, t("ww.weekend.about"),
                   controls=dbc.Alert(t("ww.weekend.note"), color="light", className="py-1 small mb-0")),
        chart_card(Cards.LEVO, t("ww.levo.about")),
        chart_card(Cards.HISTORY, t("ww.history.about")),
        chart_card(Cards.EUROPE, t("ww.europe.about"), controls=country, height=900),
        dbc.Card(className="mb-4", children=[
            dbc.CardHeader(html.H2(t("ww.sites.title"), className="h5 mb-0")),
            dbc.CardBody(_sites_table())]),
    ])


# --------------------------------------------------------------------------- callbacks
_CARD_ORDER = (Cards.MEANS, Cards.DAILY, Cards.CITIES, Cards.TIME, Cards.WEEKEND, Cards.LEVO,
               Cards.HISTORY, Cards.EUROPE)


@callback(*[o for name in _CARD_ORDER for o in card_outputs(name)],
          Output(Ids.CMP_SENTENCE, "children"), Output(Ids.CMP_TABLE, "children"),
          Output(Ids.TIME_SENTENCE, "children"), Output(Ids.TIME_TABLE, "children"),
          Output(Ids.NOTICE, "children"), url_output(PAGE),
          Input(Ids.SUBSTANCE, "value"), Input(Ids.CITIES, "value"), Input(Ids.YEARS, "value"),
          Input(Ids.SEASONS, "value"), Input(Ids.CMP, "value"), Input(Ids.COUNTRY, "value"))
def _update(substance, cities, years, seasons, cmp, land):
    values = {"substance": substance, "cities": _ordered(cities or [], ww.CITIES),
              "years": _ordered(years or [], ww.YEARS), "seasons": _ordered(seasons or [], ww.SEASONS),
              "cmp": cmp, "land": sorted(land or [])}
    for name in ("substance", "cmp"):
        if not PARAMS[name].valid(values[name]):
            raise PreventUpdate
    if values["land"] and not PARAMS["land"].valid(values["land"]):
        raise PreventUpdate
    if not (values["cities"] and values["years"] and values["seasons"]):
        # keep the last charts; say what is missing
        return *([dash.no_update] * (2 * len(_CARD_ORDER) + 4)), \
            dbc.Alert(t("ww.filter.need_city"), color="warning", className="py-2"), dash.no_update
    out = views(values)
    cards = [x for name in _CARD_ORDER for x in out[name]]
    return (*cards, out["cmp"][0], out["cmp"][1], out["time"][0], out["time"][1], None,
            to_query(values, PARAMS))
