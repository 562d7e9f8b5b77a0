"""The Europe card's ranking for a choice of countries, checked two ways: against the EUDA file in
data/raw recounted here with the csv module (ranks, ties, the number ranked, who is left out),
and against the pandas ranking (dashboard.stats.wastewater.europe_ranking and europe_figure),
which the card's list-based path over one cached frame per substance must reproduce exactly."""

from __future__ import annotations

import csv
import json
import random

import pandas as pd
import pytest
from plotly.io import to_json

from dashboard.cards import wastewater as card
from dashboard.data.paths import ROOT
from dashboard.data.sources.wastewater import EUDA_COUNTRIES, EUDA_COUNTRY_FIXES, EUDA_SUBSTANCE
from dashboard.data.store import table
from dashboard.figures import wastewater as figs
from dashboard.i18n import country, use_lang
from dashboard.stats import wastewater as ww

RAW = ROOT / "data" / "raw" / "wastewater" / "ww2025-all-data.csv"
CHOICES = 12  # random choices of countries per substance (seeded: the same every run)


def _raw_sites() -> list[dict]:
    """The latest year's European sites with a daily mean, straight from EUDA's file."""
    with RAW.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    year = max(int(r["Year"]) for r in rows)
    out = []
    for r in rows:
        code = EUDA_COUNTRY_FIXES.get(r["Country"], r["Country"])
        if int(r["Year"]) == year and EUDA_COUNTRIES[code][1] and r["Daily mean"] != "":
            out.append(dict(substance=EUDA_SUBSTANCE[r["Metabolite"]], site=r["Site ID"], country=code, city=r["City"]))
            out[-1]["daily"] = float(r["Daily mean"])
    return out


def _below_limit(substance: str, year: int) -> set[str]:
    """Norwegian cities whose spring week the report could not measure (an empty week mean)."""
    m = table("wastewater_week_means")
    m = m[(m.substance == substance) & (m.year == year) & (m.season == ww.EUDA_SEASON) & m.load.isna()]
    return {c.capitalize() for c in m.city}


def _choices(seed: int) -> list[list[str]]:
    codes = [code for code, _ in card.europe_countries()]
    rng = random.Random(seed)
    return [[]] + [rng.sample(codes, rng.randint(1, len(codes))) for _ in range(CHOICES)]


@pytest.fixture(scope="module")
def raw_sites():
    return _raw_sites()


def test_raw_file_is_the_cards_year(raw_sites):
    with RAW.open(encoding="utf-8") as f:
        assert max(int(r["Year"]) for r in csv.DictReader(f)) == card.europe_year()
    assert {s["substance"] for s in raw_sites} == set(ww.SUBSTANCES)


@pytest.mark.parametrize("substance", ww.SUBSTANCES)
def test_card_ranks_the_chosen_countries_as_the_raw_file_says(raw_sites, substance):
    """Rank = 1 + the number of ranked sites with a higher daily mean (ties share the best place);
    ranked = above 0 and not a Norwegian week the report could not measure; Norway is always in."""
    year = card.europe_year()
    below = _below_limit(substance, year)
    for chosen in _choices(ww.SUBSTANCES.index(substance)):
        keep = set(chosen) | {"NO"}
        sites = [s for s in raw_sites if s["substance"] == substance and (not chosen or s["country"] in keep)]
        ranked = [
            s for s in sites if s["daily"] > 0 and not (s["country"] == "NO" and ww.europe_name(s["city"])[0] in below)
        ]
        expected = {s["site"]: 1 + sum(o["daily"] > s["daily"] for o in ranked) for s in ranked}
        with use_lang("nb"):
            view = card.build_europe({"substance": substance, "land": chosen})
        tab = view.table
        assert sorted(tab.site) == sorted(s["site"] for s in sites)
        got = {site: int(rank) for site, rank in zip(tab.site, tab["rank"], strict=True) if pd.notna(rank)}
        assert got == expected, chosen
        assert (tab.n == len(ranked)).all()
        # highest first; the sites not ranked (at 0, or too low to measure) last, without a rank
        assert list(tab["rank"].iloc[: len(ranked)]) == sorted(expected.values())
        assert tab["rank"].iloc[len(ranked) :].isna().all()
        # the chart: Norway's ranked cities carry the same ranks, the strip holds every ranked site
        fig = view.figure
        norway = next(tr for tr in fig["data"] if tr.get("name") == "Norske byer")
        no_ranked = {ww.europe_name(s["city"])[0]: expected[s["site"]] for s in ranked if s["country"] == "NO"}
        assert {c[0].split(" (")[0]: c[1] for c in norway["customdata"]} == no_ranked
        assert all(c[2] == len(ranked) for c in norway["customdata"])
        strip = [tr for tr in fig["data"] if tr.get("showlegend") is False]
        assert sum(len(tr["customdata"]) for tr in strip) == len(ranked)


def test_raw_facts_of_the_cocaine_ranking():
    """EUDA ww2025-all-data.csv, latest year, cocaine: 131 European sites, all above 0; Antwerp Zuid
    highest (1996.98); Oslo (2) 672.16 is 16th, Bergen (2) 515.61 28th, Trondheim (2) 264.37 63rd.
    With Sweden alone beside Norway: 8 sites, Oslo 1st, Bergen 2nd, Trondheim 4th."""
    with use_lang("nb"):
        every = card.build_europe({"substance": "cocaine", "land": []}).table.set_index("name")
        sweden = card.build_europe({"substance": "cocaine", "land": ["SE"]}).table.set_index("name")
    assert every["n"].iloc[0] == len(every) == 131
    assert every.index[0] == "Antwerp Zuid" and every["daily_mean"].iloc[0] == 1996.98
    assert every.loc[["Oslo", "Bergen", "Trondheim"], "rank"].tolist() == [16, 28, 63]
    assert sweden["n"].iloc[0] == 8 and set(sweden.country) == {"SE", "NO"}
    assert sweden.loc[["Oslo", "Bergen", "Trondheim"], "rank"].tolist() == [1, 2, 4]


