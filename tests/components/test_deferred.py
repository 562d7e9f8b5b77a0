"""The card bodies that mount after the page has painted (dashboard/components/deferred.py,
assets/deferred.js): every card of a chart page but its first has its body in a Deferred, sized to
hold its place; the first card's body is in the layout as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cards.registry import PAGES
from dashboard.components.chart_card import DEFERRED_EXTRA_PX, card
from dashboard.components.deferred import NAMESPACE, Deferred

ASSET = Path(__file__).resolve().parents[2] / "assets" / "deferred.js"


def _body(card_component):
    header, body = card_component.children
    assert type(body).__name__ == "CardBody", type(body)
    return body.children


def test_deferred_is_a_component_of_the_namespace_its_script_defines():
    as_json = Deferred(["x"], minHeight=10).to_plotly_json()
    assert (as_json["namespace"], as_json["type"]) == (NAMESPACE, "Deferred")
    assert as_json["props"] == {"children": ["x"], "minHeight": 10}
    assert f"window.{NAMESPACE} = " in ASSET.read_text(encoding="utf-8")
    with pytest.raises(TypeError):
        Deferred([], style={})  # it takes children, id and minHeight only


@pytest.mark.parametrize("spec", PAGES.values(), ids=lambda s: s.name)
def test_only_the_first_card_of_a_page_mounts_with_the_page(spec):
    state = spec.defaults()
    first, *rest = spec.cards
    body = _body(card(spec, first, state))
    assert isinstance(body, list) and any(getattr(c, "id", None) for c in body if c is not None)
    for c in rest:
        body = _body(card(spec, c, state))
        assert isinstance(body, Deferred), c.name
        assert body.minHeight == c.height + DEFERRED_EXTRA_PX
        assert isinstance(body.children, list) and len(body.children) > 5
