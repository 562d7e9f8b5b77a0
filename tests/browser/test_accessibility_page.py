"""The accessibility statement (/tilgjengelighet) and what the page shell promises in it: a skip
link and landmarks, focus on the new heading after a page change, a visible focus ring on the
dark navbar, "Kopier lenke" as a keyboard button, Norwegian text inside Dash's dropdown, the
navbar toggler and plotly's toolbar; a meta description per page and a favicon of our own."""

from __future__ import annotations

import html
import re
import urllib.request
from pathlib import Path

import dash
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, open_page, wait_graph

STATEMENT = "/tilgjengelighet"
PAGES = ["/", "/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann", "/om-tallene", STATEMENT]
# The toolbar texts of plotly.js 4.1 in English (src/components/modebar/buttons.js): none may show.
PLOTLY_ENGLISH = {
    "Download plot as a PNG",
    "Download plot",
    "Download plot as JSON",
    "Share chart...",
    "Zoom",
    "Pan",
    "Box Select",
    "Lasso Select",
    "Zoom in",
    "Zoom out",
    "Autoscale",
    "Reset axes",
    "Toggle Spike Lines",
    "Show closest data on hover",
    "Compare data on hover",
    "Reset view",
    "Reset views",
    "Reset",
    "Produced with Plotly.js",
}


