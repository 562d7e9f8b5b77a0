"""Dash components of our own: each is drawn by a script in assets/ that adds its function to
`window.rusdash_components`, where Dash's renderer looks a component up by its namespace and type.
They need no package of their own: Dash serves assets/ on every page, before it renders."""

from __future__ import annotations

from dash.development.base_component import Component

NAMESPACE = "rusdash_components"


class OwnComponent(Component):
    """The common part of our components: a subclass names its `_type` and `_prop_names` (and
    `available_properties`); Dash refuses any other keyword. Properties left at None are not sent."""

    _namespace = NAMESPACE
    _children_props: list[str] = []
    _base_nodes = ["children"]
    _valid_wildcard_attributes: list[str] = []
    available_wildcard_properties: list[str] = []

    def __init__(self, **props):
        super().__init__(**{k: v for k, v in props.items() if v is not None})
