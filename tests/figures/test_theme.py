"""The theme every figure is born with (dashboard/figures/theme.py)."""

from __future__ import annotations

import pytest

from dashboard.cards import registry


@pytest.mark.parametrize("card", sorted(registry.CARDS))
def test_no_axis_measures_its_tick_labels_for_overflow(card):
    """plotly hides tick labels past the chart's edge by default, measuring every label once per
    label at each draw; the theme turns that off for every x and y axis of every card's figure."""
    spec, _ = registry.CARDS[card]
    figure = registry.view(card, spec.defaults()).figure_dict()
    template = figure["layout"].get("template", {}).get("layout", {})
    for kind in ("xaxis", "yaxis"):
        assert template.get(kind, {}).get("ticklabeloverflow") == "allow", card
        own = {v.get("ticklabeloverflow") for k, v in figure["layout"].items() if k.startswith(kind)}
        assert own <= {None, "allow"}, (card, own)  # no axis of the figure sets it back


@pytest.mark.parametrize("card", sorted(registry.CARDS))
def test_no_colour_bar_measures_its_tick_labels_for_overflow(card):
    """The same for colour bars (the county map's), which the template's axes do not reach."""
    spec, _ = registry.CARDS[card]
    figure = registry.view(card, spec.defaults()).figure_dict()
    bars = [t["colorbar"] for t in figure["data"] if t.get("colorbar") and t.get("showscale", True)]
    assert all(bar.get("ticklabeloverflow") == "allow" for bar in bars), (card, bars)
    if card == "deaths-map":
        assert bars, "the county map has a colour bar"
