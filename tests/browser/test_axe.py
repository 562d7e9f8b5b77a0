"""axe-core's WCAG 2.0 and 2.1 A/AA rules on every page and in the states a user reaches: a card's
table view open, each kind of dropdown open (single with search, single without, multi), after a
filter change (radio, dropdown, slider). Any critical or serious violation fails, with each rule's
id, help text and target selectors in the message.

axe-core is the build shipped inside the PyPI package axe-playwright-python (no download at test
time). It is evaluated through Playwright's page.evaluate, which runs over the DevTools protocol:
the page's CSP (script-src 'self' plus hashes, no 'unsafe-eval', no 'unsafe-inline') governs the
page's own scripts, not the debugger's, and axe itself uses neither eval nor inline scripts. The
other obvious route, page.add_script_tag(content=...), adds an inline <script> that the CSP refuses.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import expect

from tests.browser.conftest import open_page, open_table, wait_graph

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("critical", "serious")
# Every page of the dashboard, plus a path that is none (the 404 page). Extend here.
PAGES = [
    "/",
    "/cannabis",
    "/sentralstimulerende",
    "/dodsfall",
    "/injisering",
    "/avlopsvann",
    "/om-tallene",
    "/tilgjengelighet",
    "/finnes-ikke",
    # English mode: the same widgets with English names (one page with every kind of control).
    "/?lang=en",
    "/avlopsvann?lang=en",
]
NOT_FOUND = "/finnes-ikke"


@pytest.fixture(autouse=True)
def _patient_expect():
    # A page's first render runs several callbacks; on a busy machine that can pass 5 s.
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def axe(page, within: str | None = None) -> list[dict]:
    """Critical and serious violations of the WCAG A/AA rules on the page as it is now, or only in
    the part `within` (a CSS selector) where a state changed just that part: the whole page was
    checked already, and a full run costs seconds (mostly the colour-contrast rule)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    result = page.evaluate("([sel, opts]) => axe.run(sel ? {include: [[sel]]} : document, opts)", [within, options])
    return [v for v in result["violations"] if v["impact"] in BLOCKING]


def report(state: str, violations: list[dict]) -> str:
    lines = [f"axe: {len(violations)} critical/serious rule(s) fail {state}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        lines.extend(f"    {' '.join(n['target'])}    {n['html'][:160]}" for n in v["nodes"][:8])
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def assert_clean(page, state: str, within: str | None = None) -> None:
    if within:
        expect(page.locator(within)).to_have_count(1)  # the part exists: an empty context checks nothing
    violations = axe(page, within)
    assert not violations, report(state + (f" (in {within})" if within else ""), violations)


def ready(page, path: str):
    """The page with its charts drawn (axe should see the page a user sees, not a half render)."""
    open_page(page, path)
    if page.locator(".dash-graph").count():
        wait_graph(page, ".chart-card .js-plotly-plot")
        # every card's body mounted (assets/deferred.js mounts those after the first, one a frame)
        page.wait_for_function("() => !document.querySelector('.deferred-wait')")
    return page


def control(widget_id: str) -> str:
    """The filter control (label, widget and, when open, the dropdown's popover) around a widget."""
    return f".filter-control:has(#{widget_id})"


def open_dropdown(page, dropdown_id: str):
    page.locator(f"#{dropdown_id}").click()
    options = page.locator(f"#{dropdown_id} ~ * .dash-options-list-option")
    expect(options.first).to_be_visible()
    return options


def close_dropdown(page, dropdown_id: str):
    page.keyboard.press("Escape")
    expect(page.locator(f"#{dropdown_id}")).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_violation(page, path):
    if path == NOT_FOUND:
        page.allowed_errors.append("status of 404")  # the document itself answers 404, on purpose
    ready(page, path)
    assert_clean(page, f"on {path}")


def test_cannabis_table_view_and_radio_change(page):
    ready(page, "/cannabis")
    card = page.locator("#card-cannabis-trend")
    table = open_table(card)
    expect(table.locator("table")).to_be_visible()
    assert_clean(page, "on /cannabis with a table view open", "#card-cannabis-trend")
    page.locator("#cannabis-sex").get_by_text("menn", exact=True).click()
    expect(card.locator(".card-header h2")).to_contain_text("menn")
    expect(table.locator("table")).to_contain_text("menn")  # the open table is rebuilt for the new state
    assert_clean(page, "on /cannabis after a filter change (radio), table open")


def test_wastewater_long_table_dropdowns_and_filter_change(page):
    ready(page, "/avlopsvann")
    table = open_table(page.locator("#card-ww-europe"))
    expect(table.locator("tbody tr").first).to_be_visible()
    # The case the rule is about: the table scrolls inside its wrapper.
    assert table.evaluate("el => el.scrollHeight > el.clientHeight")
    assert_clean(page, "on /avlopsvann with a scrolling table open", "#card-ww-europe")

    open_dropdown(page, "ww-substance")
    assert_clean(page, "on /avlopsvann with a single-choice dropdown (with search) open", control("ww-substance"))
    close_dropdown(page, "ww-substance")

    options = open_dropdown(page, "ww-land")
    assert_clean(page, "on /avlopsvann with a multi-choice dropdown open", control("ww-land"))
    options.first.click()  # a filter change from inside the open dropdown
    expect(page.locator("#ww-land ~ * .dash-options-list-option input:checked")).to_have_count(1)
    assert_clean(page, "on /avlopsvann after choosing in a multi-choice dropdown")
    close_dropdown(page, "ww-land")


def test_deaths_dropdown_without_search_and_choice(page):
    ready(page, "/dodsfall")
    open_dropdown(page, "deaths-sort")
    assert_clean(page, "on /dodsfall with a dropdown without search open", control("deaths-sort"))
    close_dropdown(page, "deaths-sort")
    options = open_dropdown(page, "deaths-county")
    options.first.click()
    expect(page.locator("#deaths-county")).not_to_contain_text("Velg")
    assert_clean(page, "on /dodsfall after choosing a county")


def test_injection_slider_change(page):
    ready(page, "/injisering")
    thumb = page.locator("#pwid-mult .dash-slider-thumb")
    before = thumb.get_attribute("aria-valuenow")
    thumb.focus()
    page.keyboard.press("ArrowRight")
    expect(thumb).not_to_have_attribute("aria-valuenow", before)
    assert_clean(page, "on /injisering after moving the slider")


def test_year_range_handles_are_named_by_what_they_set(page):
    """A check axe cannot make: slider handles and number boxes say what they set."""
    ready(page, "/cannabis")
    years = page.locator("#cannabis-years")
    expect(years.get_by_role("slider", name="Fra år")).to_have_attribute("aria-valuenow", "2013")
    expect(years.get_by_role("slider", name="Til år")).to_be_visible()
    expect(years.get_by_role("spinbutton", name="Fra år")).to_be_visible()
    expect(page.get_by_role("group", name="Kjønn")).to_be_visible()
    expect(page.get_by_role("button", name="År for øyeblikksbilde 2025")).to_be_visible()
