"""English mode in a real browser (issue 12, item 4): `?lang=en` in the address gives an English
page (<html lang="en">, navbar, page content, callback output, chart separators and toolbar,
table view, CSV), filter changes and navigation keep `lang=en` in the address and in a copied
link, the language switch opens the same page and state in the other language, and a page
without `lang` stays bokmål. The last tests read every visible text of every page in English and
fail on any text that is a bokmål catalogue text whose English differs."""

from __future__ import annotations

import csv as csv_module
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from dashboard.cards import registry
from dashboard.components import shell
from dashboard.i18n import catalog, t, use_lang
from tests.browser.conftest import open_page

PAGES = [path for path, _ in shell.NAV_ITEMS] + [p for p in [getattr(shell, "ACCESSIBILITY_PATH", None)] if p]
# The h1 of each page: the catalogue key its page module writes it from.
H1 = {
    "/": "front.title",
    "/cannabis": "cannabis.title",
    "/sentralstimulerende": "stimulants.title",
    "/dodsfall": "nav.deaths",
    "/injisering": "pwid.title",
    "/avlopsvann": "ww.title",
    "/om-tallene": "methods.title",
    "/tilgjengelighet": "a11y.title",
}
NAV_KEYS = dict(shell.NAV_ITEMS)
SWITCH = "#lang-switch"
TREND = "#card-cannabis-trend"


@pytest.fixture(autouse=True)
def _patient_expect():
    # A first render runs about ten callbacks; on a busy machine that can pass 5 s (a condition,
    # not a sleep).
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def en(key: str, **values) -> str:
    with use_lang("en"):
        return t(key, **values)


def nb(key: str, **values) -> str:
    with use_lang("nb"):
        return t(key, **values)


def _html_lang(page) -> str:
    return page.locator("html").get_attribute("lang")


def _charts_drawn(page):
    """Every chart card of the page has its plotly chart drawn and no callback is pending."""
    page.wait_for_function(
        "() => { const cards = document.querySelectorAll('.chart-card');"
        " const drawn = [...document.querySelectorAll('.chart-card .js-plotly-plot')]"
        "   .filter(g => g._fullLayout && g.querySelector('.main-svg'));"
        " return drawn.length === cards.length && !document.querySelector('[data-rd-loading=\"true\"]'); }"
    )


# ------------------------------------------------------------------ each page in English
@pytest.mark.parametrize("path", PAGES)
def test_page_in_english(page, path):
    open_page(page, path + "?lang=en")
    assert _html_lang(page) == "en"
    expect(page.locator("#_pages_content h1").first).to_have_text(en(H1[path]))
    nav = page.locator("nav")
    for nav_path, key in shell.NAV_ITEMS[1:]:
        link = nav.locator(f'a[href="{nav_path}?lang=en"]')
        expect(link).to_have_text(en(key))
    # The switch: a real link to this page in bokmål, named in bokmål, marked as such.
    switch = page.locator(SWITCH)
    expect(switch).to_have_text(en("nav.language_switch"))
    expect(switch).to_have_attribute("href", path)
    assert switch.get_attribute("lang") == "nb" and switch.get_attribute("hreflang") == "nb"
    expect(page).to_have_title(re.compile(re.escape(en("app.brand"))))
    # `lang` is no filter: no page reports it as a value it cannot show
    expect(page.get_by_text(en("input.invalid", value="en"))).to_have_count(0)


def test_a_page_without_lang_is_bokmal(page):
    open_page(page, "/cannabis")
    assert _html_lang(page) == "nb"
    expect(page.locator("#_pages_content h1").first).to_have_text(nb("cannabis.title"))
    expect(page.locator('nav a[href="/dodsfall"]')).to_have_text(nb("nav.deaths"))
    switch = page.locator(SWITCH)
    expect(switch).to_have_text("English")
    expect(switch).to_have_attribute("href", "/cannabis?lang=en")
    assert switch.get_attribute("lang") == "en" and switch.get_attribute("hreflang") == "en"
    graph = page.locator(f"{TREND} .js-plotly-plot")
    expect(graph).to_be_attached()
    page.wait_for_function(
        "sel => { const g = document.querySelector(sel); return g && g._fullLayout; }", arg=f"{TREND} .js-plotly-plot"
    )
    assert page.evaluate("sel => document.querySelector(sel).layout.separators", f"{TREND} .js-plotly-plot") == ", "


