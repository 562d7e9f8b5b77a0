"""Cards of /dodsfall: drug-induced deaths (report chapters 5 and 8). The years shown (latest
year, map years, the trend window, the standard population) come from the tables."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

import pandas as pd
from dash import Patch, html

from dashboard.cards.params import Param
from dashboard.cards.registry import Card, CardView, Filter, PageSpec, Panel, register
from dashboard.components.table import simple_table
from dashboard.data import store
from dashboard.data.contract import COUNTY_CODES, DEATH_AREAS, SEXES
from dashboard.data.paths import ROOT
from dashboard.figures import deaths as figs
from dashboard.figures.maps import county_map, geometry_bounds, update_paths
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, known, label, labelled, options, t
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
# The county geometry as a static file (a link to data/tidy/counties.geojson, so there is one copy):
# the browser fetches it once and caches it, and a map update carries colours and text only.
GEOMETRY_ASSET = "geo/counties.geojson"


@lru_cache(maxsize=1)
def map_geometry() -> str | dict:
    """What the map's figure carries as its geometry: the URL of the static file, with a hash of
    its content (a changed file is a new URL, so browsers may cache it for good); or the geometry
    itself when the file is not the data's (DASHBOARD_DATA_DIR pointing at other data)."""
    try:
        served = (ROOT / "assets" / GEOMETRY_ASSET).read_bytes()
        same = json.loads(served) == store.counties_geojson()
    except (OSError, ValueError):
        same = False
    if not same:
        return store.counties_geojson()
    return f"/assets/{GEOMETRY_ASSET}?v={hashlib.sha256(served).hexdigest()[:12]}"


@lru_cache(maxsize=1)
def map_bounds() -> tuple[float, float, float, float]:
    return geometry_bounds(store.counties_geojson())


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
        props={"placeholder": lambda: t("deaths.map.county_placeholder"), "clearable": True},
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
    series = series.assign(
        publication=series["publication"].map(publication), implied_by=series["implied_by"].map(publication)
    )
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
    frame = series.assign(note=[implied_note(r) for r in series.itertuples()])
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
        "note": t("deaths.nat.col.note"),
    }
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.national"),
        filename=[t("file.drug_deaths"), t("file.number"), f"{first}-{last}"],
        filters=t("deaths.filters_none"),
        # each published rate with the decimals the report writes it with ("5" for 2012)
        decimals={"deaths": 0, "crude_rate": 2, "trend": 1, "low": 1, "high": 1},
        row_decimals={"rate_age_standardised": row_decimals(frame["rate_decimals"])},
        note=national_note(tb["deaths_national"]),
    )


def row_decimals(column, default: int = 1) -> list[int]:
    """Per-row decimals for a table column (a value's own precision, as the source writes it)."""
    return [default if pd.isna(d) else int(d) for d in column]


def spans_text(years) -> str:
    """'2002, 2004, 2008–2010 og 2012–2022': years joined into spans, in words."""
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in st.year_spans(years)]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + t("deaths.and") + parts[-1]


def origins_text(national: pd.DataFrame) -> str:
    """Which yearly totals are the report's and which come from older publications (the data's
    `from_latest_report` column); empty when all are the report's."""
    origin = st.count_origins(national)
    if not origin["older"]:
        return ""
    return t("deaths.lead_years", report=spans_text(origin["report"]), older=spans_text(origin["older"]))


def lead_text() -> str:
    """The page's lead: what the page shows and where the yearly totals come from, from the data."""
    return " ".join(x for x in (t("deaths.lead"), origins_text(store.table("deaths_national"))) if x)


def publication_key(citation: str) -> str:
    """The catalogue key of a publication's citation as data/raw writes it (in English):
    'FHI news, June 2021' -> 'deaths.pub.fhi_news_june_2021'."""
    return "deaths.pub." + re.sub(r"[^a-z0-9]+", "_", citation.lower()).strip("_")


