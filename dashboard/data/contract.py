"""The data contract of data/tidy/: one TableSpec per table, and the check that enforces it.

The specs mirror the table in ../shared/DESIGN.md. Builders write to them, the store
refuses anything that does not meet them, and tests use them on broken copies.
A check failure names the file, the (1-based, header = line 1) CSV line and the column,
because a wrong number on screen is worse than an app that does not start.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pandas as pd

# Category codes shared by several tables.
SUBSTANCES = (
    "cannabis", "cocaine", "mdma", "amphetamines", "methamphetamine", "ketamine",
    "lsd", "ghb", "heroin", "other",
)
PERIODS = ("lifetime", "last_12_months", "last_4_weeks")
SEXES = ("all", "men", "women")
SEASONS = ("spring", "autumn")
WEEKDAYS = ("wed", "thu", "fri", "sat", "sun", "mon", "tue")
# Codes of wastewater_daily.note: "dumping" = a day the report ascribes to dumping of pure drug.
DAILY_NOTES = ("dumping",)
CITIES = ("oslo", "bergen", "trondheim")
COUNTY_CODES = (
    "03", "31", "32", "33", "34", "39", "40", "42", "11", "46", "15", "50", "18", "55", "56",
)
SURVEY_AGE_GROUPS = ("16-64", "16-30", "16-20", "21-25", "26-30")
# Deaths by age in the report: <30, 30-39, ..., 70+ (written as codes).
DEATH_AGE_GROUPS = ("0-29", "30-39", "40-49", "50-59", "60-69", "70+")
# Substance categories of the cause-of-death registry (EUDA selection B groups).
DEATH_SUBSTANCES = (
    "heroin", "methadone", "other_opioids", "synthetic_opioids", "stimulants",
    "dependence", "other_substances", "opioids_total", "cannabis", "unspecified",
)
DEATH_INTENTS = ("unintentional", "intentional", "mental_behavioural", "undetermined")


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


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "int", "float", "str", "bool", "date"
    nullable: bool = False
    codes: tuple[str, ...] | None = None  # allowed values for str columns
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str  # file name in data/tidy/
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    # Column chains (low, value, high) or (start, end) that must be ordered (<=) where present.
    # A failure names the chain's second column.
    ordered: tuple[tuple[str, ...], ...] = field(default_factory=tuple)

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


PERCENT = dict(min=0.0, max=100.0)
COUNT = dict(min=0)
# A plausibility bound only (catches typos such as 20224 or 224), wide enough that no new
# edition or older source year ever needs a code change.
YEAR = dict(min=1900, max=2100)

SPECS: dict[str, TableSpec] = {s.name: s for s in [
    TableSpec(
        "survey_prevalence.csv",
        key=("year", "substance", "period", "sex", "age_group"),
        columns=(
            _c("year", "int", **YEAR), _c("substance", codes=SUBSTANCES),
            _c("period", codes=PERIODS), _c("sex", codes=SEXES),
            _c("age_group", codes=SURVEY_AGE_GROUPS),
            _c("percent", "float", **PERCENT), _c("ci_low", "float", **PERCENT),
            _c("ci_high", "float", **PERCENT), _c("n", "int", nullable=True, **COUNT),
        ),
        ordered=(("ci_low", "percent", "ci_high"),),
    ),
    TableSpec(
        "survey_cannabis_debut.csv",
        key=("year", "age"),
        columns=(_c("year", "int", **YEAR), _c("age", "int", min=5, max=99),
                 _c("n", "int", **COUNT), _c("percent", "float", **PERCENT)),
    ),
    TableSpec(
        "survey_cannabis_frequency.csv",
        key=("year", "sex", "frequency"),
        columns=(_c("year", "int", **YEAR), _c("sex", codes=SEXES), _c("frequency"),
                 _c("percent", "float", **PERCENT), _c("n", "int", nullable=True, **COUNT)),
    ),
    TableSpec(
        "survey_cannabis_adjusted.csv",
        key=("year", "period"),
        columns=(_c("year", "int", **YEAR), _c("period", codes=PERIODS),
                 _c("adjusted", "float", **PERCENT), _c("ci_low", "float", **PERCENT),
                 _c("ci_high", "float", **PERCENT)),
        ordered=(("ci_low", "adjusted", "ci_high"),),
    ),
    TableSpec(
        "deaths_national.csv",
        key=("year",),
        columns=(_c("year", "int", **YEAR), _c("deaths", "int", **COUNT),
                 _c("rate_age_standardised", "float", nullable=True, min=0, max=100),
                 # the publication the count is quoted from (no URL), and its address if any
                 _c("count_source"), _c("count_url", nullable=True),
                 # where the age-standardised rate comes from (empty where there is no rate)
                 _c("rate_source", nullable=True),
                 # true where the count is the newest report edition's own figure
                 _c("from_latest_report", "bool")),
    ),
    TableSpec(
        "deaths_by_age_sex.csv",
        key=("year", "age_group", "sex"),
        columns=(_c("year", "int", **YEAR), _c("age_group", codes=DEATH_AGE_GROUPS),
                 _c("sex", codes=SEXES), _c("deaths", "int", **COUNT)),
    ),
    TableSpec(
        "deaths_by_county.csv",
        key=("year", "county_code"),
        columns=(_c("year", "int", **YEAR), _c("county_code", codes=COUNTY_CODES),
                 _c("county"), _c("deaths", "int", **COUNT)),
    ),
    TableSpec(
        "deaths_by_substance.csv",
        key=("year", "area", "substance"),
        columns=(_c("year", "int", **YEAR), _c("area"),
                 _c("substance", codes=DEATH_SUBSTANCES), _c("deaths", "int", **COUNT)),
    ),
    TableSpec(
        "deaths_by_intent.csv",
        key=("year", "intent"),
        columns=(_c("year", "int", **YEAR), _c("intent", codes=DEATH_INTENTS),
                 _c("deaths", "int", **COUNT)),
    ),
    TableSpec(
        "pwid_estimates.csv",
        key=("year",),
        columns=(_c("year", "int", **YEAR), _c("estimate", "int", **COUNT),
                 _c("moving_average_3y", "float", nullable=True, min=0)),
    ),
    TableSpec(
        "wastewater_daily.csv",
        key=("city", "year", "season", "weekday", "substance"),
        columns=(_c("city", codes=CITIES), _c("year", "int", **YEAR),
                 _c("season", codes=SEASONS), _c("weekday", codes=WEEKDAYS),
                 _c("substance", codes=SUBSTANCES), _c("marker"),
                 _c("load", "float", nullable=True, min=0),
                 _c("note", nullable=True, codes=DAILY_NOTES)),
    ),
    TableSpec(
        "wastewater_week_means.csv",
        key=("city", "year", "season", "substance"),
        columns=(_c("city", codes=CITIES), _c("year", "int", **YEAR),
                 _c("season", codes=SEASONS), _c("substance", codes=SUBSTANCES),
                 _c("load", "float", nullable=True, min=0)),
    ),
    TableSpec(
        "wastewater_enantiomer.csv",
        key=("city", "year", "season"),
        columns=(_c("city", codes=CITIES), _c("year", "int", **YEAR),
                 _c("season", codes=SEASONS), _c("levo_share", "float", min=0, max=1)),
    ),
    # The treatment plants: code, city, the plant's name as the report writes it, population.
    TableSpec(
        "wastewater_sites.csv",
        key=("site",),
        columns=(_c("site"), _c("city", codes=CITIES), _c("name"),
                 _c("population", "int", nullable=True, **COUNT)),
    ),
    # One sampling week per plant and season (first and last day, ISO dates).
    TableSpec(
        "wastewater_sampling.csv",
        key=("site", "year", "season"),
        columns=(_c("site"), _c("year", "int", **YEAR), _c("season", codes=SEASONS),
                 _c("start", "date"), _c("end", "date")),
        ordered=(("start", "end"),),
    ),
    TableSpec(
        "wastewater_europe.csv",
        key=("year", "country", "city", "site", "substance"),
        columns=(_c("year", "int", **YEAR), _c("country"),
                 _c("country_name"),  # Norwegian (bokmål) name of the country
                 _c("in_europe", "bool"),
                 _c("city"), _c("site"),
                 _c("substance", codes=SUBSTANCES),
                 _c("daily_mean", "float", nullable=True, min=0),
                 _c("weekday_mean", "float", nullable=True, min=0),
                 _c("weekend_mean", "float", nullable=True, min=0)),
    ),
    TableSpec(
        "wastewater_oslo_history.csv",
        key=("year", "weekday", "substance"),
        columns=(_c("year", "int", **YEAR), _c("weekday", codes=WEEKDAYS),
                 _c("substance", codes=SUBSTANCES), _c("load", "float", nullable=True, min=0)),
    ),
    # Numbers the report states only in its text (autopsy shares, mean ages, published county
    # rates ...): one row per number, with where it stands in the report.
    TableSpec(
        "report_figures.csv",
        key=("topic", "measure", "year", "breakdown"),
        columns=(_c("topic", codes=("survey", "deaths", "pwid", "wastewater")), _c("measure"),
                 _c("year", "int", **YEAR), _c("breakdown"), _c("value", "float"),
                 _c("unit"), _c("source")),
    ),
    TableSpec(
        "population.csv",
        key=("year", "county_code", "sex", "age_group"),
        columns=(_c("year", "int", **YEAR), _c("county_code", codes=COUNTY_CODES + ("00",)),
                 _c("sex", codes=SEXES), _c("age_group"), _c("population", "int", **COUNT)),
    ),
]}


def check(df: pd.DataFrame, spec: TableSpec, file: str) -> pd.DataFrame:
    """Validate a frame read with spec.dtypes(); raise DataError at the first problem."""
    missing = [c for c in spec.column_names if c not in df.columns]
    if missing:
        raise DataError(file, None, missing[0], "column is missing")
    extra = [c for c in df.columns if c not in spec.column_names]
    if extra:
        raise DataError(file, None, extra[0], "column is not in the data contract")

    def line(i: int) -> int:  # position -> CSV line number (header is line 1)
        return int(i) + 2

    for col in spec.columns:
        s = df[col.name]
        bad_null = s.isna().to_numpy()
        if not col.nullable and bad_null.any():
            raise DataError(file, line(bad_null.argmax()), col.name, "value is empty")
        present = ~bad_null
        if col.kind == "bool" and not pd.api.types.is_bool_dtype(s):
            raise DataError(file, None, col.name, f"column is not boolean (dtype {s.dtype})")
        if col.kind == "date":
            bad = present & ~s.map(_is_iso_date, na_action="ignore").fillna(False).astype(bool).to_numpy()
            if bad.any():
                i = bad.argmax()
                raise DataError(file, line(i), col.name,
                                f"'{s.iloc[i]}' is not an ISO date (YYYY-MM-DD)")
        if col.codes is not None:
            ok = s.isin(col.codes).to_numpy() | bad_null
            if not ok.all():
                i = (~ok).argmax()
                raise DataError(file, line(i), col.name,
                                f"'{s.iloc[i]}' is not an allowed code ({', '.join(col.codes)})")
        if col.min is not None:
            low = present & (s.fillna(col.min) < col.min).to_numpy()
            if low.any():
                i = low.argmax()
                raise DataError(file, line(i), col.name, f"{s.iloc[i]} is below {col.min}")
        if col.max is not None:
            high = present & (s.fillna(col.max) > col.max).to_numpy()
            if high.any():
                i = high.argmax()
                raise DataError(file, line(i), col.name, f"{s.iloc[i]} is above {col.max}")

    dup = df.duplicated(list(spec.key), keep="first").to_numpy()
    if dup.any():
        i = dup.argmax()
        key = ", ".join(f"{k}={df[k].iloc[i]}" for k in spec.key)
        raise DataError(file, line(i), spec.key[-1], f"duplicate key ({key})")

    for chain in spec.ordered:
        bad = pd.Series(False, index=df.index).to_numpy()
        for a, b in pairwise(chain):
            bad = bad | (df[a] > df[b]).fillna(False).to_numpy()
        if bad.any():
            i = bad.argmax()
            values = ", ".join(str(df[c].iloc[i]) for c in chain)
            raise DataError(file, line(i), chain[1], f"{' <= '.join(chain)} fails ({values})")
    return df


def _is_iso_date(text) -> bool:
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except (TypeError, ValueError):
        return False


def read_table(path: Path, spec: TableSpec) -> pd.DataFrame:
    """Read one tidy CSV with the contract's dtypes and check it."""
    file = path.name
    bools = [c for c in spec.columns if c.kind == "bool"]
    # Boolean columns are read as text first: only the exact words true/false are accepted.
    dtypes = {**spec.dtypes(), **{c.name: "string" for c in bools}}
    try:
        df = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])
    except (ValueError, TypeError) as exc:
        # A type error from the parser does not say where; find the first bad cell ourselves.
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        for col in spec.columns:
            if col.name not in raw.columns or col.kind in ("str", "date", "bool"):
                continue
            conv = pd.to_numeric(raw[col.name].replace("", None), errors="coerce")
            bad = conv.isna().to_numpy() & (raw[col.name] != "").to_numpy()
            if col.kind == "int":
                bad |= (conv.notna() & (conv % 1 != 0)).to_numpy()
            if bad.any():
                i = bad.argmax()
                raise DataError(file, i + 2, col.name,
                                f"'{raw[col.name].iloc[i]}' is not a valid {col.kind}") from exc
        raise DataError(file, None, None, f"cannot be read: {exc}") from exc
    for col in bools:
        if col.name not in df.columns:
            continue  # check() names the missing column
        text = df[col.name]
        if not col.nullable and text.isna().any():
            raise DataError(file, int(text.isna().to_numpy().argmax()) + 2, col.name, "value is empty")
        bad = (text.notna() & ~text.isin(list(BOOL_TEXT))).to_numpy()
        if bad.any():
            i = bad.argmax()
            raise DataError(file, i + 2, col.name, f"'{text.iloc[i]}' is not a valid bool (true/false)")
        df[col.name] = text.map(BOOL_TEXT).astype(spec.dtypes()[col.name])
    return check(df, spec, file)


def write_table(df: pd.DataFrame, path: Path, spec: TableSpec) -> None:
    """Write a tidy table deterministically: contract column order, sorted by key, '\\n' endings."""
    out = df[spec.column_names].sort_values(list(spec.key), kind="stable").reset_index(drop=True)
    for col in spec.columns:  # astype(bool) would turn a missing value into True: catch it first
        if col.kind == "bool" and not col.nullable and out[col.name].isna().any():
            raise DataError(path.name, int(out[col.name].isna().to_numpy().argmax()) + 2, col.name,
                            "value is empty")
    check(out.astype(spec.dtypes()), spec, path.name)
    for col in spec.columns:
        if col.kind == "bool":
            out[col.name] = out[col.name].astype(spec.dtypes()[col.name]).map(
                {True: "true", False: "false"}, na_action="ignore")
    path.write_text(out.to_csv(index=False, lineterminator="\n", float_format="%.10g"),
                    encoding="utf-8")
