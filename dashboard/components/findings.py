"""The front page's key figures: tiles of the report's main findings, each linking to the view
that shows the number, and what is new in the latest data. Every number comes from
dashboard.stats.findings on the tidy tables."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.components.kpi import sparkline, tile
from dashboard.data import store
from dashboard.i18n import fmt_int, fmt_num, fmt_pct, label, t
from dashboard.stats import deaths as deaths_stats
from dashboard.stats import findings as f


def _trend(series, fmt):
    line = sparkline(series, fmt)
    return [(line, None)] if line is not None else None


def _pct(v):
    return fmt_pct(v, 1)


def tiles_use(survey):
    can = f.ranked_substance(survey, 1)
    sex = f.men_above_women(survey)
    young = f.highest_young_group(survey)
    coc = f.ranked_substance(survey, 2)
    return [
        tile(
            t("front.cannabis_title"),
            _pct(can.value),
            t(
                "front.cannabis_note",
                year=can.year,
                next=label("substance", can.other_code),
                next_value=_pct(can.other),
            ),
            href="/cannabis",
            trend=_trend(can.series, _pct),
            tile_id="tile-cannabis",
        ),
        tile(
            t("front.sex_title"),
            _pct(sex.value),
            t("front.sex_note", women=_pct(sex.other), year=sex.year),
            href="/cannabis?k=both",
            trend=_trend(sex.series, _pct),
            tile_id="tile-sex",
        ),
        tile(
            t("front.young_title"),
            _pct(young.value),
            t("front.young_note", age=young.code.replace("-", "–"), year=young.year, base=_pct(young.other)),
            href=f"/cannabis?a={young.code}&p={young.extra['period']}",
            trend=_trend(young.series, _pct),
            tile_id="tile-young",
        ),
        tile(
            t("front.cocaine_title"),
            _pct(coc.value),
            t("front.cocaine_note", year=coc.year, prev=_pct(coc.extra["previous"])),
            href=f"/sentralstimulerende?s={coc.code}",
            trend=_trend(coc.series, _pct),
            tile_id="tile-cocaine",
        ),
    ]


def _deaths():
    """Deaths in the latest year, with the series over the report's reference period."""
    national = store.table("deaths_national")
    return f.deaths_latest(national, since=deaths_stats.trend_window(store.table("report_figures"), national)[0])


def tiles_harm():
    deaths = _deaths()
    sex = f.deaths_by_sex(store.table("deaths_by_age_sex"), store.table("report_figures"))
    opi = f.top_death_substance(store.table("deaths_by_substance"))
    pw = f.pwid_latest(store.table("pwid_estimates"))
    ages = sex.extra["mean_age"]
    return [
        tile(
            t("front.deaths_title"),
            fmt_int(deaths.value),
            t(
                "front.deaths_note",
                year=deaths.year,
                prev=fmt_int(deaths.other),
                prev_year=deaths.extra["previous_year"],
            ),
            href="/dodsfall",
            trend=_trend(deaths.series, fmt_int),
            tile_id="tile-deaths",
        ),
        tile(
            t("front.deaths_sex_title"),
            fmt_int(sex.value),
            t(
                "front.deaths_sex_note",
                total=fmt_int(sex.extra["total"]),
                year=sex.year,
                share=fmt_pct(sex.share, 0),
                age_all=fmt_num(ages["all"]),
                age_women=fmt_num(ages["women"]),
                age_men=fmt_num(ages["men"]),
            ),
            href="/dodsfall?k=men",
            tile_id="tile-deaths-sex",
        ),
        tile(
            t("front.opioid_title"),
            fmt_int(opi.value),
            t("front.opioid_note", year=opi.year, second=fmt_int(opi.other)),
            href="/dodsfall",
            tile_id="tile-opioids",
        ),
        tile(
            t("front.pwid_title"),
            fmt_int(pw.value),
            t("front.pwid_note", start=pw.extra["start"], end=pw.year, single=fmt_int(pw.other)),
            href="/injisering",
            trend=_trend(pw.series, fmt_int),
            tile_id="tile-pwid",
        ),
    ]


def tiles_ww():
    ww = f.wastewater_city_range(store.table("wastewater_week_means"))
    return [
        tile(
            t("front.ww_title"),
            fmt_int(ww.value),
            t(
                "front.ww_note",
                city=label("city", ww.code),
                season=label("season", ww.extra["season"]),
                year=ww.year,
                low_city=label("city", ww.other_code),
                low=fmt_int(ww.other),
            ),
            href=f"/avlopsvann?st={ww.extra['substance']}",
            tile_id="tile-wastewater",
        )
    ]


def row(tiles):
    return dbc.Row([dbc.Col(x, xs=12, md=6, lg=3, className="mb-3") for x in tiles], className="kpi-row")


def news(survey):
    can, coc = f.ranked_substance(survey, 1), f.ranked_substance(survey, 2)
    deaths = _deaths()
    est = store.table("pwid_estimates").sort_values("year")
    pw = f.pwid_latest(est)
    dates = f.latest_data(survey, store.table("deaths_national"), store.table("wastewater_week_means"), est)
    ww_year, ww_season = dates["wastewater"]
    news = [
        t(
            "front.new_survey",
            year=can.year,
            now=_pct(can.value),
            prev=_pct(can.extra["previous"]),
            c_now=_pct(coc.value),
            c_prev=_pct(coc.extra["previous"]),
        ),
        t(
            "front.new_deaths",
            year=deaths.year,
            now=fmt_int(deaths.value),
            prev=fmt_int(deaths.other),
            direction=t(
                "front.direction."
                + ("down" if deaths.value < deaths.other else "up" if deaths.value > deaths.other else "same")
            ),
        ),
        t(
            "front.new_pwid",
            start=pw.extra["start"],
            end=pw.year,
            now=fmt_int(pw.value),
            prev=fmt_int(pw.extra["previous"]),
            year=pw.year,
            single=fmt_int(pw.other),
        ),
        t("front.new_ww", season=label("season", ww_season), year=ww_year),
    ]
    sources = [
        t("front.date_survey", year=dates["survey"]),
        t("front.date_deaths", year=dates["deaths"]),
        t("front.date_ww", season=label("season", ww_season), year=ww_year),
        t("front.date_pwid", year=dates["pwid"]),
    ]
    return dbc.Row(
        className="mt-2",
        children=[
            dbc.Col(
                [html.H2(t("front.section_new"), className="h5"), html.Ul([html.Li(x) for x in news], id="front-news")],
                md=8,
            ),
            dbc.Col(
                [
                    html.H2(t("front.section_dates"), className="h5"),
                    html.Ul([html.Li(x) for x in sources], id="front-dates", className="small"),
                ],
                md=4,
            ),
        ],
    )