def test_raw_ties_share_the_best_rank():
    """EUDA, latest year, cannabis: two sites at 36.84 (the file's only tie for cannabis) share a
    rank, and the next site's rank skips one; methamphetamine has three such pairs."""
    with use_lang("nb"):
        tab = card.build_europe({"substance": "cannabis", "land": []}).table
    tied = tab[tab.daily_mean == 36.84]
    assert len(tied) == 2 and tied["rank"].nunique() == 1
    after = tab[tab.daily_mean < 36.84]["rank"].iloc[0]
    assert after == tied["rank"].iloc[0] + 2
    with use_lang("nb"):
        meth = card.build_europe({"substance": "methamphetamine", "land": []}).table
    ranked = meth[meth.status == ww.RANKED]
    assert (ranked.groupby("daily_mean")["rank"].nunique() == 1).all()
    assert (ranked.daily_mean.value_counts() == 2).sum() == 3


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("substance", ww.SUBSTANCES)
def test_card_path_equals_the_pandas_ranking_and_figure(substance, language):
    """The card's table and figure for a choice of countries are what europe_ranking and
    europe_figure make of it (country names and notes in the interface language)."""
    year = card.europe_year()
    europe, means = table("wastewater_europe"), table("wastewater_week_means")
    below = ww.below_loq_cities(means, substance, year)
    for chosen in _choices(100 + ww.SUBSTANCES.index(substance)):
        with use_lang(language):
            rank = ww.europe_ranking(europe, substance, year, chosen or None, below_loq=below)
            rank = rank.assign(
                country_name=[country(c, n) for c, n in zip(rank.country, rank.country_name, strict=True)]
            )
            expected = rank.assign(note=[card.europe_status(x) for x in rank.status])
            rows, arrays = card.europe_view_rows(substance, year, chosen)
            # the card's table, made from its arrays when read (CardView.table)
            frame = card.build_europe({"substance": substance, "land": list(chosen)}).table
            # the subtitle names the countries: one cached layout serves every choice, with its own
            kw = dict(title="T", subtitle="S: " + ", ".join(chosen), source="src")
            figure = figs.europe_figure_dict(rows, **kw)
            reference = figs.europe_figure(rank, **kw)
        pd.testing.assert_frame_equal(frame, expected, check_exact=True)
        # the arrays the text summary reads are the table's columns, value for value
        pd.testing.assert_frame_equal(pd.DataFrame(arrays), expected, check_exact=True)
        assert json.loads(to_json(figure, validate=False)) == json.loads(to_json(reference, validate=False))


def test_a_figure_handed_out_does_not_change_the_next_one():
    """The layout is cached per title and language; a caller changing its copy changes nothing."""
    with use_lang("nb"):
        first = card.build_europe({"substance": "cocaine", "land": ["SE"]})
        first.figure["layout"]["title"]["text"] = "changed"
        first.figure["layout"]["template"]["layout"]["font"]["size"] = 99
        again = card.build_europe({"substance": "cocaine", "land": ["SE"]})
    assert again.figure["layout"]["title"]["text"] != "changed"
    assert again.figure["layout"]["template"]["layout"]["font"]["size"] != 99


def test_warming_fills_what_every_choice_of_countries_shares():
    """After registry.warm_caches() (run in each gunicorn worker as it starts), a Europe build for any substance,
    language and choice of countries finds its ranking, names and note cached: no first request in
    a worker pays for them."""
    from dashboard.cards import registry

    shared = (card._europe_sites, card._europe_base, card._europe_note, card._europe_of)
    for cached in shared:
        cached.cache_clear()
    registry.warm_caches()
    misses = [cached.cache_info().misses for cached in shared]
    for language in ("nb", "en"):
        with use_lang(language):
            for substance in card.PARAMS["substance"].allowed:
                card.build_europe({"substance": substance, "land": ["SE", "DK"]})
    assert [cached.cache_info().misses for cached in shared] == misses
    assert misses[1] == len(card.PARAMS["substance"].allowed) * 2  # per substance and language


def test_europe_table_is_made_only_when_read(monkeypatch):
    """A Europe update (figure, title, note, summary) makes no DataFrame; the table view and the
    downloads get it from the arrays, made once per view."""
    from dashboard.cards import registry
    from dashboard.cards.wastewater import SPEC
    from dashboard.components import chart_card

    made = []
    frame_of = registry.frame_of
    monkeypatch.setattr(registry, "frame_of", lambda data: made.append(1) or frame_of(data))
    state = SPEC.validate({"substance": "cocaine", "land": ["SE", "DK"]})
    with use_lang("nb"):
        registry.clear_cache()
        chart_card.card_outputs(SPEC, SPEC.card("ww-europe"), state)
        assert made == []
        view = registry.view("ww-europe", state)
        assert list(view.table["country"]) == list(view.data["country"]) and len(made) == 1
        view.payload()
        assert len(made) == 1
    registry.clear_cache()
