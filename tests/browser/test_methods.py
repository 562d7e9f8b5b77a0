"""/om-tallene in a real browser: source facts, sampling weeks, table downloads, provenance."""

from playwright.sync_api import expect

from tests.browser.conftest import open_page


def test_sources_and_sampling_weeks(page):
    open_page(page, "/om-tallene")
    content = page.locator("#_pages_content")
    for fact in ("8 000", "57,8 %", "ICD-10", "1,26 millioner", "dødelighetsmultiplikatoren", "2023"):
        expect(content).to_contain_text(fact)
    sites = page.locator("#methods-sites")
    # report, "Datoer for prøvetaking": Trondheim spring 2025 runs across months; VEAS autumn 2024
    row = sites.locator("tr", has_text="Høvringen")
    expect(row).to_contain_text("26. mars – 1. april")
    expect(sites.locator("tr", has_text="VEAS")).to_contain_text("18.–24. september")
    expect(sites.locator("tbody tr")).to_have_count(6)
    expect(page.locator("#methods-provenance")).to_contain_text("Provenance of data/raw/")


def test_csv_download_is_norwegian_excel(page, tmp_path):
    open_page(page, "/om-tallene")
    row = page.locator("#methods-tables tr", has_text="pwid_estimates")
    with page.expect_download() as info:
        row.get_by_role("button", name="CSV").click()
    dl = info.value
    assert dl.suggested_filename == "pwid-estimates.csv"
    raw = tmp_path / "x.csv"
    dl.save_as(raw)
    data = raw.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "year;estimate;moving_average_3y"
    assert "2024;12979;14326" in text  # widget data, 2024


def test_csv_download_has_decimal_comma(page, tmp_path):
    open_page(page, "/om-tallene")
    row = page.locator("#methods-tables tr", has_text="deaths_national")
    with page.expect_download() as info:
        row.get_by_role("button", name="CSV").click()
    path = tmp_path / "d.csv"
    info.value.save_as(path)
    assert "2024;342;6,1;" in path.read_bytes().decode("utf-8-sig")  # report: 342 deaths, rate 6,1


def test_xlsx_download(page, tmp_path):
    open_page(page, "/om-tallene")
    row = page.locator("#methods-tables tr", has_text="wastewater_sites")
    with page.expect_download() as info:
        row.get_by_role("button", name="Excel").click()
    path = tmp_path / "s.xlsx"
    info.value.save_as(path)
    assert info.value.suggested_filename == "wastewater-sites.xlsx"
    assert path.read_bytes()[:2] == b"PK"


def test_deaths_source_says_what_the_data_hold(page):
    open_page(page, "/om-tallene")
    deaths = page.locator("#kilde-deaths")
    # deaths_by_age_sex has 2024 only; county rates and the national table's rates are crude
    expect(deaths).to_contain_text("Fordeling etter alder og kjønn finnes for 2024,")
    expect(deaths).not_to_contain_text("for 2023 og 2024")
    expect(deaths).to_contain_text("grove rater")
    expect(deaths).not_to_contain_text("Rater per 100 000 er aldersstandardisert")
    # from_latest_report: the other years are quoted from older pages
    expect(deaths).to_contain_text("2002, 2004, 2008–2010 og 2012–2022")
    expect(deaths).to_contain_text("11,4\u00a0% i 2024")  # methods chapter, Andel obduserte
