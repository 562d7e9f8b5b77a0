"""The data contract of data/tidy/: one TableSpec per table, and the checks that enforce it.

The specs mirror the table in ../shared/DESIGN.md. Builders write to them, the store
refuses anything that does not meet them, and tests use them on broken copies.
A check failure names the file, the (1-based, header = line 1) CSV line and the column,
because a wrong number on screen is worse than an app that does not start.

What is refused, in the order it is checked:
- the file as text: empty, not UTF-8, cut off (no line break after the last line), a line that
  is not one CSV row (a field too many or too few, an empty line, a cell holding a line break),
  a header without rows, a column named twice, a column missing or not in the contract;
- each cell: ints written other than as plain digits ('4e2', '400.0'), floats that are not
  finite ('inf', 'nan' as text), empty required values, codes outside their code list, text
  not of its column's pattern, values outside a column's bounds, dates that are not ISO dates;
- each table: a duplicate key, an unordered chain (ci_low <= percent <= ci_high, start <= end)
  and the table's own rules (a marker that is not its substance's, a sampling week that is not
  Wednesday to Tuesday, a report figure out of its unit's range ...);
- across tables (check_across, run by store.load_all): county names against counties.geojson,
  sampling weeks against the plants.
counties.geojson has its own reader (read_geojson): a FeatureCollection with one feature per county
code, each with its name and a polygon; there "row" is the feature's number (1-based).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd

# Category codes shared by several tables.
SUBSTANCES = (
    "cannabis", "cocaine", "mdma", "amphetamines", "methamphetamine", "ketamine",
    "lsd", "ghb", "heroin", "other",
)  # fmt: skip
PERIODS = ("lifetime", "last_12_months", "last_4_weeks")
SEXES = ("all", "men", "women")
SEASONS = ("spring", "autumn")
WEEKDAYS = ("wed", "thu", "fri", "sat", "sun", "mon", "tue")
# Codes of wastewater_daily.note: "dumping" = a day the report ascribes to dumping of pure drug.
DAILY_NOTES = ("dumping",)
CITIES = ("oslo", "bergen", "trondheim")
COUNTY_CODES = (
    "03", "31", "32", "33", "34", "39", "40", "42", "11", "46", "15", "50", "18", "55", "56",
)  # fmt: skip
# population.csv adds Norway as a whole.
NORWAY_CODE = "00"
SURVEY_AGE_GROUPS = ("16-64", "16-30", "16-20", "21-25", "26-30")
# Classes of "how many times in the last 12 months" among those who used cannabis, in order.
SURVEY_FREQUENCIES = ("1-5", "6-10", "11-50", "51+")
# Deaths by age in the report: <30, 30-39, ..., 70+ (written as codes).
DEATH_AGE_GROUPS = ("0-29", "30-39", "40-49", "50-59", "60-69", "70+")
# population.csv: the deaths tables' age groups, and everyone.
POPULATION_AGE_GROUPS = (*DEATH_AGE_GROUPS, "total")
# Substance categories of the cause-of-death registry (EUDA selection B groups).
DEATH_SUBSTANCES = (
    "heroin", "methadone", "other_opioids", "synthetic_opioids", "stimulants",
    "dependence", "other_substances", "opioids_total", "cannabis", "unspecified",
)  # fmt: skip
DEATH_INTENTS = ("unintentional", "intentional", "mental_behavioural", "undetermined")
# deaths_by_substance.area: Norway, and the counties the report breaks down by substance.
DEATH_AREAS = ("norway", "oslo", "rogaland", "vestland")
# The compound measured in wastewater for each substance (the report's "rusmiddelmarkør").
WASTEWATER_MARKERS = {
    "cannabis": "THC-COOH", "cocaine": "benzoylecgonine", "amphetamines": "amphetamine",
    "methamphetamine": "methamphetamine", "mdma": "MDMA", "ketamine": "ketamine",
}  # fmt: skip
# The report's treatment plants (site codes; sources/wastewater.PLANT_NAMES names each one).
WASTEWATER_SITES = ("bekkelaget", "veas", "holen", "knappen", "ladehammeren", "hovringen")
REPORT_TOPICS = ("survey", "deaths", "pwid", "wastewater")
# report_figures.csv: what each number is, and its unit.
REPORT_MEASURES = (
    "deaths", "deaths_mean_per_year", "mean_age", "not_autopsied", "not_autopsied_percent",
    "rate_age_standardised", "standard_population_year", "estimate_min", "estimate_max",
    "trend_increase",  # the report's trend test found a significant increase; value = the p bound it states
    "prevalence_any_stimulant",  # share who have used any central stimulant (survey, text only)
    "use_days_share",  # share of recent users by number of days of use (survey, text only)
)  # fmt: skip
# percent_about: a percentage the report gives as approximate ("om lag", "omtrent", "ca.")
REPORT_UNITS = ("count", "persons", "percent", "percent_about", "per 100 000", "year", "years", "p")
# use_days: days of use in the last 4 weeks, as the report groups them
SURVEY_USE_DAYS = ("1-3", "20+")


class DataError(ValueError):
    """A tidy table breaks the contract. The message names file, row and column."""

    def __init__(self, file: str, row: int | None, column: str | None, problem: str):
        self.file, self.row, self.column, self.problem = file, row, column, problem
        where = [f"file {file}"]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column '{column}'")
        super().__init__(f"{', '.join(where)}: {problem}")


# Column kinds and how they are read: "bool" is written as true/false; "date" is an ISO date
# 'YYYY-MM-DD' kept as text (so it sorts and compares as a date).
KIND_DTYPES = {"int": "Int64", "float": "float64", "str": "string", "date": "string"}
BOOL_TEXT = {"true": True, "false": False}
# How numbers must be written. Ints are plain digits ('400', never '4e2' or '400.0': a count
# written as a float went through a float somewhere). Floats are decimals, with an exponent only
# as write_table's '%.10g' writes one; 'inf' and 'nan' are not numbers a table may hold.
INT_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
FLOAT_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
NON_FINITE_TEXT = re.compile(r"\s*[-+]?(?:nan|inf|infinity)\s*", re.IGNORECASE)
INT64_MAX = 2**63 - 1


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "int", "float", "str", "bool", "date"
    nullable: bool = False
    codes: tuple[str, ...] | None = None  # allowed values for str columns
    min: float | None = None
    max: float | None = None
    # a regular expression a str column's values must match whole (for open sets with a form,
    # such as ISO country codes)
    pattern: str | None = None


# A table rule: (frame, file name) -> None, raising DataError at the first row that breaks it.
Rule = Callable[[pd.DataFrame, str], None]


@dataclass(frozen=True)
class TableSpec:
    name: str  # file name in data/tidy/
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    # Column chains (low, value, high) or (start, end) that must be ordered (<=) where present.
    # A failure names the chain's second column.
    ordered: tuple[tuple[str, ...], ...] = field(default_factory=tuple)
    # Rules across the columns of a row, run after every column check has passed.
    rules: tuple[Rule, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def dtypes(self) -> dict[str, str]:
        """read_csv dtypes that keep codes such as county '03' as text."""
        out = {}
        for c in self.columns:
            if c.kind == "bool":
                out[c.name] = "boolean" if c.nullable else "bool"
            else:
                out[c.name] = KIND_DTYPES[c.kind]
        return out


def _c(name, kind="str", **kw) -> Column:
    return Column(name, kind, **kw)


def _line(i: int) -> int:
    """Row position -> CSV line number (header is line 1; every row is one line, see read_table)."""
    return int(i) + 2


def _first(bad) -> int | None:
    """Position of the first True of `bad` (a boolean array over the rows), or None."""
    bad = np.asarray(bad, dtype=bool)
    return int(bad.argmax()) if bad.any() else None


# Bounds. PERCENT and the levo share are true bounds; the others are plausibility bounds: a
# ceiling far above anything any source has published, so no real edition reaches it, but a typo,
# a unit slip (µg for mg, a rate for a count) or a corrupt cell (1e300, 999999999) does.
PERCENT = dict(min=0.0, max=100.0)
# Catches typos such as 20224 or 224, wide enough that no new edition or older source year
# ever needs a code change.
YEAR = dict(min=1900, max=2100)
# Drug-induced deaths in Norway: a few hundred a year (the most in the data is 411, in 2001);
# any part of a year (a county, an age group, a substance) is at most the year's total.
DEATHS = dict(min=0, max=2_500)  # about six times the most ever counted
# Survey respondents: about 2,000-4,000 per survey year (the most in one cell is 3,981).
RESPONDENTS = dict(min=0, max=100_000)
# People: Norway has about 5.6 million inhabitants. A population of 0 would make every rate
# per 100 000 infinite, so a population is at least 1.
POPULATION = dict(min=1, max=10_000_000)
# People who inject drugs, estimated: 10,000-16,000 a year since 2012. An estimate of 0 is no
# estimate (the page divides deaths by it), so at least 1.
PWID = dict(min=1, max=100_000)
# Wastewater loads in mg per 1000 inhabitants per day. The highest in the data are 861 (Norway,
# one day) and 3,320 (EUDA, a city's weekend mean, any city in 2011-2024); loads in any EUDA city
# are at most a few thousand. 50,000 leaves room for a dumping day and is still far below a
# µg-for-mg slip (x1000) or 1e300.
LOAD = dict(min=0.0, max=50_000.0)
# The numbers report_figures.csv takes from the text are counts, percentages, rates, ages and
# years; none comes near Norway's population (per-unit bounds: REPORT_UNIT_BOUNDS).
REPORT_VALUE = dict(min=0.0, max=10_000_000.0)
REPORT_UNIT_BOUNDS = {
    "percent": (0, 100),
    "percent_about": (0, 100),
    "per 100 000": (0, 100_000),
    "year": (YEAR["min"], YEAR["max"]),
    "years": (0, 120),  # an age
    "p": (0, 1),  # a p-value (or the bound the report gives, as in p < 0.01)
}


# --------------------------------------------------------------------------- table rules
def _marker_of_substance(df: pd.DataFrame, file: str) -> None:
    expected = df["substance"].map(WASTEWATER_MARKERS)
    if (i := _first((df["marker"] != expected).fillna(True))) is not None:
        marker, substance = df["marker"].iloc[i], df["substance"].iloc[i]
        raise DataError(file, _line(i), "marker", f"'{marker}' is not the marker of {substance} ('{expected.iloc[i]}')")


def _sampling_week(df: pd.DataFrame, file: str) -> None:
    """A sampling week is 7 days, Wednesday to Tuesday (the report's weeks), in its year."""
    start = [dt.date.fromisoformat(s) for s in df["start"]]
    end = [dt.date.fromisoformat(s) for s in df["end"]]
    if (i := _first([s.weekday() != 2 for s in start])) is not None:
        raise DataError(
            file, _line(i), "start", f"{start[i]} is a {start[i]:%A}: a sampling week starts on a Wednesday"
        )
    if (i := _first([(e - s).days != 6 for s, e in zip(start, end, strict=True)])) is not None:
        days = (end[i] - start[i]).days + 1
        raise DataError(
            file, _line(i), "end", f"{start[i]} to {end[i]} is {days} days: a sampling week is 7, Wednesday to Tuesday"
        )
    if (i := _first([s.year != y for s, y in zip(start, df["year"], strict=True)])) is not None:
        raise DataError(file, _line(i), "start", f"{start[i]} is not in year {df['year'].iloc[i]}")


# report_figures.breakdown: 'all', or 'key=value' parts joined by ';' (see sources/deaths.py).
BREAKDOWN_CODES = {
    "substance": SUBSTANCES,
    "survey_period": PERIODS,
    "survey_age": SURVEY_AGE_GROUPS,
    "sex": SEXES,
    "use_days": SURVEY_USE_DAYS,
    "age_group": DEATH_AGE_GROUPS,
    "intent": DEATH_INTENTS,
    "county_code": (*COUNTY_CODES, NORWAY_CODE),
}
PERIOD_TEXT = re.compile(r"(\d{4})-(\d{4})")


def _breakdown_problem(text: str) -> str | None:
    if text == "all":
        return None
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if not sep:
            return f"'{part}' is not key=value (or the whole breakdown 'all')"
        if key == "period":
            m = PERIOD_TEXT.fullmatch(value)
            if not m or not YEAR["min"] <= int(m[1]) <= int(m[2]) <= YEAR["max"]:
                return f"period '{value}' is not 'first-last' (two years, in order)"
        elif key in BREAKDOWN_CODES:
            if value not in BREAKDOWN_CODES[key]:
                return f"{key} '{value}' is not an allowed code ({', '.join(BREAKDOWN_CODES[key])})"
        else:
            return f"'{key}' is not a breakdown ({', '.join([*BREAKDOWN_CODES, 'period'])})"
    return None


def _report_breakdown(df: pd.DataFrame, file: str) -> None:
    problems = [_breakdown_problem(b) for b in df["breakdown"]]
    if (i := _first([p is not None for p in problems])) is not None:
        raise DataError(file, _line(i), "breakdown", problems[i])


def _report_value_in_unit(df: pd.DataFrame, file: str) -> None:
    low = df["unit"].map(lambda u: REPORT_UNIT_BOUNDS.get(u, (None, None))[0])
    high = df["unit"].map(lambda u: REPORT_UNIT_BOUNDS.get(u, (None, None))[1])
    value = df["value"]
    bad = ((low.notna() & (value < low.astype(float))) | (high.notna() & (value > high.astype(float)))).fillna(False)
    if (i := _first(bad)) is not None:
        raise DataError(
            file,
            _line(i),
            "value",
            f"{value.iloc[i]} is outside {low.iloc[i]}-{high.iloc[i]}, the range of unit '{df['unit'].iloc[i]}'",
        )


SPECS: dict[str, TableSpec] = {
    s.name: s
    for s in [
        TableSpec(
            "survey_prevalence.csv",
            key=("year", "substance", "period", "sex", "age_group"),
            columns=(
                _c("year", "int", **YEAR),
                _c("substance", codes=SUBSTANCES),
                _c("period", codes=PERIODS),
                _c("sex", codes=SEXES),
                _c("age_group", codes=SURVEY_AGE_GROUPS),
                _c("percent", "float", **PERCENT),
                _c("ci_low", "float", **PERCENT),
                _c("ci_high", "float", **PERCENT),
                _c("n", "int", nullable=True, **RESPONDENTS),
            ),
            ordered=(("ci_low", "percent", "ci_high"),),
        ),
        TableSpec(
            "survey_cannabis_debut.csv",
            key=("year", "age"),
            columns=(
                _c("year", "int", **YEAR),
                _c("age", "int", min=5, max=99),
                _c("n", "int", **RESPONDENTS),
                _c("percent", "float", **PERCENT),
            ),
        ),
        TableSpec(
            "survey_cannabis_frequency.csv",
            key=("year", "sex", "frequency"),
            columns=(
                _c("year", "int", **YEAR),
                _c("sex", codes=SEXES),
                _c("frequency", codes=SURVEY_FREQUENCIES),
                _c("percent", "float", **PERCENT),
                _c("n", "int", nullable=True, **RESPONDENTS),
            ),
        ),
        TableSpec(
            "survey_cannabis_adjusted.csv",
            key=("year", "period"),
            columns=(
                _c("year", "int", **YEAR),
                _c("period", codes=PERIODS),
                _c("adjusted", "float", **PERCENT),
                _c("ci_low", "float", **PERCENT),
                _c("ci_high", "float", **PERCENT),
            ),
            ordered=(("ci_low", "adjusted", "ci_high"),),
        ),
        TableSpec(
            "deaths_national.csv",
            key=("year",),
            columns=(
                _c("year", "int", **YEAR),
                _c("deaths", "int", **DEATHS),
                # per 100 000: Norway's rates are 5-7; the highest in Europe are about 30
                _c("rate_age_standardised", "float", nullable=True, min=0, max=100),
                # decimals the report writes the rate with ("5" -> 0, "6,1" -> 1): the shown precision
                _c("rate_decimals", "int", nullable=True, min=0, max=3),
                # the publication the count is quoted from (no URL; free text), and its address if any
                _c("count_source"),
                _c("count_url", nullable=True, pattern=r"https?://\S+"),
                # where the age-standardised rate comes from (empty where there is no rate)
                _c("rate_source", nullable=True),
                # true where the count is the newest report edition's own figure
                _c("from_latest_report", "bool"),
                # a newer publication implies another count for the year ("74 more than in 2021"):
                # that value and the publication; the stated count above is kept
                _c("implied_deaths", "int", nullable=True, **DEATHS),
                _c("implied_by", nullable=True),
            ),
        ),
        TableSpec(
            "deaths_by_age_sex.csv",
            key=("year", "age_group", "sex"),
            columns=(
                _c("year", "int", **YEAR),
                _c("age_group", codes=DEATH_AGE_GROUPS),
                _c("sex", codes=SEXES),
                _c("deaths", "int", **DEATHS),
            ),
        ),
        # county: the county's name, as counties.geojson gives it for the code (check_across)
        TableSpec(
            "deaths_by_county.csv",
            key=("year", "county_code"),
            columns=(
                _c("year", "int", **YEAR),
                _c("county_code", codes=COUNTY_CODES),
                _c("county"),
                _c("deaths", "int", **DEATHS),
            ),
        ),
        TableSpec(
            "deaths_by_substance.csv",
            key=("year", "area", "substance"),
            columns=(
                _c("year", "int", **YEAR),
                _c("area", codes=DEATH_AREAS),
                _c("substance", codes=DEATH_SUBSTANCES),
                _c("deaths", "int", **DEATHS),
            ),
        ),
        TableSpec(
            "deaths_by_intent.csv",
            key=("year", "intent"),
            columns=(_c("year", "int", **YEAR), _c("intent", codes=DEATH_INTENTS), _c("deaths", "int", **DEATHS)),
        ),
        TableSpec(
            "pwid_estimates.csv",
            key=("year",),
            columns=(
                _c("year", "int", **YEAR),
                _c("estimate", "int", **PWID),
                _c("moving_average_3y", "float", nullable=True, **PWID),
            ),
        ),
        TableSpec(
            "wastewater_daily.csv",
            key=("city", "year", "season", "weekday", "substance"),
            columns=(
                _c("city", codes=CITIES),
                _c("year", "int", **YEAR),
                _c("season", codes=SEASONS),
                _c("weekday", codes=WEEKDAYS),
                _c("substance", codes=SUBSTANCES),
                _c("marker", codes=tuple(WASTEWATER_MARKERS.values())),
                _c("load", "float", nullable=True, **LOAD),
                _c("note", nullable=True, codes=DAILY_NOTES),
            ),
            rules=(_marker_of_substance,),
        ),
        TableSpec(
            "wastewater_week_means.csv",
            key=("city", "year", "season", "substance"),
            columns=(
                _c("city", codes=CITIES),
                _c("year", "int", **YEAR),
                _c("season", codes=SEASONS),
                _c("substance", codes=SUBSTANCES),
                _c("load", "float", nullable=True, **LOAD),
            ),
        ),
        TableSpec(
            "wastewater_enantiomer.csv",
            key=("city", "year", "season"),
            columns=(
                _c("city", codes=CITIES),
                _c("year", "int", **YEAR),
                _c("season", codes=SEASONS),
                _c("levo_share", "float", min=0, max=1),
            ),
        ),
        # The treatment plants: code, city, the plant's name as the report writes it (free text),
        # population served.
        TableSpec(
            "wastewater_sites.csv",
            key=("site",),
            columns=(
                _c("site", codes=WASTEWATER_SITES),
                _c("city", codes=CITIES),
                _c("name"),
                _c("population", "int", nullable=True, **POPULATION),
            ),
        ),
        # One sampling week per plant and season (first and last day, ISO dates).
        TableSpec(
            "wastewater_sampling.csv",
            key=("site", "year", "season"),
            columns=(
                _c("site", codes=WASTEWATER_SITES),
                _c("year", "int", **YEAR),
                _c("season", codes=SEASONS),
                _c("start", "date"),
                _c("end", "date"),
            ),
            ordered=(("start", "end"),),
            rules=(_sampling_week,),
        ),
        # EUDA's European cities. Country (ISO 3166 alpha-2) and site (EUDA's site id; Debrecen's
        # is 'H001') are open sets with a form: the builder's EUDA_COUNTRIES is their code list.
        # Country and city names are free text.
        TableSpec(
            "wastewater_europe.csv",
            key=("year", "country", "city", "site", "substance"),
            columns=(
                _c("year", "int", **YEAR),
                _c("country", pattern=r"[A-Z]{2}"),
                _c("country_name"),  # Norwegian (bokmål) name of the country
                _c("in_europe", "bool"),
                _c("city"),
                _c("site", pattern=r"[A-Z]{1,2}[0-9]{3}"),
                _c("substance", codes=SUBSTANCES),
                _c("daily_mean", "float", nullable=True, **LOAD),
                _c("weekday_mean", "float", nullable=True, **LOAD),
                _c("weekend_mean", "float", nullable=True, **LOAD),
            ),
        ),
        TableSpec(
            "wastewater_oslo_history.csv",
            key=("year", "weekday", "substance"),
            columns=(
                _c("year", "int", **YEAR),
                _c("weekday", codes=WEEKDAYS),
                _c("substance", codes=SUBSTANCES),
                _c("load", "float", nullable=True, **LOAD),
            ),
        ),
        # Numbers the report states only in its text (autopsy shares, mean ages, published county
        # rates ...): one row per number, with where it stands in the report (source: free text).
        TableSpec(
            "report_figures.csv",
            key=("topic", "measure", "year", "breakdown"),
            columns=(
                _c("topic", codes=REPORT_TOPICS),
                _c("measure", codes=REPORT_MEASURES),
                _c("year", "int", **YEAR),
                _c("breakdown"),  # 'all' or key=value;... (rule _report_breakdown)
                _c("value", "float", **REPORT_VALUE),
                _c("decimals", "int", min=0, max=6),  # as the report writes the number: the shown precision
                _c("unit", codes=REPORT_UNITS),
                _c("source"),
            ),
            rules=(_report_breakdown, _report_value_in_unit),
        ),
        TableSpec(
            "population.csv",
            key=("year", "county_code", "sex", "age_group"),
            columns=(
                _c("year", "int", **YEAR),
                _c("county_code", codes=(*COUNTY_CODES, NORWAY_CODE)),
                _c("sex", codes=SEXES),
                _c("age_group", codes=POPULATION_AGE_GROUPS),
                _c("population", "int", **POPULATION),
            ),
        ),
    ]
}


# --------------------------------------------------------------------------- checks
def _check_header(columns: list[str], spec: TableSpec, file: str) -> None:
    missing = [c for c in spec.column_names if c not in columns]
    if missing:
        raise DataError(file, None, missing[0], "column is missing")
    extra = [c for c in columns if c not in spec.column_names]
    if extra:
        raise DataError(file, None, extra[0], "column is not in the data contract")


def check(df: pd.DataFrame, spec: TableSpec, file: str) -> pd.DataFrame:
    """Validate a frame read with spec.dtypes(); raise DataError at the first problem."""
    _check_header(list(df.columns), spec, file)

    for col in spec.columns:
        s = df[col.name]
        null = s.isna().to_numpy()
        if not col.nullable and (i := _first(null)) is not None:
            raise DataError(file, _line(i), col.name, "value is empty")
        present = ~null
        if col.kind == "bool" and not pd.api.types.is_bool_dtype(s):
            raise DataError(file, None, col.name, f"column is not boolean (dtype {s.dtype})")
        if col.kind == "float":
            values = s.to_numpy(dtype="float64", na_value=np.nan)
            if (i := _first(present & ~np.isfinite(values))) is not None:
                raise DataError(file, _line(i), col.name, f"{values[i]} is not a finite number")
        if col.kind in ("str", "date"):
            breaks = [isinstance(v, str) and ("\n" in v or "\r" in v) for v in s]
            if (i := _first(breaks)) is not None:
                raise DataError(file, _line(i), col.name, "a cell holds a line break (every row must be one line)")
        if col.kind == "date":
            bad = present & ~s.map(_is_iso_date, na_action="ignore").fillna(False).astype(bool).to_numpy()
            if (i := _first(bad)) is not None:
                raise DataError(file, _line(i), col.name, f"'{s.iloc[i]}' is not an ISO date (YYYY-MM-DD)")
        if col.codes is not None:
            ok = s.isin(col.codes).to_numpy() | null
            if (i := _first(~ok)) is not None:
                raise DataError(
                    file, _line(i), col.name, f"'{s.iloc[i]}' is not an allowed code ({', '.join(col.codes)})"
                )
        if col.pattern is not None:
            ok = s.str.fullmatch(col.pattern).fillna(True).to_numpy(dtype=bool)
            if (i := _first(~ok)) is not None:
                raise DataError(file, _line(i), col.name, f"'{s.iloc[i]}' is not of the form {col.pattern}")
        if col.min is not None:
            low = present & (s.fillna(col.min) < col.min).to_numpy()
            if (i := _first(low)) is not None:
                raise DataError(file, _line(i), col.name, f"{s.iloc[i]} is below {col.min}")
        if col.max is not None:
            high = present & (s.fillna(col.max) > col.max).to_numpy()
            if (i := _first(high)) is not None:
                raise DataError(
                    file, _line(i), col.name, f"{s.iloc[i]} is above {col.max}, the most it can plausibly be"
                )

    dup = df.duplicated(list(spec.key), keep="first").to_numpy()
    if dup.any():
        i = dup.argmax()
        key = ", ".join(f"{k}={df[k].iloc[i]}" for k in spec.key)
        raise DataError(file, _line(i), spec.key[-1], f"duplicate key ({key})")

    for chain in spec.ordered:
        bad = pd.Series(False, index=df.index).to_numpy()
        for a, b in pairwise(chain):
            bad = bad | (df[a] > df[b]).fillna(False).to_numpy()
        if bad.any():
            i = bad.argmax()
            values = ", ".join(str(df[c].iloc[i]) for c in chain)
            raise DataError(file, _line(i), chain[1], f"{' <= '.join(chain)} fails ({values})")

    for rule in spec.rules:
        rule(df, file)
    return df


def _is_iso_date(text) -> bool:
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- reading
def _decode(data: bytes, file: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); a file in another encoding names the line and column."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = None
        start = data.rfind(b"\n", 0, exc.start) + 1
        if start > 0:  # not in the header: which field of the row holds the byte
            header = next(csv.reader([data[: data.find(b"\n")].decode("utf-8", errors="replace")]), [])
            fields = next(csv.reader([data[start : exc.start].decode("latin-1")]), [])
            index = max(len(fields) - 1, 0)
            column = header[index] if index < len(header) else None
        raise DataError(
            file,
            line,
            column,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02X}): the tidy tables are UTF-8; "
            "was the file saved as Latin-1 or Windows-1252?",
        ) from None


