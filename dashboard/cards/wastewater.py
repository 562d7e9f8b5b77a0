"""Cards of /avlopsvann: drugs in wastewater in Oslo, Bergen and Trondheim, the report's tests,
Oslo's older series and the European ranking. Years, seasons and periods come from the tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

import dash_bootstrap_components as dbc
import numpy as np
import pandas as pd
from dash import html

from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, Filter, PageSpec, Panel, register
from dashboard.components.exports import selection
from dashboard.components.table import simple_table
from dashboard.data.contract import WASTEWATER_MARKERS
from dashboard.data.store import table
from dashboard.figures import wastewater as figs
from dashboard.figures.theme import colour, empty_figure
from dashboard.i18n import (
    country,
    fmt_day_range,
    fmt_num,
    label,
    labelled,
    lang,
    options,
    t,
    upper_first,
    use_lang,
)
from dashboard.i18n.language import LANGS
from dashboard.stats import wastewater as ww


def _daily() -> pd.DataFrame:
    return table("wastewater_daily")


def _means() -> pd.DataFrame:
    return table("wastewater_week_means")


@lru_cache(maxsize=1)
def europe_year() -> int:
    # the latest EUDA year: asked for on every Europe request, and the tables never change at run time
    return int(table("wastewater_europe")["year"].max())


def europe_countries() -> list[tuple[str, str]]:
    """(code, name) of the European countries in the latest EUDA year, Norway left out (always shown)."""
    return list(_europe_countries(europe_year(), lang()))


@lru_cache(maxsize=8)
def _europe_countries(year: int, language: str) -> tuple[tuple[str, str], ...]:
    # Per year and interface language (the names are the language's): the filter's options, the
    # download's selection line and the parameter's allowed codes ask for them on every request.
    e = table("wastewater_europe")
    e = e[(e["year"] == year) & e["in_europe"] & (e["country"] != "NO")]
    with use_lang(language):
        pairs = {c: country(c, n) for c, n in zip(e["country"], e["country_name"], strict=True)}
    return tuple(sorted(pairs.items(), key=lambda p: p[1]))


@lru_cache(maxsize=8)
def _country_names(year: int, language: str) -> dict[str, str]:
    return dict(_europe_countries(year, language))


def norway() -> str:
    """Norway's name in the interface language (the bokmål one from the EUDA table)."""
    return _norway(lang())


@lru_cache(maxsize=4)
def _norway(language: str) -> str:
    e = table("wastewater_europe")
    with use_lang(language):
        return country("NO", e.loc[e["country"] == "NO", "country_name"].iloc[0])


YEARS = ww.years(_means())
PERIODS = ww.periods(_means())


def source() -> str:
    """The report's source line, with the first and last sampling period of the data."""
    return t("ww.source", first=figs.period_label(*PERIODS[0]).lower(), last=figs.period_label(*PERIODS[-1]).lower())


def years_text() -> str:
    return _join([str(y) for y in YEARS])


def comparison_text(comparison: str) -> str:
    if comparison == "between_years":
        return t("ww.test.between_years", years=t("ww.test.versus").join(map(str, YEARS)))
    if comparison == "between_periods":
        return t("ww.test.between_periods", n=len(PERIODS))
    return t(f"ww.test.{comparison}")


def pooled_text() -> str:
    return t("ww.scope.pooled", years=years_text())


def cmp_about():
    """How the city comparison is made: the report's procedure per year, and ours for the
    pooled years, with the test named."""
    return [html.P(t("ww.cmp.about")), html.P(t("ww.cmp.about_pooled", years=years_text()))]


PARAMS = {
    "substance": Param("st", "cannabis", ww.SUBSTANCES),
    # An empty choice is a state: the charts then say what to choose (the link keeps the default).
    "cities": Param("byer", list(ww.CITIES), ww.CITIES, multi=True, allow_empty=True),
    "years": Param("aar", list(YEARS), multi=True, bounds=(YEARS[0], YEARS[-1]), allow_empty=True),
    "seasons": Param("ses", list(ww.SEASONS), ww.SEASONS, multi=True, allow_empty=True),
    "cmp": Param("cmp", str(YEARS[-1]), (*map(str, YEARS), "pooled")),
    "land": Param("land", [], tuple(c for c, _ in europe_countries()), multi=True, allow_empty=True),
}
FILTERS = (
    Filter("substance", ("substance",), "dropdown", "ww.filter.substance", lambda: options("substance", ww.SUBSTANCES)),
    Filter("cities", ("cities",), "checklist", "ww.filter.cities", lambda: options("city", ww.CITIES)),
    Filter("years", ("years",), "checklist", "ww.filter.years", lambda: [{"label": str(y), "value": y} for y in YEARS]),
    Filter("seasons", ("seasons",), "checklist", "ww.filter.seasons", lambda: options("season", ww.SEASONS)),
    Filter(
        "cmp",
        ("cmp",),
        "radio",
        "ww.filter.cmp",
        lambda: [{"label": y, "value": y} for y in map(str, YEARS)] + [{"label": pooled_text(), "value": "pooled"}],
    ),
    Filter(
        "land",
        ("land",),
        "multi_dropdown",
        "ww.filter.country",
        lambda: [{"label": name, "value": code} for code, name in europe_countries()],
        props={"placeholder": lambda: t("ww.filter.country_all")},
    ),
)


