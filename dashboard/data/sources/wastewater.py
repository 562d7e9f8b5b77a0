"""Drugs in wastewater: the report's 2024-2025 measurements, EUDA Europe, and Oslo 2011-2021.

Raw files in data/raw/wastewater/:
- toir_avlopsvann_2024_2025_widgets.csv: the 21 wastewater figures of the report (week
  means as column charts, daily values Wednesday-Tuesday as spline charts). Values are
  whole numbers as plotted. Empty points are below the limit of quantification and stay
  empty. Methamphetamine is published only as week means, so it has no daily rows.
- report_2025_wastewater_text_figures.csv: hand-kept numbers the report gives only in its
  text or tables (levo-amphetamine shares, sampling dates), each with its location.
- ww2025-all-data.csv: EUDA European multi-city study 2025 release, all cities 2011-2024.
- emcdda_wastewater_oslo_2011-2021_NO_subset.csv: Norway (Oslo, VEAS) records of the
  older EMCDDA data set, emcdda_drugs-in-wastewater_2011-2021.json.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

RAW = Path("wastewater")
REPORT_FIGURES = RAW / "toir_avlopsvann_2024_2025_widgets.csv"
TEXT_FIGURES = RAW / "report_2025_wastewater_text_figures.csv"
EUDA_ALL = RAW / "ww2025-all-data.csv"
OSLO_HISTORY = RAW / "emcdda_wastewater_oslo_2011-2021_NO_subset.csv"

# Report figure (widget) number -> substance code. Figures 1-4 cannabis, 5-8 cocaine,
# 9-12 amphetamine, 13 methamphetamine (week means only), 14-17 MDMA, 18-21 ketamine.
FIGURE_SUBSTANCE = {
    **dict.fromkeys(range(1, 5), "cannabis"), **dict.fromkeys(range(5, 9), "cocaine"),
    **dict.fromkeys(range(9, 13), "amphetamines"), 13: "methamphetamine",
    **dict.fromkeys(range(14, 18), "mdma"), **dict.fromkeys(range(18, 22), "ketamine"),
}
# The compound measured for each substance (the report's "rusmiddelmarkør").
MARKERS = {
    "cannabis": "THC-COOH", "cocaine": "benzoylecgonine", "amphetamines": "amphetamine",
    "methamphetamine": "methamphetamine", "mdma": "MDMA", "ketamine": "ketamine",
}
# Word that must occur in each figure title, so a renumbered source fails loudly.
_TITLE_WORD = {
    "cannabis": ("cannabis", "thc"), "cocaine": ("kokain",), "amphetamines": ("amfetamin",),
    "methamphetamine": ("metamfetamin",), "mdma": ("mdma",), "ketamine": ("ketamin",),
}
WEEKDAY_CODES = {"Ons": "wed", "Tor": "thu", "Fre": "fri", "Lør": "sat", "Søn": "sun",
                 "Man": "mon", "Tir": "tue"}
SEASON_CODES = {"Vår": "spring", "Høst": "autumn"}
CITY_CODES = {"Oslo": "oslo", "Bergen": "bergen", "Trondheim": "trondheim"}

# The six treatment plants (site code -> name as the report writes it).
SITE_LABELS = {
    "bekkelaget": "Bekkelaget", "veas": "VEAS", "holen": "Holen", "knappen": "Knappen",
    "ladehammeren": "Ladehammeren", "hovringen": "Høvringen",
}
SAMPLING_PERIODS = ("spring_2024", "autumn_2024", "spring_2025", "autumn_2025")

# EUDA metabolite names -> substance codes (cannabis is THC-COOH, cocaine benzoylecgonine).
EUDA_SUBSTANCE = {
    "cannabis": "cannabis", "cocaine": "cocaine", "amphetamine": "amphetamines",
    "methamphetamine": "methamphetamine", "MDMA": "mdma", "ketamine": "ketamine",
}
EUDA_WEEKDAYS = {"Wednesday": "wed", "Thursday": "thu", "Friday": "fri", "Saturday": "sat",
                 "Sunday": "sun", "Monday": "mon", "Tuesday": "tue"}


def _read(raw_dir: Path, rel: Path) -> pd.DataFrame:
    return pd.read_csv(raw_dir / rel, dtype=str, keep_default_na=False, na_values=[""])


def _mapped(labels: pd.Series, codes: dict, what: str, rel: Path) -> pd.Series:
    out = labels.map(codes)
    if out.isna().any():
        raise ValueError(f"{rel}: unknown {what} {labels[out.isna()].iloc[0]!r}")
    return out


def report_points(raw_dir: Path) -> pd.DataFrame:
    """All points of the report's wastewater figures, coded; 'weekday' is 'week' for means."""
    pts = _read(raw_dir, REPORT_FIGURES)
    pts = pts.assign(widget_no=pts["widget_no"].astype(int))
    for widget_no, title in pts.groupby("widget_no")["figure_title"].first().items():
        words = _TITLE_WORD[FIGURE_SUBSTANCE[widget_no]]
        if not any(w in title.lower() for w in words):
            raise ValueError(f"{REPORT_FIGURES}: figure {widget_no} title {title!r} "
                             f"does not match substance {FIGURE_SUBSTANCE[widget_no]}")
    season_year = pts["pt_tid"].str.split(" ", expand=True)
    substance = pts["widget_no"].map(FIGURE_SUBSTANCE)
    return pd.DataFrame({
        "city": _mapped(pts["pt_by"], CITY_CODES, "city", REPORT_FIGURES),
        "year": season_year[1].astype(int),
        "season": _mapped(season_year[0], SEASON_CODES, "season", REPORT_FIGURES),
        "weekday": _mapped(pts["pt_ukedag"], {**WEEKDAY_CODES, "uke": "week"}, "weekday",
                           REPORT_FIGURES),
        "substance": substance,
        "marker": substance.map(MARKERS),
        # empty = below the limit of quantification (report text, MDMA and ketamine)
        "load": pts["pt_val"].astype(float),
    })


