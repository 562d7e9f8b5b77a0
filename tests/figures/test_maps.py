"""County map: the stored (build-time wound) GeoJSON is passed to plotly as it is."""

import copy
import inspect

from dashboard.data import store
from dashboard.data.sources.geo import signed_area
from dashboard.figures.maps import county_map


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
