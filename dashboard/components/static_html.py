"""StaticHtml: a stretch of plain HTML sent as one Dash component (assets/static-html.js).

Every Dash component on a page costs the browser on every update of Dash's store, not only when it
is built: Dash's renderer looks each mounted component up in the layout again after each update
(assets/store-batch.js says more). About a quarter to a third of a chart page's components are plain
HTML that no callback reads or writes: the cards' about texts and sources, the wastewater sampling
table, the footer (103 of /cannabis's 432, 184 of /avlopsvann's 513, 145 of /dodsfall's 491). The
layout response sends each such stretch (a tree of dash.html components with no id, holding only
text and plain properties) as one StaticHtml, which draws the same elements with React itself.

The tree is JSON: a text is a string, an element a list [tag, props, *children]. Texts stay texts:
React writes them as text, so nothing a text holds becomes markup.
"""

from __future__ import annotations

from dash.development.base_component import Component

from dashboard.components.own import OwnComponent

__all__ = ["StaticHtml", "compact", "static_tree"]

HTML_NAMESPACE = "dash_html_components"
# Dash-only properties of the html components: no attribute of the element.
_DASH_ONLY = {"n_clicks", "n_clicks_timestamp", "disable_n_clicks", "loading_state"}
# Types whose element name is not the lower-cased type.
_ELEMENT = {"ObjectEl": "object", "MapEl": "map"}
_SCALARS = (str, int, float, bool)


class StaticHtml(OwnComponent):
    """`tree`: [tag, props, *children], children texts or trees."""

    _type = "StaticHtml"
    _prop_names = ["tree"]
    available_properties = _prop_names


def _props(c: Component) -> dict | None:
    """The element properties of a plain html component; None if it is not one."""
    if getattr(c, "_namespace", None) != HTML_NAMESPACE or getattr(c, "id", None) is not None:
        return None
    out = {}
    for name in [*c._prop_names, *(k for k in c.__dict__ if k.startswith(("data-", "aria-")))]:
        if name == "children" or name in _DASH_ONLY:
            continue
        value = getattr(c, name, None)
        if value is None:
            continue
        if name == "style" and isinstance(value, dict) and all(isinstance(v, _SCALARS) for v in value.values()):
            out[name] = dict(value)
        elif isinstance(value, _SCALARS):
            out[name] = value
        else:
            return None
    return out


def static_tree(node):
    """The JSON tree of `node` (a text, a plain html component, or a list of them); None if any part
    is something else (a component with an id, of another library, a property holding components)."""
    if node is None:
        return []
    if isinstance(node, (str, int, float)) and not isinstance(node, bool):
        return [node]  # a number stays one: the browser writes it as Dash would
    if isinstance(node, (list, tuple)):
        out = []
        for child in node:
            tree = static_tree(child)
            if tree is None:
                return None
            out.extend(tree)
        return out
    if not isinstance(node, Component):
        return None
    props = _props(node)
    if props is None:
        return None
    children = static_tree(getattr(node, "children", None))
    if children is None:
        return None
    return [[_ELEMENT.get(node._type, node._type.lower()), props, *children]]


def _size(tree) -> int:
    return 1 + sum(_size(c) for c in tree[2:] if isinstance(c, list)) if isinstance(tree, list) else 0


def compact(node):
    """`node` with each largest stretch of plain HTML of more than one component as one StaticHtml
    (a new tree: `node` is not changed)."""
    if isinstance(node, (list, tuple)):
        children = [compact(child) for child in node]
        return node if all(a is b for a, b in zip(children, node, strict=True)) else children
    if not isinstance(node, Component):
        return node
    tree = static_tree(node)
    if tree is not None:
        return StaticHtml(tree=tree[0]) if _size(tree[0]) > 1 else node
    changed = {}
    for name in node._prop_names:
        value = getattr(node, name, None)
        if isinstance(value, (Component, list, tuple)):
            new = compact(value)
            if new is not value:
                changed[name] = new
    if not changed:
        return node
    copy = node.__class__.__new__(node.__class__)
    copy.__dict__.update(node.__dict__)
    copy.__dict__.update(changed)
    return copy
