"""Every page runs in Chromium under the Content-Security-Policy (dashboard/server.py) with no
console error (a CSP violation is one) and no request to another host: the `page` fixture checks
both at teardown. Also measures the callback bodies the real renderer sends (the body size limit
must be far above the largest) and checks that the request guard lets every one of them through."""

import re

import pytest

from dashboard.server import MAX_BODY
from tests.browser.conftest import open_page, open_table

PAGES = ["/", "/cannabis", "/sentralstimulerende", "/dodsfall", "/injisering", "/avlopsvann", "/om-tallene"]
DISPATCH = "/_dash-update-component"


def _record_callbacks(page) -> list:
    """(body size, status) of every callback request the page sends."""
    seen = []

    def on_response(response):
        if response.url.split("?")[0].endswith(DISPATCH):
            seen.append((len(response.request.post_data_buffer or b""), response.status))

    page.on("response", on_response)
    return seen


def _download(page, locator):
    with page.expect_download() as info:
        locator.click()
    return info.value


@pytest.mark.parametrize("path", PAGES)
def test_page_runs_under_the_csp(page, path):
    seen = _record_callbacks(page)
    response = page.goto(page.base_url + path)
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in re.search(r"script-src[^;]*", csp).group(0)
    page.wait_for_selector("#_pages_content h1")
    if page.locator(".dash-graph").count():
        page.wait_for_selector(".js-plotly-plot")
    page.wait_for_load_state("networkidle")
    # The page comes with the first layout (no routing callback): a page without filters sends none.
    assert all(status < 400 for _, status in seen), seen


def test_downloads_and_table_run_under_the_csp_and_real_bodies_are_small(page):
    """Image exports (data:/blob: URLs), a server-built table, CSV downloads on a card and on the
    methods page (the largest callback body: every download button of the page is an input)."""
    seen = _record_callbacks(page)
    open_page(page, "/cannabis")
    page.wait_for_selector(".chart-card .js-plotly-plot")
    card = page.locator(".chart-card").first
    for label in ("PNG", "SVG", "CSV"):
        _download(page, card.locator(".cc-downloads button", has_text=re.compile(rf"^{label}$")))
    open_table(card)
    page.locator("#cannabis-sex label", has_text="menn").first.click()
    page.wait_for_load_state("networkidle")

    open_page(page, "/om-tallene")
    _download(page, page.locator("button", has_text="CSV").first)
    page.wait_for_load_state("networkidle")

    assert seen and all(status < 400 for _, status in seen), seen
    largest = max(size for size, _ in seen)
    print(f"\ncallback requests: {len(seen)}, largest body {largest} bytes (limit {MAX_BODY})")
    assert largest * 8 < MAX_BODY
