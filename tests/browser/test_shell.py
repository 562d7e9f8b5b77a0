"""The app shell in a real browser: every page, the 404 page, offline assets."""

import re
import urllib.request

import pytest
from playwright.sync_api import expect

from dashboard.i18n import t
from tests.browser.conftest import open_page

PAGES = ["/", "/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann", "/om-tallene"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_navigation(page, path):
    open_page(page, path)
    nav = page.locator("nav.navbar")
    expect(nav.get_by_role("link", name="Cannabis")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "nb"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_200(live_server, path):
    with urllib.request.urlopen(live_server + path, timeout=30) as r:
        assert r.status == 200


def test_unknown_path_gets_friendly_404(page):
    page.allowed_errors.append("status of 404")  # the document itself answers 404, on purpose
    open_page(page, "/finnes-ikke")
    expect(page.locator("h1")).to_have_text("Fant ikke siden")
    expect(page.locator('a[href="/"]', has_text="Til forsiden")).to_be_visible()
    expect(page.locator("nav.navbar")).to_be_visible()


def test_unknown_path_answers_http_404_with_the_page(live_server):
    import urllib.error

    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(live_server + "/finnes-ikke", timeout=30)
    assert err.value.code == 404
    assert "bootstrap.min.css" in err.value.read().decode()


def test_health_route(live_server):
    with urllib.request.urlopen(live_server + "/health", timeout=30) as r:
        assert r.read() == b"OK"


def test_bootstrap_is_served_locally(live_server):
    with urllib.request.urlopen(live_server + "/", timeout=30) as r:
        html = r.read().decode()
    assert "bootstrap.min.css" in html
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()


@pytest.mark.parametrize("path", PAGES)
def test_no_raw_placeholder_in_any_page_text(page, path):
    """No "{name}" from a catalogue text reaches the page, hidden panels ("Om tallene") included."""
    open_page(page, path)
    if path not in ("/", "/om-tallene"):
        expect(page.locator(".js-plotly-plot").first).to_be_attached()
    text = page.evaluate("() => document.body.textContent")
    assert not re.findall(r"\{[A-Za-z_][\w.\[\]]*\}", text)


def test_toolbar_has_no_cloud_button(page):
    open_page(page, "/cannabis")
    graph = page.locator("#card-cannabis-trend .js-plotly-plot")
    graph.hover()
    expect(graph.locator(".modebar-btn").first).to_be_attached()
    titles = graph.locator(".modebar-btn").evaluate_all("els => els.map(e => e.getAttribute('data-title') || '')")
    assert titles and not [x for x in titles if "Chart Studio" in x or "Share" in x or "Del" in x]


def _routing_requests(page) -> list[str]:
    """Bodies of the callback requests that ask for a page layout (Dash Pages' routing callback)."""
    seen = []

    def on_request(request):
        if request.url.split("?")[0].endswith("/_dash-update-component") and "_pages_content" in (
            request.post_data or ""
        ):
            seen.append(request.post_data)

    page.on("request", on_request)
    return seen


def test_page_comes_with_the_first_layout_and_navigation_still_routes(page):
    """The page, with the filter state of its address and its title, is in the first layout: no
    routing request on load. A menu link still loads the next page through the router."""
    routing = _routing_requests(page)
    open_page(page, "/cannabis?k=men")
    page.wait_for_selector(".chart-card .js-plotly-plot")
    expect(page).to_have_title(t("nav.cannabis") + " – " + t("app.brand"))
    expect(page.locator("#cannabis-sex input[value='men']")).to_be_checked()
    page.wait_for_load_state("networkidle")
    assert routing == []

    page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Dødsfall").click()
    expect(page).to_have_title(t("nav.deaths") + " – " + t("app.brand"))
    expect(page.locator("#_pages_content h1")).to_have_text(t("nav.deaths"))
    assert len(routing) == 1
    expect(page.locator("#_pages_content h1")).to_be_focused()  # assets/rusdash.js, after navigation
