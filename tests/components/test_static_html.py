"""Plain HTML sent as one component (dashboard/components/static_html.py): which stretches become a
StaticHtml, the tree they are sent as, and the layout responses, which keep every text."""

from __future__ import annotations

import json

import pytest
from dash import dcc, html

from dashboard.app import app
from dashboard.components.static_html import StaticHtml, compact, static_tree


def test_a_plain_tree_is_sent_as_tags_properties_and_texts():
    node = html.Div(
        [
            html.P(["Kilde: ", html.A("SSB", href="https://www.ssb.no", target="_blank"), "."], className="small"),
            html.Ul([html.Li(2025), html.Li(1.5), html.Li(html.Br())], style={"marginBottom": 0}),
        ],
        title="Om tallene",
        **{"aria-label": "Kilder", "data-kind": "about"},
        n_clicks=0,
        disable_n_clicks=True,
    )
    assert static_tree(node) == [
        [
            "div",
            {"title": "Om tallene", "aria-label": "Kilder", "data-kind": "about"},
            [
                "p",
                {"className": "small"},
                "Kilde: ",
                ["a", {"href": "https://www.ssb.no", "target": "_blank"}, "SSB"],
                ".",
            ],
            ["ul", {"style": {"marginBottom": 0}}, ["li", {}, 2025], ["li", {}, 1.5], ["li", {}, ["br", {}]]],
        ]
    ]


@pytest.mark.parametrize(
    "node",
    [
        html.Div([html.P("a"), html.P("b", id="kept")]),  # an id: a callback may read or write it
        html.Div([html.P("a"), dcc.Markdown("b")]),  # another library's component
        html.Div(html.P("a"), style={"color": {"nested": 1}}),  # a property that is no plain value
        html.Div([html.P("a"), True]),
    ],
)
def test_anything_but_plain_html_is_no_static_tree(node):
    assert static_tree(node) is None


def test_compact_replaces_the_largest_plain_stretches_and_leaves_the_rest():
    about = html.Div([html.H3("Om"), html.P(["Tekst ", html.Strong("viktig")])])
    lone = html.P("alene")  # one component: nothing to gain
    page = html.Div([dcc.Graph(id="g"), html.Div([about, html.Button("Last ned", id="b")]), lone], id="page")
    out = compact(page)
    assert out is not page and page.children[1].children[0] is about  # the input is not changed
    graph, middle, single = out.children
    assert graph is page.children[0] and single is lone
    static, button = middle.children
    assert isinstance(static, StaticHtml) and button is page.children[1].children[1]
    assert static.tree == ["div", {}, ["h3", {}, "Om"], ["p", {}, "Tekst ", ["strong", {}, "viktig"]]]
    assert compact(html.Div(dcc.Graph(id="g"))).children is not None


def _texts(node) -> list[str]:
    """The texts shown: the children of components, and of the elements of StaticHtml trees."""
    if isinstance(node, list):
        return [s for child in node for s in _texts(child)]
    if not isinstance(node, dict):
        return []
    if {"namespace", "type", "props"} <= node.keys():
        props = node["props"]
        if node["type"] == "StaticHtml":
            return _tree_texts(props["tree"])
        return [s for key, value in props.items() for s in (_children(value) if key == "children" else _texts(value))]
    return [s for value in node.values() for s in _texts(value)]


def _children(value) -> list[str]:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, list):
        return [s for child in value for s in _children(child)]
    return _texts(value)


def _tree_texts(tree) -> list[str]:
    if not isinstance(tree, list):
        return [str(tree)]
    return [s for child in tree[2:] for s in _tree_texts(child)]


def _count(node) -> int:
    if isinstance(node, dict):
        return int({"namespace", "type", "props"} <= node.keys()) + sum(_count(v) for v in node.values())
    return sum(_count(v) for v in node) if isinstance(node, list) else 0


@pytest.mark.parametrize("path", ["/cannabis", "/avlopsvann", "/dodsfall", "/om-tallene", "/"])
def test_layout_responses_keep_every_text_in_fewer_components(path):
    from dash._utils import to_json

    client = app.server.test_client()
    referer = "http://localhost" + path
    sent = json.loads(client.get("/_dash-layout", headers={"Referer": referer}).data)
    with app.server.test_request_context("/_dash-layout", headers={"Referer": referer}):
        full = json.loads(to_json(app.get_layout()))
    assert sorted(_texts(sent)) == sorted(_texts(full))
    assert _count(sent) < 0.85 * _count(full)
    assert '"StaticHtml"' in json.dumps(sent)