# --------------------------------------------------------------------------- words
def group_label(comparison: str, code: str) -> str:
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
    names = (
        t("ww.sentence.periods")
        if comparison == "between_periods"
        else _join([group_label(comparison, g) for g in order])
    )
    if not kw["significant"]:
        return t("ww.sentence.none", groups=names, p=fmt_num(kw["p_value"], 3))
    pairs = ww.significant_pairs(result)
    if not pairs:
        return t("ww.sentence.no_pairs", p=fmt_num(kw["p_value"], 3))
    return " ".join(
        t(
            "ww.sentence.lower",
            group=group_label(comparison, lo),
            others=_join([group_label(comparison, h) for h in hi]),
        )
        for lo, hi in ww.lower_than(pairs, order)
    )


P_FLOOR = 0.0001  # the smallest p written as a number; below it "< 0,0001" ("< 0.0001" in English)


def p_text(p: float) -> str:
    return "< " + fmt_num(P_FLOOR, 4) if p < P_FLOOR else fmt_num(p, 4)


RESULT_COLUMNS = {
    "comparison": "ww.test.comparison",
    "scope": "ww.test.scope",
    "test": "ww.test.test",
    "pair": "ww.test.pair",
    "statistic": "ww.test.statistic",
    "p_value": "ww.test.p",
    "significant": "ww.test.sig",
}


def results_frame(result: pd.DataFrame) -> pd.DataFrame:
    """Test rows with Norwegian labels, for the table beside the chart and for downloads."""
    if result.empty:
        return pd.DataFrame(columns=list(RESULT_COLUMNS))
    rows = []
    for r in result.itertuples():
        pair = (
            t("ww.test.all_groups")
            if r.test == "kruskal_wallis"
            else f"{group_label(r.comparison, r.group_a)} – {group_label(r.comparison, r.group_b)}"
        )
        scope = label("city", r.scope) if r.scope in ww.CITIES else (pooled_text() if r.scope == "pooled" else r.scope)
        rows.append(
            dict(
                comparison=comparison_text(r.comparison),
                scope=scope,
                test=t("ww.test.kw" if r.test == "kruskal_wallis" else "ww.test.dunn"),
                pair=pair,
                statistic=round(float(r.statistic), 3),
                # a p below the floor as the table writes it ("< 0,0001"), never "0,0000"
                p_value=float(r.p_value) if r.p_value >= P_FLOOR else p_text(r.p_value),
                significant=t("ww.test.yes" if r.significant else "ww.test.no"),
            )
        )
    return pd.DataFrame(rows)


def results_table(frame: pd.DataFrame, table_id: str):
    if frame.empty:
        return html.Div(id=table_id)
    yes = t("ww.test.yes")
    rows = [
        [
            r["comparison"],
            r["scope"],
            r["test"],
            r["pair"],
            fmt_num(r["statistic"], 2),
            p_text(r["p_value"]) if isinstance(r["p_value"], float) else r["p_value"],
            html.Span(r["significant"], className="ww-sig") if r["significant"] == yes else r["significant"],
        ]
        for r in frame.to_dict("records")
    ]
    marks = ["table-warning fw-semibold" if r["significant"] == yes else None for r in frame.to_dict("records")]
    return html.Div(
        id=table_id,
        className="table-responsive",
        children=[
            simple_table(
                [t(k) for k in RESULT_COLUMNS.values()],
                rows,
                numeric={4, 5},
                row_classes=marks,
                striped=False,
                className="mb-1",
            ),
            html.P(t("ww.test.legend"), className="small text-muted"),
        ],
    )


# --------------------------------------------------------------------------- card builders
def _filters_text(v: dict) -> str:
    return ", ".join(
        [
            "/".join(label("city", c) for c in v["cities"]),
            "/".join(str(y) for y in v["years"]),
            "/".join(label("season", s) for s in v["seasons"]),
        ]
    )


