"""Deaths tables: values pinned to the 2025 report and to the quoted web sources."""

import pandas as pd
import pytest

from dashboard.data.contract import COUNTY_CODES, SPECS, read_table
from dashboard.data.paths import ROOT

TIDY = ROOT / "data" / "tidy"


def load(name):
    return read_table(TIDY / name, SPECS[name])


@pytest.fixture(scope="module")
def national():
    return load("deaths_national.csv").set_index("year")


def test_national_totals_from_report(national):
    assert national.loc[2024, "deaths"] == 342
    assert national.loc[2023, "deaths"] == 391
    assert national.loc[2001, "deaths"] == 411


def test_rates_only_where_the_report_publishes_them(national):
    rates = national["rate_age_standardised"].dropna()
    assert rates.to_dict() == {2012: 5.0, 2023: 7.1, 2024: 6.1}


def test_latest_vintage_wins(national):
    # 2015: 289 (FHI 2016) revised to 288 (FHI 2018); 2017: 247 -> 249 and 2018: 286 -> 289 (VG 2021);
    # 2020: 324 (FHI June 2021) -> 331 (Sosialnytt 2022); 2016: 282 (2017) -> 284 (FHI 2018)
    assert national.loc[2015, "deaths"] == 288
    assert national.loc[2016, "deaths"] == 284
    assert national.loc[2017, "deaths"] == 249
    assert national.loc[2018, "deaths"] == 289
    assert national.loc[2020, "deaths"] == 331
    assert national.loc[2022, "deaths"] == 321


def test_no_gbd_values_and_gaps_stay_gaps(national):
    # GBD 2019 gives 271 for 2012 and 253 for 2015; the EUDA/FHI counts are 246 and 288.
    assert national.loc[2012, "deaths"] == 246
    assert "GBD" not in " ".join(national["count_source"])
    # No citable EUDA/FHI total for these years in our sources (2006 only as 'approximate').
    for year in (2003, 2005, 2006, 2007, 2011):
        assert year not in national.index
    assert national.index.min() == 2001


def test_every_row_cites_a_source(national):
    assert (national["count_source"].str.len() > 10).all()
    assert not national["count_source"].str.contains("http").any()  # the address is count_url
    report = "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI)"
    assert national.loc[2024, "count_source"] == report
    assert pd.isna(national.loc[2024, "count_url"])
    assert national.loc[2012, "count_source"] == "Actis (Helsedirektoratet figure, undated page)"
    assert national.loc[2012, "count_url"] == "https://www.actis.no/kunnskap/overdoser-i-norge"
    assert national.loc[2021, "count_url"].startswith("https://www.fhi.no/nettpub/narkotikainorge/")
    # every page count has its address; only report counts have none
    assert (national["count_url"].isna() == national["from_latest_report"]).all()


def test_from_latest_report_marks_the_reports_own_counts(national):
    assert national["from_latest_report"].dtype == bool
    assert sorted(national.index[national["from_latest_report"]]) == [2001, 2023, 2024]


def test_rate_source_only_where_there_is_a_rate(national):
    has_rate = national["rate_age_standardised"].notna()
    assert (national["rate_source"].notna() == has_rate).all()
    # 2012: count from a web page, rate from the report
    assert national.loc[2012, "rate_source"].startswith("Helsedirektoratet, Tall om illegale rusmidler 2025")
    assert not national.loc[2012, "from_latest_report"]


def test_age_sex_2024_adds_up_to_report_totals():
    df = load("deaths_by_age_sex.csv")
    df = df[df["year"] == 2024]
    by_sex = df.groupby("sex")["deaths"].sum().to_dict()
    assert by_sex == {"all": 342, "men": 255, "women": 87}
    wide = df.pivot(index="age_group", columns="sex", values="deaths")
    assert (wide["men"] + wide["women"] == wide["all"]).all()
    assert wide.loc["50-59", "all"] == 77 and wide.loc["70+", "women"] == 11


def test_counties_add_up_to_national(national):
    df = load("deaths_by_county.csv")
    sums = df.groupby("year")["deaths"].sum()
    assert sums.to_dict() == {2023: 391, 2024: 342}
    assert sums[2024] == national.loc[2024, "deaths"] and sums[2023] == national.loc[2023, "deaths"]
    for year in (2023, 2024):
        assert sorted(df[df["year"] == year]["county_code"]) == sorted(COUNTY_CODES)
    row = df[(df["year"] == 2023) & (df["county_code"] == "46")].iloc[0]
    assert (row["county"], row["deaths"]) == ("Vestland", 59)


def test_intent_2024_sums_to_total_and_earlier_years_pinned():
    df = load("deaths_by_intent.csv").set_index(["year", "intent"])["deaths"]
    assert df[2024].to_dict() == {"intentional": 47, "mental_behavioural": 29, "unintentional": 266}
    assert df[2024].sum() == 342
    # 2015 and 2017: the three groups add up to the total quoted in the same source.
    assert df[2015].sum() == 289 and df[2017].sum() == 247
    assert df[(2019, "unintentional")] == 197
    # 2018's third group is ambiguous in the source, so 2018 is absent.
    assert 2018 not in df.index.get_level_values("year")


