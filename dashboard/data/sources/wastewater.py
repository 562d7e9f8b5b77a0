"""Drugs in wastewater: the report's 2024-2025 measurements, EUDA Europe, and Oslo 2011-2021.

Raw files in data/raw/wastewater/:
- toir_avlopsvann_2024_2025_widgets.csv: the 21 wastewater figures of the report (week
  means as column charts, daily values Wednesday-Tuesday as spline charts). Values are
  whole numbers as plotted. Empty points are below the limit of quantification and stay
  empty. Methamphetamine is published only as week means, so it has no daily rows.
- report_2025_wastewater_text_figures.csv: hand-kept facts the report gives only in its
  text or tables (levo-amphetamine shares, sampling weeks per plant, the days it ascribes to
  dumping, week means it says could not be measured), each with its location.
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
    **dict.fromkeys(range(1, 5), "cannabis"),
    **dict.fromkeys(range(5, 9), "cocaine"),
    **dict.fromkeys(range(9, 13), "amphetamines"),
    13: "methamphetamine",
    **dict.fromkeys(range(14, 18), "mdma"),
    **dict.fromkeys(range(18, 22), "ketamine"),
}
# The compound measured for each substance (the report's "rusmiddelmarkør").
MARKERS = {
    "cannabis": "THC-COOH",
    "cocaine": "benzoylecgonine",
    "amphetamines": "amphetamine",
    "methamphetamine": "methamphetamine",
    "mdma": "MDMA",
    "ketamine": "ketamine",
}
# Word that must occur in each figure title, so a renumbered source fails loudly.
_TITLE_WORD = {
    "cannabis": ("cannabis", "thc"),
    "cocaine": ("kokain",),
    "amphetamines": ("amfetamin",),
    "methamphetamine": ("metamfetamin",),
    "mdma": ("mdma",),
    "ketamine": ("ketamin",),
}
WEEKDAY_CODES = {"Ons": "wed", "Tor": "thu", "Fre": "fri", "Lør": "sat", "Søn": "sun", "Man": "mon", "Tir": "tue"}
SEASON_CODES = {"Vår": "spring", "Høst": "autumn"}
CITY_CODES = {"Oslo": "oslo", "Bergen": "bergen", "Trondheim": "trondheim"}

# The treatment plants: site code -> the plant's proper name as the report writes it
# (ch. 8, table "Datoer for prøvetaking"). Every plant in the sampling rows must be here.
PLANT_NAMES = {
    "bekkelaget": "Bekkelaget",
    "veas": "VEAS",
    "holen": "Holen",
    "knappen": "Knappen",
    "ladehammeren": "Ladehammeren",
    "hovringen": "Høvringen",
}

# EUDA metabolite names -> substance codes (cannabis is THC-COOH, cocaine benzoylecgonine).
EUDA_SUBSTANCE = {
    "cannabis": "cannabis",
    "cocaine": "cocaine",
    "amphetamine": "amphetamines",
    "methamphetamine": "methamphetamine",
    "MDMA": "mdma",
    "ketamine": "ketamine",
}
EUDA_WEEKDAYS = {
    "Wednesday": "wed",
    "Thursday": "thu",
    "Friday": "fri",
    "Saturday": "sat",
    "Sunday": "sun",
    "Monday": "mon",
    "Tuesday": "tue",
}
# Country codes the EUDA file miscodes (Debrecen, Hungary, is given as "H"; ISO 3166 is HU).
EUDA_COUNTRY_FIXES = {"H": "HU"}
# Every country code of the EUDA file: (name in Norwegian bokmål, in Europe). An unknown code
# stops the build, so a new country in a new release is named here before it is shown.
# Europe as the wastewater page has always drawn it: Cyprus and Turkey count as European.
EUDA_COUNTRIES = {
    "AT": ("Østerrike", True),
    "AU": ("Australia", False),
    "BA": ("Bosnia-Hercegovina", True),
    "BE": ("Belgia", True),
    "BR": ("Brasil", False),
    "CA": ("Canada", False),
    "CH": ("Sveits", True),
    "CL": ("Chile", False),
    "CY": ("Kypros", True),
    "CZ": ("Tsjekkia", True),
    "DE": ("Tyskland", True),
    "DK": ("Danmark", True),
    "EE": ("Estland", True),
    "ES": ("Spania", True),
    "FI": ("Finland", True),
    "FR": ("Frankrike", True),
    "GB": ("Storbritannia", True),
    "GR": ("Hellas", True),
    "HR": ("Kroatia", True),
    "HU": ("Ungarn", True),
    "IE": ("Irland", True),
    "IS": ("Island", True),
    "IT": ("Italia", True),
    "KR": ("Sør-Korea", False),
    "LT": ("Litauen", True),
    "LU": ("Luxembourg", True),
    "LV": ("Latvia", True),
    "MT": ("Malta", True),
    "NL": ("Nederland", True),
    "NO": ("Norge", True),
    "NZ": ("New Zealand", False),
    "PL": ("Polen", True),
    "PT": ("Portugal", True),
    "RO": ("Romania", True),
    "RS": ("Serbia", True),
    "SE": ("Sverige", True),
    "SI": ("Slovenia", True),
    "SK": ("Slovakia", True),
    "TR": ("Tyrkia", True),
    "US": ("USA", False),
}


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
            raise ValueError(
                f"{REPORT_FIGURES}: figure {widget_no} title {title!r} "
                f"does not match substance {FIGURE_SUBSTANCE[widget_no]}"
            )
    season_year = pts["pt_tid"].str.split(" ", expand=True)
    substance = pts["widget_no"].map(FIGURE_SUBSTANCE)
    return pd.DataFrame(
        {
            "city": _mapped(pts["pt_by"], CITY_CODES, "city", REPORT_FIGURES),
            "year": season_year[1].astype(int),
            "season": _mapped(season_year[0], SEASON_CODES, "season", REPORT_FIGURES),
            "weekday": _mapped(pts["pt_ukedag"], {**WEEKDAY_CODES, "uke": "week"}, "weekday", REPORT_FIGURES),
            "substance": substance,
            "marker": substance.map(MARKERS),
            # empty = below the limit of quantification (report text, MDMA and ketamine)
            "load": pts["pt_val"].astype(float),
        }
    )


def text_figures(raw_dir: Path) -> pd.DataFrame:
    return _read(raw_dir, TEXT_FIGURES)


def _day_key(frame: pd.DataFrame, weekday: pd.Series) -> pd.Series:
    return pd.Series(
        list(zip(frame["city"], frame["year"].astype(int), frame["season"], weekday, frame["substance"], strict=True)),
        index=frame.index,
    )


def daily(points: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Daily values, with note 'dumping' on the days the report ascribes to dumped drug.

    The days are the `dumping_day` rows of the text-figures file (value = weekday code);
    a row that matches no daily value stops the build."""
    days = points[points["weekday"] != "week"].reset_index(drop=True)
    rows = figures[figures["measure"] == "dumping_day"]
    dumped = set(_day_key(rows, rows["value"]))
    keys = _day_key(days, days["weekday"])
    unmatched = dumped - set(keys)
    if unmatched:
        raise ValueError(f"{TEXT_FIGURES}: dumping_day rows match no daily value: {sorted(unmatched)}")
    note = pd.Series(pd.NA, index=days.index, dtype="string").mask(keys.isin(dumped), "dumping")
    return days.assign(note=note)


