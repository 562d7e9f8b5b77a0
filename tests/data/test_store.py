"""Contract and store on deliberately broken copies: the error names file, row and column."""

import pytest

from dashboard.data import store
from dashboard.data.build import build_all
from dashboard.data.contract import SPECS, DataError, read_table
from dashboard.data.paths import ROOT

TIDY = ROOT / "data" / "tidy"
COUNTY = SPECS["deaths_by_county.csv"]
SURVEY = SPECS["survey_prevalence.csv"]
SURVEY_HEAD = "year,substance,period,sex,age_group,percent,ci_low,ci_high,n\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path, name, text, spec):
    with pytest.raises(DataError) as info:
        read_table(write(tmp_path, name, text), spec)
    return info.value, str(info.value)


def test_wrong_county_code(tmp_path):
    err, msg = broken(
        tmp_path, "deaths_by_county.csv", "year,county_code,county,deaths\n2024,03,Oslo,56\n2024,99,Nowhere,1\n", COUNTY
    )
    assert (err.file, err.row, err.column) == ("deaths_by_county.csv", 3, "county_code")
    assert "deaths_by_county.csv" in msg and "row 3" in msg and "'county_code'" in msg and "'99'" in msg


def test_county_code_without_leading_zero_is_rejected(tmp_path):
    err, _ = broken(tmp_path, "deaths_by_county.csv", "year,county_code,county,deaths\n2024,3,Oslo,56\n", COUNTY)
    assert (err.row, err.column) == (2, "county_code")


def test_duplicate_key(tmp_path):
    err, msg = broken(
        tmp_path,
        "deaths_by_county.csv",
        "year,county_code,county,deaths\n2024,03,Oslo,56\n2023,03,Oslo,61\n2024,03,Oslo,57\n",
        COUNTY,
    )
    assert (err.row, err.column) == (4, "county_code")
    assert "duplicate key" in msg and "row 4" in msg


def test_percent_above_100(tmp_path):
    err, msg = broken(
        tmp_path, "survey_prevalence.csv", SURVEY_HEAD + "2025,cannabis,lifetime,all,16-64,101.5,99,102,5000\n", SURVEY
    )
    assert (err.file, err.row, err.column) == ("survey_prevalence.csv", 2, "percent")
    assert "above 100" in msg


def test_ci_order(tmp_path):
    err, msg = broken(
        tmp_path,
        "survey_prevalence.csv",
        SURVEY_HEAD + "2025,cannabis,lifetime,all,16-64,20.0,18.0,22.0,5000\n"
        "2025,cocaine,lifetime,all,16-64,5.0,5.5,6.0,5000\n",
        SURVEY,
    )
    assert (err.row, err.column) == (3, "percent")
    assert "ci_low <= percent <= ci_high" in msg


def test_non_numeric(tmp_path):
    err, msg = broken(
        tmp_path,
        "deaths_by_county.csv",
        "year,county_code,county,deaths\n2024,03,Oslo,56\n2024,11,Rogaland,forty\n",
        COUNTY,
    )
    assert (err.row, err.column) == (3, "deaths")
    assert "'forty'" in msg and "not a valid int" in msg


def test_negative_count(tmp_path):
    err, _ = broken(tmp_path, "deaths_by_county.csv", "year,county_code,county,deaths\n2024,03,Oslo,-1\n", COUNTY)
    assert (err.row, err.column) == (2, "deaths")


def test_empty_required_value(tmp_path):
    err, msg = broken(tmp_path, "deaths_by_county.csv", "year,county_code,county,deaths\n2024,03,Oslo,\n", COUNTY)
    assert (err.row, err.column) == (2, "deaths") and "empty" in msg


def test_missing_column(tmp_path):
    err, msg = broken(tmp_path, "deaths_by_county.csv", "year,county_code,deaths\n2024,03,56\n", COUNTY)
    assert (err.file, err.row, err.column) == ("deaths_by_county.csv", None, "county")
    assert "column is missing" in msg


def test_store_reports_missing_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    store.clear_cache()
    try:
        with pytest.raises(DataError) as info:
            store.table("deaths_national")
        assert info.value.file == "deaths_national.csv"
        assert "missing" in str(info.value)
    finally:
        store.clear_cache()


def test_store_stops_on_broken_copy(tmp_path, monkeypatch):
    write(tmp_path, "deaths_by_county.csv", "year,county_code,county,deaths\n2024,3,Oslo,56\n")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    store.clear_cache()
    try:
        with pytest.raises(DataError, match=r"file deaths_by_county\.csv, row 2, column 'county_code'"):
            store.table("deaths_by_county")
    finally:
        store.clear_cache()