SELECTION_KEYS = {
    "substance": "sel.substance",
    "cities": "sel.cities",
    "years": "sel.years",
    "seasons": "sel.seasons",
    "cmp": "sel.comparison",
    "land": "sel.countries",
}


def _selection_value(v: dict, key: str):
    if key == "substance":
        return label("substance", v["substance"])
    if key == "cities":
        return [label("city", c) for c in v["cities"]]
    if key == "years":
        return [str(y) for y in v["years"]]
    if key == "seasons":
        return [label("season", s) for s in v["seasons"]]
    if key == "cmp":
        return pooled_text() if v["cmp"] == "pooled" else v["cmp"]
    if not v["land"]:
        everyone = t("ww.filter.country_all")
        return everyone[:1].lower() + everyone[1:]  # mid-line: "land: alle europeiske land"
    names = _country_names(europe_year(), lang())
    return [norway(), *(names[c] for c in v["land"])]  # Norway is always in the ranking


def card_selection(v: dict, keys) -> str:
    """The download's "Utvalg" line: the values of the state keys a card reads, in words."""
    return selection(*((SELECTION_KEYS[k], _selection_value(v, k)) for k in keys))


MISSING = (
    ("cities", "ww.filter.need_one_city"),
    ("years", "ww.filter.need_one_year"),
    ("seasons", "ww.filter.need_one_season"),
)


def missing_choice(v: dict, keys=("cities", "years", "seasons")) -> str | None:
    """What to choose when a required filter is empty ("Velg minst én by."), else None."""
    return next((t(key) for name, key in MISSING if name in keys and not v.get(name)), None)


def _choose_view(message: str, title: str, filename: list[str], filters: str) -> CardView:
    """Nothing chosen: a figure that says what to choose, instead of keeping the old charts."""
    return CardView(empty_figure(message, title), pd.DataFrame(), {}, title=title, filename=filename, filters=filters)


def _chosen(frame: pd.DataFrame, v: dict) -> pd.DataFrame:
    return frame[
        (frame.substance == v["substance"])
        & frame.city.isin(v["cities"])
        & frame.year.isin(v["years"])
        & frame.season.isin(v["seasons"])
    ]


def _results_view(fig, result, title, subtitle, filename, note, filters) -> CardView:
    cols = {c: t(k) for c, k in RESULT_COLUMNS.items()}
    return CardView(
        fig,
        results_frame(result),
        cols,
        title=title,
        subtitle=subtitle,
        source=source(),
        filename=filename,
        filters=filters,
        decimals={"statistic": 2, "p_value": 4},
        note=note,
    )


def week_note(load: float) -> str:
    """The table's word on a week mean: a gap is a week too low to measure, a 0 the report's 0."""
    if pd.isna(load):
        return t("ww.means.gap_note")
    return t("ww.means.zero_note") if load == 0 else ""


def build_week_means(v: dict) -> CardView:
    s = v["substance"]
    title = t("ww.means.title", substance=label("substance", s))
    if message := missing_choice(v):
        return _choose_view(message, title, [t("file.wastewater"), t("file.week_means"), s], card_selection(v, CHOSEN))
    marker = label("marker", WASTEWATER_MARKERS[s])
    m = _chosen(_means(), v)
    m = m.assign(city=pd.Categorical(m.city, categories=v["cities"], ordered=True)).sort_values(["city", "year"])
    m = m.assign(city=m.city.astype(str))
    filters = _filters_text(v)
    subtitle = t("ww.means.subtitle", marker=marker, filters=filters)
    if not m.empty and m["load"].isna().all():
        # every chosen week was too low to measure: say so instead of drawing empty axes
        fig = empty_figure(t("ww.means.all_below", substance=label("substance", s), filters=filters), title)
    else:
        fig = figs.week_means_figure(m, title=title, subtitle=subtitle, source=source())
    tab = labelled(m, city="city").assign(
        period=[figs.period_label(y, se) for y, se in zip(m.year, m.season, strict=True)],
        note=[week_note(x) for x in m["load"]],
    )
    return CardView(
        fig,
        tab,
        {
            "city_label": t("ww.col.city"),
            "period": t("ww.col.period"),
            "load": t("ww.col.load"),
            "note": t("ww.col.flag"),
        },
        title=title,
        subtitle=subtitle,
        source=source(),
        filename=[t("file.wastewater"), t("file.week_means"), s],
        filters=card_selection(v, CHOSEN),
        decimals={"load": 0},
    )


