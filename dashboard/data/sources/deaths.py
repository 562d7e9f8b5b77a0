"""Drug-induced deaths tables and the report's text-only figures.

Two kinds of raw input:
- report_2025_text_figures.csv: every number the 2025 report states, typed by hand, one row per
  number, with a `table` column saying which tidy table it feeds;
- deaths/drug_induced_deaths_norway_*.csv: national totals (and a few intent splits) for earlier
  years, quoted from dated web pages. A year can appear in several publications with revised
  numbers; we keep the latest publication (deaths/source_publications.csv gives each page's date).

GBD rows in those files use another definition (IHME model, drug-use disorders) and are never read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

REPORT_FILE = "report_2025_text_figures.csv"
PAGE_FILES = ("drug_induced_deaths_norway_from_pages.csv", "drug_induced_deaths_norway_more.csv")
PUBLICATIONS_FILE = "source_publications.csv"

REPORT_CITATION = "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI)"
# The report is the newest publication of all; it wins over any web page for the same year.
REPORT_VINTAGE = "2025-11"

# Measures in the page files that count EUDA selection B / FHI "narkotikautløste dødsfall".
# The 2006 "approximate selection B" count is left out on purpose: not the same definition.
TOTAL_MEASURES = ("deaths_total", "deaths_total_emcdda_selection_B")

# Intent wording in the page files -> contract code. Only years where all three groups are
# stated with an unambiguous label are used (2018's third group mixes unknown intent and
# mental disorders, so 2018 is left out).
INTENT_LABELS = {
    "overdose (accidental poisoning)": "unintentional",
    "poisoning (accidental)": "unintentional",
    "suicide": "intentional",
    "mental and behavioural disorders": "mental_behavioural",
    "dependence (mental and behavioural disorders)": "mental_behavioural",
}


def written_decimals(text: str) -> int:
    """How many decimals a number is written with in the source ('5' -> 0, '7.4' -> 1): the
    precision the dashboard shows it with, so a '5' in the report never becomes '5,0'."""
    return len(text.strip().split(".", 1)[1]) if "." in text else 0


def read_report_figures(raw_dir: Path) -> pd.DataFrame:
    df = pd.read_csv(raw_dir / REPORT_FILE, dtype=str, keep_default_na=False)
    df["year"] = df["year"].astype(int)
    df["decimals"] = df["value"].map(written_decimals)
    df["value"] = df["value"].astype(float)
    return df


def parse_breakdown(text: str) -> dict[str, str]:
    """'sex=men;age_group=0-29' -> {'sex': 'men', 'age_group': '0-29'}; 'all' -> {}."""
    if text in ("", "all"):
        return {}
    return dict(part.split("=", 1) for part in text.split(";"))


def _report_rows(report: pd.DataFrame, table: str) -> pd.DataFrame:
    rows = report[report["table"] == table]
    parts = pd.DataFrame([parse_breakdown(b) for b in rows["breakdown"]], index=rows.index)
    return pd.concat([rows[["year", "measure", "value", "decimals"]], parts], axis=1)


def read_page_rows(raw_dir: Path) -> pd.DataFrame:
    """Both page files stacked, each row with its publication date and citation."""
    frames = [pd.read_csv(raw_dir / "deaths" / f, dtype=str, keep_default_na=False).assign(file=f) for f in PAGE_FILES]
    rows = pd.concat(frames, ignore_index=True)
    rows = rows[~rows["measure"].str.startswith("GBD")]
    pubs = pd.read_csv(raw_dir / "deaths" / PUBLICATIONS_FILE, dtype=str, keep_default_na=False)
    return rows.merge(pubs, on="source_url", how="left")


def latest_vintage_totals(pages: pd.DataFrame) -> pd.DataFrame:
    """One national total per year: the value of the latest publication.

    Raises if two publications of the same date disagree, since then 'latest' is undefined.
    """
    totals = pages[
        pages["measure"].isin(TOTAL_MEASURES) & (pages["geography"] == "Norway") & pages["year"].str.fullmatch(r"\d{4}")
    ].copy()
    missing = totals[totals["vintage"].isna() | (totals["vintage"] == "")]
    if not missing.empty:
        raise ValueError(f"no publication date for {sorted(set(missing['source_url']))}")
    totals["year"] = totals["year"].astype(int)
    totals["deaths"] = totals["value"].astype(int)
    newest = totals.groupby("year")["vintage"].transform("max")
    latest = totals[totals["vintage"] == newest]
    clash = latest.groupby("year")["deaths"].nunique()
    if (clash > 1).any():
        raise ValueError(f"equally recent sources disagree for years {list(clash[clash > 1].index)}")
    latest = latest.sort_values(["year", "file", "source_url"]).drop_duplicates("year")
    latest["count_source"] = latest["citation"]
    latest["count_url"] = latest["source_url"].where(latest["source_url"] != "")
    return latest[["year", "deaths", "count_source", "count_url", "vintage"]]


# A page that states a count relative to an earlier year ("74 flere enn i 2021"): digits only.
RELATIVE_COUNT = re.compile(r"(\d+) (flere|færre) enn i (\d{4})")


def implied_totals(pages: pd.DataFrame) -> pd.DataFrame:
    """National totals a page implies without stating them: its own year's total minus (or plus)
    the difference it gives to an earlier year. One row per (year, page): year, implied, vintage,
    citation."""
    rows = []
    totals = pages[pages["measure"].isin(TOTAL_MEASURES) & (pages["geography"] == "Norway")]
    for r in totals.itertuples():
        for n, word, year in RELATIVE_COUNT.findall(r.quoted_context):
            diff = int(n) if word == "flere" else -int(n)
            rows.append(
                {"year": int(year), "implied": int(r.value) - diff, "vintage": r.vintage, "citation": r.citation}
            )
    return pd.DataFrame(rows, columns=["year", "implied", "vintage", "citation"])


def flag_implied(out: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """Where a publication newer than a year's count implies another value, keep the stated count
    and name the newer value and its publication (`implied_deaths`, `implied_by`): a stated
    number is not replaced by an inferred one, but the reader is told."""
    implied = implied_totals(pages)
    out = out.assign(implied_deaths=pd.NA, implied_by=pd.NA)
    for r in implied.itertuples():
        hit = (out["year"] == r.year) & (out["deaths"] != r.implied) & (out["vintage"] < r.vintage)
        out.loc[hit, "implied_deaths"] = r.implied
        out.loc[hit, "implied_by"] = r.citation
    return out.assign(implied_deaths=out["implied_deaths"].astype("Int64"))


def deaths_national(report: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """One row per year: the count of the newest publication (the report beats every page),
    with where it comes from; the age-standardised rate only where the report gives it, with
    the number of decimals the report writes it with."""
    rep = _report_rows(report, "deaths_national")
    rep_deaths = rep[rep["measure"] == "deaths"].assign(
        deaths=lambda d: d["value"].astype(int), count_source=REPORT_CITATION, count_url=None, vintage=REPORT_VINTAGE
    )
    columns = ["year", "deaths", "count_source", "count_url", "vintage"]
    both = pd.concat(
        [
            latest_vintage_totals(pages).assign(from_latest_report=False),
            rep_deaths[columns].assign(from_latest_report=True),
        ],
        ignore_index=True,
    )
    newest = both.groupby("year")["vintage"].transform("max")
    out = flag_implied(both[both["vintage"] == newest], pages).drop(columns="vintage")
    # Rates only from the report: they use Norway's mean population of the year the methods
    # chapter names as standard. Rates on web pages used the older Eurostat standard and are
    # not comparable.
    rates = rep[rep["measure"] == "rate_age_standardised"][["year", "value", "decimals"]].rename(
        columns={"value": "rate_age_standardised", "decimals": "rate_decimals"}
    )
    out = out.merge(rates, on="year", how="outer")
    rate_only = out["deaths"].isna()
    if rate_only.any():
        raise ValueError(f"a published rate has no citable count for years {list(out.loc[rate_only, 'year'])}")
    out["rate_source"] = pd.Series(REPORT_CITATION, index=out.index).where(out["rate_age_standardised"].notna())
    out["deaths"] = out["deaths"].astype(int)
    out["from_latest_report"] = out["from_latest_report"].astype(bool)
    out["rate_decimals"] = out["rate_decimals"].astype("Int64")
    return out[
        [
            "year",
            "deaths",
            "rate_age_standardised",
            "rate_decimals",
            "count_source",
            "count_url",
            "rate_source",
            "from_latest_report",
            "implied_deaths",
            "implied_by",
        ]
    ]


def deaths_by_intent(report: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    rep = _report_rows(report, "deaths_by_intent")
    rep = rep.assign(deaths=rep["value"].astype(int))[["year", "intent", "deaths"]]
    rows = pages[pages["measure"] == "deaths_by_intent"].copy()
    rows["intent"] = rows["breakdown"].map(INTENT_LABELS)
    rows = rows[rows["intent"].notna()]
    rows["year"] = rows["year"].astype(int)
    complete = rows.groupby("year")["intent"].transform("nunique") == 3
    earlier = rows[complete & ~rows["year"].isin(rep["year"])]
    earlier = earlier.assign(deaths=earlier["value"].astype(int))[["year", "intent", "deaths"]]
    return pd.concat([earlier, rep], ignore_index=True)


def _simple_table(report: pd.DataFrame, table: str, columns: list[str]) -> pd.DataFrame:
    rows = _report_rows(report, table)
    return rows.assign(deaths=rows["value"].astype(int))[columns + ["deaths"]]


def report_figures(report: pd.DataFrame) -> pd.DataFrame:
    rows = report[report["table"] == "report_figures"].copy()
    note = rows["note"].where(rows["note"] == "", " (" + rows["note"] + ")")
    rows["source"] = "Tall om illegale rusmidler 2025, " + rows["location"] + note
    return rows[["topic", "measure", "year", "breakdown", "value", "decimals", "unit", "source"]]


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    report = read_report_figures(raw_dir)
    pages = read_page_rows(raw_dir)
    return {
        "deaths_national.csv": deaths_national(report, pages),
        "deaths_by_age_sex.csv": _simple_table(report, "deaths_by_age_sex", ["year", "age_group", "sex"]),
        "deaths_by_county.csv": _simple_table(report, "deaths_by_county", ["year", "county_code", "county"]),
        "deaths_by_substance.csv": _simple_table(report, "deaths_by_substance", ["year", "area", "substance"]),
        "deaths_by_intent.csv": deaths_by_intent(report, pages),
        "report_figures.csv": report_figures(report),
    }