def publication(citation):
    """A publication the counts are quoted from, in the interface language: the words we wrote
    around it ("news", "undated", "FHI figures") translated, its title kept. A citation the
    catalogue lacks (a new one in a later edition) shows as data/raw writes it, never a 500;
    tests/cards/test_deaths_publications.py lists any such. Missing values pass through."""
    if not isinstance(citation, str):
        return citation
    key = publication_key(citation)
    return t(key) if known(key) else citation


def implied_note(row) -> str:
    """The table's note on a count a newer publication implies differently ('' elsewhere)."""
    if pd.isna(row.implied_deaths):
        return ""
    return t("deaths.nat.implied_short", implied=fmt_int(row.implied_deaths), source=row.implied_by)


def national_note(national: pd.DataFrame):
    """Above the national chart: where the yearly totals come from, and every year whose count a
    newer publication implies differently (which number is shown, and why)."""
    lines = [origins_text(national)] + [
        t(
            "deaths.nat.implied",
            year=int(r.year),
            deaths=fmt_int(r.deaths),
            source=publication(r.count_source),
            implied=fmt_int(r.implied_deaths),
            implied_by=publication(r.implied_by),
        )
        for r in st.implied_counts(national).itertuples()
    ]
    lines = [x for x in lines if x]
    return html.P(" ".join(lines), className="small text-muted mb-1", id="deaths-national-origins") if lines else None


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
    nat = tb["deaths_national"].dropna(subset=["rate_age_standardised"])
    published = {
        int(r.year): (float(r.rate_age_standardised), int(r.rate_decimals))
        for r in nat.itertuples()
        if int(r.year) in set(rates["year"])
    }
    years = ", ".join(str(y) for y in sorted(rates["year"].unique()))
    title = t("deaths.asr.title")
    subtitle = t("deaths.asr.subtitle", years=years, standard=standard_year(tb))
    fig = figs.standardised_figure(
        rates, published, title=title, subtitle=subtitle, source=t("deaths.source.report_pop")
    )
    frame = rates.assign(
        sex_label=rates["sex"].map(lambda s: label("sex", s)),
        published=[
            published[int(y)][0] if s == "all" and int(y) in published else None
            for y, s in zip(rates["year"], rates["sex"], strict=True)
        ],
    )
    published_decimals = [published[int(y)][1] if int(y) in published else 1 for y in rates["year"]]
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
        filename=[t("file.drug_deaths"), t("file.standardised_rate"), t("file.by_sex"), years.replace(", ", "-")],
        filters=t("deaths.filters_none"),
        decimals={"deaths": 0, "mean_population": 0, "rate": 2, "crude_rate": 2},
        row_decimals={"published": published_decimals},
    )


def standardised_about() -> list:
    tb = tables()
    year = standard_year(tb)
    rates = _rates(tb)
    row = rates[(rates["year"] == year) & (rates["sex"] == "all")]
    nat = tb["deaths_national"].set_index("year")
    published = nat["rate_age_standardised"].get(year)
    check = ""
    if not row.empty and published is not None and not pd.isna(published):
        ours = float(row["rate"].iloc[0])
        decimals = int(nat.loc[year, "rate_decimals"])  # round ours as the report writes its rate
        check = t(
            "deaths.asr.check",
            year=year,
            ours=fmt_num(ours, 2),
            rounded=fmt_num(ours, decimals),
            published=fmt_num(published, decimals),
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
        filename=[t("file.drug_deaths"), t("file.age"), label("sex", sex), str(year)],
        filters=f"{t('deaths.age.sex_label').lower()}: {label('sex', sex)}",
        decimals={"share": 1},
        note=sex_change_note(tb["report_figures"], year, sex),
    )


def sex_change_note(report_figures: pd.DataFrame, year: int, sex: str):
    text = sex_change_text(report_figures, year, sex)
    return html.P(text, className="small mb-1", id="deaths-sex-change") if text else None


