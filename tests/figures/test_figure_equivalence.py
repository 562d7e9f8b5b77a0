"""Figures built as plain dicts without plotly's validation (theme.unchecked, set_axes, shapes
assigned as dicts) must be what validated plotly makes of the same figure: every card's figure,
in both languages, passed through plotly's validation again comes out the same."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest
from plotly.io import to_json

from dashboard.cards import registry
from dashboard.figures.theme import set_axes, subplots
from dashboard.i18n.language import use_lang


def _canonical(figure_json: str) -> str:
    return json.dumps(json.loads(figure_json), sort_keys=True)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("card", sorted(registry.CARDS))
def test_card_figure_survives_validation(card, lang):
    spec, _ = registry.CARDS[card]
    with use_lang(lang):
        view = registry.view(card, spec.defaults())
    validated = to_json(go.Figure(view.plotly_figure().to_dict()), validate=True)
    assert _canonical(validated) == _canonical(to_json(view.plotly_figure(), validate=False))


def test_set_axes_does_what_update_axes_does():
    kwargs = dict(rows=1, cols=3, shared_yaxes=True, horizontal_spacing=0.04)
    a, b = subplots(**kwargs), subplots(**kwargs)
    a.update_xaxes(dtick=1, tickformat="d")
    set_axes(b, "xaxis", dtick=1, tickformat="d")
    assert a.to_dict() == b.to_dict()
    assert b.layout.xaxis3.dtick == 1