@pytest.fixture(autouse=True)
def _patient_expect():
    # A page's first render runs several callbacks; on a busy machine that can pass 5 s.
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def focused(page) -> dict:
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {tag: e.tagName.toLowerCase(), text: (e.textContent || '').trim(), cls: e.className || ''}; }"
    )


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours (opaque)."""

    def luminance(colour: str) -> float:
        r, g, b = (int(x) / 255 for x in re.findall(r"\d+(?:\.\d+)?", colour)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# ------------------------------------------------------------------ the statement
def test_statement_states_standard_method_gaps_date_and_feedback(page):
    open_page(page, STATEMENT)
    expect(page.locator("h1")).to_have_text("Tilgjengelighetserklæring")
    headings = page.locator("#_pages_content h2").all_inner_texts()
    assert headings == ["Kravene", "Status", "Slik tester vi", "Kjente mangler", "Si fra"]
    text = page.locator("#_pages_content").inner_text()
    assert "WCAG 2.1" in text and "AA" in text
    for method in ("axe-core", "tastaturet", "320 piksler", "utskriften"):
        assert method in text, method
    assert page.locator("#_pages_content h2:text('Kjente mangler') + ul > li").count() >= 3
    assert re.search(
        r"\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}", text
    )
    assert "@" not in text  # feedback goes to the publisher; no invented address


def test_the_tests_the_statement_names_exist():
    """The statement says axe-core, a keyboard journey, a 320 px test and a print test run: they do."""
    here = ROOT / "tests" / "browser"
    assert "AXE_SCRIPT" in (here / "test_axe.py").read_text(encoding="utf-8")
    assert "keyboard" in (here / "test_keyboard.py").read_text(encoding="utf-8").lower()
    assert "320" in Path(__file__).with_name("test_reflow.py").read_text(encoding="utf-8")
    assert "emulate_media" in Path(__file__).with_name("test_print.py").read_text(encoding="utf-8")


def test_footer_links_to_the_statement_and_focus_goes_to_its_heading(page):
    open_page(page, "/cannabis")
    assert focused(page)["tag"] == "body"  # a first load leaves focus at the start of the page
    page.locator("footer").get_by_role("link", name="Tilgjengelighetserklæring").click()
    expect(page.locator("h1")).to_have_text("Tilgjengelighetserklæring")
    expect(page.locator("h1")).to_be_focused()
    assert page.url.endswith(STATEMENT)


# ------------------------------------------------------------------ shell: skip link, landmarks, focus
def test_skip_link_is_the_first_tab_stop_and_jumps_to_the_heading(page):
    open_page(page, "/cannabis?k=men")
    expect(page.locator("main")).to_have_count(1)
    expect(page.locator("main h1")).to_have_text("Cannabis")
    expect(page.get_by_role("navigation", name="Hovedmeny")).to_be_visible()
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Hopp til hovedinnhold")
    box = skip.bounding_box()
    assert box["width"] > 50 and box["height"] > 20 and box["x"] >= 0 and box["y"] >= 0  # visible when focused
    url = page.url
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_be_focused()
    assert page.url == url  # no "#main-content" in the address that "Kopier lenke" shares
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Kopier lenke")).to_be_focused()


def test_page_change_moves_focus_to_the_new_heading_and_back_too(page):
    open_page(page, "/om-tallene")
    page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Dødsfall").click()
    expect(page.locator("h1")).to_have_text("Dødsfall")
    expect(page.locator("h1")).to_be_focused()
    expect(page.get_by_role("link", name="Dødsfall")).to_have_attribute("aria-current", "page")
    page.go_back()
    expect(page.locator("h1")).to_have_text(re.compile("^Om tallene"))
    expect(page.locator("h1")).to_be_focused()


def test_focus_ring_on_the_dark_navbar_has_at_least_3_to_1(page):
    open_page(page, "/om-tallene")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # the brand link, on the dark navbar
    assert focused(page)["cls"] == "navbar-brand"
    ring = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return {colour: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle,"
        " background: getComputedStyle(document.querySelector('nav.navbar')).backgroundColor}; }"
    )
    assert ring["style"] != "none" and ring["width"] >= 2
    assert contrast(ring["colour"], ring["background"]) >= 3, ring
    # and on the white page: the copy-link button
    page.get_by_role("button", name="Kopier lenke").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    colour = page.evaluate("() => getComputedStyle(document.activeElement).outlineColor")
    assert contrast(colour, "rgb(255, 255, 255)") >= 3


def test_copy_link_is_a_keyboard_button_that_says_it_copied(page):
    open_page(page, "/cannabis?k=men")
    button = page.get_by_role("button", name="Kopier lenke")
    expect(button).to_have_js_property("tagName", "BUTTON")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Lenken er kopiert")).to_be_visible()
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert link == page.base_url + "/cannabis?k=men"


def test_navbar_toggler_is_named_in_norwegian_and_opens_the_menu(page):
    page.set_viewport_size({"width": 400, "height": 800})
    open_page(page, "/om-tallene")
    assert "Toggle navigation" not in page.content()
    toggler = page.get_by_role("button", name="Vis eller skjul menyen")
    expect(toggler).to_have_attribute("aria-expanded", "false")
    deaths = page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Dødsfall")
    expect(deaths).to_be_hidden()
    toggler.focus()
    page.keyboard.press("Enter")
    expect(toggler).to_have_attribute("aria-expanded", "true")
    expect(deaths).to_be_visible()


# ------------------------------------------------------------------ Norwegian inside widgets
def test_dropdown_texts_are_norwegian(page):
    open_page(page, "/avlopsvann")
    page.locator("#ww-land").click()
    popover = page.locator(".dash-dropdown-content")
    expect(popover.get_by_role("button", name="Velg alle")).to_be_visible()
    expect(popover.get_by_role("button", name="Fjern alle")).to_be_visible()
    search = popover.locator("input[type=search]")
    expect(search).to_have_attribute("placeholder", "Søk")
    search.fill("xqzv")  # no country is called that
    expect(popover).to_contain_text("Ingen treff")
    text = popover.inner_text()
    for english in ("Select All", "Deselect All", "Search", "No options found"):
        assert english not in text


def test_chart_toolbar_has_no_english(page):
    open_page(page, "/cannabis")
    graph = "#card-cannabis-trend .js-plotly-plot"
    wait_graph(page, graph)
    page.locator(graph).hover()
    buttons = page.locator(f"{graph} .modebar-btn")
    expect(buttons.first).to_be_attached()
    texts = buttons.evaluate_all(
        "els => els.flatMap(e => [e.getAttribute('data-title'), e.getAttribute('aria-label')]).filter(Boolean)"
    )
    assert len(texts) >= 6
    assert not set(texts) & PLOTLY_ENGLISH, sorted(set(texts) & PLOTLY_ENGLISH)
    assert "Last ned figuren som PNG" in texts and "Tilbakestill aksene" in texts


# ------------------------------------------------------------------ head: description and favicon
def _index(live_server: str, path: str) -> str:
    with urllib.request.urlopen(live_server + path, timeout=30) as r:
        return r.read().decode()


def test_every_page_has_its_own_meta_description(live_server):
    found = {}
    for path in PAGES:
        m = re.search(r'<meta name="description" content="([^"]*)"', _index(live_server, path))
        assert m, path
        found[path] = html.unescape(m.group(1))
        assert len(found[path]) >= 60, (path, found[path])
    assert len(set(found.values())) == len(PAGES), found


def test_favicon_is_our_own(live_server):
    m = re.search(r'<link rel="icon"[^>]*href="([^"]+)"', _index(live_server, "/"))
    assert m and m.group(1).startswith("/assets/favicon.ico")
    with urllib.request.urlopen(live_server + html.unescape(m.group(1)), timeout=30) as r:
        icon = r.read()
    assert icon[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert icon != (Path(dash.__file__).parent / "favicon.ico").read_bytes()  # not Dash's logo
