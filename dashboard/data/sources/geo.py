"""County map (the current county division) as GeoJSON with properties county_code and county.

Coordinates are rounded to 4 decimals (about 10 m), which is far finer than the map is drawn
and cuts the file size. The coastlines are then generalised for the scale the map is drawn at
(`simplify`): a point is dropped where the line without it passes within TOLERANCE of it (about
1 km; the map on the page is drawn at about 3 km a pixel, an exported image at 1-2 km). Every
point that two counties share stays, so their borders still meet exactly, and a ring that would
become too small to draw (a small island) is kept as it was: 16,529 points became 9,712, in all
668 rings. Plotly.js projects every point each time it draws the map, which it does on every
change of the map's filters: in the browser, a draw took 27-35 ms instead of 31-80 ms.
Rings are then wound as d3-geo (and so plotly.js) needs them: exterior
rings clockwise, holes counter-clockwise. Kartverket's file follows RFC 7946 (the opposite
order); d3 would read each county as "the whole globe except the county" and paint the whole
map. Winding here, once, lets the figures use the stored geometry as it is.
The output is written with sorted keys so rebuilds are byte-identical.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from itertools import pairwise
from pathlib import Path

RAW_FILE = "geo/Fylker-S_2024.geojson"
OUT_FILE = "counties.geojson"
DECIMALS = 4
TOLERANCE = 0.01  # degrees of latitude (about 1.1 km); longitudes count cos(latitude) as much


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
    return _each_ring(geometry, lambda i, ring: wind(ring, clockwise=(i == 0)))


def _polygons(geometry: dict) -> list:
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def _each_ring(geometry: dict, fn) -> dict:
    """The Polygon or MultiPolygon `geometry` with each ring replaced by fn(index in its polygon, ring)."""
    polys = [[fn(i, ring) for i, ring in enumerate(poly)] for poly in _polygons(geometry)]
    return {"type": geometry["type"], "coordinates": polys if geometry["type"] == "MultiPolygon" else polys[0]}


def _farthest(points, first: int, last: int, scale: float) -> tuple[float, int]:
    """The point strictly between `first` and `last` farthest from the line through them, and its
    distance (longitudes times `scale`)."""
    (x1, y1), (x2, y2) = points[first], points[last]
    dx, dy = (x2 - x1) * scale, y2 - y1
    length = math.hypot(dx, dy)
    best, at = -1.0, -1
    for i in range(first + 1, last):
        x, y = (points[i][0] - x1) * scale, points[i][1] - y1
        d = abs(dy * x - dx * y) / length if length else math.hypot(x, y)
        if d > best:
            best, at = d, i
    return best, at


def simplify(ring: list, fixed: set, tolerance: float = TOLERANCE) -> list:
    """A closed ring generalised (Douglas-Peucker) between its fixed points, which all stay: with
    none, its first point and the one farthest from it. A ring left with fewer than four points
    (a closed ring needs four) comes back as it was."""
    points = ring[:-1]
    n = len(points)
    if n < 4:
        return ring
    scale = math.cos(math.radians(sum(p[1] for p in points) / n))
    anchors = [i for i, p in enumerate(points) if tuple(p) in fixed]
    if len(anchors) < 2:
        far = max(range(n), key=lambda i: (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2)
        anchors = sorted({0, far, *anchors})
    keep = set(anchors)
    loop = points + points  # a stretch may run past the end of the list
    for a, b in zip(anchors, [*anchors[1:], anchors[0] + n], strict=True):
        stack = [(a, b)]
        while stack:
            first, last = stack.pop()
            if last - first < 2:
                continue
            d, at = _farthest(loop, first, last, scale)
            if d > tolerance:
                keep.add(at % n)
                stack += [(first, at), (at, last)]
    if len(keep) < 3:
        return ring
    out = [points[i] for i in sorted(keep)]
    return [*out, out[0]]


def shared_points(geometries: list) -> set:
    """The points that lie on more than one ring (the counties' common borders)."""
    count = Counter()
    for geometry in geometries:
        for poly in _polygons(geometry):
            for ring in poly:
                count.update({tuple(p) for p in ring})
    return {p for p, k in count.items() if k > 1}


def counties(raw: dict) -> dict:
    """Keep only code, name and rounded, generalised, d3-wound geometry, features sorted by
    county code."""
    rounded = [
        {"type": f["geometry"]["type"], "coordinates": _round(f["geometry"]["coordinates"])} for f in raw["features"]
    ]
    fixed = shared_points(rounded)
    features = []
    for f, geometry in zip(raw["features"], rounded, strict=True):
        props = f["properties"]
        geometry = _each_ring(geometry, lambda _, ring: simplify(ring, fixed))
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
