"""County choropleth of Norway from the app's own GeoJSON (data/tidy/counties.geojson).

The GeoJSON is stored wound as d3-geo/plotly.js needs it (dashboard/data/sources/geo.py does
that at build time), so it is passed to plotly as it is. The base map is switched off (geo
visible=False) and the view is fitted to the counties, so plotly.js needs no world topojson.
The selected county gets a thick outline, the others a thin one.

The geometry (about 170 KB) is the same in every state of the map, so the app gives plotly.js
its URL, a static asset the browser fetches once and caches (plotly.js accepts a URL as
`geojson`), and a choice sends only what changes (`update_paths`: colours, hover text, outlines,
title: a few KB). A renderer that cannot fetch it (kaleido, offline) gets the geometry itself
(`inline_geometry`).
"""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.figures.theme import finish

OUTLINE = "#ffffff"
HIGHLIGHT = "#000000"
# Trace properties county_map sets for some data and not for others: an update that lacks one
# must clear it (null is "unset" to plotly.js), or it would outlive the state that set it.
STATE_TRACE_KEYS = ("z", "zmin", "zmid", "reversescale", "colorscale", "showscale", "colorbar")
# Layout properties that change with the state; the rest (template, geo view, size) never do.
STATE_LAYOUT_KEYS = ("title", "annotations")
# Room for the title and subtitle above the map and the source line just below it (a map has no
# x axis to leave room for); little at the sides, so the counties fill as much of the card as
# Norway's shape allows.
MARGIN = dict(l=4, r=4, t=96, b=36)
SOURCE_SHIFT = -10  # px under the plot area


def county_map(
    codes: list[str],
    values: list[float | None],
    hover: list[str],
    geojson: dict | str,
    *,
    title: str,
    subtitle: str = "",
    source: str = "",
    colorbar_title: str = "",
    selected: str | None = None,
    diverging: bool = False,
    missing_note: str = "",
    height: int = 760,
    bounds: tuple[float, float, float, float] | None = None,
) -> go.Figure:
    """One choropleth trace over `codes` (county_code in the GeoJSON properties); `geojson` is the
    FeatureCollection or the URL plotly.js fetches it from. The view is the geometry's `bounds`
    (lon_min, lon_max, lat_min, lat_max; taken from a FeatureCollection when not given): plotly's
    own fitbounds="locations" leaves a margin of about a tenth of the map inside the plot area.

    `hover` is one preformatted (Norwegian) text per county. If every value is missing the
    counties are drawn in light grey with `missing_note` on the map, so the gap is visible."""
    all_missing = all(v is None for v in values)
    widths = [3.5 if c == selected else 0.6 for c in codes]
    colours = [HIGHLIGHT if c == selected else OUTLINE for c in codes]
    trace = dict(
        geojson=geojson,
        featureidkey="properties.county_code",
        locations=list(codes),
        text=hover,
        hovertemplate="%{text}<extra></extra>",
        marker=dict(line=dict(width=widths, color=colours)),
    )
    if all_missing:
        trace.update(z=[0] * len(codes), colorscale=[[0, "#e9ecef"], [1, "#e9ecef"]], showscale=False)
    else:
        z = [float("nan") if v is None else v for v in values]
        if diverging:
            trace.update(z=z, colorscale="RdBu", reversescale=True, zmid=0)
        else:
            trace.update(z=z, colorscale="Blues", zmin=0)
        # The colour scale stands inside the plot area, in the sea west of Norway's north, where
        # the fitted map leaves room; beside the map it would narrow the map by its width.
        trace.update(
            colorbar=dict(
                title=dict(text=colorbar_title),
                thickness=14,
                len=0.45,
                x=0.02,
                xanchor="left",
                y=0.97,
                yanchor="top",
                separatethousands=True,
                # as the theme's axes: plotly measured each label to hide those that cross the
                # chart's edge (5-6 ms of each map update); inside the plot area none can
                ticklabeloverflow="allow",
            )
        )
    fig = go.Figure(go.Choropleth(**trace))
    if bounds is None and isinstance(geojson, dict):
        bounds = geometry_bounds(geojson)
    if bounds is None:
        fig.layout.geo = dict(fitbounds="locations", visible=False, projection=dict(type="mercator"))
    else:
        lon_min, lon_max, lat_min, lat_max = bounds
        fig.layout.geo = dict(
            visible=False,
            projection=dict(type="mercator"),
            lonaxis=dict(range=[lon_min, lon_max]),
            lataxis=dict(range=[lat_min, lat_max]),
        )
    if all_missing and missing_note:
        fig.add_annotation(
            text=missing_note,
            xref="paper",
            yref="paper",
            x=0.5,
            y=0.5,
            showarrow=False,
            font=dict(size=14),
            bgcolor="rgba(255,255,255,0.85)",
        )
    finish(fig, title=title, subtitle=subtitle, source=source, height=height)
    for note in fig.layout.annotations:
        if source and note.text.endswith(source):
            note.yshift = SOURCE_SHIFT
    fig.layout.margin = MARGIN
    fig.layout.dragmode = False
    return fig


def geometry_bounds(geojson: dict) -> tuple[float, float, float, float]:
    """(lon_min, lon_max, lat_min, lat_max) of every position of a FeatureCollection's polygons."""
    lons, lats = [], []
    stack = [f["geometry"]["coordinates"] for f in geojson["features"]]
    while stack:
        node = stack.pop()
        if node and isinstance(node[0], (int, float)):
            lons.append(node[0])
            lats.append(node[1])
        else:
            stack.extend(node)
    return min(lons), max(lons), min(lats), max(lats)


def update_paths(figure: dict) -> list[tuple[tuple, object]]:
    """What a new state of a county map changes, as (path, value) pairs into the figure (a
    plotly JSON dict): every trace property except the geometry (unset ones as None), and the
    title and annotations. Applied to the map drawn for any other state, they give this one."""
    trace = figure["data"][0]
    changes = [(("data", 0, key), value) for key, value in trace.items() if key != "geojson"]
    changes += [(("data", 0, key), None) for key in STATE_TRACE_KEYS if key not in trace]
    layout = figure.get("layout", {})
    changes += [(("layout", key), layout.get(key)) for key in STATE_LAYOUT_KEYS]
    return changes


def inline_geometry(fig: go.Figure, geometry: dict) -> go.Figure:
    """`fig` with `geometry` in place of every choropleth's geometry URL: for renderers that
    cannot fetch it (kaleido runs offline). The app draws one geometry, the counties."""
    for trace in fig.data:
        if trace.type == "choropleth" and isinstance(trace.geojson, str):
            trace.geojson = geometry
    return fig
