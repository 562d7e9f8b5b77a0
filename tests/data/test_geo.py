"""County map: 15 counties with codes matching the deaths table."""

import json

from dashboard.data.contract import COUNTY_CODES, SPECS, read_table
from dashboard.data.paths import RAW_DIR, ROOT
from dashboard.data.sources import geo

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


def _rings(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return polys


def test_stored_geometry_is_wound_for_d3():
    # d3-geo (plotly.js) needs exterior rings clockwise and holes counter-clockwise; the
    # stored file is wound at build time so the map uses it as it is.
    for f in load()["features"]:
        for poly in _rings(f["geometry"]):
            assert geo.signed_area(poly[0]) < 0
            assert all(geo.signed_area(r) > 0 for r in poly[1:])


def test_raw_file_is_wound_the_other_way():
    # Kartverket's file follows RFC 7946 (exterior counter-clockwise): the build must rewind it.
    raw = json.loads((RAW_DIR / geo.RAW_FILE).read_text(encoding="utf-8"))
    exteriors = [poly[0] for f in raw["features"] for poly in _rings(f["geometry"])]
    assert all(geo.signed_area(r) > 0 for r in exteriors)


def test_signed_area_and_wind():
    square_ccw = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    assert geo.signed_area(square_ccw) == 1.0
    assert geo.signed_area(square_ccw[::-1]) == -1.0
    assert geo.wind(square_ccw, clockwise=True) == square_ccw[::-1]
    assert geo.wind(square_ccw, clockwise=False) == square_ccw
    assert geo.wind(square_ccw[::-1], clockwise=True) == square_ccw[::-1]


def test_d3_winding_of_polygon_with_hole_and_multipolygon():
    outer_ccw = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]
    hole_cw = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]
    poly = geo.d3_winding({"type": "Polygon", "coordinates": [outer_ccw, hole_cw]})
    assert poly["type"] == "Polygon"
    assert poly["coordinates"][0] == outer_ccw[::-1]  # exterior now clockwise
    assert poly["coordinates"][1] == hole_cw[::-1]  # hole now counter-clockwise
    multi = geo.d3_winding({"type": "MultiPolygon", "coordinates": [[outer_ccw], [outer_ccw[::-1]]]})
    assert [geo.signed_area(p[0]) < 0 for p in multi["coordinates"]] == [True, True]


def _points(ring):
    return {tuple(p) for p in ring}


def test_simplify_drops_points_within_tolerance_and_keeps_the_rest():
    # a square (side 1 degree at the equator) with a bump of 0.005 (dropped) and one of 0.2 (kept)
    ring = [[0, 0], [0.5, 0.005], [1, 0], [1, 1], [0.5, 1.2], [0, 1], [0, 0]]
    out = geo.simplify(ring, fixed=set(), tolerance=0.01)
    assert out[0] == out[-1]
    assert _points(out) == {(0, 0), (1, 0), (1, 1), (0.5, 1.2), (0, 1)}


def test_simplify_keeps_fixed_points_and_small_rings():
    ring = [[0, 0], [0.5, 0.005], [1, 0], [1, 1], [0, 1], [0, 0]]
    kept = geo.simplify(ring, fixed={(0.5, 0.005)}, tolerance=0.01)
    assert (0.5, 0.005) in _points(kept)
    tiny = [[0, 0], [0.001, 0], [0.001, 0.001], [0.0005, 0.0015], [0, 0.001], [0, 0]]
    assert geo.simplify(tiny, fixed=set(), tolerance=0.01) == tiny  # would be too small to draw


def test_map_generalised_with_every_border_point_and_every_ring_kept():
    raw = json.loads((RAW_DIR / geo.RAW_FILE).read_text(encoding="utf-8"))
    rounded = [{**f["geometry"], "coordinates": geo._round(f["geometry"]["coordinates"])} for f in raw["features"]]
    tidy = {f["properties"]["county_code"]: f for f in load()["features"]}
    borders = geo.shared_points(rounded)
    assert len(borders) > 1000  # the counties do share their borders in the raw file
    before = after = 0
    for f, r in zip(raw["features"], rounded, strict=True):
        mine = tidy[f["properties"]["fylkesnummer"]]["geometry"]
        rings_before = [ring for poly in _rings(r) for ring in poly]
        rings_after = [ring for poly in _rings(mine) for ring in poly]
        assert len(rings_after) == len(rings_before)
        points_before = set().union(*map(_points, rings_before))
        points_after = set().union(*map(_points, rings_after))
        assert points_after <= points_before  # only dropped, never moved
        assert borders & points_before <= points_after  # the common borders stay as they are
        before += sum(map(len, rings_before))
        after += sum(map(len, rings_after))
    assert after < 0.65 * before
