"""The publications the yearly death totals are quoted from are cited in the interface language
(issue 12): data/raw writes each citation in English ("FHI news, June 2021"); the bokmål page
translates the words we wrote around a publication and keeps its title ("Narkotika i Norge")."""

from __future__ import annotations

import csv
import re

import pytest

from dashboard.cards import deaths
from dashboard.data import store
from dashboard.data.paths import ROOT
from dashboard.i18n import catalog, use_lang

# words of our English citations (data/raw/deaths/source_publications.csv) that are not a title
_ENGLISH = re.compile(r"\b(news|figures?|undated|web publication|article|report on|quoted|table|June)\b")


def _raw_citations() -> list[str]:
    with open(ROOT / "data/raw/deaths/source_publications.csv", encoding="utf-8") as f:
        return [row["citation"] for row in csv.DictReader(f)]


def _shown_citations() -> list[str]:
    national = store.table("deaths_national")
    return sorted(set(national["count_source"]) | set(national["implied_by"].dropna()))


@pytest.mark.parametrize("citation", sorted(set(_raw_citations()) | set(_shown_citations())))
def test_every_citation_has_both_languages(citation):
    key = deaths.publication_key(citation)
    assert catalog("nb").get(key) and catalog("en").get(key), key


def test_bokmal_note_cites_in_bokmal_and_keeps_the_title():
    # 2021: 241 deaths quoted from FHI's web publication "Narkotika i Norge"; a newer page implies 247
    with use_lang("nb"):
        note = deaths.national_note(store.table("deaths_national")).children
    assert "Narkotika i Norge" in note
    assert not _ENGLISH.search(note), note


def test_bokmal_hover_and_table_cite_in_bokmal():
    with use_lang("nb"):
        view = deaths.build_national({})
    # the bars' hover: "Kilde: <publication><br>a newer source (<publication>) implies ..."
    bars = [trace for trace in view.plotly_figure().data if trace.type == "bar"]
    hovers = [publication + implied for trace in bars for publication, implied in trace.customdata]
    shown = hovers + list(view.table["publication"]) + list(view.table["note"])
    english = [s for s in shown if _ENGLISH.search(s)]
    assert hovers and english == []


def test_english_note_cites_the_publications_as_written():
    with use_lang("en"):
        note = deaths.national_note(store.table("deaths_national")).children
    assert "FHI, Narkotika i Norge (web publication, undated)" in note


def test_a_citation_the_catalogue_lacks_shows_as_written():
    with use_lang("nb"):
        assert deaths.publication("Some new page, 2031") == "Some new page, 2031"
        assert deaths.publication(None) is None