def build_daily(v: dict) -> CardView:
    s = v["substance"]
    filters = _filters_text(v)
    title = t("ww.daily.title", substance=label("substance", s))
    if message := missing_choice(v):
        return _choose_view(message, title, [t("file.wastewater"), t("file.daily"), s], card_selection(v, CHOSEN))
    subtitle = t("ww.daily.subtitle", filters=filters)
    d = _chosen(_daily(), v)
    if s not in ww.DAILY_SUBSTANCES:
        fig = empty_figure(t("ww.daily.meth"), title)
        tab = d.iloc[0:0].assign(city_label="", period="", weekday_label="", note="")
    else:
        flagged = ww.flag_dumping(d)
        fig = figs.daily_profile_figure(
            d,
            v["cities"],
            title=title,
            subtitle=subtitle,
            source=source(),
            periods=PERIODS,
            flags=d[flagged],
            weekend=ww.WEEKEND,
        )
        tab = (
            labelled(d, city="city", weekday="weekday")
            .assign(
                period=[figs.period_label(y, se) for y, se in zip(d.year, d.season, strict=True)],
                note=[t("ww.flag.dumping") if f else "" for f in flagged],
                order=d.weekday.map(ww.WEEK.index),
            )
            .sort_values(["city", "year", "season", "order"])
        )
    cols = {
        "city_label": t("ww.col.city"),
        "period": t("ww.col.period"),
        "weekday_label": t("ww.col.weekday"),
        "load": t("ww.col.load"),
        "note": t("ww.col.flag"),
    }
    return CardView(
        fig,
        tab,
        cols,
        title=title,
        subtitle=subtitle,
        source=source(),
        filename=[t("file.wastewater"), t("file.daily"), s],
        filters=card_selection(v, CHOSEN),
        decimals={"load": 0},
    )


def pooled_words(daily: pd.DataFrame, s: str, cities: list[str], pooled: pd.DataFrame) -> list:
    """Beside a pooled-years finding: that it is ours, each year's result by the report's own
    procedure, and the pairs that differ only when the years are pooled."""
    per_year = {y: ww.compare_cities(daily, s, str(y), cities) for y in YEARS}
    lines = [
        html.Li(t("ww.pooled.year", year=y, text=sentence(r, cities) if len(cities) > 1 else t("ww.filter.need_two")))
        for y, r in per_year.items()
    ]
    lines += [
        html.Li(t("ww.pooled.only", lower=label("city", lo), higher=label("city", hi)), className="fw-semibold")
        for lo, hi in ww.only_when_pooled(pooled, list(per_year.values()))
    ]
    return [html.P(t("ww.pooled.ours"), className="small mb-1"), html.Ul(lines, className="small mb-2")]


def _cmp_selection(v: dict) -> str:
    return card_selection(v, ("substance", "cities", "cmp"))


def build_compare_cities(v: dict) -> CardView:
    s, cities, scope = v["substance"], v["cities"], v["cmp"]
    title = t("ww.cmp.title", substance=label("substance", s), scope=pooled_text() if scope == "pooled" else scope)
    if message := missing_choice(v, ("cities",)):
        return _choose_view(message, title, [t("file.wastewater"), t("file.cities"), s, scope], _cmp_selection(v))
    subtitle = t("ww.cmp.subtitle")
    result = pd.DataFrame(columns=list(ww.COLUMNS))
    extra = []
    if s in ww.DAILY_SUBSTANCES:
        groups = ww.city_groups(_daily(), s, None if scope == "pooled" else (int(scope),), cities)
        if len(cities) > 1:
            result = ww.compare(groups, "between_cities", s, scope)
        fig = figs.comparison_figure(
            groups,
            {c: label("city", c) for c in cities},
            {c: colour(c) for c in cities},
            title=title,
            subtitle=subtitle,
            source=source(),
        )
        text = sentence(result, cities) if len(cities) > 1 else t("ww.filter.need_two")
        if scope == "pooled":
            text = t("ww.pooled.prefix", text=text)
            extra = pooled_words(_daily(), s, cities, result)
    else:
        fig, text = empty_figure(t("ww.meth_no_tests"), title), t("ww.meth_no_tests")
    note = [
        html.P(text, id="ww-cmp-sentence", className="fw-semibold ww-sentence"),
        html.Div(extra, id="ww-cmp-pooled"),
        results_table(results_frame(result), "ww-cmp-table"),
    ]
    filename = [t("file.wastewater"), t("file.cities"), s, scope]
    return _results_view(fig, result, title, subtitle, filename, note, _cmp_selection(v))


def _time_selection(v: dict) -> str:
    return card_selection(v, ("substance", "cities"))


