"""The English texts read as English, beside what test_catalog_complete.py checks (every key
translated, same {placeholders} and plotly fields): each EN dict sits in the file of its NB dict,
keeps the HTML tags of the bokmål text, writes numbers the English way, leaves no bokmål words
behind (a word with æ/ø/å must be a Norwegian name we keep on purpose) and is not a copy of NB."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter

import pytest

import dashboard.i18n as i18n

MODULES = sorted(m.name for m in pkgutil.iter_modules(i18n.__path__) if m.name.startswith("catalog_"))

_PLOTLY = re.compile(r"%\{[^}]*\}")
_TAG = re.compile(r"</?\w+[^>]*>")
# Norwegian names kept in the English text, each glossed in English where it first appears.
_KEPT_NAMES = {
    "dødsårsaksregisteret",  # the Cause of Death Registry
    "rusundersøkelsen",  # the survey of drug and tobacco use
    "tobakksundersøkelsen",  # from "Rus- og tobakksundersøkelsen", its full name
    "statistisk",  # "Statistisk sentralbyrå", Statistics Norway
    "sentralbyrå",
    "møre",  # the county Møre og Romsdal
    "høvringen",  # a treatment plant in Trondheim
    "vårt",  # the newspaper Vårt Land, cited as a source of a yearly death count
    "løsninger",  # from the regulation's title "forskrift om universell utforming av IKT-løsninger"
}


def _module(name):
    module = importlib.import_module(f"dashboard.i18n.{name}")
    return getattr(module, "NB", {}), getattr(module, "EN", {})


def _pairs():
    return [
        pytest.param(nb[key], en[key], id=f"{name}:{key}")
        for name in MODULES
        for nb, en in [_module(name)]
        for key in sorted(set(nb) & set(en))
    ]


@pytest.mark.parametrize("name", MODULES)
def test_english_sits_in_the_file_of_its_bokmal(name):
    nb, en = _module(name)
    assert sorted(set(nb) - set(en)) == [], "bokmål keys of this file without English here"
    assert sorted(set(en) - set(nb)) == [], "English keys of this file without bokmål here"


@pytest.mark.parametrize("name", MODULES)
def test_english_is_not_a_copy_of_bokmal(name):
    nb, en = _module(name)
    same = [k for k in set(nb) & set(en) if nb[k] == en[k]]
    # names, units and codes may read the same in both languages, but not most of a file
    assert len(same) < len(nb) / 2, sorted(same)


@pytest.mark.parametrize(("nb", "en"), _pairs())
def test_same_html_tags(nb, en):
    assert Counter(_TAG.findall(en)) == Counter(_TAG.findall(nb))


@pytest.mark.parametrize(("nb", "en"), _pairs())
def test_english_number_style(nb, en):
    text = _PLOTLY.sub("", en)
    # a decimal comma ("57,8") or a space before the percent sign ("5 %", "{value} %") is bokmål style
    assert not re.search(r"\d,\d{1,2}(?!\d)", text), text
    assert not re.search(r"[\d}]\s%", text), text


@pytest.mark.parametrize(("nb", "en"), _pairs())
def test_no_bokmal_words_left(nb, en):
    words = {w.lower() for w in re.findall(r"\w+", en) if re.search(r"[æøåÆØÅ]", w)}
    assert words <= _KEPT_NAMES, sorted(words - _KEPT_NAMES)
