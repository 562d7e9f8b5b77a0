"""A FABRICATED next edition, for the next-edition drill (tests/drill/test_next_edition.py).

fabricate(raw_dir) appends to a *copy* of data/raw/ a made-up next edition: one more survey year,
one more year of drug-induced deaths and one more wastewater sampling season. Nothing here is
data: every value is the latest published value with a small deterministic change (percentages
+0.1, counts +1, loads +1 ...), and every row written into a file that has a text column for it
says FABRICATED. The rows are made while the test runs and live only in pytest's tmp folder;
they are never shipped or shown.

The new year and season are derived from the copied files (latest + 1), never written as
literals, so the drill keeps working after the next real edition lands. The files to extend are
the ones the builders read (their own path constants), so the drill follows a renamed source.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.data.contract import SEASONS
from dashboard.data.paths import RAW_DIR
from dashboard.data.sources import deaths as deaths_src
from dashboard.data.sources import survey as survey_src
from dashboard.data.sources import wastewater as ww_src

MARK = "FABRICATED by tests/drill/fabricate.py (next-edition drill); not from any source"

# Survey widget columns that hold a percentage (shifted by +0.1) or a count (shifted by +1).
SURVEY_PERCENT_COLUMNS = (
    "pt_percentage",
    "pt_ci_lower",
    "pt_ci_upper",
    "pt_y",
    "pt_predicted_prevalence",
    "pt_lower_ci",
    "pt_upper_ci",
    "pt_low",
    "pt_high",
    "pt_observed_prevalence",
    "pt_obs_lower_ci",
    "pt_obs_upper_ci",
)
SURVEY_COUNT_COLUMNS = ("pt_n_total", "pt_n_level")
DEATH_TABLES = ("deaths_national", "deaths_by_age_sex", "deaths_by_county", "deaths_by_substance", "deaths_by_intent")


@dataclass
class Drop:
    """What fabricate() added: the new periods, the numbers the checks compare with, row counts."""

    survey_year: int = 0
    survey_previous: int = 0
    deaths_year: int = 0
    deaths_previous: int = 0
    deaths_total: int = 0  # fabricated national total of deaths_year
    deaths_previous_total: int = 0
    ww_year: int = 0
    ww_season: str = ""  # contract code: spring / autumn
    ww_label: str = ""  # as the source writes the period, e.g. "Vår 2026"
    ww_previous: tuple[int, str] = (0, "")
    ww_sites: tuple[str, ...] = ()
    added: dict[str, int] = field(default_factory=dict)  # raw file -> rows appended


# --------------------------------------------------------------------------- CSV helpers
def _read(path: Path) -> tuple[list[str], list[dict[str, str]], str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        first = f.readline()
    terminator = "\r\n" if first.endswith("\r\n") else "\n"
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows, terminator


def _append(path: Path, fieldnames: list[str], rows: list[dict[str, str]], terminator: str) -> int:
    """Append rows, leaving every existing byte of the file as it was."""
    text = path.read_bytes()
    with path.open("a", encoding="utf-8", newline="") as f:
        if text and not text.endswith(b"\n"):
            f.write(terminator)
        writer = csv.DictWriter(f, fieldnames=fieldnames, lineterminator=terminator)
        writer.writerows(rows)
    return len(rows)


def shift(text: str, delta: float | int) -> str:
    """A number written as in the source, moved by `delta`; an empty cell (a gap) stays empty."""
    if text == "":
        return text
    if "." in text or isinstance(delta, float):
        decimals = len(text.split(".", 1)[1]) if "." in text else 1
        return f"{float(text) + delta:.{min(max(decimals, 1), 12)}f}"
    return str(int(text) + delta)


# --------------------------------------------------------------------------- survey
def _survey(raw: Path, drop: Drop) -> None:
    path = raw / survey_src.RAW_FILE
    names, rows, term = _read(path)
    years = {int(r["pt_year"]) for r in rows if r["pt_year"].isdigit()}
    latest = max(years)
    new = latest + 1
    next_index: dict[tuple[str, str], int] = {}
    for r in rows:
        k = (r["widget_no"], r["series_name"])
        next_index[k] = max(next_index.get(k, -1), int(r["point_index"]) + 1)
    added = []
    # Every point of the latest year, in every figure that says which year a point is (the trend
    # lines, the adjusted-trend figures and figure 1's bars): same point, next year, +0.1.
    for r in rows:
        if r["pt_year"] != str(latest):
            continue
        out = dict(r, pt_year=str(new))
        if out["pt_x"] == str(latest):
            out["pt_x"] = str(new)
        if out["series_name"] == str(latest):  # a figure whose series is the year (figure 1)
            out["series_name"] = str(new)
        else:  # a new point at the end of an existing series
            out["point_index"] = str(next_index[(r["widget_no"], r["series_name"])])
        for c in SURVEY_PERCENT_COLUMNS:
            if c in out:
                out[c] = shift(out[c], 0.1)
        for c in SURVEY_COUNT_COLUMNS:
            if c in out:
                out[c] = shift(out[c], 1)
        added.append(out)
    drop.survey_year, drop.survey_previous = new, latest
    drop.added[str(survey_src.RAW_FILE)] = _append(path, names, added, term)


# --------------------------------------------------------------------------- deaths
def _breakdown(text: str) -> dict[str, str]:
    return deaths_src.parse_breakdown(text)


def _deaths(raw: Path, drop: Drop) -> None:
    path = raw / deaths_src.REPORT_FILE
    names, rows, term = _read(path)
    national = [r for r in rows if r["table"] == "deaths_national" and r["measure"] == "deaths"]
    latest = max(int(r["year"]) for r in national)
    new = latest + 1
    old_total = int(float(next(r["value"] for r in national if int(r["year"]) == latest)))
    this_year = [r for r in rows if r["year"] == str(latest)]
    # One more death in each age group among men, so the fabricated year is a coherent table:
    # men + women = all per age group, the age groups, the counties (one more in as many of
    # them) and the intent groups (all on the first) add up to the national total.
    growth = sum(
        1 for r in this_year if r["table"] == "deaths_by_age_sex" and _breakdown(r["breakdown"]).get("sex") == "men"
    )
    county_rows = 0
    intent_rows = 0
    added = []
    for r in this_year:
        table, measure, parts = r["table"], r["measure"], _breakdown(r["breakdown"])
        delta: float | int | None = None
        if table == "deaths_national":
            delta = growth if measure == "deaths" else 0.1
        elif table == "deaths_by_age_sex":
            delta = 1 if parts.get("sex") in ("men", "all") else 0
        elif table == "deaths_by_county":
            delta = 1 if county_rows < growth else 0
            county_rows += 1
        elif table == "deaths_by_intent":
            delta = growth if intent_rows == 0 else 0
            intent_rows += 1
        elif table == "deaths_by_substance":
            delta = 1
        elif table == "report_figures" and r["topic"] == "deaths":
            if measure == "deaths" and parts.get("sex") == "men":
                delta = growth
            elif measure == "deaths" and parts.get("sex") == "women":
                delta = 0
            elif measure == "mean_age" or (measure == "rate_age_standardised" and "county_code" in parts):
                delta = 0.1
        if delta is None:
            continue
        added.append(
            dict(
                r,
                year=str(new),
                value=shift(r["value"], delta),
                location=MARK,
                quote="FABRICATED",
                note=f"FABRICATED: the {latest} value {r['value']} moved by {delta:+g}",
            )
        )
    assert {r["table"] for r in added} >= set(DEATH_TABLES), "a deaths table got no fabricated rows"
    drop.deaths_year, drop.deaths_previous = new, latest
    drop.deaths_total, drop.deaths_previous_total = old_total + growth, old_total
    drop.added[str(deaths_src.REPORT_FILE)] = _append(path, names, added, term)


# --------------------------------------------------------------------------- wastewater
def _period(label: str) -> tuple[int, str]:
    season, year = label.split(" ")
    return int(year), ww_src.SEASON_CODES[season]


def _label(year: int, season: str) -> str:
    raw_season = {code: word for word, code in ww_src.SEASON_CODES.items()}[season]
    return f"{raw_season} {year}"


def next_period(year: int, season: str) -> tuple[int, str]:
    i = SEASONS.index(season)
    return (year, SEASONS[i + 1]) if i + 1 < len(SEASONS) else (year + 1, SEASONS[0])


def _wastewater(raw: Path, drop: Drop) -> None:
    path = raw / ww_src.REPORT_FIGURES
    names, rows, term = _read(path)
    periods = {_period(r["pt_tid"]) for r in rows}
    latest = max(periods, key=lambda p: (p[0], SEASONS.index(p[1])))
    new = next_period(*latest)
    old_label, new_label = _label(*latest), _label(*new)
    old_short = f"{old_label[0]}{latest[0] % 100:02d}"
    new_short = f"{new_label[0]}{new[0] % 100:02d}"
    added = []
    # Every point of the latest sampling week (week means and daily values, all cities and
    # substances), as the next week, each load +1; a gap (below quantification) stays a gap.
    for r in rows:
        if r["pt_tid"] != old_label:
            continue
        out = dict(r, pt_tid=new_label, pt_val=shift(r["pt_val"], 1), pt_y=shift(r["pt_y"], 1))
        if out["series_name"] == old_label:
            out["series_name"] = new_label
        if out["pt_kort"] == old_short:
            out["pt_kort"] = new_short
        added.append(out)
    drop.added[str(ww_src.REPORT_FIGURES)] = _append(path, names, added, term)

    # The sampling week of every plant: the same season's week a year earlier, 52 weeks on (so
    # it still runs Wednesday to Tuesday); else the latest week, 26 weeks on.
    tpath = raw / ww_src.TEXT_FIGURES
    tnames, trows, tterm = _read(tpath)
    sampling = [r for r in trows if r["measure"] == "sampling_period"]
    sites = list(dict.fromkeys(r["site"] for r in sampling))
    new_rows = []
    for site in sites:
        mine = [r for r in sampling if r["site"] == site]
        same = [r for r in mine if r["season"] == new[1] and int(r["year"]) == new[0] - 1]
        if same:
            template, days = same[0], 364
        else:
            template = max(mine, key=lambda r: (int(r["year"]), SEASONS.index(r["season"])))
            days = 182
        start, end = (dt.date.fromisoformat(d) + dt.timedelta(days=days) for d in template["value"].split("/"))
        new_rows.append(
            dict(
                template,
                year=str(new[0]),
                season=new[1],
                value=f"{start}/{end}",
                as_printed="FABRICATED",
                report_location=MARK,
            )
        )
    drop.added[str(ww_src.TEXT_FIGURES)] = _append(tpath, tnames, new_rows, tterm)
    drop.ww_year, drop.ww_season, drop.ww_label = new[0], new[1], new_label
    drop.ww_previous, drop.ww_sites = latest, tuple(sites)


def fabricate(raw_dir: Path) -> Drop:
    """Append the fabricated next edition to the copy of data/raw/ at `raw_dir`."""
    raw_dir = Path(raw_dir)
    if raw_dir.resolve() == RAW_DIR.resolve():
        raise ValueError("fabricate() writes made-up rows: only ever into a copy of data/raw/")
    drop = Drop()
    _survey(raw_dir, drop)
    _deaths(raw_dir, drop)
    _wastewater(raw_dir, drop)
    return drop