def build_compare_time(v: dict) -> CardView:
    s = v["substance"]
    title, subtitle = t("ww.time.title", substance=label("substance", s)), t("ww.time.subtitle")
    if message := missing_choice(v, ("cities",)):
        return _choose_view(message, title, [t("file.wastewater"), t("file.change"), s], _time_selection(v))
    result = pd.DataFrame(columns=list(ww.COLUMNS))
    if s in ww.DAILY_SUBSTANCES:
        daily = _daily()
        parts, texts, groups, labels, colours, levels = [], [], {}, {}, {}, {}
        for c in v["cities"]:
            by_year, by_period = ww.compare_years(daily, s, c), ww.compare_periods(daily, s, c)
            parts += [by_year, by_period]
            texts.append(
                t(
                    "ww.sentence.city_time",
                    city=label("city", c),
                    text=sentence(by_year, [str(y) for y in ww.years(daily)])
                    + " "
                    + sentence(by_period, [ww.period_code(y, se) for y, se in ww.periods(daily)]),
                )
            )
            for code, vals in ww.period_groups(daily, s, c).items():
                key = f"{c}|{code}"
                y, se = code.split("-")
                groups[key], colours[key] = vals, colour(c)
                levels[key] = (label("city", c), figs.period_label(int(y), se))
                labels[key] = "<br>".join(levels[key])
        result = pd.concat(parts, ignore_index=True)
        fig = figs.comparison_figure(
            groups, labels, colours, title=title, subtitle=subtitle, source=source(), levels=levels
        )
        text = html.Ul([html.Li(x) for x in texts], className="mb-2")
    else:
        fig, text = empty_figure(t("ww.meth_no_tests"), title), t("ww.meth_no_tests")
    note = [
        html.H3(t("ww.test.heading_time"), className="h6"),
        html.Div(text, id="ww-time-sentence", className="ww-sentence"),
        results_table(results_frame(result), "ww-time-table"),
    ]
    return _results_view(
        fig, result, title, subtitle, [t("file.wastewater"), t("file.change"), s], note, _time_selection(v)
    )


def _weekend_selection(v: dict) -> str:
    return card_selection(v, ("cities", "years", "seasons"))


def build_weekend(v: dict) -> CardView:
    cities = v["cities"]
    filters = _filters_text(v)
    title, subtitle = t("ww.weekend.title"), t("ww.weekend.subtitle", filters=filters)
    if message := missing_choice(v):
        return _choose_view(message, title, [t("file.wastewater"), t("file.weekend_weekday")], _weekend_selection(v))
    r = ww.weekend_ratio(_daily(), v["years"], v["seasons"])
    r = r[r.city.isin(cities)]
    r = r.assign(c_order=r.city.map(cities.index), s_order=r.substance.map(ww.DAILY_SUBSTANCES.index))
    r = r.sort_values(["c_order", "s_order"])
    fig = figs.weekend_figure(r, title=title, subtitle=subtitle, source=source())
    tab = labelled(r, city="city", substance="substance")
    cols = {
        "city_label": t("ww.col.city"),
        "substance_label": t("ww.col.substance"),
        "weekday_mean": t("ww.weekend.weekday"),
        "weekend_mean": t("ww.weekend.weekend"),
        "ratio": t("ww.weekend.ratio"),
    }
    return CardView(
        fig,
        tab,
        cols,
        title=title,
        subtitle=subtitle,
        source=source(),
        filename=[t("file.wastewater"), t("file.weekend_weekday")],
        filters=_weekend_selection(v),
        decimals={"weekday_mean": 1, "weekend_mean": 1, "ratio": 2},
    )


def build_levo(v: dict) -> CardView:
    cities = v["cities"]
    if message := missing_choice(v, ("cities",)):
        filename = [t("file.wastewater"), t("file.levo_amphetamine")]
        return _choose_view(message, t("ww.levo.title"), filename, card_selection(v, ("cities",)))
    e = table("wastewater_enantiomer")
    e = e[e.city.isin(cities)].assign(order=lambda x: x.city.map(cities.index)).sort_values("order")
    periods = ww.periods(table("wastewater_enantiomer"))
    when = ", ".join(figs.period_label(y, s).lower() for y, s in periods)
    title, subtitle = t("ww.levo.title"), t("ww.levo.subtitle", periods=when)
    fig = figs.levo_figure(e, title=title, subtitle=subtitle, source=source())
    return CardView(
        fig,
        labelled(e, city="city"),
        {"city_label": t("ww.col.city"), "levo_share": t("ww.levo.share")},
        title=title,
        subtitle=subtitle,
        source=source(),
        filename=[t("file.wastewater"), t("file.levo_amphetamine"), *sorted({str(y) for y, _ in periods})],
        filters=card_selection(v, ("cities",)),
        decimals={"levo_share": 2},
    )