def daily(points: pd.DataFrame) -> pd.DataFrame:
    return points[points["weekday"] != "week"].reset_index(drop=True)


# Week means the report's figure draws as 0 but its text says could not be measured (below the
# limit of quantification): Bergen's methamphetamine in spring and autumn 2024 (ch. 7,
# "Metamfetamin"). A 0 there would read as "none found", so these become gaps.
BELOW_LOQ_WEEK_MEANS = {("bergen", 2024, "spring", "methamphetamine"),
                        ("bergen", 2024, "autumn", "methamphetamine")}


def week_means(points: pd.DataFrame) -> pd.DataFrame:
    means = points[points["weekday"] == "week"][["city", "year", "season", "substance", "load"]]
    keys = list(zip(means["city"], means["year"], means["season"], means["substance"]))
    below = pd.Series([k in BELOW_LOQ_WEEK_MEANS for k in keys], index=means.index)
    return means.assign(load=means["load"].mask(below)).reset_index(drop=True)


def text_figures(raw_dir: Path) -> pd.DataFrame:
    return _read(raw_dir, TEXT_FIGURES)


def enantiomer(figures: pd.DataFrame) -> pd.DataFrame:
    rows = figures[figures["measure"] == "levo_amphetamine_share"]
    if set(rows["unit"]) != {"percent"}:
        raise ValueError(f"{TEXT_FIGURES}: levo shares must be in percent")
    return pd.DataFrame({
        "city": rows["city"], "year": rows["year"].astype(int), "season": rows["season"],
        "levo_share": rows["value"].astype(float) / 100,
    }).reset_index(drop=True)


def sites(figures: pd.DataFrame) -> pd.DataFrame:
    rows = figures[figures["measure"] == "sampling_period"]
    wide = rows.assign(period=rows["season"] + "_" + rows["year"]).pivot(
        index=["site", "city"], columns="period", values="value").reset_index()
    wide.columns.name = None
    # Plant populations are not in the report or the sources (EUDA gives city totals only).
    wide["population"] = pd.array([pd.NA] * len(wide), dtype="Int64")
    return wide[["site", "city", "population", *SAMPLING_PERIODS]]


def europe(raw_dir: Path) -> pd.DataFrame:
    eu = _read(raw_dir, EUDA_ALL)
    return pd.DataFrame({
        "year": eu["Year"].astype(int),
        "country": eu["Country"],
        "city": eu["City"],
        "site": eu["Site ID"],
        "substance": _mapped(eu["Metabolite"], EUDA_SUBSTANCE, "metabolite", EUDA_ALL),
        "daily_mean": eu["Daily mean"].astype(float),
        "weekday_mean": eu["Weekday mean"].astype(float),
        "weekend_mean": eu["Weekend mean"].astype(float),
    })


def oslo_history(raw_dir: Path) -> pd.DataFrame:
    """Oslo VEAS 2011-2021; only days the source has (missing days are absent there too)."""
    old = _read(raw_dir, OSLO_HISTORY)
    if set(old["location"]) != {"VEAS"}:
        raise ValueError(f"{OSLO_HISTORY}: expected VEAS rows only")
    return pd.DataFrame({
        "year": old["year"].astype(int),
        "weekday": _mapped(old["dayofweek"], EUDA_WEEKDAYS, "day", OSLO_HISTORY),
        "substance": _mapped(old["metabolite"], EUDA_SUBSTANCE, "metabolite", OSLO_HISTORY),
        "load": old["value_mg_per_1000_per_day"].astype(float),
    })


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    points = report_points(raw_dir)
    figures = text_figures(raw_dir)
    return {
        "wastewater_daily.csv": daily(points),
        "wastewater_week_means.csv": week_means(points),
        "wastewater_enantiomer.csv": enantiomer(figures),
        "wastewater_sites.csv": sites(figures),
        "wastewater_europe.csv": europe(raw_dir),
        "wastewater_oslo_history.csv": oslo_history(raw_dir),
    }
