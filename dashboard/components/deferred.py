"""Deferred: a Dash component of our own whose children mount after the browser has painted the
page (assets/deferred.js, which measures why). It adds no element of its own once they have
mounted; until then it holds their place with an empty box `minHeight` pixels high."""

from __future__ import annotations

from dashboard.components.own import NAMESPACE, OwnComponent

__all__ = ["NAMESPACE", "Deferred"]


class Deferred(OwnComponent):
    _type = "Deferred"
    _prop_names = ["children", "id", "minHeight"]
    available_properties = _prop_names

    def __init__(self, children=None, id=None, minHeight=None):
        super().__init__(children=children, id=id, minHeight=minHeight)
