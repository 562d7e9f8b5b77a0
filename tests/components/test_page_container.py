"""The first layout holds the requested page (dashboard/components/page_container.py): what the
layout request answers, for the page its Referer names, against what Dash's router would send."""

from __future__ import annotations

import pytest

from dashboard.app import app
from dashboard.i18n import t, use_lang


@pytest.fixture(scope="module")
def client():
    return app.server.test_client()


def _find(node, id_):
    """The component with `id_` in a layout as JSON, or None."""
    if isinstance(node, list):
        for child in node:
            found = _find(child, id_)
            if found is not None:
                return found
    elif isinstance(node, dict):
        props = node.get("props", {})
        if props.get("id") == id_:
            return node
        return _find(props.get("children"), id_)
    return None


def _texts(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for child in node for s in _texts(child)]
    if isinstance(node, dict):
        return _texts(node.get("props", {}).get("children"))
    return []


def _layout(client, referer: str | None) -> dict:
    headers = {"Referer": referer} if referer is not None else {}
    r = client.get("/_dash-layout", headers=headers)
    assert r.status_code == 200
    return r.get_json()


def test_the_page_of_the_referer_is_in_the_first_layout(client):
    layout = _layout(client, "http://localhost/cannabis?k=men&a=16-30")
    location = _find(layout, "_pages_location")["props"]
    # every part given, so the Location sets none on mount and the router does not fire
    assert location["pathname"] == "/cannabis"
    assert location["search"] == "?k=men&a=16-30"
    assert location["hash"] == ""
    assert location["href"] == "http://localhost/cannabis?k=men&a=16-30"
    content = _find(layout, "_pages_content")
    assert t("cannabis.title") in _texts(content)
    # the query reached the page's layout function, as the router's search would
    assert _find(content, "cannabis-sex")["props"]["value"] == "men"
    assert _find(content, "cannabis-age")["props"]["value"] == "16-30"
    assert _find(layout, "_pages_store")["props"]["data"] == {"title": t("nav.cannabis") + " – " + t("app.brand")}


def test_the_page_is_in_the_language_of_its_address(client):
    layout = _layout(client, "http://localhost/dodsfall?lang=en")
    with use_lang("en"):
        title, heading = t("nav.deaths") + " – " + t("app.brand"), t("nav.deaths")
    assert _find(layout, "_pages_store")["props"]["data"] == {"title": title}
    assert heading in _texts(_find(layout, "_pages_content"))


def test_fragment_is_not_part_of_the_location(client):
    location = _find(_layout(client, "http://localhost/om-tallene#kilder"), "_pages_location")["props"]
    assert location["href"] == "http://localhost/om-tallene"
    assert location["pathname"] == "/om-tallene" and location["search"] == ""


def test_unknown_path_gets_the_not_found_page(client):
    layout = _layout(client, "http://localhost/finnes-ikke?x=1")
    assert t("notfound.title") in _texts(_find(layout, "_pages_content"))
    assert _find(layout, "_pages_location")["props"]["pathname"] == "/finnes-ikke"


@pytest.mark.parametrize("referer", [None, ""])
def test_without_referer_the_router_fills_the_page(client, referer):
    """Dash's own container: an empty page and a Location with no address, which the router fires on."""
    layout = _layout(client, referer)
    assert _find(layout, "_pages_content")["props"].get("children") is None
    assert "pathname" not in _find(layout, "_pages_location")["props"]


@pytest.mark.parametrize(
    "referer",
    [
        "http://[",
        "not an address",
        "http://localhost/" + "a" * 30_000,
        "http://localhost/cannabis?k=%ff%fe",
        "http://localhost/cannabis?k=men&k=women&fra=1800&til=x",
        "http://localhost/dodsfall?aar=-1&%00=1",
        "http://localhost/avlopsvann?" + "&".join(f"x{i}=1" for i in range(300)),
        "http://localhost/../../etc/passwd",
        "http://elsewhere.example/injisering?lang=xx",
    ],
)
def test_any_referer_gets_a_layout(client, referer):
    """Whatever a request claims as its Referer, the layout request answers 200 with a page."""
    layout = _layout(client, referer)
    assert _find(layout, "_pages_content") is not None
