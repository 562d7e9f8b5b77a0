"""Deferred: a Dash component of our own whose children mount after the browser has painted the
page (assets/deferred.js, which measures why). It adds no element of its own once they have
mounted; until then it holds their place with an empty box `minHeight` pixels high."""

from __future__ import annotations

from dash.development.base_component import Component

NAMESPACE = "rusdash_components"  # window.rusdash_components in assets/deferred.js


class Deferred(Component):
    _namespace = NAMESPACE
    _type = "Deferred"
    _children_props: list[str] = []
    _base_nodes = ["children"]
    _prop_names = ["children", "id", "minHeight"]
    _valid_wildcard_attributes: list[str] = []
    available_properties = _prop_names
    available_wildcard_properties: list[str] = []

    def __init__(self, children=None, id=None, minHeight=None):
        props = {k: v for k, v in (("id", id), ("minHeight", minHeight)) if v is not None}
        super().__init__(children=children, **props)
