"""The data contract on broken copies of the shipped data: every corruption stops store.load_all().

Each test copies data/tidy/ to tmp_path, breaks one cell, line or file, points DASHBOARD_DATA_DIR at
the copy and expects a DataError that names the file, the CSV line (header = line 1; for
counties.geojson the feature's number) and the column, where the fault has them. A bare exception,
or an app that starts on broken data, fails the test.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data import store
from dashboard.data.contract import SPECS, DataError, write_table
from dashboard.data.paths import ROOT

TIDY = ROOT / "data" / "tidy"
GEOJSON = "counties.geojson"


@pytest.fixture
def tidy(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped tables, used by the store."""
    copy = tmp_path / "tidy"
    shutil.copytree(TIDY, copy)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(copy))
    store.clear_cache()
    yield copy
    store.clear_cache()


# --------------------------------------------------------------------------- helpers
def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def line_of(path: Path, **where) -> int:
    """CSV line (header = 1) of the first row whose cells equal `where`."""
    rows = read_rows(path)
    header = rows[0]
    for n, row in enumerate(rows[1:], start=2):
        if all(row[header.index(k)] == v for k, v in where.items()):
            return n
    raise AssertionError(f"no row {where} in {path.name}")


def set_cell(path: Path, column: str, value: str, line: int = 2, **where) -> int:
    """Write `value` into `column` of one row (line `line`, or the first row matching `where`)."""
    if where:
        line = line_of(path, **where)
    rows = read_rows(path)
    rows[line - 1][rows[0].index(column)] = value
    write_rows(path, rows)
    return line


def refused(file: str, row: int | None, column: str | None, *words: str) -> DataError:
    """load_all() stops with a DataError at exactly (file, row, column), its message naming them."""
    with pytest.raises(DataError) as info:
        store.load_all()
    err, msg = info.value, str(info.value)
    assert (err.file, err.row, err.column) == (file, row, column), msg
    assert msg.startswith(f"file {file}"), msg
    if row is not None:
        assert f"row {row}" in msg, msg
    if column is not None:
        assert f"column '{column}'" in msg, msg
    for word in words:
        assert word in msg, msg
    return err


def columns(kind: str | None = None, *, attr: str | None = None):
    """(file, column) of every column in the contract of a kind, or with an attribute set."""
    return [
        pytest.param(spec.name, col.name, id=f"{spec.name}:{col.name}")
        for spec in SPECS.values()
        for col in spec.columns
        if (kind is None or col.kind == kind) and (attr is None or getattr(col, attr) is not None)
    ]


def spec_column(file: str, column: str):
    return next(c for c in SPECS[file].columns if c.name == column)


# --------------------------------------------------------------------------- the shipped data
def test_shipped_data_loads(monkeypatch):
    monkeypatch.delenv("DASHBOARD_DATA_DIR", raising=False)
    store.clear_cache()
    try:
        store.load_all()
        assert len(store.counties_geojson()["features"]) == 15
    finally:
        store.clear_cache()


def test_untouched_copy_loads(tidy):
    store.load_all()


# --------------------------------------------------------------------------- numbers
def test_wastewater_load_of_1e300(tidy):
    line = set_cell(tidy / "wastewater_daily.csv", "load", "1e300", city="oslo", weekday="sat", substance="cocaine")
    refused("wastewater_daily.csv", line, "load", "above 50000")


@pytest.mark.parametrize(("file", "column"), columns(attr="max"))
def test_every_bounded_column_has_a_plausible_maximum(tidy, file, column):
    col = spec_column(file, column)
    value = "1e300" if col.kind == "float" else "999999999"
    set_cell(tidy / file, column, value)
    refused(file, 2, column, "above")


def test_999999999_deaths(tidy):
    line = set_cell(tidy / "deaths_national.csv", "deaths", "999999999", year="2024")
    refused("deaths_national.csv", line, "deaths", "above 2500")


@pytest.mark.parametrize("text", ["inf", "-inf", "nan", "NaN", "Infinity", "1e999"])
def test_non_finite_load_as_text(tidy, text):
    line = set_cell(tidy / "wastewater_daily.csv", "load", text, city="bergen", weekday="fri", substance="cocaine")
    refused("wastewater_daily.csv", line, "load", f"'{text}' is not a finite number")