def test_substances():
    df = load("deaths_by_substance.csv").set_index(["year", "area", "substance"])["deaths"]
    assert df[(2024, "norway", "other_opioids")] == 122
    assert df[(2024, "norway", "synthetic_opioids")] == 64
    assert df[(2024, "norway", "methadone")] == 51
    assert df[(2023, "vestland", "heroin")] == 20
    assert df[(2024, "vestland", "other_substances")] == 8
    assert df[(2024, "rogaland", "synthetic_opioids")] == 12
    # the seven substance groups of the county tables add up to the county totals of 2024
    assert df[2024]["oslo"].sum() == 56
    assert df[2024]["rogaland"].sum() == 40
    assert df[2024]["vestland"].sum() == 31


def test_report_figures_text_numbers():
    df = load("report_figures.csv").set_index(["topic", "measure", "year", "breakdown"])["value"]
    assert df[("deaths", "mean_age", 2024, "sex=all")] == 45.7
    assert df[("deaths", "mean_age", 2024, "sex=women")] == 48.9
    assert df[("deaths", "mean_age", 2024, "sex=men")] == 44.6
    assert df[("deaths", "not_autopsied", 2024, "all")] == 39
    assert df[("deaths", "not_autopsied_percent", 2023, "all")] == 7.4
    assert df[("deaths", "not_autopsied", 2024, "intent=mental_behavioural")] == 26
    assert df[("deaths", "rate_age_standardised", 2024, "county_code=33")] == 9.0
    assert df[("deaths", "rate_age_standardised", 2024, "county_code=15")] == 3.7
    assert df[("deaths", "deaths_mean_per_year", 2024, "period=2012-2024")] == 292
    # methods chapter: standard population = "middelbefolkningen i Norge i 2024"
    assert df[("deaths", "standard_population_year", 2024, "all")] == 2024
    assert df[("pwid", "estimate_min", 2024, "period=2012-2024")] == 10500
    assert df[("pwid", "estimate_max", 2024, "period=2012-2024")] == 16000
    # 2023 by sex is derived from the stated falls (42 women, 7 men) and must add up to 391
    assert df[("deaths", "deaths", 2023, "sex=women")] + df[("deaths", "deaths", 2023, "sex=men")] == 391


def test_derived_rows_say_so():
    df = load("report_figures.csv")
    derived = df[(df["year"] == 2023) & (df["measure"] == "deaths")]
    assert len(derived) == 2
    assert derived["source"].str.contains("derived").all()


def test_rate_decimals_as_the_report_writes_the_rates(national):
    # ch. 6: "fra 5 til 6.1" (2012 written as a whole number); ch. 5: 7,1 (2023) and 6,1 (2024)
    assert national["rate_decimals"].dropna().to_dict() == {2012: 0, 2023: 1, 2024: 1}
    assert national["rate_decimals"].isna().equals(national["rate_age_standardised"].isna())


def test_raw_2012_rate_is_written_as_the_report_writes_it():
    raw = pd.read_csv(ROOT / "data" / "raw" / "report_2025_text_figures.csv", dtype=str, keep_default_na=False)
    row = raw[(raw["measure"] == "rate_age_standardised") & (raw["year"] == "2012")].iloc[0]
    assert row["value"] == "5"


def test_written_decimals():
    from dashboard.data.sources.deaths import written_decimals

    assert [written_decimals(x) for x in ("5", "7", "7.4", "11.4", "9.0", "0.01")] == [0, 0, 1, 1, 1, 2]


def test_report_figure_decimals_follow_the_raw_text():
    df = load("report_figures.csv").set_index(["topic", "measure", "year", "breakdown"])["decimals"]
    # methods chapter: "i 2022 og 2021 var det 7 %", "7,4 %" for 2023, "(11,4 %)" for 2024
    assert df[("deaths", "not_autopsied_percent", 2021, "all")] == 0
    assert df[("deaths", "not_autopsied_percent", 2022, "all")] == 0
    assert df[("deaths", "not_autopsied_percent", 2023, "all")] == 1
    assert df[("deaths", "not_autopsied_percent", 2024, "all")] == 1
    assert df[("deaths", "mean_age", 2024, "sex=all")] == 1  # "45,7 år"


def test_2021_count_keeps_the_stated_value_and_names_the_implied_one(national):
    # drug_induced_deaths_norway_from_pages.csv: "2021: 241 dødsfall" (FHI, Narkotika i Norge);
    # drug_induced_deaths_norway_more.csv: 2022 = 321, "74 flere enn i 2021" (Rusfeltet.no, June 2023)
    assert national.loc[2021, "deaths"] == 241
    assert national.loc[2021, "implied_deaths"] == 321 - 74
    assert national.loc[2021, "implied_by"] == "Rusfeltet.no, June 2023 (FHI figures)"
    assert national["implied_deaths"].notna().sum() == 1  # no other year is implied otherwise
