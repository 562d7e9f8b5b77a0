"""Plain HTML sent as one component (dashboard/components/static_html.py, assets/static-html.js)
draws the same elements as Dash's html components: the page as served, against the same page
drawn from the layout of Dash's html components, which the test hands the browser instead."""

from __future__ import annotations

import pytest
from dash._utils import to_json

from dashboard.app import app

# The page's elements as text, with what differs from load to load left out: the charts' insides
# (plotly's own ids), Dash's loading marks; attributes in name order (React sets them in the order
# it meets them).
ELEMENTS = """() => {
  const root = document.getElementById('react-entry-point').cloneNode(true);
  root.querySelectorAll('.js-plotly-plot, .dash-graph').forEach(g => g.replaceChildren());
  root.querySelectorAll('*').forEach(e => {
    const attributes = [...e.attributes].map(a => [a.name, a.value]).sort();
    for (const [name] of attributes) e.removeAttribute(name);
    for (const [name, value] of attributes) if (name !== 'data-dash-is-loading' && name !== 'data-rd-loading') e.setAttribute(name, value);
  });
  return root.innerHTML;
}"""
SETTLED = """() => !!document.querySelector('#_pages_content h1') && !document.querySelector('.deferred-wait')
  && [...document.querySelectorAll('.js-plotly-plot')].every(g => g.data && g._fullLayout)"""


def _elements(page, url: str, also: str | None) -> str:
    page.goto(url)
    page.wait_for_function(SETTLED)
    if also:
        page.wait_for_selector(also, state="attached")
    return page.evaluate(ELEMENTS)


# `also`: a lazily loaded component to wait for (dcc.Markdown's code comes after the first render)
@pytest.mark.parametrize(
    ("path", "also"), [("/avlopsvann", None), ("/dodsfall", None), ("/om-tallene", "#methods-provenance")]
)
def test_plain_html_sent_as_one_component_draws_what_dashs_html_components_draw(page, path, also):
    url = page.base_url + path
    served = _elements(page, url, also)
    with app.server.test_request_context("/_dash-layout", headers={"Referer": url}):
        dash_html = to_json(app.get_layout())
    assert '"StaticHtml"' not in dash_html
    page.route("**/_dash-layout", lambda route: route.fulfill(body=dash_html, content_type="application/json"))
    drawn_by_dash = _elements(page, url, also)
    assert served == drawn_by_dash
    assert len(served) > 10_000
