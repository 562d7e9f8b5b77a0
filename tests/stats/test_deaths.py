"""Deaths statistics against numbers typed from the sources.

Population counts were read off data/raw/population/nor_population_jan1_by_age_sex_county_b2024_2012-2026_trimmed.csv
(summing single ages by hand-written awk); deaths and rates are from the report (ch. 5 and 8).
"""

import pandas as pd
import pytest

from dashboard.data.contract import SPECS, read_table
from dashboard.data.paths import ROOT
from dashboard.stats import deaths as d

TIDY = ROOT / "data" / "tidy"


def _t(name):
    return read_table(TIDY / name, SPECS[name])


@pytest.fixture(scope="module")
def tables():
    return {
        n: _t(n + ".csv")
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


def test_county_crude_rate_oslo_2024(tables):
    # Oslo 1 Jan 2024: 717 710, 1 Jan 2025: 724 290 -> mean 721 000; 56 deaths (report table)
    # 56 / 721 000 * 100 000 = 7.7670
    c = d.county_figures(tables["deaths_by_county"], tables["population"], tables["report_figures"], 2024)
    oslo = c.set_index("county_code").loc["03"]
    assert oslo["mean_population"] == pytest.approx(721_000)
    assert oslo["crude_rate"] == pytest.approx(7.7670, abs=1e-4)
    assert oslo["deaths"] == 56 and oslo["deaths_before"] == 61 and oslo["change"] == -5
    assert oslo["published_rate"] == pytest.approx(8.1)


def test_county_crude_rate_more_og_romsdal_2024(tables):
    # 270 624 and 272 413 -> mean 271 518.5; 10 / 271 518.5 * 100 000 = 3.6830 (report's ASR: 3.7)
    c = d.county_figures(tables["deaths_by_county"], tables["population"], tables["report_figures"], 2024)
    mr = c.set_index("county_code").loc["15"]
    assert mr["crude_rate"] == pytest.approx(3.6830, abs=1e-4)
    assert mr["change"] == 2
    assert mr["published_rate"] == pytest.approx(3.7)


def test_county_changes_match_report_table(tables):
    # Report ch. 5, "Endring" column
    expected = {
        "31": -3,
        "32": -10,
        "03": -5,
        "33": 4,
        "34": -4,
        "39": -5,
        "40": -2,
        "42": 1,
        "11": -2,
        "46": -28,
        "15": 2,
        "50": -3,
        "18": 7,
        "55": -2,
        "56": 1,
    }
    c = d.county_figures(tables["deaths_by_county"], tables["population"], tables["report_figures"], 2024)
    assert {k: int(v) for k, v in c.set_index("county_code")["change"].items()} == expected
    assert c["deaths"].sum() == 342


def test_change_is_a_gap_when_the_year_before_is_unknown(tables):
    # no county table for 2022 in the sources
    c = d.county_figures(tables["deaths_by_county"], tables["population"], tables["report_figures"], 2023)
    assert c["change"].isna().all()
    assert c["published_rate"].isna().all()
    assert len(c) == 15


def test_published_county_rates(tables):
    # "Buskerud ... 9,0"; "Rogaland, Nordland og Oslo ... 8,1"; "Møre og Romsdal ... 3,7"
    rates = d.published_county_rates(tables["report_figures"], 2024).to_dict()
    assert rates == {"03": 8.1, "11": 8.1, "15": 3.7, "18": 8.1, "33": 9.0}


def _standard(tables):
    return d.standard_year(tables["report_figures"], tables["population"])


def _window(tables):
    return d.trend_window(tables["report_figures"], tables["deaths_national"])


def test_standard_year_is_the_one_the_report_states(tables):
    # methods chapter: "middelbefolkningen i Norge i 2024 ... som standardpopulasjon"
    assert _standard(tables) == 2024


def test_standard_year_needs_a_statement_and_a_population(tables):
    rf = tables["report_figures"]
    with pytest.raises(ValueError):
        d.standard_year(rf[rf["measure"] != "standard_population_year"], tables["population"])
    pop = tables["population"]
    with pytest.raises(KeyError):  # no 1 January of the year after
        d.standard_year(rf, pop[pop["year"] != 2025])


def test_trend_window_is_the_reports_reference_period(tables):
    # ch. 5 gives the mean over 2012–2024 as about 292 deaths a year
    assert _window(tables) == (2012, 2024)


def test_trend_window_takes_the_newest_statement_and_runs_to_the_newest_count(tables):
    rf, nat = tables["report_figures"], tables["deaths_national"]
    newer = rf[rf["measure"] == "deaths_mean_per_year"].assign(year=2025, breakdown="period=2013-2025")
    assert d.trend_window(pd.concat([rf, newer]), nat) == (2013, 2025)
    # counts newer than any stated period: the end follows the counts, the start stays
    drop = nat.iloc[[-1]].assign(year=2025, deaths=300)
    assert d.trend_window(rf, pd.concat([nat, drop])) == (2012, 2025)
    with pytest.raises(ValueError):
        d.trend_window(rf[rf["measure"] != "deaths_mean_per_year"], nat)


def test_standardised_rate_reproduces_published_6_1(tables):
    rates = d.standardised_rates(tables["deaths_by_age_sex"], tables["population"], _standard(tables))
    r = rates.set_index(["year", "sex"])
    # standard = own mean population 2024, so the rate equals the crude rate:
    # 342 / ((5 550 203 + 5 594 340) / 2) * 100 000 = 342 / 5 572 271.5 * 1e5 = 6.1375
    assert r.loc[(2024, "all"), "rate"] == pytest.approx(6.1375, abs=1e-4)
    assert round(r.loc[(2024, "all"), "rate"], 1) == 6.1


def test_standardised_rate_men_2024_by_hand(tables):
    # men deaths by age (report table): 55, 48, 46, 61, 36, 9
    # men 1 Jan 2024 / 2025 by age (raw file):
    men24 = [1000743, 397530, 367639, 379796, 307864, 342146]
    men25 = [1000521, 402138, 368833, 381562, 313795, 352348]
    # standard: all, 2024 mean by age (tidy population.csv rows typed: 2024 and 2025, county 00)
    all24 = [1948406, 779493, 720155, 744904, 614170, 743075]
    all25 = [1946399, 787747, 722593, 749442, 624956, 763203]
    deaths = [55, 48, 46, 61, 36, 9]
    std = [(a + b) / 2 for a, b in zip(all24, all25, strict=True)]
    specific = [x / ((a + b) / 2) for x, a, b in zip(deaths, men24, men25, strict=True)]
    expected = sum(s * w for s, w in zip(specific, std, strict=True)) / sum(std) * 1e5
    rates = d.standardised_rates(tables["deaths_by_age_sex"], tables["population"], _standard(tables)).set_index(
        ["year", "sex"]
    )
    assert rates.loc[(2024, "men"), "rate"] == pytest.approx(expected)
    assert rates.loc[(2024, "men"), "rate"] == pytest.approx(9.013, abs=1e-3)


def test_national_trend_rises_significantly(tables):
    # Report ch. 5: a significant increase in deaths per year since 2012.
    fit, gaps = d.national_trend(tables["deaths_national"], *_window(tables))
    assert gaps == []
    assert fit is not None and fit.n == 13
    assert fit.slope > 0 and fit.p_value < 0.05


def test_no_trend_over_a_gap(tables):
    nat = tables["deaths_national"]
    holed = nat[nat["year"] != 2016]
    fit, gaps = d.national_trend(holed, *_window(tables))
    assert fit is None and gaps == [2016]


def test_missing_years():
    assert d.missing_years([2012, 2013, 2015], 2012, 2016) == [2014, 2016]


def test_publication_of_each_count(tables):
    s = d.national_series(tables["deaths_national"], tables["population"]).set_index("year")
    assert bool(s.loc[2024, "from_report"]) and bool(s.loc[2023, "from_report"])
    assert not bool(s.loc[2012, "from_report"])
    assert s.loc[2012, "publication"] == "Actis (Helsedirektoratet figure, undated page)"
    assert s.loc[2024, "publication"].startswith("Helsedirektoratet, Tall om illegale rusmidler 2025")
    # no population before 2012 in our table: the crude rate is a gap, not a guess
    assert pd.isna(s.loc[2010, "crude_rate"])


def test_mean_population_needs_both_years(tables):
    with pytest.raises(KeyError):
        d.mean_population_of(tables["population"], 2026)  # no 1 Jan 2027


def test_age_shares_and_under_30(tables):
    # report: under 30: 68 (20 %); 50-59: 77 (23 %); 70+: 20 (6 %)
    a = d.age_sex_table(tables["deaths_by_age_sex"], 2024)
    alls = a[a["sex"] == "all"].set_index("age_group")["share"]
    assert round(alls["0-29"]) == 20 and round(alls["50-59"]) == 23 and round(alls["70+"]) == 6
    assert d.share_under_30(tables["deaths_by_age_sex"], 2024) == pytest.approx(68 / 342 * 100)
    assert d.share_under_30(tables["deaths_by_age_sex"], 2024, "women") == pytest.approx(13 / 87 * 100)


def test_key_figures(tables):
    k = d.key_figures(tables["deaths_national"], tables["report_figures"], 2024)
    assert k["deaths"] == 342 and k["change"] == -49
    assert k["rate"] == pytest.approx(6.1)
    assert k["mean_age"] == pytest.approx(45.7)
    assert round(k["share_men"]) == 75  # report: 75 % men


def test_substance_shares_match_report(tables):
    # report: other opioids 122 (36 %), synthetic opioids 64 (19 %), methadone 51 (15 %)
    s = d.substance_national(tables["deaths_by_substance"], tables["deaths_national"], 2024)
    assert s["substance"].tolist() == ["other_opioids", "synthetic_opioids", "methadone"]
    assert [round(x) for x in s["share"]] == [36, 19, 15]


def test_area_shares_match_report(tables):
    # report: Oslo 2024 other opioids 41 %, heroin 20 %; Rogaland other opioids 48 %, synthetic 30 %;
    # Vestland other substances 26 %, methadone 19 %, dependence 16 %
    a = d.substance_areas(tables["deaths_by_substance"])
    a = a[a["year"] == 2024].set_index(["area", "substance"])["share"]
    assert round(a[("oslo", "other_opioids")]) == 41 and round(a[("oslo", "heroin")]) == 20
    assert round(a[("rogaland", "other_opioids")]) == 48 and round(a[("rogaland", "synthetic_opioids")]) == 30
    assert round(a[("vestland", "other_substances")]) == 26 and round(a[("vestland", "methadone")]) == 19
    assert round(a[("vestland", "dependence")]) == 16


def test_intent_shares_2024(tables):
    # report: 266 (78 %), 47 (14 %), 29 (8 %) of 342
    i = d.intent_table(tables["deaths_by_intent"])
    y = i[i["year"] == 2024].set_index("intent")
    assert y["total"].iloc[0] == 342
    assert [round(y.loc[k, "share"]) for k in ("unintentional", "intentional", "mental_behavioural")] == [78, 14, 8]


def test_autopsy_shares(tables):
    a = d.autopsy_table(tables["report_figures"]).set_index("year")["percent"].to_dict()
    assert a == {2021: 7.0, 2022: 7.0, 2023: 7.4, 2024: 11.4}


def test_year_spans():
    assert d.year_spans([2004, 2002, 2008, 2009, 2010, 2012]) == [
        (2002, 2002),
        (2004, 2004),
        (2008, 2010),
        (2012, 2012),
    ]
    assert d.year_spans([]) == []


def test_count_origins_from_the_report_and_from_older_pages(tables):
    # report ch. 5: 2001 (411), 2023 (391), 2024 (342); every other year is quoted from a dated page
    origin = d.count_origins(tables["deaths_national"])
    assert origin["report"] == [2001, 2023, 2024]
    assert origin["older"][:3] == [2002, 2004, 2008] and origin["older"][-1] == 2022
    assert len(origin["older"]) == 16


def test_2021_is_flagged_with_the_count_a_newer_page_implies(tables):
    # FHI "Narkotika i Norge" states 241 for 2021; Rusfeltet.no (June 2023) says 2022 had 321,
    # "74 flere enn i 2021": 321 - 74 = 247
    implied = d.implied_counts(tables["deaths_national"])
    assert implied[["year", "deaths", "implied_deaths"]].values.tolist() == [[2021, 241, 247]]
    assert implied["implied_by"].iloc[0].startswith("Rusfeltet.no, June 2023")


def test_sex_change_from_the_reports_statement(tables):
    # report ch. 5 (Kjønnsforskjeller): women down 42 and men down 7 from 2023; 2024: 87 and 255
    change = d.sex_change(tables["report_figures"], 2024)
    assert change == {"men": (262, 255, -7), "women": (129, 87, -42)}
    assert d.sex_change(tables["report_figures"], 2023) is None  # no 2022 by sex in the report


def test_report_decimals_follow_how_the_report_writes_the_number(tables):
    rf = tables["report_figures"]
    assert d.report_decimals(rf, "not_autopsied_percent", 2021, "all") == 0  # "7 %"
    assert d.report_decimals(rf, "not_autopsied_percent", 2023, "all") == 1  # "7,4 %"
    assert d.report_decimals(rf, "not_autopsied_percent", 2024, "intent=mental_behavioural") == 0  # "90 %"
    assert d.report_decimals(rf, "rate_age_standardised", 2024, "county_code=33") == 1  # "9,0"
    table = d.autopsy_table(rf).set_index("year")
    assert table["decimals"].to_dict() == {2021: 0, 2022: 0, 2023: 1, 2024: 1}
