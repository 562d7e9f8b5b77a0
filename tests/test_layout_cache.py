"""The layout response is kept per page address and language (dashboard/layout_cache.py): a repeated
address is answered with the same JSON without building the page again; another address, query or
language is built anew; the number kept is bounded."""

from __future__ import annotations

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