def build_history(v: dict) -> CardView:
    s = v["substance"]
    hist = ww.oslo_history_means(table("wastewater_oslo_history"), s)
    means = _means()
    recent = means[(means.city == "oslo") & (means.substance == s)].sort_values(["year", "season"])
    old, new = figs.year_span(table("wastewater_oslo_history")["year"]), figs.year_span(means["year"])
    title = t("ww.history.title", substance=label("substance", s))
    subtitle = t("ww.history.subtitle", old=old, new=new)
    if hist.empty and recent.empty:
        fig = empty_figure(t("ww.history.none"), title)
    else:
        fig = figs.oslo_history_figure(hist, recent, title=title, subtitle=subtitle, source=t("ww.source_history"))
    tab = pd.concat(
        [
            hist.assign(
                series=t("ww.history.old", years=old),
                note=[
                    t("ww.history.zero_note", days=d) if z else ""
                    for z, d in zip(hist.all_zero, hist.days, strict=True)
                ],
            ),
            recent.assign(series=[t("ww.history.new", years=new, season=label("season", se)) for se in recent.season]),
        ],
        ignore_index=True,
    )
    return CardView(
        fig,
        tab,
        {
            "year": t("ww.history.year"),
            "series": t("ww.history.series"),
            "load": t("ww.col.load"),
            "note": t("ww.col.flag"),
        },
        title=title,
        subtitle=subtitle,
        source=t("ww.source_history"),
        filename=[t("file.wastewater"), t("file.oslo_history"), s],
        filters=card_selection(v, ("substance",)),
        decimals={"load": 1},
    )


# EUDA's Norwegian numbers against the report's: a relative difference above this is named as a
# large one in the card's text (the report's whole numbers alone move a value by at most 0.5).
LARGE_DIFFERENCE = 0.05


def _pct(x: float) -> str:
    return fmt_num(abs(x) * 100, 0)


def _euda(x: float) -> str:
    """EUDA's numbers have two decimals; a 0 is written as EUDA writes it."""
    return "0" if x == 0 else fmt_num(x, 2)


def europe_comparison_line(r) -> str:
    """One Norwegian city: EUDA's daily mean against the report's week mean, in words."""
    city, euda = label("city", r.city), _euda(r.euda)
    if pd.isna(r.report):
        return t("ww.europe.cmp_gap", city=city, euda=euda)
    report = fmt_num(r.report, 0)
    if pd.notna(r.relative) and abs(r.relative) > LARGE_DIFFERENCE:
        key = "ww.europe.cmp_higher" if r.relative > 0 else "ww.europe.cmp_lower"
        return t(key, city=city, euda=euda, report=report, pct=_pct(r.relative))
    return t("ww.europe.cmp_close", city=city, euda=euda, report=report)


@lru_cache(maxsize=32)
def _europe_of(substance: str, year: int) -> pd.DataFrame:
    # EUDA's rows of one substance and year, taken once from the whole table (thousands of rows):
    # the ranking filters these again for the chosen countries. The table never changes at run time.
    e = table("wastewater_europe")
    return e[(e["year"] == year) & (e["substance"] == substance)]


@lru_cache(maxsize=8)
def _euda_vs_report(year: int) -> pd.DataFrame:
    # The tables never change while the app runs (store.table caches them): one comparison per
    # year serves every substance and language, instead of a merge per card build.
    return ww.euda_vs_report(table("wastewater_europe"), _means(), year)


def europe_note(substance: str, year: int) -> str:
    """The Norwegian cities of the chosen substance, EUDA against the report, computed."""
    return _europe_note(substance, year, lang())


@lru_cache(maxsize=64)
def _europe_note(substance: str, year: int, language: str) -> str:
    # the same for every choice of countries: once per substance, year and language
    cmp_ = _euda_vs_report(year)
    rows = cmp_[cmp_["substance"] == substance]
    if rows.empty:
        return ""
    with use_lang(language):
        lines = "; ".join(europe_comparison_line(r) for r in rows.itertuples())
        return t("ww.europe.cmp_intro", year=year, lines=lines)


