"""County choropleth of Norway from the app's own GeoJSON (data/tidy/counties.geojson).

The GeoJSON is stored wound as d3-geo/plotly.js needs it (dashboard/data/sources/geo.py does
that at build time), so it is passed to plotly as it is. The base map is switched off (geo
visible=False) and the view is fitted to the counties, so plotly.js needs no world topojson.
The selected county gets a thick outline, the others a thin one.
"""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.figures.theme import finish

OUTLINE = "#ffffff"
HIGHLIGHT = "#000000"


def county_map(
    codes: list[str],
    values: list[float | None],
    hover: list[str],
    geojson: dict,
    *,
    title: str,
    subtitle: str = "",
    source: str = "",
    colorbar_title: str = "",
    selected: str | None = None,
    diverging: bool = False,
    missing_note: str = "",
    height: int = 620,
) -> go.Figure:
    """One choropleth trace over `codes` (county_code in the GeoJSON properties).

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
        trace.update(colorbar=dict(title=dict(text=colorbar_title), thickness=14, len=0.7, separatethousands=True))
    fig = go.Figure(go.Choropleth(**trace))
    fig.update_geos(fitbounds="locations", visible=False, projection_type="mercator")
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
    fig.update_layout(margin=dict(l=10, r=10, t=110, b=90), dragmode=False)
    return fig
