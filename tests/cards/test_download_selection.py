"""The "Utvalg" (selection) line of every card's download: each card's view says, in words and in
the interface language, the state it was built for, naming the chosen values (issue 15: "CSV
and XLSX ... carry the filters"). Checked over the whole registry, in each page's default state,
in a state where every filter differs from its default, and where a required choice is empty."""

from __future__ import annotations

import io

import openpyxl
import pytest

import dashboard.cards  # noqa: F401  (registers every page)
from dashboard.cards import cannabis, deaths, wastewater
from dashboard.cards import survey as sv
from dashboard.cards.registry import PAGES, view
from dashboard.components.exports import to_xlsx_bytes
from dashboard.figures.pwid import signed
from dashboard.i18n import label, t, use_lang

# (card, key) whose value changes the picture only, not the rows a download holds: the map's
# colouring measure and its highlighted county (the table lists every county and measure).
PICTURE_ONLY = {("deaths-map", "metric"), ("deaths-map", "county")}


def other_states() -> dict[str, list[dict]]:
    """Per page, states whose every filter differs from its default (years from the data), and
    the states with an empty required choice."""
    ys = sv.years()
    ww_years = wastewater.YEARS
    countries = [code for code, _ in wastewater.europe_countries()][:2]
    return {
        "cannabis": [
            {"sex": "women", "age": "16-20", "period": "last_4_weeks", "first": ys[1], "last": ys[-2], "year": ys[-2]},
            {"sex": "both", "age": "16-30", "period": "last_12_months"},
        ],
        "stimulants": [
            {
                "substances": ["mdma"],
                "sex": "men",
                "age": "16-30",
                "period": "last_12_months",
                "first": ys[1],
                "last": ys[-2],
                "year": ys[-2],
            },
            {"substances": []},
        ],
        "deaths": [
            {"sex": "women", "metric": "change", "year": deaths.map_years()[-1], "county": deaths.COUNTY_CODES[0]}
        ],
        "pwid": [{"mult": 10}, {"mult": -20}],
        "ww": [
            {
                "substance": "cocaine",
                "cities": ["oslo", "trondheim"],
                "years": [ww_years[0]],
                "seasons": ["autumn"],
                "cmp": "pooled",
                "land": countries,
            },
            {"cities": []},
            {"substance": "methamphetamine", "seasons": [], "cmp": str(ww_years[0])},
        ],
    }


def expected_words(card: str, key: str, v: dict) -> list[str]:
    """The words the selection line must hold for one state key the card reads."""
    value = v[key]
    if key == "land" and not value:
        return [t("ww.filter.country_all")]  # no country chosen: the whole of Europe
    if isinstance(value, list) and not value:
        return [t("card.filters_nothing")]
    if key in ("first", "last", "year"):
        return [str(value)]
    if key == "years":
        return [str(y) for y in value]
    if key in ("substance", "substances"):
        return [label("substance", s) for s in ([value] if key == "substance" else value)]
    if key == "cities":
        return [label("city", c) for c in value]
    if key == "seasons":
        return [label("season", s) for s in value]
    if key == "sex":
        return [label("sex", value)]
    if key == "age":
        return [label("survey_age", value)]
    if key == "period":
        # a period the age group lacks is replaced by the one the card shows (its subtitle says so)
        shown = value if card != "cannabis-by-sex" or value in cannabis._periods_for(v["age"]) else "last_12_months"
        return [label("period", shown)]
    if key == "cmp":
        return [wastewater.pooled_text() if value == "pooled" else value]
    if key == "land":
        names = dict(wastewater.europe_countries())
        return [wastewater.norway(), *(names[c] for c in value)]
    if key == "mult":
        return ["".join(signed(value))] if value else [t("pwid.filters_default")]
    raise AssertionError(f"no expected words for the state key {key!r}")


def cases():
    for name, spec in sorted(PAGES.items()):
        yield name, spec.defaults()
        for given in other_states()[name]:
            yield name, spec.validate(given)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_card_names_the_state_it_was_built_for(language):
    checked = 0
    with use_lang(language):
        for page, state in cases():
            for card in PAGES[page].cards:
                filters = view(card.name, state).filters
                assert filters.strip(), (language, card.name, state)
                assert "{" not in filters, filters
                for key in card.reads:
                    if (card.name, key) in PICTURE_ONLY:
                        continue
                    for word in expected_words(card.name, key, state):
                        assert word.lower() in filters.lower(), (language, card.name, key, word, filters)
                checked += 1
    assert checked > 60  # every card in two or more states


def test_cards_that_read_no_filter_say_so_and_name_their_fixed_slice():
    ys = sv.years()
    with use_lang("nb"):
        assert view("cannabis-debut", {}).filters == f"Ingen filtre. Kortet viser år: {ys[-1]}"
        assert view("stimulants-other", {}).filters == (
            f"Ingen filtre. Kortet viser tidsrom: noen gang; aldersgruppe: 16–64 år; kjønn: alle; år: {ys[-1]}"
        )
    with use_lang("en"):
        assert view("cannabis-frequency", {}).filters == f"No filters. The card shows year: {ys[-1]}"


def test_the_selection_line_reads_as_words_in_each_language():
    spec = PAGES["ww"]
    state = spec.validate({"substance": "cocaine", "land": ["NL"]})
    with use_lang("nb"):
        assert view("ww-europe", state).filters == "Rusmiddel: kokain; land: Norge, Nederland"
        assert view("ww-europe", spec.defaults()).filters == "Rusmiddel: cannabis; land: alle europeiske land"
        assert view("ww-levo", spec.validate({"cities": ["bergen"]})).filters == "Byer: Bergen"
    with use_lang("en"):
        assert view("ww-europe", state).filters == "Substance: cocaine; countries: Norway, Netherlands"
        assert view("ww-oslo-history", state).filters == "Substance: cocaine"
    ys = sv.years()
    cannabis_state = PAGES["cannabis"].validate({"sex": "women", "age": "16-30"})
    with use_lang("nb"):
        assert view("cannabis-trend", cannabis_state).filters == (
            f"Kjønn: kvinner; aldersgruppe: 16–30 år; år: {ys[0]}–{ys[-1]}"
        )
    with use_lang("en"):
        assert view("cannabis-trend", cannabis_state).filters == (
            f"Sex: women; age group: ages 16–30; years: {ys[0]}–{ys[-1]}"
        )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_xlsx_header_carries_the_selection(language):
    spec = PAGES["ww"]
    state = spec.validate({"substance": "amphetamines", "cities": ["bergen"], "cmp": "pooled"})
    with use_lang(language):
        v = view("ww-compare-cities", state)
        ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(v.payload()))).active
        assert ws["A4"].value == t("card.xlsx_filters")
        assert ws["B4"].value == v.filters
        assert label("substance", "amphetamines") in ws["B4"].value and "Bergen" in ws["B4"].value
        assert wastewater.pooled_text() in ws["B4"].value
