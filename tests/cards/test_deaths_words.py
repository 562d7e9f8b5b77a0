"""The deaths page's words against the sources: where the yearly totals come from, the 2021 count
a newer page implies differently, the change by sex from the year before, what /om-tallene says
about the data, precision as the report writes it, and a filter line for every download.
Expected values are typed from data/raw (report_2025_text_figures.csv and deaths/*.csv)."""

import io

import openpyxl
import pandas as pd
import pytest

from dashboard.cards import deaths as cards
from dashboard.cards.registry import PAGES, view
from dashboard.components.chart_card import table_view
from dashboard.components.exports import to_csv_bytes, to_xlsx_bytes
from dashboard.data import store
from dashboard.i18n import t


def _text(component) -> str:
    if component is None:
        return ""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, list):
        return " ".join(_text(c) for c in component)
    return _text(getattr(component, "children", None))


def test_lead_says_which_years_come_from_older_publications():
    text = cards.lead_text()
    assert "slik Helsedirektoratet har publisert dem" not in text
    # from_latest_report: 2001, 2023, 2024 (report ch. 5); every other year is a quoted page
    assert "Årstallene for 2001 og 2023–2024 er fra rapporten" in text
    assert "2002, 2004, 2008–2010 og 2012–2022 er hentet fra eldre publikasjoner og nyhetssaker" in text
    assert "Tallene kommer fra Dødsårsaksregisteret" not in t("deaths.lead")


def test_national_card_says_which_2021_count_it_shows_and_why():
    note = _text(cards.build_national({}).note)
    assert "For 2021 viser vi 241 dødsfall" in note  # FHI, Narkotika i Norge
    assert "gir 247" in note and "Rusfeltet.no, juni 2023" in note  # 321 - 74, cited in bokmål
    row = cards.build_national({}).table.set_index("year").loc[2021]
    assert "247" in row["note"]


def test_age_card_and_tile_show_the_change_by_sex():
    # report ch. 5: 87 women and 255 men in 2024, 42 and 7 fewer than in 2023
    both = _text(cards.build_age({"sex": "all"}).note)
    assert "kvinner \u221242 (fra 129 til 87 dødsfall)" in both and "menn \u22127 (fra 262 til 255)" in both
    women = _text(cards.build_age({"sex": "women"}).note)
    assert "\u221242" in women and "\u22127" not in women
    tiles = _text(cards.key_tiles())
    assert "fra 2023: menn \u22127, kvinner \u221242" in tiles


def test_methods_facts_come_from_the_tables():
    facts = cards.methods_facts()
    assert facts["age_years"] == "2024"  # the table by age and sex is for 2024 only
    assert facts["county_years"] == "2023–2024"
    assert facts["standard"] == "2024"  # methods chapter: mean population of Norway 2024
    assert facts["not_autopsied"] == "11,4\u00a0%" and facts["autopsy_year"] == "2024"


def test_methods_texts_no_longer_overclaim():
    facts = cards.methods_facts()
    years = t("methods.deaths_years", first=2001, last=2024, **facts)
    assert "alder og kjønn finnes for 2024," in years and "2023 og 2024" not in years
    coverage = t("methods.deaths_coverage", **facts)
    assert "grove rater" in coverage  # county and national-table rates are crude
    assert "Rater per 100 000 er aldersstandardisert" not in coverage


def _payload(card_name, state=None):
    spec = PAGES["deaths"]
    return view(card_name, {**spec.defaults(), **(state or {})}).payload()


def test_table_csv_and_xlsx_show_the_2012_rate_as_5():
    payload = _payload("deaths-national")
    html = str(table_view(payload))
    csv = to_csv_bytes(payload).decode("utf-8-sig").splitlines()
    row_2012 = next(line for line in csv if line.startswith("2012;"))
    assert row_2012.split(";")[2] == "5"  # ch. 6: "fra 5 til 6.1"
    assert next(line for line in csv if line.startswith("2024;")).split(";")[2] == "6,1"
    assert "5,0" not in html.split("2012", 1)[1].split("2013", 1)[0]
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(payload))).active
    values = {r[0]: r[2] for r in ws.iter_rows(min_row=8, values_only=True) if r[0]}
    assert values[2012] == 5 and isinstance(values[2012], int) and values[2024] == 6.1


def test_not_autopsied_shares_as_the_report_writes_them():
    payload = _payload("deaths-autopsy")
    csv = to_csv_bytes(payload).decode("utf-8-sig").splitlines()[1:]
    # methods chapter: 7 % in 2021 and 2022, 7,4 % in 2023, 11,4 % in 2024
    assert [line.split(";")[1] for line in csv] == ["7", "7", "7,4", "11,4"]
    html = str(table_view(payload))
    assert "7,0" not in html


def test_standardised_published_rate_and_check_use_the_reports_decimals():
    payload = _payload("deaths-standardised")
    csv = to_csv_bytes(payload).decode("utf-8-sig")
    assert ";6,1" in csv
    assert "rapporten oppgir 6,1" in _text(cards.standardised_about())


@pytest.mark.parametrize("card", [c.name for c in PAGES["deaths"].cards if c.name != "deaths-map"])
def test_every_deaths_card_states_its_filters_in_words(card):
    assert _payload(card)["filters"]


@pytest.mark.parametrize("card", [c.name for c in PAGES["pwid"].cards])
def test_every_injection_card_states_its_filters_in_words(card):
    spec = PAGES["pwid"]
    assert view(card, spec.defaults()).payload()["filters"]


def test_county_table_headers_are_short_and_a_missing_rate_is_a_dash():
    table = cards.county_table({"year": 2024, "county": "", "sort": "county"})
    text = str(table)
    assert "Aldersstandardisert rate (rapporten)" not in text  # too wide for the side column
    assert "Rapportens rate" in text and "mangler" not in text
    # report ch. 5: Buskerud 9,0 (written with its decimal)
    assert "9,0" in text


def test_no_year_is_typed_into_the_origin_sentence():
    # a fabricated next year in the data would move into the report's list, not be left out
    national = store.table("deaths_national")
    extra = national.iloc[[-1]].assign(year=national["year"].max() + 1)
    text = cards.origins_text(pd.concat([national, extra], ignore_index=True))
    assert f"{int(national['year'].max()) - 1}–{int(national['year'].max()) + 1}" in text