@pytest.mark.parametrize(("file", "column"), columns("float"))
def test_every_float_column_refuses_inf(tidy, file, column):
    set_cell(tidy / file, column, "inf")
    refused(file, 2, column, "not a finite number")


def test_write_table_refuses_inf(tmp_path):
    frame = pd.DataFrame({"year": [2024], "estimate": [12000], "moving_average_3y": [float("inf")]})
    with pytest.raises(DataError) as info:
        write_table(frame, tmp_path / "pwid_estimates.csv", SPECS["pwid_estimates.csv"])
    assert (info.value.row, info.value.column) == (2, "moving_average_3y")


@pytest.mark.parametrize("text", ["4e2", "400.0", "+400", " 400", "0400", "4_00"])
def test_int_written_other_than_as_plain_digits(tidy, text):
    line = set_cell(tidy / "deaths_by_county.csv", "deaths", text, year="2024", county_code="03")
    refused("deaths_by_county.csv", line, "deaths", f"'{text}' is not a valid int")


@pytest.mark.parametrize(("file", "column"), columns("int"))
def test_every_int_column_refuses_an_exponent(tidy, file, column):
    set_cell(tidy / file, column, "4e2")
    refused(file, 2, column, "'4e2' is not a valid int")


def test_population_zero(tidy):
    line = set_cell(tidy / "population.csv", "population", "0", year="2024", county_code="03", sex="all")
    refused("population.csv", line, "population", "below 1")


def test_injection_estimate_zero(tidy):
    line = set_cell(tidy / "pwid_estimates.csv", "estimate", "0", year="2020")
    refused("pwid_estimates.csv", line, "estimate", "below 1")


def test_negative_report_figure(tidy):
    line = set_cell(tidy / "report_figures.csv", "value", "-7", measure="not_autopsied", breakdown="all")
    refused("report_figures.csv", line, "value", "below 0")


@pytest.mark.parametrize(
    ("measure", "breakdown", "value"),
    [
        ("not_autopsied_percent", "all", "107"),
        ("mean_age", "sex=men", "446"),
        ("standard_population_year", "all", "24"),
    ],
)
def test_report_figure_outside_its_unit(tidy, measure, breakdown, value):
    line = set_cell(tidy / "report_figures.csv", "value", value, measure=measure, breakdown=breakdown)
    refused("report_figures.csv", line, "value", "range of unit")


# --------------------------------------------------------------------------- codes
def test_unknown_marker(tidy):
    line = set_cell(tidy / "wastewater_daily.csv", "marker", "cocaethylene", substance="cocaine")
    refused("wastewater_daily.csv", line, "marker", "'cocaethylene' is not an allowed code")


def test_marker_of_another_substance(tidy):
    line = set_cell(tidy / "wastewater_daily.csv", "marker", "MDMA", substance="cocaine")
    refused("wastewater_daily.csv", line, "marker", "not the marker of cocaine")


def test_unknown_frequency(tidy):
    line = set_cell(tidy / "survey_cannabis_frequency.csv", "frequency", "daily", sex="men")
    refused("survey_cannabis_frequency.csv", line, "frequency", "'daily' is not an allowed code")


@pytest.mark.parametrize(("file", "column"), columns("str", attr="codes"))
def test_every_coded_column_refuses_an_unknown_code(tidy, file, column):
    set_cell(tidy / file, column, "no-such-code")
    refused(file, 2, column, "'no-such-code' is not an allowed code")


@pytest.mark.parametrize(
    ("file", "column", "value"),
    [
        ("wastewater_europe.csv", "country", "Norway"),
        ("wastewater_europe.csv", "site", "no001"),
        ("deaths_national.csv", "count_url", "www.fhi.no"),
    ],
)
def test_patterned_column_refuses_another_form(tidy, file, column, value):
    line = set_cell(tidy / file, column, value, line=3 if column == "count_url" else 2)
    refused(file, line, column, f"'{value}' is not of the form")


