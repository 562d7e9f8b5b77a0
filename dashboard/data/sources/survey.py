"""Rusundersøkelsen (SSB population survey) tables from the toir report widgets.

Raw file: data/raw/survey/toir_rusundersokelsen_2013_2025_widgets.csv, one row per plotted
point of the 35 highcharter figures in the report draft. Each widget has its own layout,
so WIDGETS below says, per widget, which dimensions are fixed by the figure title and
which column carries the varying ones.

Duplicates: one estimate can be plotted in several figures. The 2025 bar charts were run
on a slightly different respondent base (n differs by a few) than the trend lines, so
the rule is: a trend (spline) value wins; a bar-chart (column) value is kept only where
no trend value exists; between figures of the same kind the lower widget number wins.
tests/data/test_survey.py checks that all duplicates agree on percent within 0.1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

RAW_FILE = Path("survey") / "toir_rusundersokelsen_2013_2025_widgets.csv"

SUBSTANCE_CODES = {
    "Cannabis": "cannabis",
    "Kokain": "cocaine",
    "Ecstasy/MDMA": "mdma",
    "Amfetaminer": "amphetamines",
    "LSD": "lsd",
    "GHB": "ghb",
    "Heroin": "heroin",
    "Annet": "other",
}
PERIOD_CODES = {
    "Noen gang": "lifetime",
    "Siste 12 måneder": "last_12_months",
    "Siste 4 uker": "last_4_weeks",
}
SEX_CODES = {"Alle": "all", "Menn": "men", "Kvinner": "women"}

# Figure 3 frequency classes (times used in the last 12 months): code -> source label.
# The UI labels the codes from here; "51+" is the source's "more than 50 times".
FREQUENCY_LABELS = {
    "1-5": "1-5 ganger",
    "6-10": "6-10 ganger",
    "11-50": "11-50 ganger",
    "51+": "Mer enn 50 ganger",
}
FREQUENCY_CODES = {label: code for code, label in FREQUENCY_LABELS.items()}

# Prevalence widgets: fixed dimensions from the figure title, and the column that holds
# each varying dimension. Snapshot (bar) figures take their year from pt_year where the points
# carry one, else from the year in the figure title (see figure_year).
_TREND = "spline"
_BAR = "column"
WIDGETS: dict[int, dict] = {
    1: dict(kind=_BAR, period="lifetime", sex="all", age_group="16-64", substance="pt_substance"),
    4: dict(kind=_TREND, substance="cannabis", age_group="16-64", sex="pt_kjonn", period="pt_grp"),
    8: dict(kind=_TREND, substance="cannabis", age_group="16-64", period="last_12_months", sex="pt_kjonn"),
    9: dict(kind=_TREND, substance="cannabis", age_group="16-64", sex="pt_kjonn", period="pt_grp"),
    10: dict(kind=_TREND, substance="cannabis", age_group="16-64", sex="pt_kjonn", period="pt_grp"),
    11: dict(kind=_BAR, substance="cannabis", age_group="16-64", sex="pt_kjonnSTR", period="pt_periode"),
    12: dict(kind=_TREND, substance="cannabis", age_group="16-30", sex="pt_kjonn", period="pt_grp"),
    13: dict(kind=_TREND, substance="cannabis", age_group="16-30", period="last_12_months", sex="pt_kjonn"),
    14: dict(kind=_TREND, substance="cannabis", age_group="16-30", sex="pt_kjonn", period="pt_grp"),
    15: dict(kind=_TREND, substance="cannabis", age_group="16-30", sex="pt_kjonn", period="pt_grp"),
    16: dict(kind=_TREND, substance="cannabis", period="last_12_months", sex="all", age_group="pt_ageYng"),
    17: dict(kind=_TREND, substance="cannabis", period="last_12_months", sex="men", age_group="pt_ageYng"),
    18: dict(kind=_TREND, substance="cannabis", period="last_12_months", sex="women", age_group="pt_ageYng"),
    19: dict(kind=_BAR, substance="cannabis", age_group="16-30", sex="pt_kjonnSTR", period="pt_periode"),
    20: dict(kind=_BAR, age_group="16-64", sex="pt_kjonnSTR", period="pt_periode", substance="pt_stuff"),
    21: dict(kind=_BAR, age_group="16-64", sex="pt_kjonnSTR", period="pt_periode", substance="pt_stuff"),
    25: dict(kind=_BAR, age_group="16-30", sex="pt_kjonnSTR", period="pt_periode", substance="pt_stuff"),
    26: dict(kind=_BAR, age_group="16-30", sex="pt_kjonnSTR", period="pt_periode", substance="pt_stuff"),
}
# Figures 20-31 in the report (widgets 22-24, 27-35): stimulants by year, one
# period/age group/sex per figure, substances as series.
_STIMULANT_TRENDS = {
    22: ("lifetime", "16-64", "all"),
    23: ("lifetime", "16-64", "men"),
    24: ("lifetime", "16-64", "women"),
    27: ("lifetime", "16-30", "all"),
    28: ("lifetime", "16-30", "men"),
    29: ("lifetime", "16-30", "women"),
    30: ("last_12_months", "16-64", "all"),
    31: ("last_12_months", "16-64", "men"),
    32: ("last_12_months", "16-64", "women"),
    33: ("last_12_months", "16-30", "all"),
    34: ("last_12_months", "16-30", "men"),
    35: ("last_12_months", "16-30", "women"),
}
for _w, (_period, _age, _sex) in _STIMULANT_TRENDS.items():
    WIDGETS[_w] = dict(kind=_TREND, period=_period, age_group=_age, sex=_sex, substance="pt_substance")

CODE_MAPS = {"substance": SUBSTANCE_CODES, "period": PERIOD_CODES, "sex": SEX_CODES}
KEY = ["year", "substance", "period", "sex", "age_group"]


def read_widgets(raw_dir: Path) -> pd.DataFrame:
    df = pd.read_csv(raw_dir / RAW_FILE, dtype=str, keep_default_na=False, na_values=[""])
    return df.assign(widget_no=df["widget_no"].astype(int))


def _dimension(points: pd.DataFrame, dim: str, value) -> pd.Series:
    """A fixed code from WIDGETS, or the mapped labels of the named source column."""
    if isinstance(value, str) and value.startswith("pt_"):
        labels = points[value]
        codes = labels.map(CODE_MAPS[dim]) if dim in CODE_MAPS else labels
        unknown = labels[codes.isna()]
        if len(unknown):
            raise ValueError(f"{RAW_FILE}: unknown {dim} label {unknown.iloc[0]!r}")
        return codes
    return pd.Series(value, index=points.index)


def figure_year(points: pd.DataFrame, fallback: int | None = None):
    """The year of a snapshot figure: the points' pt_year, else the last year named in the figure
    title ("... i 2025"), else `fallback` (the edition's latest survey year)."""
    if points["pt_year"].notna().all():
        return points["pt_year"].astype(int)
    found = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", str(points["figure_title"].iloc[0]))
    if found:
        return int(found[-1])
    if fallback is None:
        raise ValueError(f"{RAW_FILE}: widget {points['widget_no'].iloc[0]} names no year")
    return fallback


def edition_year(widgets: pd.DataFrame) -> int:
    """The latest survey year in the file: the year of figures that carry none (figure 3)."""
    return int(widgets["pt_year"].dropna().astype(int).max())


def prevalence_candidates(widgets: pd.DataFrame) -> pd.DataFrame:
    """Every prevalence point of every figure, with its codes and figure; duplicates kept."""
    parts = []
    for widget_no, spec in WIDGETS.items():
        points = widgets[widgets["widget_no"] == widget_no]
        if points.empty or set(points["series_type"]) != {spec["kind"]}:
            raise ValueError(f"{RAW_FILE}: widget {widget_no} is not a {spec['kind']} figure")
        part = pd.DataFrame(
            {
                "year": figure_year(points) if spec["kind"] == _BAR else points["pt_year"].astype(int),
                **{d: _dimension(points, d, spec[d]) for d in ("substance", "period", "sex", "age_group")},
                "percent": points["pt_percentage"].astype(float),
                "ci_low": points["pt_ci_lower"].astype(float),
                "ci_high": points["pt_ci_upper"].astype(float),
                "n": points["pt_n_total"].astype(int),
                "widget_no": widget_no,
                "is_trend": spec["kind"] == _TREND,
            }
        )
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def prevalence(widgets: pd.DataFrame) -> pd.DataFrame:
    cand = prevalence_candidates(widgets)
    # Trend values first, then by figure; keep the first row of each key.
    ranked = cand.sort_values(["is_trend", "widget_no"], ascending=[False, True], kind="stable")
    best = ranked.drop_duplicates(KEY, keep="first")
    return best.drop(columns=["widget_no", "is_trend"]).reset_index(drop=True)


def cannabis_adjusted(widgets: pd.DataFrame) -> pd.DataFrame:
    """Figures 5-7: the age- and sex-adjusted ('Justert') trend estimate with its 95% CI."""
    periods = {5: "lifetime", 6: "last_12_months", 7: "last_4_weeks"}
    line = widgets[widgets["widget_no"].isin(periods) & (widgets["series_name"] == "Justert Prevalens")]
    return pd.DataFrame(
        {
            "year": line["pt_year"].astype(int),
            "period": line["widget_no"].map(periods),
            "adjusted": line["pt_predicted_prevalence"].astype(float),
            "ci_low": line["pt_lower_ci"].astype(float),
            "ci_high": line["pt_upper_ci"].astype(float),
        }
    ).reset_index(drop=True)


def cannabis_debut(widgets: pd.DataFrame) -> pd.DataFrame:
    """Figure 2: age at first cannabis use among 16-64-year-olds who have used it, 2025."""
    pts = widgets[widgets["widget_no"] == 2]
    return pd.DataFrame(
        {
            "year": figure_year(pts, edition_year(widgets)),  # the title names the year; points carry none
            "age": pts["pt_can3"].astype(int),
            "n": pts["pt_N"].astype(int),
            "percent": pts["pt_pros"].astype(float),
        }
    ).reset_index(drop=True)


def cannabis_frequency(widgets: pd.DataFrame) -> pd.DataFrame:
    """Figure 3: times used in the last 12 months among last-year users, 16-64, 2025."""
    pts = widgets[widgets["widget_no"] == 3]
    freq = pts["pt_vals"].map(FREQUENCY_CODES)
    if freq.isna().any():
        raise ValueError(f"{RAW_FILE}: unknown frequency label {pts['pt_vals'][freq.isna()].iloc[0]!r}")
    return pd.DataFrame(
        {
            "year": figure_year(pts, edition_year(widgets)),  # the text gives figure 3 as the latest year's data
            "sex": pts["pt_cat"].map(SEX_CODES),
            "frequency": freq,
            "percent": pts["pt_pros"].astype(float),
            "n": pts["pt_n"].astype(int),
        }
    ).reset_index(drop=True)


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    widgets = read_widgets(raw_dir)
    return {
        "survey_prevalence.csv": prevalence(widgets),
        "survey_cannabis_adjusted.csv": cannabis_adjusted(widgets),
        "survey_cannabis_debut.csv": cannabis_debut(widgets),
        "survey_cannabis_frequency.csv": cannabis_frequency(widgets),
    }