def week_means(points: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Week means; those the text says could not be measured (`below_loq_week_mean` rows of
    the text-figures file) become gaps, whatever the figure draws there."""
    means = points[points["weekday"] == "week"][["city", "year", "season", "substance", "load"]]
    rows = figures[figures["measure"] == "below_loq_week_mean"]
    below_keys = set(zip(rows["city"], rows["year"].astype(int), rows["season"], rows["substance"], strict=True))
    keys = pd.Series(
        list(zip(means["city"], means["year"], means["season"], means["substance"], strict=True)), index=means.index
    )
    if below_keys - set(keys):
        raise ValueError(
            f"{TEXT_FIGURES}: below_loq_week_mean rows match no week mean: {sorted(below_keys - set(keys))}"
        )
    return means.assign(load=means["load"].mask(keys.isin(below_keys))).reset_index(drop=True)


def enantiomer(figures: pd.DataFrame) -> pd.DataFrame:
    rows = figures[figures["measure"] == "levo_amphetamine_share"]
    if set(rows["unit"]) != {"percent"}:
        raise ValueError(f"{TEXT_FIGURES}: levo shares must be in percent")
    return pd.DataFrame(
        {
            "city": rows["city"],
            "year": rows["year"].astype(int),
            "season": rows["season"],
            "levo_share": rows["value"].astype(float) / 100,
        }
    ).reset_index(drop=True)


def _sampling_rows(figures: pd.DataFrame) -> pd.DataFrame:
    rows = figures[figures["measure"] == "sampling_period"]
    if set(rows["unit"]) != {"date_range"}:
        raise ValueError(f"{TEXT_FIGURES}: sampling periods must be date ranges 'start/end'")
    return rows


def sites(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per treatment plant that has sampling weeks in the text-figures file."""
    rows = _sampling_rows(figures)
    plants = rows[["site", "city"]].drop_duplicates()
    if plants["site"].duplicated().any():
        raise ValueError(f"{TEXT_FIGURES}: a plant is given under two cities")
    names = plants["site"].map(PLANT_NAMES)
    if names.isna().any():
        raise ValueError(
            f"{TEXT_FIGURES}: no name for plant {plants['site'][names.isna()].iloc[0]!r} (add it to PLANT_NAMES)"
        )
    # Plant populations are not in the report or the sources (EUDA gives city totals only).
    return pd.DataFrame(
        {
            "site": plants["site"],
            "city": plants["city"],
            "name": names,
            "population": pd.array([pd.NA] * len(plants), dtype="Int64"),
        }
    ).reset_index(drop=True)


def sampling(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per plant, year and season: the first and last day of the sampling week."""
    rows = _sampling_rows(figures)
    parts = rows["value"].str.split("/", expand=True)
    if parts.shape[1] != 2 or parts.isna().any().any():
        raise ValueError(f"{TEXT_FIGURES}: sampling periods must be written 'start/end'")
    return pd.DataFrame(
        {
            "site": rows["site"],
            "year": rows["year"].astype(int),
            "season": rows["season"],
            "start": parts[0],
            "end": parts[1],
        }
    ).reset_index(drop=True)


def europe(raw_dir: Path) -> pd.DataFrame:
    eu = _read(raw_dir, EUDA_ALL)
    country = eu["Country"].replace(EUDA_COUNTRY_FIXES)
    unknown = sorted(set(country) - set(EUDA_COUNTRIES))
    if unknown:
        raise ValueError(f"{EUDA_ALL}: unknown country code(s) {unknown} (add to EUDA_COUNTRIES)")
    return pd.DataFrame(
        {
            "year": eu["Year"].astype(int),
            "country": country,
            "country_name": country.map(lambda c: EUDA_COUNTRIES[c][0]),
            "in_europe": country.map(lambda c: EUDA_COUNTRIES[c][1]).astype(bool),
            "city": eu["City"],
            "site": eu["Site ID"],
            "substance": _mapped(eu["Metabolite"], EUDA_SUBSTANCE, "metabolite", EUDA_ALL),
            "daily_mean": eu["Daily mean"].astype(float),
            "weekday_mean": eu["Weekday mean"].astype(float),
            "weekend_mean": eu["Weekend mean"].astype(float),
        }
    )


def oslo_history(raw_dir: Path) -> pd.DataFrame:
    """Oslo VEAS 2011-2021; only days the source has (missing days are absent there too)."""
    old = _read(raw_dir, OSLO_HISTORY)
    if set(old["location"]) != {"VEAS"}:
        raise ValueError(f"{OSLO_HISTORY}: expected VEAS rows only")
    return pd.DataFrame(
        {
            "year": old["year"].astype(int),
            "weekday": _mapped(old["dayofweek"], EUDA_WEEKDAYS, "day", OSLO_HISTORY),
            "substance": _mapped(old["metabolite"], EUDA_SUBSTANCE, "metabolite", OSLO_HISTORY),
            "load": old["value_mg_per_1000_per_day"].astype(float),
        }
    )


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    points = report_points(raw_dir)
    figures = text_figures(raw_dir)
    return {
        "wastewater_daily.csv": daily(points, figures),
        "wastewater_week_means.csv": week_means(points, figures),
        "wastewater_enantiomer.csv": enantiomer(figures),
        "wastewater_sites.csv": sites(figures),
        "wastewater_sampling.csv": sampling(figures),
        "wastewater_europe.csv": europe(raw_dir),
        "wastewater_oslo_history.csv": oslo_history(raw_dir),
    }
