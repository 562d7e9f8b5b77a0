"""Export and share from a chart card in a real browser (issue 8): image and data downloads,
and a copied link that restores the view in a fresh page."""

import io
import re

import pandas as pd
import pytest

from tests.browser.conftest import open_page, open_table

PAGE = "/cannabis"


def first_card(page):
    card = page.locator(".chart-card").first
    # The card is filled once its title (set from the data payload) has text.
    page.wait_for_function(
        "() => { const h = document.querySelector('.chart-card .card-header h2');"
        " return h && h.textContent.trim().length > 0; }"
    )
    page.wait_for_function(
        "() => { const g = document.querySelector('.chart-card .js-plotly-plot');"
        " return g && g.data && g.data.length > 0; }"
    )
    return card


def download(page, card, label):
    with page.expect_download() as info:
        card.locator(".cc-downloads button", has_text=re.compile(rf"^{re.escape(label)}$")).click()
    return info.value


def test_png_and_svg_have_telling_names_and_svg_carries_title_and_source(page, tmp_path):
    open_page(page, PAGE)
    card = first_card(page)
    title = card.locator(".card-header h2").inner_text().strip()
    png = download(page, card, "PNG")
    assert png.suggested_filename.endswith(".png")
    assert png.suggested_filename.startswith("cannabis") and "newplot" not in png.suggested_filename
    png_path = tmp_path / png.suggested_filename
    png.save_as(png_path)
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    svg = download(page, card, "SVG")
    assert svg.suggested_filename.endswith(".svg")
    svg_path = tmp_path / svg.suggested_filename
    svg.save_as(svg_path)
    text = svg_path.read_text(encoding="utf-8")
    # SVG text escapes some characters; compare on the plain words of the title.
    for word in [w for w in re.split(r"\W+", title) if len(w) > 3][:4]:
        assert word in text, word
    assert "Kilde:" in text


def _number(cell: str):
    cell = cell.replace("\u00a0", "").replace(" ", "").replace("%", "")
    try:
        return float(cell.replace(",", "."))
    except ValueError:
        return cell


def test_csv_opens_with_norwegian_settings_and_equals_the_table(page, tmp_path):
    open_page(page, PAGE)
    card = first_card(page)
    csv = download(page, card, "CSV")
    assert csv.suggested_filename.endswith(".csv")
    path = tmp_path / csv.suggested_filename
    csv.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(raw), sep=";", decimal=",", encoding="utf-8-sig")
    open_table(card)
    headers = card.locator(".cc-table thead th").all_inner_texts()
    rows = [r.locator("td").all_inner_texts() for r in card.locator(".cc-table tbody tr").all()]
    assert list(frame.columns) == headers
    assert len(frame) == len(rows) > 0
    for (_, csv_row), table_row in zip(frame.iterrows(), rows, strict=True):
        for value, cell in zip(csv_row.tolist(), table_row, strict=True):
            shown = _number(cell)
            if isinstance(shown, float) and not pd.isna(value) and not isinstance(value, str):
                assert float(value) == pytest.approx(shown, abs=0.051), (value, cell)
            elif pd.isna(value):  # an empty CSV cell (e.g. no note) is an empty or "missing" cell on the page
                assert cell.strip() in ("", "mangler", "–"), (value, cell)
            elif cell != "mangler":
                assert str(value) == cell


def test_xlsx_download_has_header_block(page, tmp_path):
    import openpyxl

    open_page(page, PAGE)
    card = first_card(page)
    title = card.locator(".card-header h2").inner_text().strip()
    xlsx = download(page, card, "Excel")
    assert xlsx.suggested_filename.endswith(".xlsx")
    path = tmp_path / xlsx.suggested_filename
    xlsx.save_as(path)
    ws = openpyxl.load_workbook(path).active
    assert ws["B1"].value == title
    assert "Rusundersøkelsen" in str(ws["B3"].value) or "rusundersøkelsen" in str(ws["B3"].value).lower()


def test_copied_link_restores_the_view_in_a_fresh_page(page, browser):
    open_page(page, PAGE + "?a=16-30&k=men")
    card = first_card(page)
    title = card.locator(".card-header h2").inner_text().strip()
    assert "menn" in title and "16–30" in title.replace("-", "–")
    page.locator("#copy-link").click()
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert link.startswith(page.base_url + PAGE + "?")
    assert "k=men" in link and "a=16-30" in link

    fresh = browser.new_context().new_page()
    try:
        fresh.goto(link)
        fresh.wait_for_function(
            "() => { const h = document.querySelector('.chart-card .card-header h2');"
            " return h && h.textContent.trim().length > 0; }"
        )
        assert fresh.locator(".chart-card .card-header h2").first.inner_text().strip() == title
    finally:
        fresh.context.close()