# ------------------------------------------------------------------ state, callbacks, links
def _trend_title(language: str, **given) -> str:
    spec, _ = registry.CARDS["cannabis-trend"]
    with use_lang(language):
        return registry.view("cannabis-trend", spec.validate(given)).title


def test_a_filter_change_keeps_english_in_the_address_and_the_card(page):
    open_page(page, "/cannabis?lang=en")
    title = page.locator(f"{TREND} .card-header h2")
    expect(title).to_have_text(_trend_title("en"))
    with use_lang("en"):
        both = t("code.sex.both")
    page.locator("#cannabis-sex").get_by_text(both, exact=True).click()
    # The card title comes from the callback: it was built in English, not bokmål.
    expect(title).to_have_text(_trend_title("en", sex="both"))
    assert _trend_title("en", sex="both") != _trend_title("nb", sex="both")
    page.wait_for_function("() => location.search.includes('k=both') && location.search.includes('lang=en')")
    # The switch follows the state: the same view in bokmål.
    expect(page.locator(SWITCH)).to_have_attribute("href", "/cannabis?k=both")
    # A copied link keeps the language.
    page.locator("#copy-link").click()
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert link.startswith(page.base_url + "/cannabis?") and "k=both" in link and "lang=en" in link


def test_charts_use_english_separators_and_toolbar(page):
    open_page(page, "/cannabis?lang=en")
    _charts_drawn(page)
    graph = f"{TREND} .js-plotly-plot"
    assert page.evaluate("sel => document.querySelector(sel).layout.separators", graph) == ".,"
    titles = page.evaluate(
        "sel => [...document.querySelectorAll(sel + ' .modebar-btn')].map(b => b.getAttribute('data-title'))", graph
    )
    assert "Zoom in" in titles and "Zoom inn" not in titles  # plotly's own English, not assets/plotly-locale-no.js


def test_navigation_keeps_english(page):
    open_page(page, "/cannabis?lang=en")
    page.locator("nav").get_by_role("link", name=en("nav.deaths"), exact=True).click()
    page.wait_for_function("() => location.pathname === '/dodsfall' && location.search === '?lang=en'")
    # The page content comes from Dash's routing callback: in English too.
    expect(page.locator("#_pages_content h1").first).to_have_text(en(H1["/dodsfall"]))
    assert _html_lang(page) == "en"
    expect(page.locator('nav a[href="/dodsfall?lang=en"]')).to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator('nav a[href="/cannabis?lang=en"]')).not_to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator(SWITCH)).to_have_attribute("href", "/dodsfall")


def test_the_switch_opens_the_same_view_in_the_other_language(page):
    open_page(page, "/cannabis?k=both&lang=en")
    switch = page.locator(SWITCH)
    expect(switch).to_have_attribute("href", "/cannabis?k=both")
    switch.click()
    page.wait_for_function("() => document.documentElement.lang === 'nb'")
    page.wait_for_function("() => location.pathname === '/cannabis' && location.search === '?k=both'")
    expect(page.locator(f"{TREND} .card-header h2")).to_have_text(_trend_title("nb", sex="both"))
    expect(page.locator(SWITCH)).to_have_attribute("href", "/cannabis?k=both&lang=en")
    page.locator(SWITCH).click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    expect(page.locator(f"{TREND} .card-header h2")).to_have_text(_trend_title("en", sex="both"))


