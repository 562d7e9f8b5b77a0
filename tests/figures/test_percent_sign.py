"""The percent sign in what the charts write themselves (hover templates, bar texts, annotations):
English writes "12.5%" with no space, bokmål "12,5 %" with one (Språkrådet). Every card's figure
in its default state is searched, so a hover template with a hard-coded " %" fails here."""

from __future__ import annotations

import re

import pytest

from dashboard.cards import registry
from dashboard.i18n import pct_suffix, use_lang

# a number or a plotly field ("%{y:.1f}") followed by a space and the percent sign
# (not by another field: "%{y} %{customdata}" is two fields)
_SPACED = re.compile(r"[\d}][ \u00a0\u202f]%(?!\{)")


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            yield from _strings(value)


def _figure(card: str) -> dict:
    spec, _ = registry.CARDS[card]
    return registry.view(card, spec.defaults()).plotly_figure().to_dict()


@pytest.mark.parametrize("card", sorted(registry.CARDS))
def test_english_figures_write_no_space_before_percent(card):
    with use_lang("en"):
        figure = _figure(card)
    spaced = sorted({s for s in _strings(figure) if _SPACED.search(s)})
    assert spaced == []


@pytest.mark.parametrize(
    ("card", "field"),
    [
        ("cannabis-trend", "%{y:.1f}"),  # survey line hover: share and its interval
        ("cannabis-adjusted", "%{y:.1f}"),
        ("cannabis-frequency", "%{y:.1f}"),  # bars without an interval
        ("deaths-age", "%{customdata[0]:.0f}"),  # a group's share of its sex's deaths
        ("deaths-intent", "%{customdata[0]:.0f}"),
        ("deaths-substance-counties", "%{customdata[0]:.0f}"),
    ],
)
def test_percent_in_hovers_follows_the_language(card, field):
    for lang, written in (("nb", field + " %"), ("en", field + "%")):
        with use_lang(lang):
            hovers = [trace.get("hovertemplate", "") for trace in _figure(card)["data"]]
        assert any(written in h for h in hovers), (lang, hovers)


def test_bar_labels_of_the_substance_chart_follow_the_language():
    # "51 (15 %)" in bokmål, "51 (15%)" in English: a count and its share of all deaths
    for lang, pattern in (("nb", r"^\d+ \(\d+ %\)$"), ("en", r"^\d+ \(\d+%\)$")):
        with use_lang(lang):
            texts = [text for trace in _figure("deaths-substance")["data"] for text in trace.get("text") or []]
        assert texts and all(re.match(pattern, text) for text in texts), (lang, texts)


def test_pct_suffix():
    with use_lang("nb"):
        assert pct_suffix() == " %"
    with use_lang("en"):
        assert pct_suffix() == "%"
