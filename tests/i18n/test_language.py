"""The interface language: from the address (?lang=en), per request; for Dash's own requests from the
page that sends them (its Referer); outside requests from use_lang, DASHBOARD_LANG, then bokmål.
And what depends on it: the cached card views, the address a page writes, the page shell."""

import re

import pytest

from dashboard.app import app
from dashboard.cards import registry
from dashboard.cards.params import Param
from dashboard.cards.registry import PageSpec
from dashboard.i18n import lang, t, use_lang, with_lang
from dashboard.i18n.language import lang_of_query
from dashboard.server import request_language


# ------------------------------------------------------------------ resolution
def test_default_is_bokmal_and_the_environment_can_change_it(monkeypatch):
    monkeypatch.delenv("DASHBOARD_LANG", raising=False)
    assert lang() == "nb"
    monkeypatch.setenv("DASHBOARD_LANG", "en")
    assert lang() == "en"
    monkeypatch.setenv("DASHBOARD_LANG", "xx")  # unknown: the default, not an error
    assert lang() == "nb"


def test_use_lang_wins_over_the_environment_and_is_undone_after(monkeypatch):
    monkeypatch.setenv("DASHBOARD_LANG", "nb")
    with use_lang("en"):
        assert lang() == "en"
        assert t("nav.language_switch") == "Norsk"
        with use_lang("nb"):
            assert lang() == "nb"
        assert lang() == "en"
    assert lang() == "nb"
    with pytest.raises(ValueError), use_lang("de"):
        pass


@pytest.mark.parametrize(
    ("query", "expected"),
    [("lang=en", "en"), ("k=men&lang=en", "en"), ("lang=nb", "nb"), ("lang=xx", "nb"), ("k=men", None), ("", None)],
)
def test_language_of_a_query(query, expected):
    assert lang_of_query(query) == expected


@pytest.mark.parametrize(
    ("href", "code", "expected"),
    [
        ("/cannabis", "en", "/cannabis?lang=en"),
        ("/cannabis?k=men&a=16-34", "en", "/cannabis?k=men&a=16-34&lang=en"),
        ("/cannabis?lang=en&k=men", "nb", "/cannabis?k=men"),
        ("/?lang=en", "nb", "/"),
        ("/avlopsvann?land=DE,FR#card-ww-europe", "en", "/avlopsvann?land=DE,FR&lang=en#card-ww-europe"),
        ("/", "nb", "/"),
    ],
)
def test_links_in_a_language(href, code, expected):
    assert with_lang(href, code) == expected


def test_links_default_to_the_current_language():
    with use_lang("en"):
        assert with_lang("/dodsfall") == "/dodsfall?lang=en"
    with use_lang("nb"):
        assert with_lang("/dodsfall?lang=en") == "/dodsfall"


@pytest.mark.parametrize(
    ("args", "referrer", "from_page", "expected"),
    [
        ({"lang": "en"}, None, False, "en"),  # a page asks for itself
        ({}, "http://127.0.0.1:8050/cannabis?k=men&lang=en", True, "en"),  # a callback of that page
        ({}, "http://127.0.0.1:8050/cannabis?k=men", True, None),
        ({}, None, True, None),  # no Referer (a client that sends none): the default
        # A document never follows its Referer: the "Norsk" link of an English page opens bokmål.
        ({}, "http://127.0.0.1:8050/cannabis?lang=en", False, None),
        ({"lang": "nb"}, "http://127.0.0.1:8050/?lang=en", True, "nb"),  # its own parameter first
        ({}, "http://[?lang=en", True, None),  # no address (urlsplit refuses it): the default, not a 500
    ],
)
def test_language_of_a_request(args, referrer, from_page, expected):
    assert request_language(args, referrer, from_page) == expected


# ------------------------------------------------------------------ per request, through the app
@pytest.fixture(scope="module")
def client():
    return app.server.test_client()


def _html_lang(text: str) -> str:
    return re.search(r"<html\b[^>]*\blang=\"([^\"]+)\"", text).group(1)


def test_index_page_is_marked_in_the_language_of_its_address(client):
    en = client.get("/cannabis?lang=en")
    nb = client.get("/cannabis")
    assert _html_lang(en.text) == "en" and en.headers["Content-Language"] == "en"
    assert _html_lang(nb.text) == "nb" and nb.headers["Content-Language"] == "nb"
    with use_lang("en"):
        assert f"<title>{t('app.title')}</title>" in en.text
    assert en.headers["Referrer-Policy"] == "same-origin"


