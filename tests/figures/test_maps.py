"""County map: the stored (build-time wound) GeoJSON is passed to plotly as it is."""

import copy
import hashlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import plotly.graph_objects as go
import pytest

from dashboard.data import store
from dashboard.data.sources.geo import signed_area
from dashboard.figures.maps import county_map, geometry_bounds, inline_geometry, update_paths


def _map(geo, **kw):
    codes = [f["properties"]["county_code"] for f in geo["features"]]
    return county_map(codes, [1.0] * len(codes), ["x"] * len(codes), geo, title="t", **kw), codes


def test_geometry_is_used_as_stored():
    geo = store.counties_geojson()
    before = copy.deepcopy(geo)
    fig, codes = _map(geo)
    trace = fig.data[0]
    assert trace.geojson == before  # no rewinding or other change at run time
    assert geo == before  # the cached source is not modified either
    assert list(trace.locations) == codes and trace.featureidkey == "properties.county_code"
    first = trace.geojson["features"][0]["geometry"]
    polys = first["coordinates"] if first["type"] == "MultiPolygon" else [first["coordinates"]]
    assert signed_area(polys[0][0]) < 0  # exterior clockwise, as d3 needs


def test_signature_unchanged():
    params = inspect.signature(county_map).parameters
    assert list(params)[:4] == ["codes", "values", "hover", "geojson"]
    for name in ("title", "subtitle", "source", "colorbar_title", "selected", "diverging", "missing_note"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY


def test_all_missing_draws_grey_with_note():
    geo = store.counties_geojson()
    codes = [f["properties"]["county_code"] for f in geo["features"]]
    fig = county_map(codes, [None] * len(codes), ["x"] * len(codes), geo, title="t", missing_note="Ingen tall")
    assert fig.data[0].showscale is False
    assert any(a.text == "Ingen tall" for a in fig.layout.annotations)


# --------------------------------------------------------------------------- geometry by URL
URL = "/assets/geo/counties.geojson?v=0123abcd"


def _state_maps(geo_or_url):
    """The map in states that differ in every way county_map varies: plain, diverging, all
    missing (with a note), a county selected."""
    geo = store.counties_geojson()
    codes = [f["properties"]["county_code"] for f in geo["features"]]
    n = len(codes)
    kw = dict(title="t", source="Kilde", bounds=(4.0, 31.0, 57.0, 71.0))
    return [
        county_map(codes, [float(i) for i in range(n)], ["a"] * n, geo_or_url, **kw),
        county_map(codes, [i - 7.0 for i in range(n)], ["b"] * n, geo_or_url, diverging=True, **kw),
        county_map(codes, [None] * n, ["c"] * n, geo_or_url, missing_note="Ingen tall", **kw),
        county_map(codes, [1.0] * n, ["d"] * n, geo_or_url, selected=codes[3], colorbar_title="x", **kw),
    ]


def _apply(figure: dict, changes) -> dict:
    """What a Dash Patch of `changes` does to the figure in the browser (None: the key is unset)."""
    out = json.loads(json.dumps(figure))
    for path, value in changes:
        node = out
        for step in path[:-1]:
            node = node[step]
        if value is None:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value
    return out


def _plain(fig) -> dict:
    return json.loads(fig.to_json())


def test_an_update_turns_any_state_of_the_map_into_any_other():
    figures = [_plain(f) for f in _state_maps(URL)]
    for before in figures:
        for after in figures:
            assert _apply(before, update_paths(after)) == after


def test_an_update_never_carries_the_geometry_and_stays_small():
    geo = store.counties_geojson()
    for fig in _state_maps(geo):  # even where the figure holds the geometry itself
        changes = update_paths(_plain(fig))
        assert all("geojson" not in path for path, _ in changes)
        assert len(json.dumps([v for _, v in changes])) < 20_000
        assert len(json.dumps(_plain(fig))) > 150_000  # what a full figure would have sent (geometry ~170 KB)


def test_a_url_geometry_is_kept_as_a_url_and_inlined_for_offline_renderers():
    geo = store.counties_geojson()
    fig = _state_maps(URL)[0]
    assert fig.data[0].geojson == URL
    assert len(fig.to_json()) < 20_000
    bar = go.Bar(x=[1], y=[2])
    fig.add_trace(bar)
    inline_geometry(fig, geo)
    assert fig.data[0].geojson == geo and fig.data[1].type == "bar"


def test_bounds_are_the_extremes_of_every_polygon_position():
    square = [[[0.0, 60.0], [2.0, 60.0], [2.0, 61.0], [0.0, 60.0]]]
    multi = [[[[5.0, 58.0], [6.0, 70.5], [4.5, 59.0], [5.0, 58.0]]]]
    geo = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square}},
            {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": multi}},
        ],
    }
    assert geometry_bounds(geo) == (0.0, 6.0, 58.0, 70.5)
    fig = county_map(["a"], [1.0], ["x"], geo, title="t")
    assert list(fig.layout.geo.lonaxis.range) == [0.0, 6.0] and list(fig.layout.geo.lataxis.range) == [58.0, 70.5]


def test_the_deaths_map_names_the_served_file_which_is_the_data():
    from dashboard.cards import deaths, registry
    from dashboard.data.paths import ROOT, tidy_dir

    url = deaths.map_geometry()
    served = (ROOT / "assets" / deaths.GEOMETRY_ASSET).read_bytes()
    assert served == (tidy_dir() / "counties.geojson").read_bytes()
    assert url == f"/assets/{deaths.GEOMETRY_ASSET}?v={hashlib.sha256(served).hexdigest()[:12]}"
    figure = registry.view("deaths-map", deaths.SPEC.defaults()).figure_dict()
    assert figure["data"][0]["geojson"] == url
    assert len(json.dumps(figure)) < 20_000  # the page's first drawing of the map is small too


@pytest.mark.kaleido
def test_the_exported_map_draws_every_county(tmp_path):
    """kaleido cannot fetch the geometry URL: the export must give it the geometry itself."""
    cmd = [sys.executable, "-m", "dashboard.export", "--out", str(tmp_path), "--format", "svg", "--page", "dodsfall"]
    r = subprocess.run(cmd, cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    svg = (tmp_path / "deaths-map.svg").read_text(encoding="utf-8")
    assert svg.count('class="choroplethlocation"') == 15
