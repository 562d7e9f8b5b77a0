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