def test_a_document_never_takes_the_language_of_its_referer(client):
    r = client.get("/cannabis", headers={"Referer": "http://localhost/cannabis?lang=en"})
    assert _html_lang(r.text) == "nb"


def test_layout_follows_the_page_that_asks_for_it(client):
    en = client.get("/_dash-layout", headers={"Referer": "http://localhost/dodsfall?k=men&lang=en"})
    nb = client.get("/_dash-layout", headers={"Referer": "http://localhost/dodsfall?k=men"})
    assert "Referer" in en.headers.get("Vary", "")
    with use_lang("en"):
        english = {t("nav.deaths"), t("nav.methods"), t("nav.language_switch")}
    with use_lang("nb"):
        bokmal = {t("nav.deaths"), t("nav.methods"), t("nav.language_switch")}
    assert english != bokmal
    en_strings, nb_strings = _strings(en.get_json()), _strings(nb.get_json())
    assert english <= en_strings and not (bokmal - english) & en_strings
    assert bokmal <= nb_strings and not (english - bokmal) & nb_strings
    # nav links keep the language, so Dash's client-side navigation does too
    internal = lambda links: [h for h in links if h.startswith("/")]  # noqa: E731  (not "#main")
    en_links, nb_links = internal(_hrefs(en.get_json())), internal(_hrefs(nb.get_json()))
    for path in ("/", "/cannabis", "/dodsfall", "/om-tallene"):
        assert f"{path}?lang=en" in en_links and path in nb_links
    # the switch is the one link to the other language (its page and state are set in the browser)
    assert [h for h in en_links if "lang=en" not in h] == ["/"]
    assert [h for h in nb_links if "lang=en" in h] == ["/?lang=en"]


def _hrefs(node) -> list[str]:
    """Every href in a JSON layout."""
    if isinstance(node, dict):
        own = [node["href"]] if isinstance(node.get("href"), str) else []
        return own + [h for v in node.values() for h in _hrefs(v)]
    if isinstance(node, list):
        return [h for v in node for h in _hrefs(v)]
    return []


def _strings(node) -> set[str]:
    """Every string in a JSON layout."""
    if isinstance(node, str):
        return {node}
    if isinstance(node, dict):
        return set().union(*map(_strings, node.values())) if node else set()
    if isinstance(node, list):
        return set().union(*map(_strings, node)) if node else set()
    return set()


def test_the_language_does_not_leak_into_the_next_request(client):
    client.get("/cannabis?lang=en")
    assert _html_lang(client.get("/cannabis").text) == "nb"


# ------------------------------------------------------------------ what depends on it
def test_card_views_are_cached_per_language():
    spec, _ = registry.CARDS["cannabis-trend"]
    state = spec.defaults()
    with use_lang("en"):
        en = registry.view("cannabis-trend", state)
    with use_lang("nb"):
        nb = registry.view("cannabis-trend", state)
    with use_lang("en"):
        en_again = registry.view("cannabis-trend", state)
    assert en.title != nb.title  # a bokmål request never gets the English view, nor the reverse
    assert en_again is en  # and each language keeps its own cache entry
    assert en.figure_dict()["layout"]["separators"] == ".,"
    assert nb.figure_dict()["layout"]["separators"] == ", "
    assert en.file_stem() != nb.file_stem()


def test_a_page_writes_the_language_into_its_address():
    spec = registry.PAGES["cannabis"]
    state = dict(spec.defaults(), sex="men")
    with use_lang("nb"):
        nb = spec.query(state)
    with use_lang("en"):
        en = spec.query(state)
    assert "lang" not in nb
    assert en == {**nb, "lang": "en"}


def test_no_page_parameter_may_take_the_language_key():
    bad = PageSpec("x-lang-test", "/x", {"lang": Param("lang", "a", ("a", "b"))})
    with pytest.raises(KeyError):
        registry.register(bad)
    assert "x-lang-test" not in registry.PAGES


@pytest.mark.parametrize("card", sorted(registry.CARDS))
def test_every_download_is_named_in_english_in_english(card):
    from dashboard.i18n import catalog

    nb, en = catalog("nb"), catalog("en")
    words = {nb[k] for k in nb if (k.startswith("file.") or ".file_" in k) and nb[k] != en.get(k)}
    assert "avlopsvann" in words  # the catalogue's file-name words
    spec, _ = registry.CARDS[card]
    with use_lang("en"):
        stem = registry.view(card, spec.defaults()).file_stem()
    assert not [w for w in words if f"-{w}-" in f"-{stem}-"], stem
