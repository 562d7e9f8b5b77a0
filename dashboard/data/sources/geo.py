"""County map (2024 counties) as GeoJSON with properties county_code and county.

Coordinates are rounded to 4 decimals (about 10 m), which is far finer than the map is drawn
and cuts the file size; the output is written with sorted keys so rebuilds are byte-identical.
"""
from __future__ import annotations

import json
from pathlib import Path

RAW_FILE = "geo/Fylker-S_2024.geojson"
OUT_FILE = "counties.geojson"
DECIMALS = 4


def _round(coords):
    if isinstance(coords, (int, float)):
        return round(float(coords), DECIMALS)
    return [_round(c) for c in coords]


def counties(raw: dict) -> dict:
    """Keep only code, name and rounded geometry, features sorted by county code."""
    features = []
    for f in raw["features"]:
        props = f["properties"]
        features.append({
            "type": "Feature",
            "properties": {"county_code": props["fylkesnummer"], "county": props["name"]},
            "geometry": {"type": f["geometry"]["type"],
                         "coordinates": _round(f["geometry"]["coordinates"])},
        })
    features.sort(key=lambda f: f["properties"]["county_code"])
    return {"type": "FeatureCollection", "features": features}


def build(raw_dir: Path) -> dict:
    return {}


def write_extra(raw_dir: Path, out_dir: Path) -> list[Path]:
    raw = json.loads((raw_dir / RAW_FILE).read_text(encoding="utf-8"))
    path = out_dir / OUT_FILE
    text = json.dumps(counties(raw), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return [path]
