"""County map: 15 counties with codes matching the deaths table."""
import json

from dashboard.data.contract import COUNTY_CODES, SPECS, read_table
from dashboard.data.paths import ROOT

TIDY = ROOT / "data" / "tidy"


def load():
    return json.loads((TIDY / "counties.geojson").read_text(encoding="utf-8"))


def test_fifteen_counties_with_code_and_name():
    feats = load()["features"]
    assert len(feats) == 15
    props = {f["properties"]["county_code"]: f["properties"]["county"] for f in feats}
    assert set(props) == set(COUNTY_CODES)
    assert props["03"] == "Oslo" and props["46"] == "Vestland" and props["15"] == "Møre og Romsdal"


def test_every_death_county_is_on_the_map():
    deaths = read_table(TIDY / "deaths_by_county.csv", SPECS["deaths_by_county.csv"])
    codes = {f["properties"]["county_code"] for f in load()["features"]}
    assert set(deaths["county_code"]) <= codes


def test_coordinates_rounded_to_four_decimals_and_inside_norway():
    def points(c):
        if isinstance(c[0], (int, float)):
            yield c
        else:
            for x in c:
                yield from points(x)

    for f in load()["features"]:
        for lon, lat in points(f["geometry"]["coordinates"]):
            assert round(lon, 4) == lon and round(lat, 4) == lat
            assert 4 < lon < 32 and 57 < lat < 72
