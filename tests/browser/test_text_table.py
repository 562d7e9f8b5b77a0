"""A card's table view as drawn by assets/text-table.js (the TextTable component of
dashboard/components/table.py): a real table with caption, column and row headers and
right-aligned numbers; its cells are text however they read; no chart page loads markdown code."""

from playwright.sync_api import expect

from tests.browser.conftest import open_page, open_table


def test_a_card_table_is_a_table_with_caption_headers_and_right_aligned_numbers(page):
    chunks = []
    page.on("request", lambda r: chunks.append(r.url) if "/dcc/async-" in r.url else None)
    open_page(page, "/injisering")
    table = open_table(page.locator("#card-pwid-estimate")).locator("table")
    expect(table.locator("caption")).to_contain_text("Beregnet antall personer som injiserer")
    heads = table.locator("thead th")
    expect(heads.first).to_have_attribute("scope", "col")
    assert heads.count() >= 2 and heads.count() == table.locator("thead th[scope=col]").count()
    # the years name the rows: each row starts with its year as the row header
    row_2024 = table.locator("tbody tr", has=page.locator("th[scope=row]", has_text="2024"))
    expect(row_2024).to_have_count(1)
    estimate = row_2024.locator("td", has_text="12\u00a0979")  # 2024 estimate, toir_pwid widget data
    expect(estimate).to_have_class("text-end")
    assert "table-striped" in table.get_attribute("class").split()
    assert not [u for u in chunks if "async-markdown" in u], chunks


HOSTILE = '<script>window.__hit = 1</script><img src=x onerror="window.__hit = 2">{x}&amp;'


def test_cells_caption_and_headers_are_text_never_markup(page):
    open_page(page, "/injisering")
    drawn = page.evaluate(
        """text => new Promise(done => {
          const box = document.createElement('div');
          document.body.appendChild(box);
          const T = window.rusdash_components.TextTable;
          const props = {header: [text, 'n'], rows: [[text, '1'], ['b', '2']], numeric: [1], caption: text,
                         rowHeaders: true, tableClassName: 'table'};
          window.ReactDOM.createRoot(box).render(window.React.createElement(T, props));
          const look = () => {
            const t = box.querySelector('table');
            if (!t) { requestAnimationFrame(look); return; }
            done({caption: t.caption.textContent, head: [...t.tHead.rows[0].cells].map(c => c.textContent),
                  first: t.tBodies[0].rows[0].cells[0].textContent, rowHead: t.tBodies[0].rows[0].cells[0].tagName,
                  aligned: t.tBodies[0].rows[0].cells[1].className,
                  elements: box.querySelectorAll('script, img').length, hit: window.__hit || 0});
          };
          look();
        })""",
        HOSTILE,
    )
    assert drawn["caption"] == drawn["head"][0] == drawn["first"] == HOSTILE
    assert (drawn["rowHead"], drawn["aligned"]) == ("TH", "text-end")
    assert drawn["elements"] == 0 and drawn["hit"] == 0


def test_markdown_still_renders_on_a_page_reached_from_a_chart_page(page):
    # a chart page does not start dcc's Markdown code (assets/lazy-components.js); /om-tallene,
    # opened from it without a reload, loads it as it renders its provenance text
    open_page(page, "/cannabis")
    page.wait_for_function(
        "() => document.querySelector('.js-plotly-plot') && document.querySelector('.js-plotly-plot')._fullLayout"
    )
    page.evaluate("() => { window.__samePage = true; }")
    page.locator("a[href='/om-tallene']").first.click()
    page.wait_for_url("**/om-tallene")
    page.wait_for_selector("#methods-provenance", state="attached")
    assert page.evaluate("() => window.__samePage === true")  # no reload: the chart page's scripts
    page.locator("#methods-provenance").locator("xpath=..").locator("summary").click()
    expect(page.locator("#methods-provenance h3").first).to_have_text("Provenance of data/raw/")