def europe_about():
    """What the Europe card is, and how far EUDA's Norwegian numbers are from the report's,
    computed over every substance: the close ones counted, the large ones and gaps named."""
    year = europe_year()
    cmp_ = ww.euda_vs_report(table("wastewater_europe"), _means(), year)
    both = cmp_.dropna(subset=["report"])
    large = both[both["relative"].abs() > LARGE_DIFFERENCE]
    close = both.drop(large.index)
    named = [
        t(
            "ww.europe.about_pair",
            city=label("city", r.city),
            substance=label("substance", r.substance),
            euda=_euda(r.euda),
            report=fmt_num(r.report, 0),
        )
        for r in large.itertuples()
    ]
    gaps = [
        t(
            "ww.europe.about_gap",
            city=label("city", r.city),
            substance=label("substance", r.substance),
            euda=_euda(r.euda),
        )
        for r in cmp_[cmp_["report"].isna()].itertuples()
    ]
    parts = [
        t("ww.europe.about", year=year),
        t(
            "ww.europe.about_close",
            k=len(close),
            n=len(cmp_),
            pct=_pct(close["relative"].abs().max()) if len(close) else "0",
        ),
    ]
    if named:
        parts.append(t("ww.europe.about_large", pct=_pct(LARGE_DIFFERENCE), pairs=_join(named)))
    parts += gaps
    parts.append(t("ww.europe.about_ranking", top=figs.EUROPE_TOP))
    return [html.P(x) for x in parts]


def europe_status(status: str) -> str:
    return {ww.BELOW_LOQ: t("ww.europe.below_loq"), ww.ZERO: t("ww.europe.zero")}.get(status, "")


@lru_cache(maxsize=32)
def _europe_sites(substance: str, year: int) -> pd.DataFrame:
    # every site of a substance and year in ranking order (any choice of countries keeps it)
    below = ww.below_loq_cities(_means(), substance, year)
    return ww.europe_sites(_europe_of(substance, year), substance, year, below_loq=below).reset_index(drop=True)


@dataclass(frozen=True)
class _EuropeSites:
    """One substance and year in one language, for every choice of countries: the columns of the
    table of all sites (country names and notes in that language; rank and n are per choice),
    its rows as records and each row's country. A choice of countries then costs a few passes
    over lists and one small frame: the choices (any subset of some 30 countries) are too many
    to cache, and pandas' filter, sort and rank cost some 15 ms per choice."""

    columns: dict  # column -> numpy or pandas array, in the table's order
    rows: tuple[SimpleNamespace, ...]
    countries: tuple[str, ...]


@lru_cache(maxsize=64)
def _europe_base(substance: str, year: int, language: str) -> _EuropeSites:
    sites = _europe_sites(substance, year)
    given = zip(sites["country"], sites["country_name"], strict=True)
    with use_lang(language):
        names = [country(c, n) for c, n in given]  # English names in English
        notes = [europe_status(x) for x in sites["status"]]
    frame = sites.assign(country_name=names, rank=pd.array([None] * len(sites), dtype="Int64"), n=0, note=notes)
    columns = {c: frame[c].to_numpy() if isinstance(frame[c].dtype, np.dtype) else frame[c].array for c in frame}
    return _EuropeSites(columns, tuple(figs.records(frame)), tuple(frame["country"]))


def europe_view_rows(substance: str, year: int, countries) -> tuple[list[SimpleNamespace], dict]:
    """The Europe ranking of the chosen countries (empty: all; Norway always kept) as its rows and
    the card's table columns as arrays (the table itself is made from them only when it is read,
    CardView.table): what ww.europe_ranking gives, with country names and notes in the interface
    language, computed over one cached ranking per substance, year and language."""
    base = _europe_base(substance, year, lang())
    keep = {*countries, "NO"} if countries else None
    index = [i for i, c in enumerate(base.countries) if keep is None or c in keep]
    chosen = [base.rows[i] for i in index]
    ranks = ww.min_ranks([r.status for r in chosen], [r.daily_mean for r in chosen])
    n = sum(r is not None for r in ranks)
    rows = [SimpleNamespace(**{**vars(r), "rank": k, "n": n}) for r, k in zip(chosen, ranks, strict=True)]
    take = np.array(index, dtype=np.intp)
    columns = {c: v.take(take) for c, v in base.columns.items()}
    columns["rank"] = pd.arrays.IntegerArray(
        np.array([0 if k is None else k for k in ranks], dtype="int64"),
        np.array([k is None for k in ranks], dtype=bool),
    )
    columns["n"] = np.full(len(index), n, dtype="int64")
    return rows, columns