def _rows(path: Path, file: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a tidy CSV, each row one line with one field per header column."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(file, None, None, f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise DataError(file, None, None, "file is empty (not even a header line)")
    text = _decode(data, file)
    if not text.endswith("\n"):
        raise DataError(
            file,
            text.count("\n") + 1,
            None,
            "the last line does not end with a line break: the file looks cut off (truncated)",
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    line = 0
    try:
        for record in reader:
            line += 1
            if reader.line_num != line:  # a quoted cell ran over a line break
                column = None
                if header is not None:
                    j = next((j for j, v in enumerate(record) if "\n" in v or "\r" in v), None)
                    column = header[j] if j is not None and j < len(header) else None
                raise DataError(file, line, column, "a cell holds a line break (every row must be one line)")
            if not record:
                raise DataError(file, line, None, "line is empty")
            if header is None:
                header = record
                twice = [c for i, c in enumerate(header) if c in header[:i]]
                if twice:
                    raise DataError(file, 1, twice[0], "column is named twice in the header")
                continue
            if len(record) > len(header):
                raise DataError(
                    file,
                    line,
                    None,
                    f"row has {len(record)} fields, the header {len(header)} (a field too many: an unquoted comma?)",
                )
            if len(record) < len(header):
                raise DataError(
                    file,
                    line,
                    header[len(record)],
                    f"row has {len(record)} fields, the header {len(header)} (the row ends before this column)",
                )
            rows.append(record)
    except csv.Error as exc:
        # every row before this one was one line, so this row starts on the next line
        raise DataError(file, line + 1, None, f"is not valid CSV: {exc} (a quote not closed?)") from None
    if header is None or not rows:
        raise DataError(file, 2, None, "file has a header but no rows")
    return header, rows


def _parse(values: list[str], col: Column, file: str):
    """One column's text -> an array of the contract's dtype; '' is a missing value."""

    def fail(i: int, problem: str):
        return DataError(file, _line(i), col.name, problem)

    if col.kind in ("str", "date"):
        return pd.array([v if v != "" else None for v in values], dtype="string")
    if col.kind == "bool":
        out = []
        for i, v in enumerate(values):
            if v == "" and not col.nullable:
                raise fail(i, "value is empty")
            if v != "" and v not in BOOL_TEXT:
                raise fail(i, f"'{v}' is not a valid bool (true/false)")
            out.append(BOOL_TEXT.get(v))
        return pd.array(out, dtype="boolean") if col.nullable else np.array(out, dtype=bool)
    if col.kind == "int":
        ints = []
        for i, v in enumerate(values):
            if v == "":
                ints.append(None)
                continue
            if not INT_TEXT.fullmatch(v):
                raise fail(i, f"'{v}' is not a valid int (an int column holds plain digits, such as 400)")
            n = int(v)
            if abs(n) > INT64_MAX:
                raise fail(i, f"{v} is out of range")
            ints.append(n)
        return pd.array(ints, dtype="Int64")
    floats = []
    for i, v in enumerate(values):
        if v == "":
            floats.append(math.nan)
            continue
        if FLOAT_TEXT.fullmatch(v):
            x = float(v)
            if math.isfinite(x):
                floats.append(x)
                continue
        if FLOAT_TEXT.fullmatch(v) or NON_FINITE_TEXT.fullmatch(v):
            raise fail(i, f"'{v}' is not a finite number")
        raise fail(i, f"'{v}' is not a valid float")
    return np.array(floats, dtype="float64")


def read_table(path: Path, spec: TableSpec) -> pd.DataFrame:
    """Read one tidy CSV with the contract's dtypes and check it."""
    file = path.name
    header, rows = _rows(path, file)
    _check_header(header, spec, file)
    by_name = {c.name: c for c in spec.columns}
    cells = list(zip(*rows, strict=True))
    df = pd.DataFrame({name: _parse(list(cells[j]), by_name[name], file) for j, name in enumerate(header)})
    return check(df, spec, file)


def read_geojson(path: Path) -> dict:
    """Read counties.geojson and check it: one feature per county code, each named, each a polygon."""
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(file, None, None, f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise DataError(file, None, None, "file is empty")
    text = _decode(data, file)

    def no_constant(name):  # json reads NaN and Infinity unless told not to
        raise ValueError(f"{name} is not a JSON number")

    try:
        geo = json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise DataError(
            file, None, None, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError as exc:
        raise DataError(file, None, None, f"is not valid JSON: {exc}") from None
    return check_geojson(geo, file)


GEOMETRIES = ("Polygon", "MultiPolygon")


def check_geojson(geo, file: str) -> dict:
    if not isinstance(geo, dict):
        raise DataError(file, None, None, f"is not a GeoJSON object (the top level is a JSON {type(geo).__name__})")
    if geo.get("type") != "FeatureCollection":
        raise DataError(file, None, "type", f"is {geo.get('type')!r}, not a FeatureCollection")
    features = geo.get("features")
    if not isinstance(features, list) or not features:
        raise DataError(file, None, "features", "has no features (one per county is needed)")
    seen: dict[str, int] = {}
    for i, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(props, dict):
            raise DataError(file, i, None, f"feature {i} has no properties")
        if "county_code" not in props:
            raise DataError(file, i, "county_code", "feature has no county_code property")
        code = props["county_code"]
        if code not in COUNTY_CODES:
            raise DataError(file, i, "county_code", f"'{code}' is not an allowed code ({', '.join(COUNTY_CODES)})")
        if code in seen:
            raise DataError(file, i, "county_code", f"county {code} has a feature already (feature {seen[code]})")
        seen[code] = i
        name = props.get("county")
        if not isinstance(name, str) or not name.strip():
            raise DataError(file, i, "county", f"feature {i} (county {code}) has no county name")
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRIES:
            raise DataError(file, i, "geometry", f"feature {i} (county {code}) is not a Polygon or MultiPolygon")
        depth = 3 if geometry["type"] == "Polygon" else 4
        if not _positions_ok(geometry.get("coordinates"), depth):
            raise DataError(
                file, i, "geometry", f"feature {i} (county {code}) has coordinates that are not longitude/latitude"
            )
    missing = [c for c in COUNTY_CODES if c not in seen]
    if missing:
        raise DataError(file, None, "county_code", f"no feature for county {', '.join(missing)}")
    return geo


def _positions_ok(coords, depth: int) -> bool:
    """Nested lists `depth` deep, non-empty, ending in rings of finite [longitude, latitude] pairs."""
    if not isinstance(coords, list) or not coords:
        return False
    if depth > 2:
        return all(_positions_ok(c, depth - 1) for c in coords)
    try:  # a ring: a list of positions
        ring = np.asarray(coords, dtype="float64")
    except (TypeError, ValueError):
        return False
    if ring.ndim != 2 or ring.shape[1] < 2:
        return False
    lon, lat = ring[:, 0], ring[:, 1]
    return bool(np.isfinite(ring).all() and (np.abs(lon) <= 180).all() and (np.abs(lat) <= 90).all())


def check_across(tables: Mapping[str, pd.DataFrame], geo: dict) -> None:
    """Rules across tables: run once every table and counties.geojson has passed its own checks."""
    names = {f["properties"]["county_code"]: f["properties"]["county"] for f in geo["features"]}
    file = "deaths_by_county.csv"
    county = tables[file]
    expected = county["county_code"].map(names)
    if (i := _first((county["county"] != expected).fillna(True))) is not None:
        name, code = county["county"].iloc[i], county["county_code"].iloc[i]
        raise DataError(
            file,
            _line(i),
            "county",
            f"'{name}' is not the name of county {code} (counties.geojson: '{expected.iloc[i]}')",
        )
    file = "wastewater_sampling.csv"
    sampling, sites = tables[file], tables["wastewater_sites.csv"]
    if (i := _first(~sampling["site"].isin(sites["site"]))) is not None:
        raise DataError(file, _line(i), "site", f"plant '{sampling['site'].iloc[i]}' is not in wastewater_sites.csv")


def write_table(df: pd.DataFrame, path: Path, spec: TableSpec) -> None:
    """Write a tidy table deterministically: contract column order, sorted by key, '\\n' endings."""
    out = df[spec.column_names].sort_values(list(spec.key), kind="stable").reset_index(drop=True)
    for col in spec.columns:  # astype(bool) would turn a missing value into True: catch it first
        if col.kind == "bool" and not col.nullable and out[col.name].isna().any():
            raise DataError(path.name, int(out[col.name].isna().to_numpy().argmax()) + 2, col.name, "value is empty")
    check(out.astype(spec.dtypes()), spec, path.name)
    for col in spec.columns:
        if col.kind == "bool":
            out[col.name] = (
                out[col.name].astype(spec.dtypes()[col.name]).map({True: "true", False: "false"}, na_action="ignore")
            )
    path.write_text(out.to_csv(index=False, lineterminator="\n", float_format="%.10g"), encoding="utf-8")