def test_table_view_and_csv_in_english(page):
    open_page(page, "/cannabis?lang=en")
    card = page.locator(TREND)
    expect(card.locator(".card-header h2")).to_have_text(_trend_title("en"))
    card.get_by_role("tab", name=en("card.tab_table")).click()
    table = card.locator(".cc-table table")
    table.wait_for()
    spec, _ = registry.CARDS["cannabis-trend"]
    with use_lang("en"):
        payload = registry.view("cannabis-trend", spec.defaults()).payload()
    headers = [c["name"] for c in payload["columns"]]
    expect(table.locator("thead th").first).to_have_text(headers[0])
    # English numbers in the table: a decimal point, never a decimal comma.
    body = table.locator("tbody").inner_text()
    assert re.search(r"\d\.\d", body) and not re.search(r"\d,\d\b", body)

    with page.expect_download() as info:
        card.locator(".cc-downloads button", has_text=re.compile(r"^CSV$")).click()
    csv = info.value
    assert csv.suggested_filename == payload["filename"] + ".csv"
    with use_lang("nb"):
        assert csv.suggested_filename != registry.view("cannabis-trend", spec.defaults()).file_stem() + ".csv"
    data = Path(csv.path()).read_bytes()
    assert next(csv_module.reader(io.StringIO(data.decode("utf-8-sig")))) == headers  # ',' separated
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")  # ',' separator, '.' decimals
    assert len(frame) == len(payload["rows"])
    assert frame.select_dtypes("number").shape[1] >= 2


def test_europe_chart_names_countries_in_english(page):
    open_page(page, "/avlopsvann?lang=en")
    graph = "#card-ww-europe .js-plotly-plot"
    page.wait_for_function("sel => { const g = document.querySelector(sel); return g && g._fullLayout; }", arg=graph)
    ticks = page.evaluate("sel => [...document.querySelectorAll(sel + ' .ytick text')].map(e => e.textContent)", graph)
    assert any("(Norway)" in x for x in ticks), ticks
    assert not any(re.search(r"\((Norge|Nederland|Spania|Tyskland|Sveits|Danmark)\)", x) for x in ticks), ticks


# ------------------------------------------------------------------ every visible string
TAG = re.compile(r"<[^>]+>")
FIELD = re.compile(r"(%?\{[^{}]*\})")  # ours {name} and plotly's %{y:.1f}
LETTER = re.compile(r"[A-Za-zÆØÅæøåÉéÜü]")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _bokmal_only() -> tuple[set[str], list[re.Pattern]]:
    """The texts an English page must not show: each bokmål catalogue text whose English differs
    (split at line breaks, tags removed), exactly when it has no placeholders, else as a pattern
    with each placeholder matching any text (only patterns with enough words of their own to mean
    something: at least 12 letters outside placeholders). A text that is also some English text
    (a name kept in English) is left out."""
    nb_texts, en_texts = catalog("nb"), catalog("en")
    english = {_norm(TAG.sub("", part)) for v in en_texts.values() for part in re.split(r"<br\s*/?>|\n", v)}
    exact, patterns = set(), []
    for key, text in nb_texts.items():
        if en_texts.get(key) == text:
            continue
        for part in re.split(r"<br\s*/?>|\n", text):
            part = _norm(TAG.sub("", part))
            if not part or part in english:
                continue
            pieces = FIELD.split(part)
            if len(pieces) == 1:
                exact.add(part)
            elif len(LETTER.findall("".join(pieces[0::2]))) >= 12:
                patterns.append(re.compile(".+?".join(re.escape(p) for p in pieces[0::2]), re.S))
    return exact, patterns


VISIBLE_TEXT = """() => {
  // "Om tallene" boxes and other <details> open, so their text counts as visible too.
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    if (!text || !el || el.closest('script, style, noscript')) continue;
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    out.push(text);
  }
  return out;
}"""


@pytest.mark.parametrize("path", [*PAGES, "/finnes-ikke"])
def test_no_bokmal_text_on_an_english_page(page, path):
    if path == "/finnes-ikke":
        page.allowed_errors.append("status of 404")  # the 404 page answers 404, on purpose
    open_page(page, path + "?lang=en")
    _charts_drawn(page)
    texts = page.evaluate(VISIBLE_TEXT)
    assert len(texts) > 10, texts
    exact, patterns = _bokmal_only()
    found = sorted({x for x in texts if x in exact or any(p.fullmatch(x) for p in patterns)})
    assert not found, f"bokmål texts on {path}?lang=en: {found[:30]}"
