"""Wastewater tables: values typed from the report figures/text, EUDA and EMCDDA files."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from dashboard.data.contract import SPECS, read_table, write_table
from dashboard.data.paths import RAW_DIR, ROOT
from dashboard.data.sources import wastewater

TIDY = ROOT / "data" / "tidy"
TABLES = (
    "wastewater_daily.csv",
    "wastewater_week_means.csv",
    "wastewater_enantiomer.csv",
    "wastewater_sites.csv",
    "wastewater_sampling.csv",
    "wastewater_europe.csv",
    "wastewater_oslo_history.csv",
)
WEEK_KEY = ["city", "year", "season", "substance"]


def tidy(name: str) -> pd.DataFrame:
    return read_table(TIDY / name, SPECS[name])


def value(df: pd.DataFrame, column: str, **key):
    hit = df.loc[(df[list(key)] == pd.Series(key)).all(axis=1), column]
    assert len(hit) == 1, f"{key}: {len(hit)} rows"
    return hit.iloc[0]


@pytest.mark.parametrize("name", TABLES)
def test_build_equals_checked_in(name, tmp_path):
    write_table(wastewater.build(RAW_DIR)[name], tmp_path / name, SPECS[name])
    assert (tmp_path / name).read_bytes() == (TIDY / name).read_bytes()


def test_week_means_pinned():
    means = tidy("wastewater_week_means.csv")
    assert len(means) == 3 * 4 * 6
    assert value(means, "load", city="oslo", year=2024, season="spring", substance="cannabis") == 163
    assert value(means, "load", city="bergen", year=2024, season="spring", substance="cannabis") == 133
    # methamphetamine peak in Bergen, spring 2025 (report, methamphetamine section)
    assert value(means, "load", city="bergen", year=2025, season="spring", substance="methamphetamine") == 65


def test_unmeasurable_methamphetamine_is_a_gap_not_zero():
    # The report's figure draws 0, its text says Bergen's 2024 levels were too low to measure.
    means = tidy("wastewater_week_means.csv")
    for season in ("spring", "autumn"):
        assert pd.isna(value(means, "load", city="bergen", year=2024, season=season, substance="methamphetamine"))
    assert value(means, "load", city="oslo", year=2024, season="spring", substance="methamphetamine") == 29


def test_daily_shape_and_gaps():
    daily = tidy("wastewater_daily.csv")
    # 3 cities x 4 weeks x 7 days x 5 substances; methamphetamine has week means only
    assert len(daily) == 420
    assert "methamphetamine" not in set(daily["substance"])
    markers = daily.groupby("substance")["marker"].unique().map(list).to_dict()
    assert markers == {
        "amphetamines": ["amphetamine"],
        "cannabis": ["THC-COOH"],
        "cocaine": ["benzoylecgonine"],
        "ketamine": ["ketamine"],
        "mdma": ["MDMA"],
    }
    empty = daily[daily["load"].isna()]
    got = set(map(tuple, empty[["city", "year", "season", "weekday", "substance"]].to_numpy()))
    # below the limit of quantification, empty in the source figures
    assert got == {
        ("bergen", 2024, "autumn", "wed", "mdma"),
        ("bergen", 2024, "autumn", "wed", "ketamine"),
        ("trondheim", 2025, "spring", "wed", "ketamine"),
        ("trondheim", 2025, "spring", "thu", "ketamine"),
        ("trondheim", 2025, "autumn", "wed", "ketamine"),
        ("trondheim", 2025, "autumn", "thu", "ketamine"),
    }


# Week means that differ from the mean of the plotted days by more than rounding: ketamine,
# autumn 2024, where the report says single samples in Oslo and Bergen held dumped drug.
# The published week mean leaves the dumped day out (Bergen: Saturday 178; Oslo: Wednesday 504).
DUMPING = {("bergen", 2024, "autumn", "ketamine"): "sat", ("oslo", 2024, "autumn", "ketamine"): "wed"}


def test_dumping_days_are_noted():
    # Report ch. 7, Ketamin: very high single samples in Oslo and Bergen, autumn 2024, ascribed
    # to dumping of pure drug; the days are the outlying points of figures 20 (Oslo, Wednesday
    # 504) and 19 (Bergen, Saturday 178).
    daily = tidy("wastewater_daily.csv")
    noted = daily[daily["note"].notna()]
    got = {
        tuple(r)
        for r in noted[["city", "year", "season", "weekday", "substance", "load", "note"]].itertuples(index=False)
    }
    assert got == {
        ("oslo", 2024, "autumn", "wed", "ketamine", 504, "dumping"),
        ("bergen", 2024, "autumn", "sat", "ketamine", 178, "dumping"),
    }
    assert set(DUMPING.items()) == {((r.city, r.year, r.season, r.substance), r.weekday) for r in noted.itertuples()}


def test_dumping_rows_that_match_nothing_stop_the_build():
    points = wastewater.report_points(RAW_DIR)
    figures = wastewater.text_figures(RAW_DIR)
    wrong = figures[figures["measure"] == "dumping_day"].assign(year="2023")  # no such week
    with pytest.raises(ValueError, match="dumping_day"):
        wastewater.daily(points, pd.concat([figures, wrong]))


def test_week_means_are_means_of_daily_values():
    daily, means = tidy("wastewater_daily.csv"), tidy("wastewater_week_means.csv")
    daily_mean = daily.groupby(WEEK_KEY)["load"].mean()  # skips days below quantification
    joined = means.set_index(WEEK_KEY).join(daily_mean.rename("daily"), how="inner")
    assert len(joined) == 60
    off = joined[(joined["load"] - joined["daily"]).abs() > 1.5]
    assert set(off.index) == set(DUMPING)
    for key, day in DUMPING.items():
        city, year, season, substance = key
        rest = daily[
            (daily[WEEK_KEY] == pd.Series(dict(zip(WEEK_KEY, key, strict=True)))).all(axis=1)
            & (daily["weekday"] != day)
        ]["load"].mean()
        assert abs(rest - joined.loc[key, "load"]) <= 1.5, key


def test_enantiomer_from_report_text():
    ef = tidy("wastewater_enantiomer.csv").set_index("city")["levo_share"].to_dict()
    assert ef == {"bergen": 0.42, "trondheim": 0.43, "oslo": 0.52}


def test_sites():
    sites = tidy("wastewater_sites.csv").set_index("site")
    assert sorted(sites.index) == ["bekkelaget", "holen", "hovringen", "knappen", "ladehammeren", "veas"]
    assert sites.groupby("city").size().to_dict() == {"bergen": 2, "oslo": 2, "trondheim": 2}
    # names as the report's table "Datoer for prøvetaking" writes them
    assert sites["name"].to_dict() == {
        "bekkelaget": "Bekkelaget",
        "holen": "Holen",
        "hovringen": "Høvringen",
        "knappen": "Knappen",
        "ladehammeren": "Ladehammeren",
        "veas": "VEAS",
    }
    assert sites.loc["hovringen", "city"] == "trondheim"
    assert sites["population"].isna().all()  # not given per plant by any source


def test_sampling_weeks():
    weeks = tidy("wastewater_sampling.csv")
    assert len(weeks) == 24
    assert set(weeks["site"]) == set(tidy("wastewater_sites.csv")["site"])
    # report ch. 8, "Oslo – VEAS, Vår 2024: 10.–16. april"; "Trondheim – Ladehammeren, Vår 2025:
    # 26. mars – 1. april"
    assert (
        value(weeks, "start", site="veas", year=2024, season="spring"),
        value(weeks, "end", site="veas", year=2024, season="spring"),
    ) == ("2024-04-10", "2024-04-16")
    assert (
        value(weeks, "start", site="ladehammeren", year=2025, season="spring"),
        value(weeks, "end", site="ladehammeren", year=2025, season="spring"),
    ) == ("2025-03-26", "2025-04-01")
    # every plant sampled each season of each year the report covers
    assert weeks.groupby(["year", "season"]).size().eq(6).all()
    # the report says the weeks run Wednesday to Tuesday
    for start, end in zip(weeks["start"], weeks["end"], strict=True):
        start, end = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        assert start.weekday() == 2 and (end - start).days == 6, (start, end)


def test_sampling_weeks_match_the_measured_weeks():
    weeks = tidy("wastewater_sampling.csv").merge(tidy("wastewater_sites.csv"), on="site")
    measured = tidy("wastewater_week_means.csv")[["city", "year", "season"]].drop_duplicates()
    assert set(map(tuple, weeks[["city", "year", "season"]].drop_duplicates().to_numpy())) == set(
        map(tuple, measured.to_numpy())
    )


def test_a_plant_without_a_name_stops_the_build():
    figures = wastewater.text_figures(RAW_DIR)
    extra = figures[figures["measure"] == "sampling_period"].head(1).assign(site="newplant")
    with pytest.raises(ValueError, match="newplant"):
        wastewater.sites(pd.concat([figures, extra]))


MONTHS = {"mars": 3, "april": 4, "september": 9, "oktober": 10}


def test_text_figures_dates_match_their_printed_form():
    rows = wastewater.text_figures(RAW_DIR)
    rows = rows[rows["measure"] == "sampling_period"]
    assert len(rows) == 24
    for r in rows.itertuples():
        # "17.–23. april" or "26. mars – 1. april"
        m = re.fullmatch(r"(\d+)\.\s*(?:([a-z]+)\s*)?–\s*(\d+)\.\s*([a-z]+)", r.as_printed)
        assert m, r.as_printed
        d1, m1, d2, m2 = m.groups()
        y = int(r.year)
        start = dt.date(y, MONTHS[m1 or m2], int(d1))
        end = dt.date(y, MONTHS[m2], int(d2))
        assert r.value == f"{start.isoformat()}/{end.isoformat()}", r


def test_europe():
    eu = tidy("wastewater_europe.csv")
    assert len(eu) == 4376
    assert (eu["year"].min(), eu["year"].max()) == (2011, 2024)
    no = eu[eu["country"] == "NO"]
    assert set(no["year"]) == {2024}
    assert set(no["city"]) == {"Bergen (2)", "Oslo (2)", "Trondheim (2)"}
    assert len(no) == 18 and no.groupby("city")["substance"].nunique().eq(6).all()
    assert value(no, "daily_mean", city="Oslo (2)", substance="cannabis") == 163.11
    assert value(no, "weekend_mean", city="Oslo (2)", substance="cocaine") == 786.08
    assert value(eu, "daily_mean", year=2024, site="AT001", substance="mdma") == 15.53


def test_europe_debrecen_is_hungary():
    # The EUDA file gives Debrecen (site H001) the country code "H"; it is Hungary (HU).
    raw = pd.read_csv(RAW_DIR / wastewater.EUDA_ALL, dtype=str)
    assert set(raw.loc[raw["City"] == "Debrecen", "Country"]) == {"H"}
    eu = tidy("wastewater_europe.csv")
    debrecen = eu[eu["city"] == "Debrecen"]
    assert len(debrecen) > 0
    assert set(debrecen["country"]) == {"HU"} and set(debrecen["site"]) == {"H001"}
    assert set(debrecen["country_name"]) == {"Ungarn"} and debrecen["in_europe"].all()
    assert "H" not in set(eu["country"])


def test_europe_country_names_and_continent():
    eu = tidy("wastewater_europe.csv")
    assert eu["in_europe"].dtype == bool
    names = eu.groupby("country")["country_name"].unique().map(list).to_dict()
    assert all(len(v) == 1 for v in names.values())
    names = {k: v[0] for k, v in names.items()}
    assert names["DE"] == "Tyskland" and names["NL"] == "Nederland"
    assert names["GB"] == "Storbritannia" and names["US"] == "USA" and names["NO"] == "Norge"
    outside = set(eu.loc[~eu["in_europe"], "country"])
    assert outside == {"AU", "BR", "CL", "KR", "NZ", "US", "CA"}


def test_europe_unknown_country_stops_the_build(tmp_path):
    (tmp_path / "wastewater").mkdir()
    raw = pd.read_csv(RAW_DIR / wastewater.EUDA_ALL, dtype=str, keep_default_na=False).head(3)
    raw.loc[0, "Country"] = "XX"
    raw.to_csv(tmp_path / wastewater.EUDA_ALL, index=False)
    with pytest.raises(ValueError, match="XX"):
        wastewater.europe(tmp_path)


def test_oslo_history():
    old = tidy("wastewater_oslo_history.csv")
    assert len(old) == 288
    assert (old["year"].min(), old["year"].max()) == (2011, 2021)
    assert value(old, "load", year=2021, weekday="wed", substance="amphetamines") == 60.65
    assert set(old.loc[old["substance"] == "cannabis", "year"]) == {2012}
    assert "cocaine" not in set(old.loc[old["year"] == 2021, "substance"])


def test_oslo_subset_matches_emcdda_json():
    """The CSV subset is a reshaping of the Norway records of the EMCDDA JSON; check it."""
    data = json.loads(
        (RAW_DIR / "wastewater" / "emcdda_drugs-in-wastewater_2011-2021.json").read_text(encoding="utf-8")
    )
    subset = pd.read_csv(RAW_DIR / wastewater.OSLO_HISTORY)
    norway = [c for c in data["countries"] if c["country_code"] == "NO"]
    assert len(norway) == 1
    values = sorted(
        (m["year"], m["metabolite"]["name"], m["dayofweek"], m["value"])
        for city in norway[0]["cities"]
        for loc in city["locations"]
        for m in loc["measurements"]
    )
    expected = sorted(
        zip(subset["year"], subset["metabolite"], subset["dayofweek"], subset["value_mg_per_1000_per_day"], strict=True)
    )
    assert values == expected