def test_every_str_column_has_a_code_list_or_a_stated_reason():
    """Free text stays free; everything else is a code list or a pattern (or checked across tables)."""
    free = {
        ("deaths_national.csv", "count_source"),
        ("deaths_national.csv", "rate_source"),
        ("deaths_national.csv", "implied_by"),  # a publication's citation, like count_source
        ("deaths_by_county.csv", "county"),  # checked against counties.geojson
        ("wastewater_sites.csv", "name"),
        ("wastewater_europe.csv", "country_name"),
        ("wastewater_europe.csv", "city"),
        ("report_figures.csv", "breakdown"),  # rule: 'all' or key=value with coded values
        ("report_figures.csv", "source"),
    }
    unlisted = {
        (spec.name, col.name)
        for spec in SPECS.values()
        for col in spec.columns
        if col.kind == "str" and col.codes is None and col.pattern is None
    }
    assert unlisted == free


@pytest.mark.parametrize(
    ("breakdown", "words"),
    [("sex=boys", "sex 'boys'"), ("period=2024-2012", "period"), ("region=west", "'region'"), ("men", "key=value")],
)
def test_report_breakdown(tidy, breakdown, words):
    line = set_cell(tidy / "report_figures.csv", "breakdown", breakdown, measure="mean_age", breakdown="sex=men")
    refused("report_figures.csv", line, "breakdown", words)


# --------------------------------------------------------------------------- sampling weeks
def test_sampling_week_garbage(tidy):
    line = set_cell(tidy / "wastewater_sampling.csv", "start", "garbage", site="veas", year="2025", season="spring")
    refused("wastewater_sampling.csv", line, "start", "'garbage' is not an ISO date")


def test_sampling_week_reversed(tidy):
    path = tidy / "wastewater_sampling.csv"
    line = set_cell(path, "start", "2025-04-08", site="veas", year="2025", season="spring")
    set_cell(path, "end", "2025-04-02", line=line)
    refused("wastewater_sampling.csv", line, "end", "start <= end")


def test_sampling_week_not_from_a_wednesday(tidy):
    path = tidy / "wastewater_sampling.csv"
    line = set_cell(path, "start", "2025-04-03", site="veas", year="2025", season="spring")
    set_cell(path, "end", "2025-04-09", line=line)
    refused("wastewater_sampling.csv", line, "start", "Thursday", "Wednesday")


def test_sampling_week_of_eight_days(tidy):
    line = set_cell(tidy / "wastewater_sampling.csv", "end", "2025-04-09", site="veas", year="2025", season="spring")
    refused("wastewater_sampling.csv", line, "end", "8 days")


def test_sampling_week_in_another_year(tidy):
    path = tidy / "wastewater_sampling.csv"
    line = set_cell(path, "start", "2026-04-01", site="veas", year="2025", season="spring")
    set_cell(path, "end", "2026-04-07", line=line)
    refused("wastewater_sampling.csv", line, "start", "not in year 2025")


def test_sampling_at_a_plant_not_in_the_sites_table(tidy):
    sites = tidy / "wastewater_sites.csv"
    write_rows(sites, [r for r in read_rows(sites) if r[0] != "holen"])
    refused("wastewater_sampling.csv", line_of(tidy / "wastewater_sampling.csv", site="holen"), "site", "holen")


# --------------------------------------------------------------------------- across tables
def test_county_name_swapped_with_another_code(tidy):
    path = tidy / "deaths_by_county.csv"
    oslo = set_cell(path, "county", "Rogaland", year="2024", county_code="03")
    rogaland = set_cell(path, "county", "Oslo", year="2024", county_code="11")
    refused("deaths_by_county.csv", min(oslo, rogaland), "county", "not the name of county", GEOJSON)


# --------------------------------------------------------------------------- counties.geojson
def edit_geojson(tidy: Path, change) -> None:
    path = tidy / GEOJSON
    geo = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(change(geo)), encoding="utf-8")


def test_geojson_without_features(tidy):
    edit_geojson(tidy, lambda g: {**g, "features": []})
    refused(GEOJSON, None, "features", "no features")


def test_geojson_that_is_a_list(tidy):
    edit_geojson(tidy, lambda g: g["features"])
    refused(GEOJSON, None, None, "not a GeoJSON object", "list")