def build_europe(v: dict) -> CardView:
    s, year = v["substance"], europe_year()
    title = t("ww.europe.title", substance=upper_first(label("substance", s)), year=year)
    subtitle = t("ww.europe.subtitle", top=figs.EUROPE_TOP)
    rows, arrays = europe_view_rows(s, year, v["land"])
    fig = figs.europe_figure_dict(rows, title=title, subtitle=subtitle, source=t("ww.source_euda"))
    cols = {
        "rank": t("ww.europe.rank"),
        "name": t("ww.europe.city"),
        "country_name": t("ww.europe.country"),
        "plants": t("ww.europe.plants"),
        "daily_mean": t("ww.europe.daily"),
        "weekday_mean": t("ww.europe.weekday"),
        "weekend_mean": t("ww.europe.weekend"),
        "note": t("ww.col.flag"),
    }
    note = europe_note(s, year)
    return CardView(
        fig,
        None,  # the table is made from `data` when read
        cols,
        title=title,
        subtitle=subtitle,
        source=t("ww.source_euda"),
        filename=[t("file.wastewater"), t("file.europe"), s, str(year)],
        filters=card_selection(v, ("substance", "land")),
        decimals={"daily_mean": 2, "weekday_mean": 2, "weekend_mean": 2, "rank": 0, "plants": 0},
        note=html.P(note, id="ww-europe-note", className="small mb-1") if note else None,
        data=arrays,
    )


def warm_europe() -> None:
    """What every choice of countries shares, per substance and language (the ranking of all sites,
    country names and notes, the comparison note, the figure's layout): 15-20 ms a substance when
    first asked for, about 0.2 s for all of them, in each worker as it starts."""
    for language in LANGS:
        with use_lang(language):
            for substance in PARAMS["substance"].allowed:
                build_europe({"substance": substance, "land": []})


def notice(raw: dict):
    """Nothing chosen in a required filter: keep the charts and say what is missing."""
    if all(isinstance(raw.get(k), list) and raw[k] for k in ("cities", "years", "seasons")):
        return None
    return dbc.Alert(t("ww.filter.need_city"), color="warning", className="py-2")


def _about(key: str):
    return lambda: t(key)


CHOSEN = ("substance", "cities", "years", "seasons")
SPEC = register(
    PageSpec(
        name="ww",
        path="/avlopsvann",
        params=PARAMS,
        filters=FILTERS,
        panels=(Panel("notice", ("cities", "years", "seasons"), notice, strict=True),),
        cards=(
            Card("ww-week-means", CHOSEN, build_week_means, _about("ww.means.about")),
            Card("ww-daily", CHOSEN, build_daily, _about("ww.daily.about")),
            Card(
                "ww-compare-cities",
                ("substance", "cities", "cmp"),
                build_compare_cities,
                cmp_about,
                controls=("cmp",),
            ),
            Card(
                "ww-compare-time",
                ("substance", "cities"),
                build_compare_time,
                lambda: t("ww.time.about", years=years_text()),
                height=520,
            ),
            Card(
                "ww-weekend",
                ("cities", "years", "seasons"),
                build_weekend,
                _about("ww.weekend.about"),
                intro=lambda _v: dbc.Alert(t("ww.weekend.note"), color="light", className="py-1 small mb-0"),
            ),
            Card("ww-levo", ("cities",), build_levo, _about("ww.levo.about")),
            Card("ww-oslo-history", ("substance",), build_history, _about("ww.history.about")),
            Card(
                "ww-europe",
                ("substance", "land"),
                build_europe,
                europe_about,
                height=840,
                controls=("land",),
                warm=warm_europe,
            ),
        ),
    )
)


def format_week(start: str, end: str) -> str:
    """'2024-04-17', '2024-04-23' -> '17.–23. april' (en: '17–23 April'); across months
    '26. mars – 1. april' (en: '26 March – 1 April'), in the interface language."""
    from datetime import date

    return fmt_day_range(date.fromisoformat(start), date.fromisoformat(end))


def sampling_table(table_id: str | None = None):
    """The sampling week of every plant and period, from wastewater_sites and wastewater_sampling."""
    sites = table("wastewater_sites")
    sampling = table("wastewater_sampling")
    periods = ww.periods(sampling)
    sites = sites.assign(order=sites.city.map(ww.CITIES.index)).sort_values(["order", "site"])
    weeks = {(r.site, int(r.year), r.season): format_week(r.start, r.end) for r in sampling.itertuples()}
    rows = [
        [label("city", r.city), r.name] + [weeks.get((r.site, y, s), t("misc.gap")) for y, s in periods]
        for r in sites.itertuples()
    ]
    header = [t("ww.sites.city"), t("ww.sites.plant")] + [figs.period_label(y, s) for y, s in periods]
    kwargs = {"id": table_id} if table_id else {}
    return simple_table(header, rows, small=True, **kwargs)
