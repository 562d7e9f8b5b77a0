"""The layout response is kept per page address and language (dashboard/layout_cache.py): a repeated
address is answered with the same JSON without building the page again; another address, query or
language is built anew; the number kept is bounded."""

from __future__ import annotations

import json

import pytest

from dashboard import layout_cache
from dashboard.app import app


@pytest.fixture
def client():
    layout_cache.clear()
    yield app.server.test_client()
    layout_cache.clear()


@pytest.fixture
def builds(monkeypatch):
    """Counts the calls of the app's layout function."""
    calls = []
    original = app._layout

    def counted():
        calls.append(1)
        return original()

    monkeypatch.setattr(app, "_layout", counted)
    return calls


def _get(client, referer: str | None) -> bytes:
    r = client.get("/_dash-layout", headers={"Referer": referer} if referer else {})
    assert r.status_code == 200
    return r.data


def test_a_repeated_address_is_not_built_again(client, builds):
    first = _get(client, "http://localhost/cannabis?k=men")
    again = _get(client, "http://localhost/cannabis?k=men#top")  # the fragment is not the server's
    assert again == first
    assert len(builds) == 1


def test_another_query_path_or_language_is_built_anew(client, builds):
    bodies = {
        _get(client, referer)
        for referer in (
            "http://localhost/cannabis",
            "http://localhost/cannabis?k=men",
            "http://localhost/cannabis?lang=en",
            "http://localhost/dodsfall",
            None,
        )
    }
    assert len(builds) == 5 and len(bodies) == 5
    assert b'"men"' in _get(client, "http://localhost/cannabis?k=men")  # the kept one is its own
    assert len(builds) == 5


def test_the_number_kept_is_bounded(client, builds):
    for i in range(layout_cache.LAYOUTS + 5):
        _get(client, f"http://localhost/injisering?x={i}")
    assert len(layout_cache._kept) == layout_cache.LAYOUTS
    _get(client, "http://localhost/injisering?x=0")  # the oldest went first
    assert len(builds) == layout_cache.LAYOUTS + 6


def test_a_kept_layout_holds_the_asking_pages_own_address(client, builds):
    """Kept without its origin: a visitor through another host gets the same page, built once, with
    that host in its Location (a wrong href would make the Location navigate)."""
    one = json.loads(_get(client, "http://localhost/cannabis?k=men"))
    other = json.loads(_get(client, "https://stats.example.no:8443/cannabis?k=men"))
    assert len(builds) == 1
    assert _location(one)["href"] == "http://localhost/cannabis?k=men"
    assert _location(other)["href"] == "https://stats.example.no:8443/cannabis?k=men"
    assert _location(other)["pathname"] == "/cannabis" and _location(other)["search"] == "?k=men"
    assert layout_cache.ORIGIN.split("//")[1] not in json.dumps(other)


def test_an_address_with_characters_json_must_escape_stays_valid_json(client):
    body = _get(client, 'http://a"b</cannabis')
    assert _location(json.loads(body))["href"] == 'http://a"b</cannabis'


def test_prebuilt_layouts_are_kept_for_good(client, builds):
    app.prebuild_layouts(["/cannabis"])
    assert len(builds) == 1
    for i in range(layout_cache.LAYOUTS + 1):  # made-up addresses do not push it out
        _get(client, f"http://localhost/injisering?x={i}")
    _get(client, "http://127.0.0.1:8050/cannabis")
    assert len(builds) == 1 + layout_cache.LAYOUTS + 1


def _location(tree) -> dict:
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            props = node.get("props")
            if isinstance(props, dict) and props.get("id") == "_pages_location":
                return props
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    raise AssertionError("no _pages_location")


def test_workers_warm_the_plain_pages_only_with_the_store_in_use(client, builds, monkeypatch, tmp_path):
    from dashboard import app as app_module
    from dashboard import precomputed

    app_module.warm_layouts()  # the test suite runs without the store: nothing built ahead
    assert builds == [] and layout_cache._pinned == {}
    monkeypatch.setattr(precomputed, "store_path", lambda: tmp_path / "responses.sqlite")
    monkeypatch.setattr(precomputed, "is_current", lambda _path=None: True)
    app_module.warm_layouts()
    assert {k[1] for k in layout_cache._pinned} == {"/", *app.chart_paths}
    assert len(builds) == 1 + len(app.chart_paths)
    _get(client, "http://10.0.0.5:8050/dodsfall")
    assert len(builds) == 1 + len(app.chart_paths)


def test_gunicorn_workers_start_the_warm_up_for_the_dashboard_only(monkeypatch):
    import runpy
    import sys

    from dashboard import app as app_module

    conf = runpy.run_path(str(app_module.ROOT / "gunicorn.conf.py"))
    started = []
    monkeypatch.setattr(app_module, "warm_worker", lambda: started.append(1))
    conf["post_worker_init"](None)
    for thread in __import__("threading").enumerate():
        if thread.name == "warm-worker":
            thread.join(timeout=10)
    assert started == [1]
    monkeypatch.delitem(sys.modules, "dashboard.app")  # e.g. the benchmarks' bare page
    conf["post_worker_init"](None)
    assert started == [1]


def test_a_worker_makes_its_static_files_layouts_and_europe_rankings_once_it_serves(monkeypatch):
    """The master installs the layer that answers scripts and styles before Flask, empty, and warms
    nothing more (cold start); warm_worker, run by each worker as it starts, fills the layer, builds
    the layouts and the Europe card's rankings."""
    from dashboard import app as app_module
    from dashboard import static_files
    from dashboard.cards import wastewater

    layer = app_module.app.server.wsgi_app
    assert isinstance(layer, static_files.Prebuilt)
    monkeypatch.setattr(layer, "table", {})
    wastewater._europe_base.cache_clear()
    layouts = []
    monkeypatch.setattr(app_module, "warm_layouts", lambda: layouts.append(1))
    app_module.warm_worker()
    encodings = {path: set(entries) for (path, _), entries in layer.table.items()}
    assert encodings["/assets/plotly-bundle.min.js"] == encodings["/assets/bootstrap.min.css"] == {"br", "gzip"}
    assert layouts == [1]
    assert wastewater._europe_base.cache_info().currsize == 2 * len(wastewater.PARAMS["substance"].allowed)