def test_geojson_without_a_county(tidy):
    edit_geojson(
        tidy, lambda g: {**g, "features": [f for f in g["features"] if f["properties"]["county_code"] != "56"]}
    )
    refused(GEOJSON, None, "county_code", "no feature for county 56")


def test_geojson_with_a_county_twice(tidy):
    def twice(g):
        g["features"][1]["properties"]["county_code"] = g["features"][0]["properties"]["county_code"]
        return g

    edit_geojson(tidy, twice)
    refused(GEOJSON, 2, "county_code", "has a feature already")


def test_geojson_feature_without_a_name(tidy):
    def nameless(g):
        del g["features"][2]["properties"]["county"]
        return g

    edit_geojson(tidy, nameless)
    refused(GEOJSON, 3, "county", "no county name")


def test_geojson_feature_with_bad_coordinates(tidy):
    def moved(g):
        g["features"][4]["geometry"]["coordinates"][0][0][0] = [1000.0, 60.0]
        return g

    edit_geojson(tidy, moved)
    refused(GEOJSON, 5, "geometry", "longitude/latitude")


def test_geojson_with_nan(tidy):
    path = tidy / GEOJSON
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("]", ", NaN]", 1), encoding="utf-8")
    refused(GEOJSON, None, None, "not valid JSON", "NaN")


def test_geojson_cut_off(tidy):
    path = tidy / GEOJSON
    path.write_bytes(path.read_bytes()[:1000])
    refused(GEOJSON, None, None, "not valid JSON", "line")


# --------------------------------------------------------------------------- files
def test_empty_file(tidy):
    (tidy / "deaths_by_intent.csv").write_bytes(b"")
    refused("deaths_by_intent.csv", None, None, "empty")


def test_header_without_rows(tidy):
    path = tidy / "deaths_by_intent.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    refused("deaths_by_intent.csv", 2, None, "no rows")


def test_file_cut_mid_row(tidy):
    path = tidy / "population.csv"
    text = path.read_text(encoding="utf-8")
    start = sum(len(line) for line in text.splitlines(keepends=True)[:99])  # line 100 starts here
    path.write_text(text[: start + 9], encoding="utf-8")
    refused("population.csv", 100, None, "truncated")


def test_row_with_an_extra_field(tidy):
    path = tidy / "deaths_by_county.csv"
    line = line_of(path, year="2024", county_code="46")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].replace("\n", ",7\n")
    path.write_text("".join(lines), encoding="utf-8")
    refused("deaths_by_county.csv", line, None, "5 fields, the header 4")


def test_row_with_a_missing_field(tidy):
    path = tidy / "deaths_by_county.csv"
    line = line_of(path, year="2024", county_code="46")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].rsplit(",", 1)[0] + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    refused("deaths_by_county.csv", line, "deaths", "3 fields, the header 4")


def test_empty_line(tidy):
    path = tidy / "deaths_by_intent.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:5], "\n", *lines[5:]]), encoding="utf-8")
    refused("deaths_by_intent.csv", 6, None, "line is empty")


def test_unclosed_quote(tidy):
    path = tidy / "deaths_national.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[1].count('"') == 2
    lines[1] = lines[1][::-1].replace('"', "", 1)[::-1]  # drop the closing quote
    path.write_text("".join(lines), encoding="utf-8")
    refused("deaths_national.csv", 2, None, "not valid CSV")


def test_cell_with_a_line_break(tidy):
    line = set_cell(tidy / "deaths_national.csv", "count_source", "FHI news,\nJune 2021", year="2002")
    refused("deaths_national.csv", line, "count_source", "line break")


def test_latin1_file(tidy):
    path = tidy / "deaths_by_county.csv"
    rows = read_rows(path)
    line, column = next(
        (n, rows[0][j]) for n, row in enumerate(rows[1:], start=2) for j, cell in enumerate(row) if not cell.isascii()
    )
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    refused("deaths_by_county.csv", line, column, "not UTF-8", "Latin-1")


def test_column_named_twice(tidy):
    path = tidy / "deaths_by_intent.csv"
    rows = read_rows(path)
    rows[0][1] = "year"
    write_rows(path, rows)
    refused("deaths_by_intent.csv", 1, "year", "named twice")
