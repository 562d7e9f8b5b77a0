"""Cards of /dodsfall: drug-induced deaths (report chapters 5 and 8). The years shown (latest
year, map years, the trend window, the standard population) come from the tables."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
from dash import html

from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, Filter, PageSpec, Panel, register
from dashboard.components.table import simple_table
from dashboard.data import store
from dashboard.data.contract import COUNTY_CODES, DEATH_AREAS, SEXES
from dashboard.figures import deaths as figs
from dashboard.figures.maps import county_map
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, label, labelled, options, t
from dashboard.stats import deaths as st

METRICS = ("deaths", "crude_rate", "change")
SORTS = ("county", "deaths", "crude_rate", "change")
AREAS = [a for a in DEATH_AREAS if a != "norway"]  # the counties the report breaks down
AREA_SUBSTANCES = [
    "other_opioids",
    "heroin",
    "methadone",
    "synthetic_opioids",
    "stimulants",
    "dependence",
    "other_substances",
]
INTENTS = ["unintentional", "intentional", "mental_behavioural"]
# plotly.js fetches a world topojson for geo plots even with the base map hidden: serve it ourselves.
MAP_GRAPH_CONFIG = {"scrollZoom": False, "topojsonURL": "/assets/topojson/"}


def tables() -> dict[str, pd.DataFrame]:
    return {
        n: store.table(n)
        for n in (
            "deaths_national",
            "deaths_by_age_sex",
            "deaths_by_county",
            "deaths_by_substance",
            "deaths_by_intent",
            "report_figures",
            "population",
        )
    }


def latest(name: str, **where) -> int:
    frame = store.table(name)
    for col, value in where.items():
        frame = frame[frame[col] == value]
    return int(frame["year"].max())


def map_years() -> tuple[int, ...]:
    return tuple(sorted({int(y) for y in store.table("deaths_by_county")["year"]}, reverse=True))


def trend_window(tb) -> tuple[int, int]:
    return st.trend_window(tb["report_figures"], tb["deaths_national"])


def standard_year(tb) -> int:
    return st.standard_year(tb["report_figures"], tb["population"])


PARAMS = {
    "metric": Param("m", "deaths", METRICS),
    "year": Param("aar", map_years()[0], map_years(), bounds=(min(map_years()), max(map_years()))),
    "sex": Param("k", "all", SEXES),
    "county": Param("fylke", "", ("", *COUNTY_CODES)),
    "sort": Param("sort", "county", SORTS),
}


def _county_options():
    frame = store.table("deaths_by_county")
    frame = frame[frame["year"] == frame["year"].max()].sort_values("county")
    return [{"label": r.county, "value": r.county_code} for r in frame.itertuples()]


FILTERS = (
    Filter("metric", ("metric",), "radio", "deaths.map.metric", lambda: options("death_metric", METRICS)),
    Filter("year", ("year",), "radio", "deaths.map.year", lambda: [{"label": str(y), "value": y} for y in map_years()]),
    Filter(
        "county",
        ("county",),
        "dropdown",
        "deaths.map.county",
        _county_options,
        props={"placeholder": t("deaths.map.county_placeholder"), "clearable": True},
    ),
    Filter("sex", ("sex",), "radio", "deaths.age.sex_label", lambda: options("sex", SEXES)),
    Filter(
        "sort",
        ("sort",),
        "dropdown",
        "deaths.map.sort",
        lambda: options("death_sort", SORTS),
        props={"searchable": False},
    ),
)


def about(*keys, extra=None, **values) -> list:
    """Paragraphs of "Om tallene": catalogue texts (with `values` for their placeholders), then `extra`."""
    return [html.P(t(k, **values)) for k in keys] + [html.P(x) for x in (extra or []) if x]


# --- cards -----------------------------------------------------------------------------------
def build_national(_v: dict) -> CardView:
    tb = tables()
    start, end = trend_window(tb)
    series = st.national_series(tb["deaths_national"], tb["population"])
    fit, gaps = st.national_trend(tb["deaths_national"], start, end)
    first, last = int(series["year"].min()), int(series["year"].max())
    span_gaps = st.missing_years(series["year"], first, last)
    title = t("deaths.nat.title")
    subtitle = t("deaths.nat.subtitle", first=first, last=last, start=start, end=end)
    fig = figs.national_figure(
        series,
        fit,
        gaps,
        span_gaps,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.national"),
        trend_start=start,
        trend_end=end,
    )
    frame = series.copy()
    if fit is not None:
        band = fit.band(frame["year"].astype(float))
        inside = ((frame["year"] >= start) & (frame["year"] <= end)).to_numpy()
        for col, src in (("trend", "fit"), ("low", "low"), ("high", "high")):
            frame[col] = band[src].where(inside).to_numpy()
    else:
        frame["trend"] = frame["low"] = frame["high"] = float("nan")
    cols = {
        "year": t("deaths.nat.col.year"),
        "deaths": t("deaths.nat.col.deaths"),
        "rate_age_standardised": t("deaths.nat.col.rate"),
        "crude_rate": t("deaths.nat.col.crude"),
        "trend": t("deaths.nat.col.trend"),
        "low": t("deaths.nat.col.low"),
        "high": t("deaths.nat.col.high"),
        "publication": t("deaths.nat.col.publication"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.national"),
        filename=["narkotikautloste-dodsfall", "antall", f"{first}-{last}"],
        decimals={"rate_age_standardised": 1, "crude_rate": 2, "trend": 1, "low": 1, "high": 1},
    )


def national_about() -> list:
    tb = tables()
    start, end = trend_window(tb)
    fit, gaps = st.national_trend(tb["deaths_national"], start, end)
    nat = tb["deaths_national"]
    window = nat[(nat["year"] >= start) & (nat["year"] <= end)]
    extra = []
    if fit is not None:
        extra.append(
            t(
                "deaths.nat.trend_text",
                start=start,
                end=end,
                slope=fmt_num(fit.slope, 1),
                low=fmt_num(fit.slope_ci_low, 1),
                high=fmt_num(fit.slope_ci_high, 1),
                p=fmt_num(fit.p_value, 3),
            )
        )
    reported = st.report_value(tb["report_figures"], "deaths_mean_per_year", end, f"period={start}-{end}")
    if not gaps and reported is not None:
        extra.append(
            t(
                "deaths.nat.mean_text",
                start=start,
                end=end,
                ours=fmt_num(window["deaths"].mean(), 0),
                report=fmt_int(reported),
            )
        )
    return about(
        "deaths.nat.about.1",
        "deaths.nat.about.2",
        "deaths.nat.about.3",
        "deaths.about.revisions",
        "deaths.about.definition",
        extra=extra,
        start=start,
        end=end,
    )


def _rates(tb):
    return st.standardised_rates(tb["deaths_by_age_sex"], tb["population"], standard_year(tb))


def build_standardised(_v: dict) -> CardView:
    tb = tables()
    rates = _rates(tb)
    nat = tb["deaths_national"].set_index("year")["rate_age_standardised"].dropna()
    published = {int(y): float(v) for y, v in nat.items() if int(y) in set(rates["year"])}
    years = ", ".join(str(y) for y in sorted(rates["year"].unique()))
    title = t("deaths.asr.title")
    subtitle = t("deaths.asr.subtitle", years=years, standard=standard_year(tb))
    fig = figs.standardised_figure(
        rates, published, title=title, subtitle=subtitle, source=t("deaths.source.report_pop")
    )
    frame = rates.assign(
        sex_label=rates["sex"].map(lambda s: label("sex", s)),
        published=[
            published.get(int(y)) if s == "all" else None for y, s in zip(rates["year"], rates["sex"], strict=True)
        ],
    )
    cols = {
        "year": t("deaths.asr.col.year"),
        "sex_label": t("deaths.asr.col.sex"),
        "deaths": t("deaths.asr.col.deaths"),
        "mean_population": t("deaths.asr.col.pop"),
        "rate": t("deaths.asr.col.rate"),
        "crude_rate": t("deaths.asr.col.crude"),
        "published": t("deaths.asr.col.published"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report_pop"),
        filename=["narkotikautloste-dodsfall", "aldersstandardisert-rate", "kjonn", years.replace(", ", "-")],
        decimals={"mean_population": 0, "rate": 2, "crude_rate": 2, "published": 1},
    )


def standardised_about() -> list:
    tb = tables()
    year = standard_year(tb)
    rates = _rates(tb)
    row = rates[(rates["year"] == year) & (rates["sex"] == "all")]
    published = tb["deaths_national"].set_index("year")["rate_age_standardised"].get(year)
    check = ""
    if not row.empty and published is not None and not pd.isna(published):
        ours = float(row["rate"].iloc[0])
        check = t(
            "deaths.asr.check",
            year=year,
            ours=fmt_num(ours, 2),
            rounded=fmt_num(ours, 1),
            published=fmt_num(published, 1),
        )
    return [html.P(t("deaths.asr.about.1", standard=year)), html.P(t("deaths.asr.about.2", standard=year))] + (
        [html.P(check)] if check else []
    )


def build_age(v: dict) -> CardView:
    tb = tables()
    sex, year = v["sex"], latest("deaths_by_age_sex")
    table = st.age_sex_table(tb["deaths_by_age_sex"], year)
    mean_age = st.report_value(tb["report_figures"], "mean_age", year, f"sex={sex}")
    title = t("deaths.age.title", sex=label("sex", sex), year=year)
    subtitle = t(
        "deaths.age.subtitle",
        share=fmt_pct(st.share_under_30(tb["deaths_by_age_sex"], year, sex), 0),
        mean_age=t("deaths.age.years", value=fmt_num(mean_age, 1)) if mean_age is not None else t("misc.gap"),
    )
    fig = figs.age_figure(table, sex, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    shown = table[table["sex"].isin(("men", "women") if sex == "all" else (sex,))]
    if sex == "all":
        shown = pd.concat([shown, table[table["sex"] == "all"]])
    frame = labelled(shown, sex="sex", age_group="death_age")
    cols = {
        "sex_label": t("deaths.age.col.sex"),
        "age_group_label": t("deaths.age.col.age"),
        "deaths": t("deaths.age.col.deaths"),
        "share": t("deaths.age.col.share"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report"),
        filename=["narkotikautloste-dodsfall", "alder", label("sex", sex), str(year)],
        filters=f"{t('deaths.age.sex_label').lower()}: {label('sex', sex)}",
        decimals={"share": 1},
    )


def county_frame(year: int) -> pd.DataFrame:
    """County figures for a year. A county choice redraws the map, the side table and the detail
    line; the tables never change while the app runs, so the figures are computed once per year."""
    return _county_frame(year).copy(deep=False)


@lru_cache(maxsize=8)
def _county_frame(year: int) -> pd.DataFrame:
    tb = tables()
    return st.county_figures(tb["deaths_by_county"], tb["population"], tb["report_figures"], year)


def signed(v) -> str:
    if v is None or pd.isna(v):
        return t("misc.gap")
    v = int(v)
    return ("+" if v > 0 else "") + fmt_int(v)


COUNTY_COLUMNS = {
    "county": "county",
    "deaths": "deaths",
    "deaths_before": "before",
    "change": "change",
    "mean_population": "pop",
    "crude_rate": "crude",
    "published_rate": "published",
}


def build_map(v: dict) -> CardView:
    metric, year, county = v["metric"], v["year"], v["county"]
    frame = county_frame(year)
    hover = []
    for r in frame.itertuples():
        lines = [
            f"<b>{r.county}</b>",
            t("deaths.map.hover.deaths", deaths=fmt_int(r.deaths)),
            t("deaths.map.hover.crude", rate=fmt_num(r.crude_rate, 1)),
        ]
        if not pd.isna(r.change):
            lines.append(t("deaths.map.hover.change", before=year - 1, change=signed(r.change)))
        if not pd.isna(r.published_rate):
            lines.append(t("deaths.map.hover.published", rate=fmt_num(r.published_rate, 1)))
        hover.append("<br>".join(lines))
    values = [None if pd.isna(x) else float(x) for x in frame[metric]]
    title = t("deaths.map.title", year=year, metric=label("death_metric", metric).lower())
    subtitle = t("deaths.map.subtitle")
    fig = county_map(
        list(frame["county_code"]),
        values,
        hover,
        store.counties_geojson(),
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report_pop"),
        colorbar_title=label("death_metric", metric),
        selected=county or None,
        diverging=metric == "change",
        missing_note=t("deaths.map.no_change", year=year - 1),
    )
    cols = {c: t(f"deaths.map.col.{k}") for c, k in COUNTY_COLUMNS.items()}
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report_pop"),
        filename=["narkotikautloste-dodsfall", "fylker", metric, str(year)],
        filters=f"{t('deaths.map.year').lower()}: {year}",
        decimals={"mean_population": 0, "crude_rate": 1, "published_rate": 1, "change": 0, "deaths_before": 0},
    )


def sorted_counties(frame: pd.DataFrame, sort: str) -> pd.DataFrame:
    if sort == "county":
        return frame.sort_values("county")
    return frame.sort_values(sort, ascending=False, na_position="last", kind="stable")


def county_table(v: dict):
    frame = sorted_counties(county_frame(v["year"]), v["sort"])
    rows = [
        [
            r.county,
            fmt_int(r.deaths),
            signed(r.change),
            fmt_num(r.crude_rate, 1),
            t("misc.gap") if pd.isna(r.published_rate) else fmt_num(r.published_rate, 1),
        ]
        for r in frame.itertuples()
    ]
    header = [t(f"deaths.map.col.{k}") for k in ("county", "deaths", "change", "crude", "published")]
    return simple_table(
        header,
        rows,
        numeric={1, 2, 3, 4},
        caption=t("deaths.map.table_title", year=v["year"]),
        row_classes=["table-active fw-bold" if r.county_code == v["county"] else None for r in frame.itertuples()],
        row_attrs=[{"data-county": r.county_code} for r in frame.itertuples()],
        small=True,
        className="mb-0",
    )


def county_detail(v: dict):
    frame = county_frame(v["year"])
    row = frame[frame["county_code"] == v["county"]]
    if not v["county"] or row.empty:
        return html.P(t("deaths.map.detail_none"), className="text-muted small mb-0")
    r = row.iloc[0]
    parts = [
        t(
            "deaths.map.detail",
            county=r["county"],
            year=int(r["year"]),
            deaths=fmt_int(r["deaths"]),
            crude=fmt_num(r["crude_rate"], 1),
        )
    ]
    if not pd.isna(r["change"]):
        parts.append(t("deaths.map.detail_change", before=fmt_int(r["deaths_before"]), change=signed(r["change"])))
    parts.append(
        t("deaths.map.detail_published", rate=fmt_num(r["published_rate"], 1))
        if not pd.isna(r["published_rate"])
        else t("deaths.map.detail_no_published")
    )
    return html.P(" ".join(parts), className="mb-0", id="deaths-county-detail-text")


def build_substance(_v: dict) -> CardView:
    tb = tables()
    year = latest("deaths_by_substance", area="norway")
    table = st.substance_national(tb["deaths_by_substance"], tb["deaths_national"], year)
    title, subtitle = t("deaths.sub.title", year=year), t("deaths.sub.subtitle")
    fig = figs.substance_national_figure(table, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    frame = labelled(table, substance="death_substance")
    cols = {
        "substance_label": t("deaths.sub.col.substance"),
        "deaths": t("deaths.sub.col.deaths"),
        "share": t("deaths.sub.col.share"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report"),
        filename=["narkotikautloste-dodsfall", "rusmiddel", str(year)],
        decimals={"share": 1},
    )


def build_areas(_v: dict) -> CardView:
    tb = tables()
    table = st.substance_areas(tb["deaths_by_substance"])
    years = sorted((int(y) for y in table["year"].unique()), reverse=True)
    substances = [s for s in AREA_SUBSTANCES if s in set(table["substance"])]
    title = t("deaths.area.title", years=t("deaths.and").join(map(str, years)))
    subtitle = t("deaths.area.subtitle")
    fig = figs.substance_area_figure(
        table, AREAS, substances, years, title=title, subtitle=subtitle, source=t("deaths.source.report")
    )
    frame = labelled(table, area="death_area", substance="death_substance")
    cols = {
        "area_label": t("deaths.area.col.area"),
        "year": t("deaths.area.col.year"),
        "substance_label": t("deaths.sub.col.substance"),
        "deaths": t("deaths.sub.col.deaths"),
        "share": t("deaths.area.col.share"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report"),
        filename=["narkotikautloste-dodsfall", "rusmiddel", "oslo-rogaland-vestland", f"{years[-1]}-{years[0]}"],
        decimals={"share": 1},
    )


def build_intent(_v: dict) -> CardView:
    table = st.intent_table(store.table("deaths_by_intent"))
    years = sorted(int(y) for y in table["year"].unique())
    missing = st.missing_years(years, years[0], years[-1])
    title, subtitle = t("deaths.intent.title"), t("deaths.intent.subtitle", years=", ".join(map(str, years)))
    fig = figs.intent_figure(
        table, INTENTS, missing, title=title, subtitle=subtitle, source=t("deaths.source.national")
    )
    frame = labelled(table, intent="death_intent")
    cols = {
        "year": t("deaths.intent.col.year"),
        "intent_label": t("deaths.intent.col.intent"),
        "deaths": t("deaths.intent.col.deaths"),
        "share": t("deaths.intent.col.share"),
        "total": t("deaths.intent.col.total"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.national"),
        filename=["narkotikautloste-dodsfall", "hensikt", f"{years[0]}-{years[-1]}"],
        decimals={"share": 1},
    )


def build_autopsy(_v: dict) -> CardView:
    table = st.autopsy_table(store.table("report_figures"))
    first, last = int(table["year"].min()), int(table["year"].max())
    title, subtitle = t("deaths.autopsy.title"), t("deaths.autopsy.subtitle", first=first, last=last)
    fig = figs.autopsy_figure(table, title=title, subtitle=subtitle, source=t("deaths.source.report"))
    return CardView(
        fig,
        table,
        {"year": t("deaths.autopsy.col.year"), "percent": t("deaths.autopsy.col.percent")},
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report"),
        filename=["narkotikautloste-dodsfall", "ikke-obdusert", f"{first}-{last}"],
        decimals={"percent": 1},
    )


def autopsy_note() -> str:
    rf = store.table("report_figures")
    year = latest("deaths_by_intent")
    n = st.report_value(rf, "not_autopsied", year, "intent=mental_behavioural")
    pct = st.report_value(rf, "not_autopsied_percent", year, "intent=mental_behavioural")
    of = store.table("deaths_by_intent")
    of = of[(of["year"] == year) & (of["intent"] == "mental_behavioural")]["deaths"]
    if n is None or pct is None or of.empty:
        return ""
    return t("deaths.autopsy.mental", year=year, n=fmt_int(n), of=fmt_int(of.iloc[0]), pct=fmt_pct(pct, 0))


def key_tiles(_v: dict | None = None):
    from dashboard.components.kpi import tile, tile_row

    tb = tables()
    year = latest("deaths_national")
    k = st.key_figures(tb["deaths_national"], tb["report_figures"], year)
    before_rate = tb["deaths_national"].set_index("year")["rate_age_standardised"].get(year - 1)
    men = st.report_value(tb["report_figures"], "deaths", year, "sex=men")
    women = st.report_value(tb["report_figures"], "deaths", year, "sex=women")
    change = (
        [
            (
                t("deaths.kpi.change", change=signed(k["change"]), before=fmt_int(k["deaths_before"]), year=year - 1),
                "down" if k["change"] < 0 else "up" if k["change"] > 0 else "flat",
            )
        ]
        if k["change"] is not None
        else None
    )
    return tile_row(
        [
            tile(t("deaths.kpi.deaths", year=year), fmt_int(k["deaths"]), trend=change, tile_id="deaths-kpi-deaths"),
            tile(
                t("deaths.kpi.rate", year=year),
                fmt_num(k["rate"], 1) if k["rate"] is not None else t("misc.gap"),
                t("deaths.kpi.rate_note", before=year - 1, value=fmt_num(before_rate, 1))
                if before_rate is not None and not pd.isna(before_rate)
                else "",
            ),
            tile(
                t("deaths.kpi.mean_age", year=year),
                t("deaths.kpi.years", value=fmt_num(k["mean_age"], 1)) if k["mean_age"] is not None else t("misc.gap"),
                t("deaths.kpi.mean_age_note", men=fmt_num(k["mean_age_men"], 1), women=fmt_num(k["mean_age_women"], 1))
                if k["mean_age_men"] is not None and k["mean_age_women"] is not None
                else "",
            ),
            tile(
                t("deaths.kpi.share_men", year=year),
                fmt_pct(k["share_men"], 0) if k["share_men"] is not None else t("misc.gap"),
                t("deaths.kpi.share_men_note", men=fmt_int(men), women=fmt_int(women)) if men and women else "",
            ),
        ]
    )


SPEC = register(
    PageSpec(
        name="deaths",
        path="/dodsfall",
        params=PARAMS,
        filters=FILTERS,
        panels=(
            Panel("tiles", (), key_tiles),
            Panel("county-table", ("year", "county", "sort"), county_table),
            Panel("county-detail", ("year", "county"), county_detail),
        ),
        cards=(
            Card("deaths-national", (), build_national, national_about, height=560),
            Card(
                "deaths-age",
                ("sex",),
                build_age,
                lambda: about("deaths.age.about.1", "deaths.age.about.2", "deaths.about.definition"),
                controls=("sex",),
            ),
            Card("deaths-standardised", (), build_standardised, standardised_about),
            Card(
                "deaths-map",
                ("metric", "year", "county"),
                build_map,
                lambda: about(
                    "deaths.map.about.1",
                    "deaths.map.about.2",
                    "deaths.map.about.3",
                    "deaths.about.revisions",
                    "deaths.about.definition",
                    "deaths.map.about.4",
                ),
                height=620,
                controls=("metric", "year", "county"),
                graph_config=MAP_GRAPH_CONFIG,
            ),
            Card(
                "deaths-substance",
                (),
                build_substance,
                lambda: about("deaths.sub.about.1", "deaths.sub.about.2", "deaths.about.definition"),
                height=380,
            ),
            Card(
                "deaths-substance-counties",
                (),
                build_areas,
                lambda: about("deaths.area.about.1", "deaths.area.about.2", "deaths.sub.about.2"),
                height=460,
            ),
            Card(
                "deaths-intent",
                (),
                build_intent,
                lambda: about("deaths.intent.about.1", "deaths.intent.about.2", "deaths.intent.about.3"),
            ),
            Card(
                "deaths-autopsy",
                (),
                build_autopsy,
                lambda: about("deaths.autopsy.about.1", "deaths.autopsy.about.2", extra=[autopsy_note()]),
                height=380,
            ),
        ),
    )
)