def test_store_rejects_geojson_without_county_code(tmp_path, monkeypatch):
    write(
        tmp_path,
        "counties.geojson",
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Oslo"}}]}',
    )
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    store.clear_cache()
    try:
        with pytest.raises(DataError, match="county_code"):
            store.counties_geojson()
    finally:
        store.clear_cache()


def test_real_tables_load_through_store():
    store.clear_cache()
    assert len(store.table("deaths_by_county")) == 30
    assert len(store.counties_geojson()["features"]) == 15


OWN_OUTPUTS = (
    "deaths_national.csv",
    "deaths_by_age_sex.csv",
    "deaths_by_county.csv",
    "deaths_by_substance.csv",
    "deaths_by_intent.csv",
    "report_figures.csv",
    "population.csv",
    "counties.geojson",
)


def test_checked_in_tables_equal_a_fresh_build(tmp_path):
    build_all(tmp_path)
    for name in OWN_OUTPUTS:
        assert (tmp_path / name).read_bytes() == (TIDY / name).read_bytes(), name


SAMPLING = SPECS["wastewater_sampling.csv"]
SAMPLING_HEAD = "site,year,season,start,end\n"
EUROPE = SPECS["wastewater_europe.csv"]
EUROPE_HEAD = "year,country,country_name,in_europe,city,site,substance,daily_mean,weekday_mean,weekend_mean\n"


def test_sampling_start_after_end(tmp_path):
    err, msg = broken(
        tmp_path,
        "wastewater_sampling.csv",
        SAMPLING_HEAD + "veas,2024,spring,2024-04-10,2024-04-16\nholen,2024,spring,2024-04-16,2024-04-10\n",
        SAMPLING,
    )
    assert (err.row, err.column) == (3, "end")
    assert "start <= end" in msg


def test_sampling_date_must_be_iso(tmp_path):
    err, msg = broken(
        tmp_path, "wastewater_sampling.csv", SAMPLING_HEAD + "veas,2024,spring,10.04.2024,2024-04-16\n", SAMPLING
    )
    assert (err.row, err.column) == (2, "start") and "ISO date" in msg
    err, _ = broken(
        tmp_path, "wastewater_sampling.csv", SAMPLING_HEAD + "veas,2024,spring,2024-04-10,2024-02-30\n", SAMPLING
    )
    assert (err.row, err.column) == (2, "end")


def test_bool_column_reads_true_false_only(tmp_path):
    ok = write(
        tmp_path,
        "wastewater_europe.csv",
        EUROPE_HEAD + "2024,HU,Ungarn,true,Debrecen,H001,cocaine,1,1,1\n"
        "2024,US,USA,false,Seattle,US001,cocaine,1,1,1\n",
    )
    df = read_table(ok, EUROPE)
    assert df["in_europe"].dtype == bool and df["in_europe"].tolist() == [True, False]
    err, msg = broken(
        tmp_path, "wastewater_europe.csv", EUROPE_HEAD + "2024,HU,Ungarn,yes,Debrecen,H001,cocaine,1,1,1\n", EUROPE
    )
    assert (err.row, err.column) == (2, "in_europe") and "'yes'" in msg
    err, msg = broken(
        tmp_path, "wastewater_europe.csv", EUROPE_HEAD + "2024,HU,Ungarn,,Debrecen,H001,cocaine,1,1,1\n", EUROPE
    )
    assert (err.row, err.column) == (2, "in_europe") and "empty" in msg


def test_bool_column_written_as_true_false(tmp_path):
    import pandas as pd

    from dashboard.data.contract import write_table

    frame = pd.DataFrame(
        {
            "year": [2024, 2024],
            "country": ["US", "HU"],
            "country_name": ["USA", "Ungarn"],
            "in_europe": [False, True],
            "city": ["Seattle", "Debrecen"],
            "site": ["US001", "H001"],
            "substance": ["cocaine", "cocaine"],
            "daily_mean": [1.0, 2.0],
            "weekday_mean": [1.0, 2.0],
            "weekend_mean": [1.0, 2.0],
        }
    )
    write_table(frame, tmp_path / "wastewater_europe.csv", EUROPE)
    lines = (tmp_path / "wastewater_europe.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("2024,HU,Ungarn,true,") and lines[2].startswith("2024,US,USA,false,")


def test_daily_note_codes(tmp_path):
    head = "city,year,season,weekday,substance,marker,load,note\n"
    spec = SPECS["wastewater_daily.csv"]
    err, msg = broken(
        tmp_path, "wastewater_daily.csv", head + "oslo,2024,autumn,wed,ketamine,ketamine,504,dumped\n", spec
    )
    assert (err.row, err.column) == (2, "note") and "dumping" in msg
    ok = write(tmp_path, "wastewater_daily.csv", head + "oslo,2024,autumn,wed,ketamine,ketamine,504,\n")
    assert read_table(ok, spec)["note"].isna().all()
