"""The text summary that stands in for a chart's SVG for screen readers (chart_card.summary): title,
years covered and the latest values, or the highest and lowest; gaps said as gaps; and the
card layout around it (the view switch's tabs point at panels that exist)."""

from __future__ import annotations

import pandas as pd

from dashboard.cards import registry
from dashboard.cards.cannabis import SPEC as CANNABIS
from dashboard.cards.registry import CardView
from dashboard.components.chart_card import TABLE, VIEW_PANEL, VIEW_TAB, card, dom_id, summary, view_part


def _view(frame, columns, **kw) -> CardView:
    return CardView(figure={}, table=frame, columns=columns, title="Tittel", **kw)


def test_latest_year_values_with_what_tells_them_apart():
    frame = pd.DataFrame(
        {"year": [2020, 2020, 2022, 2022], "sex_label": ["menn", "kvinner"] * 2, "percent": [1.0, 2.0, 3.3, None]}
    )
    text = summary(_view(frame, {"year": "År", "sex_label": "Kjønn", "percent": "Andel (%)"}, decimals={"percent": 1}))
    assert text.startswith("Figur: Tittel.")
    assert "2020–2022" in text and "2 020" not in text  # years are labels, never grouped
    assert "Andel (%) – menn: 3,3; kvinner: mangler." in text  # latest year only; a gap stays a gap
    assert "1,0" not in text


def test_many_values_give_highest_and_lowest():
    frame = pd.DataFrame({"county": list("ABCDEF"), "deaths": [5, 56, 7, 9, 3, 11]})
    text = summary(_view(frame, {"county": "Fylke", "deaths": "Dødsfall"}))
    assert "Dødsfall – høyest B: 56; lavest E: 3." in text


def test_no_rows_says_so():
    text = summary(_view(pd.DataFrame({"year": [], "percent": []}), {"year": "År", "percent": "Andel (%)"}))
    assert text == "Figur: Tittel. Ingen tall for dette utvalget."


def test_real_card_summary_carries_the_reports_number():
    # data/raw/survey/toir_rusundersokelsen_2013_2025_widgets.csv, widget 4 (report figure 4):
    # cannabis use ever, 16-64, all, 2025: 26.6 %; the series starts in 2013.
    state, _, _ = CANNABIS.from_query({})
    text = summary(registry.view("cannabis-trend", state))
    assert "2013–2025" in text and "noen gang: 26,6" in text


def _ids(node, found=None) -> dict:
    """Every component with an id in a layout, by the id Dash writes into the page."""
    found = {} if found is None else found
    if isinstance(node, (list, tuple)):
        for child in node:
            _ids(child, found)
    elif hasattr(node, "to_plotly_json"):
        props = node.to_plotly_json()["props"]
        if "id" in props:
            found[dom_id(props["id"]) if isinstance(props["id"], dict) else props["id"]] = props
        _ids(props.get("children"), found)
    return found


def test_view_tabs_control_panels_that_exist():
    state, _, _ = CANNABIS.from_query({})
    ids = _ids(card(CANNABIS, "cannabis-trend", state))
    for v in ("chart", "table"):
        tab = ids[dom_id(view_part(VIEW_TAB, "cannabis-trend", v))]
        panel = ids[tab["aria-controls"]]
        assert panel["role"] == "tabpanel" and panel["aria-labelledby"] == dom_id(
            view_part(VIEW_TAB, "cannabis-trend", v)
        )
        assert panel["id"] == view_part(VIEW_PANEL, "cannabis-trend", v)
        assert tab["aria-selected"] == ("true" if v == "chart" else "false")
        assert panel["hidden"] is (v != "chart")
    region = ids[dom_id({"type": TABLE, "card": "cannabis-trend"})]
    assert region["role"] == "region" and region["tabIndex"] == "0"
    assert all(ref in ids for ref in region["aria-labelledby"].split())


def test_europe_summary_describes_the_daily_mean_not_the_plant_count():
    # EUDA ww2025-all-data.csv, latest year, cocaine, Norway and Sweden: Oslo (2 plants) 672.16 mg
    # per 1,000 people a day is highest, Gävle 77.08 lowest. Four of the eight sites give a plant
    # count, enough for the count to pass as what the chart draws if it were not excluded.
    from dashboard.cards.wastewater import SPEC as WASTEWATER

    state = WASTEWATER.validate({"substance": "cocaine", "land": ["SE"]})
    text = summary(registry.view("ww-europe", state))
    assert "Anlegg" not in text
    assert "høyest Oslo, Norge: 672,16" in text and "lavest Gävle, Sverige: 77,08" in text