def sex_change_text(report_figures: pd.DataFrame, year: int, sex: str) -> str:
    """The change in deaths among women and men from the year before, as the report states it
    (for one sex, or both when the card shows both); '' where the report gives no earlier year."""
    change = st.sex_change(report_figures, year)
    if change is None:
        return ""
    if sex in change:
        before, now, diff = change[sex]
        return t(
            "deaths.age.change_one",
            sex=label("sex", sex),
            before_year=year - 1,
            year=year,
            change=signed(diff),
            n_before=fmt_int(before),
            n_now=fmt_int(now),
        )
    (m_before, m_now, m_diff), (w_before, w_now, w_diff) = change["men"], change["women"]
    return t(
        "deaths.age.change_sexes",
        before_year=year - 1,
        year=year,
        women=signed(w_diff),
        men=signed(m_diff),
        women_before=fmt_int(w_before),
        women_now=fmt_int(w_now),
        men_before=fmt_int(m_before),
        men_now=fmt_int(m_now),
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
    """A change with its sign: '+7', '−42' (a typographic minus, as the report writes it)."""
    if v is None or pd.isna(v):
        return t("misc.gap")
    v = int(v)
    return ("+" if v > 0 else "\u2212" if v < 0 else "") + fmt_int(abs(v))


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
        map_geometry(),
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report_pop"),
        colorbar_title=label("death_metric", metric),
        selected=county or None,
        diverging=metric == "change",
        missing_note=t("deaths.map.no_change", year=year - 1),
        bounds=map_bounds(),
    )
    cols = {c: t(f"deaths.map.col.{k}") for c, k in COUNTY_COLUMNS.items()}
    return CardView(
        fig,
        frame,
        cols,
        title=title,
        subtitle=subtitle,
        source=t("deaths.source.report_pop"),
        filename=[t("file.drug_deaths"), t("file.counties"), metric, str(year)],
        filters=f"{t('deaths.map.year').lower()}: {year}",
        decimals={"mean_population": 0, "crude_rate": 1, "published_rate": 1, "change": 0, "deaths_before": 0},
    )


def sorted_counties(frame: pd.DataFrame, sort: str) -> pd.DataFrame:
    if sort == "county":
        return frame.sort_values("county")
    return frame.sort_values(sort, ascending=False, na_position="last", kind="stable")


def county_table(v: dict):
    frame = sorted_counties(county_frame(v["year"]), v["sort"])
    decimals = county_rate_decimals(v["year"])
    rows = [
        [
            r.county,
            fmt_int(r.deaths),
            signed(r.change),
            fmt_num(r.crude_rate, 1),
            fmt_num(r.published_rate, decimals.get(r.county_code, 1)),  # '–' where the report gives none
        ]
        for r in frame.itertuples()
    ]
    # Short headers and a dash for a missing rate: the table fits the side column at
    # 1280-1440 px without cutting a value ("9," for "9,1") or a word; units are in the caption.
    header = [t(f"deaths.map.short.{k}") for k in ("county", "deaths", "change", "crude", "published")]
    return simple_table(
        header,
        rows,
        numeric={1, 2, 3, 4},
        caption=t("deaths.map.table_caption", year=v["year"]),
        row_classes=["table-active fw-bold" if r.county_code == v["county"] else None for r in frame.itertuples()],
        row_attrs=[{"data-county": r.county_code} for r in frame.itertuples()],
        small=True,
        className="mb-0 deaths-county-table",
    )


