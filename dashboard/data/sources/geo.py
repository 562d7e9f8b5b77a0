"""County map (the current county division) as GeoJSON with properties county_code and county.

Coordinates are rounded to 4 decimals (about 10 m), which is far finer than the map is drawn
and cuts the file size. Rings are then wound as d3-geo (and so plotly.js) needs them: exterior
rings clockwise, holes counter-clockwise. Kartverket's file follows RFC 7946 (the opposite
order); d3 would read each county as "the whole globe except the county" and paint the whole
map. Winding here, once, lets the figures use the stored geometry as it is.
The output is written with sorted keys so rebuilds are byte-identical.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

RAW_FILE = "geo/Fylker-S_2024.geojson"
OUT_FILE = "counties.geojson"
DECIMALS = 4


def _round(coords):
    if isinstance(coords, (int, float)):
        return round(float(coords), DECIMALS)
    return [_round(c) for c in coords]


def signed_area(ring) -> float:
    """Shoelace area in lon/lat: positive for counter-clockwise rings."""
    a = 0.0
    for (x1, y1), (x2, y2) in pairwise(ring):
        a += x1 * y2 - x2 * y1
    return a / 2


def wind(ring, clockwise: bool):
    """The ring in the requested orientation (reversed if needed)."""
    ccw = signed_area(ring) > 0
    return ring[::-1] if ccw == clockwise else ring


def d3_winding(geometry: dict) -> dict:
    """A Polygon or MultiPolygon geometry with exterior rings clockwise and holes
    counter-clockwise, as d3-geo needs."""
    multi = geometry["type"] == "MultiPolygon"
    polys = geometry["coordinates"] if multi else [geometry["coordinates"]]
    fixed = [[wind(ring, clockwise=(i == 0)) for i, ring in enumerate(poly)] for poly in polys]
    return {"type": geometry["type"], "coordinates": fixed if multi else fixed[0]}


def counties(raw: dict) -> dict:
    """Keep only code, name and rounded, d3-wound geometry, features sorted by county code."""
    features = []
    for f in raw["features"]:
        props = f["properties"]
        geometry = {"type": f["geometry"]["type"], "coordinates": _round(f["geometry"]["coordinates"])}
        features.append(
            {
                "type": "Feature",
                "properties": {"county_code": props["fylkesnummer"], "county": props["name"]},
                "geometry": d3_winding(geometry),
            }
        )
    features.sort(key=lambda f: f["properties"]["county_code"])
    return {"type": "FeatureCollection", "features": features}


def build(_raw_dir: Path) -> dict:  # the builder protocol; the GeoJSON is written by write_extra
    return {}


def write_extra(raw_dir: Path, out_dir: Path) -> list[Path]:
    raw = json.loads((raw_dir / RAW_FILE).read_text(encoding="utf-8"))
    path = out_dir / OUT_FILE
    text = json.dumps(counties(raw), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return [path]