def county_rate_decimals(year: int) -> dict[str, int]:
    """County code -> decimals of the report's age-standardised county rate (as it writes it)."""
    rf = store.table("report_figures")
    rows = rf[
        (rf["topic"] == "deaths")
        & (rf["measure"] == "rate_age_standardised")
        & (rf["year"] == year)
        & rf["breakdown"].str.startswith("county_code=")
    ]
    return {b.removeprefix("county_code="): int(d) for b, d in zip(rows["breakdown"], rows["decimals"], strict=True)}


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
        t(
            "deaths.map.detail_published",
            rate=fmt_num(r["published_rate"], county_rate_decimals(v["year"]).get(v["county"], 1)),
        )
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
        filename=[t("file.drug_deaths"), t("file.substance"), str(year)],
        filters=t("deaths.filters_none"),
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
        filename=[t("file.drug_deaths"), t("file.substance"), "oslo-rogaland-vestland", f"{years[-1]}-{years[0]}"],
        filters=t("deaths.filters_none"),
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
        filename=[t("file.drug_deaths"), t("file.intent"), f"{years[0]}-{years[-1]}"],
        filters=t("deaths.filters_none"),
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
        filename=[t("file.drug_deaths"), t("file.not_autopsied"), f"{first}-{last}"],
        filters=t("deaths.filters_none"),
        row_decimals={"percent": row_decimals(table["decimals"])},  # "7 %" where the report writes 7
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
    decimals = st.report_decimals(rf, "not_autopsied_percent", year, "intent=mental_behavioural")
    return t("deaths.autopsy.mental", year=year, n=fmt_int(n), of=fmt_int(of.iloc[0]), pct=fmt_pct(pct, decimals))


def key_tiles(_v: dict | None = None):
    from dashboard.components.kpi import tile, tile_row

    tb = tables()
    year = latest("deaths_national")
    k = st.key_figures(tb["deaths_national"], tb["report_figures"], year)
    nat = tb["deaths_national"].set_index("year")
    before_rate = nat["rate_age_standardised"].get(year - 1)
    men = st.report_value(tb["report_figures"], "deaths", year, "sex=men")
    women = st.report_value(tb["report_figures"], "deaths", year, "sex=women")
    sexes = st.sex_change(tb["report_figures"], year)
    sex_note = t("deaths.kpi.share_men_note", men=fmt_int(men), women=fmt_int(women)) if men and women else ""
    if sexes and sex_note:
        sex_note += "; " + t(
            "deaths.kpi.sex_change_note",
            before=year - 1,
            men=signed(sexes["men"][2]),
            women=signed(sexes["women"][2]),
        )
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
                fmt_num(k["rate"], k["rate_decimals"]) if k["rate"] is not None else t("misc.gap"),
                t(
                    "deaths.kpi.rate_note",
                    before=year - 1,
                    value=fmt_num(before_rate, int(nat.loc[year - 1, "rate_decimals"])),
                )
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
                sex_note,
            ),
        ]
    )


def map_patch(figure: dict) -> Patch:
    """The update of the drawn map to `figure`: its changes only (maps.update_paths: colours, hover
    text, outlines, title), a few KB, never the geometry again."""
    patch = Patch()
    for path, value in update_paths(figure):
        target = patch
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return patch


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
                height=760,  # the map figure's own height (figures/maps.py), or it overflows its graph
                controls=("metric", "year", "county"),
                graph_config=MAP_GRAPH_CONFIG,
                figure_update=map_patch,
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


def methods_facts() -> dict[str, str]:
    """What /om-tallene says about the deaths data, from the tables: which years have which detail,
    the standard population, where the older totals come from, the latest share not autopsied."""
    tb = tables()

    def years_of(name: str, **where) -> str:
        frame = tb[name]
        for col, value in where.items():
            frame = frame[frame[col] == value]
        return spans_text(frame["year"].unique())

    rf = tb["report_figures"]
    autopsy = st.autopsy_table(rf).iloc[-1]
    return {
        "age_years": years_of("deaths_by_age_sex"),
        "county_years": years_of("deaths_by_county"),
        "substance_years": years_of("deaths_by_substance", area="norway"),
        "intent_years": years_of("deaths_by_intent"),
        "standard": str(standard_year(tb)),
        "older": spans_text(st.count_origins(tb["deaths_national"])["older"]),
        "not_autopsied": fmt_pct(autopsy["percent"], int(autopsy["decimals"])),
        "autopsy_year": str(int(autopsy["year"])),
    }
