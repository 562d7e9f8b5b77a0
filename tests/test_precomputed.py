"""The store of precomputed responses (dashboard/precomputed.py): every state a callback can be
given is enumerated, a stored response is byte for byte what the live callback sends, the
callbacks answer from the store when it is there, and a store from other code or data, or a
broken file, is never used."""

from __future__ import annotations

import json
import logging
import math
import shutil
import sqlite3
import subprocess
import sys

import pytest

from dashboard import precomputed
from dashboard.app import app
from dashboard.cards.registry import PAGES
from dashboard.components import chart_card
from dashboard.data.paths import ROOT
from dashboard.i18n.language import LANGS, use_lang

# Small callbacks of two pages: a card with three filters, a card with one, a panel; and a card
# that reads no filter (no callback: stored for the page layouts).
ONLY = ("deaths-map", "pwid-estimate", "pwid-note", "pwid-deaths")


@pytest.fixture(scope="module")
def store_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "responses.sqlite"
    # the command-line way, two processes: what `make views` runs (a fork outside pytest's process)
    out = subprocess.run(
        [sys.executable, "-m", "dashboard.precomputed", "--path", str(path), "--processes", "2", "--only", *ONLY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "HOME": str(path.parent)},
    )
    assert out.returncode == 0, out.stderr
    return path


def _rows(path):
    """(kind, name, lang, key, response JSON) of every stored response."""
    conn = sqlite3.connect(path)
    try:
        dicts = {tuple(r[:3]): r[3] for r in conn.execute("SELECT kind, name, lang, zdict FROM dicts")}
        rows = conn.execute("SELECT kind, name, lang, key, body FROM responses").fetchall()
    finally:
        conn.close()
    return [(*r[:4], precomputed.decode(r[4], dicts[tuple(r[:3])])) for r in rows]


@pytest.fixture
def use_store(monkeypatch, store_file):
    monkeypatch.setenv(precomputed.ENV, str(store_file))
    monkeypatch.setattr(precomputed, "RECHECK_S", 0.0)
    monkeypatch.setattr(precomputed, "_READER", precomputed._Reader())
    return store_file


def _spec_of(kind, name):
    for spec in PAGES.values():
        if kind == precomputed.CARD and any(c.name == name for c in spec.cards):
            return spec, spec.card(name)
        for p in spec.panels:
            if kind == precomputed.PANEL and chart_card.panel_id(spec, p.name) == name:
                return spec, p
    raise KeyError(name)


def test_every_state_of_each_callback_is_stored_in_both_languages(store_file):
    rows = _rows(store_file)
    for name in ONLY:
        kind = precomputed.CARD if any(name in {c.name for c in s.cards} for s in PAGES.values()) else precomputed.PANEL
        spec, item = _spec_of(kind, name)
        expected = {precomputed.key_of(s, item.reads) for s in precomputed.states(spec, item.reads)}
        for language in LANGS:
            got = {r[3] for r in rows if r[0] == kind and r[1] == name and r[2] == language}
            assert got == expected, (name, language)


def test_stored_responses_are_what_the_live_callback_sends(store_file):
    from dash._utils import to_json

    rows = _rows(store_file)
    assert len(rows) > 100
    for kind, name, language, key, body in rows:
        spec, item = _spec_of(kind, name)
        state = spec.validate(dict(json.loads(key)))
        with use_lang(language):
            live = (
                chart_card.card_outputs(spec, item, state) if kind == "card" else chart_card.panel_output(item, state)
            )
        assert body == to_json(live), (kind, name, language, key)


def test_state_counts_follow_the_parameters():
    spec = PAGES["deaths"]
    card = spec.card("deaths-map")
    # no cross-parameter rule: every combination of the three filters
    assert len(precomputed.states(spec, card.reads)) == math.prod(len(spec.params[k].allowed) for k in card.reads)
    spec = PAGES["cannabis"]
    card = spec.card("cannabis-trend")
    low, high = spec.params["first"].bounds
    years = high - low + 1
    found = precomputed.states(spec, card.reads)
    # a year range is a pair first <= last (a swapped one is the same state)
    assert len(found) == len(spec.params["sex"].allowed) * len(spec.params["age"].allowed) * years * (years + 1) // 2
    assert all(s["first"] <= s["last"] for s in found)
    assert len({precomputed.key_of(s, card.reads) for s in found}) == len(found)


def test_each_callback_has_its_own_name_in_the_store():
    """Pages may each have a panel of one name ("tiles" on three pages): the store names a panel
    by its element id, as its callback looks it up."""
    jobs = precomputed._jobs()
    names = [(kind, precomputed.stored_name(kind, page, name)) for kind, page, name in jobs]
    assert len(set(names)) == len(names)
    for kind, page, name in jobs:
        if kind == precomputed.PANEL:
            assert precomputed.stored_name(kind, page, name) == chart_card.panel_id(PAGES[page], name)
    assert sum(1 for kind, _, name in jobs if kind == precomputed.PANEL and name == "tiles") >= 2


def test_the_europe_cards_country_choices_are_not_enumerated():
    spec = PAGES["ww"]
    assert len(spec.params["land"].allowed) > precomputed.MULTI_LIMIT
    assert precomputed.states(spec, spec.card("ww-europe").reads) is None


def _dependency(output_part: str) -> dict:
    deps = app.server.test_client().get("/_dash-dependencies").get_json()
    return next(d for d in deps if output_part in d["output"])


def _post_map(metric: str, year: int, county: str):
    dep = _dependency('{"card":"deaths-map","type":"cc-graph"}.figure')
    values = {"deaths-metric": metric, "deaths-year": year, "deaths-county": county}
    outputs = [
        {"id": json.loads(part.rsplit(".", 1)[0]), "property": part.rsplit(".", 1)[1]}
        for part in dep["output"][2:-2].split("...")
    ]
    inputs = [{**i, "value": values[i["id"]]} for i in dep["inputs"]]
    body = {
        "output": dep["output"],
        "outputs": outputs,
        "inputs": inputs,
        "changedPropIds": [inputs[0]["id"] + ".value"],
    }
    return app.server.test_client().post("/_dash-update-component", json=body)


def _a_stored_map_state(store_file) -> dict:
    key = next(r[3] for r in _rows(store_file) if r[1] == "deaths-map" and r[2] == "nb")
    return dict(json.loads(key))


def test_the_card_callback_answers_from_the_store(use_store, monkeypatch):
    state = _a_stored_map_state(use_store)
    monkeypatch.setenv(precomputed.ENV, "off")
    live = _post_map(state["metric"], state["year"], state["county"])
    monkeypatch.setenv(precomputed.ENV, str(use_store))

    def refuse(*_):
        raise AssertionError("built live although the store has it")

    monkeypatch.setattr(chart_card, "card_outputs", refuse)
    stored = _post_map(state["metric"], state["year"], state["county"])
    assert stored.status_code == 200
    assert stored.get_json() == live.get_json()


def test_a_store_of_other_code_or_data_is_not_used(use_store, monkeypatch, tmp_path, caplog):
    other = tmp_path / "other.sqlite"
    shutil.copy(use_store, other)
    monkeypatch.setenv(precomputed.ENV, str(other))
    monkeypatch.setattr(precomputed, "fingerprint", lambda: "built from something else")
    state = _a_stored_map_state(use_store)
    spec = PAGES["deaths"]
    with caplog.at_level(logging.WARNING, logger="dashboard.precomputed"):
        got = precomputed.lookup("card", "deaths-map", spec.validate(state), spec.card("deaths-map").reads, "nb")
    assert got is None
    assert "other code or data" in caplog.text and str(other) in caplog.text


def test_a_broken_store_file_is_not_used(use_store, monkeypatch, tmp_path, caplog):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    monkeypatch.setenv(precomputed.ENV, str(broken))
    spec = PAGES["deaths"]
    state = spec.validate(_a_stored_map_state(use_store))
    with caplog.at_level(logging.WARNING, logger="dashboard.precomputed"):
        assert precomputed.lookup("card", "deaths-map", state, spec.card("deaths-map").reads, "nb") is None
    assert str(broken) in caplog.text
    # and the callback still answers, live
    assert _post_map(state["metric"], state["year"], state["county"]).status_code == 200


def test_a_panel_callback_answers_from_the_store(use_store, monkeypatch):
    """A panel's stored answer is a component as JSON (an Alert here); Dash passes it on as is."""
    dep = _dependency("pwid-note.children")
    key = next(r[3] for r in _rows(use_store) if r[1] == "pwid-note" and r[2] == "nb" and '"mult",0]' not in r[3])
    mult = dict(json.loads(key))["mult"]
    body = {
        "output": dep["output"],
        "outputs": {"id": "pwid-note", "property": "children"},
        "inputs": [{**i, "value": mult} for i in dep["inputs"]],
        "changedPropIds": [dep["inputs"][0]["id"] + ".value"],
    }
    client = app.server.test_client()
    monkeypatch.setenv(precomputed.ENV, "off")
    live = client.post("/_dash-update-component", json=body)
    monkeypatch.setenv(precomputed.ENV, str(use_store))

    def refuse(*_):
        raise AssertionError("built live although the store has it")

    monkeypatch.setattr(chart_card, "panel_output", refuse)
    stored = client.post("/_dash-update-component", json=body)
    assert stored.status_code == 200 and stored.get_json() == live.get_json()
    assert stored.get_json()["response"]["pwid-note"]["children"]["type"] == "Alert"


def test_a_damaged_entry_is_built_live(use_store, monkeypatch, tmp_path, caplog):
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(use_store, damaged)
    state = _a_stored_map_state(use_store)
    spec = PAGES["deaths"]
    reads = spec.card("deaths-map").reads
    conn = sqlite3.connect(damaged)
    conn.execute(
        "UPDATE responses SET body = ? WHERE name = 'deaths-map' AND key = ?",
        (b"not compressed", precomputed.key_of(spec.validate(state), reads)),
    )
    conn.commit()
    conn.close()
    monkeypatch.setenv(precomputed.ENV, str(damaged))
    with caplog.at_level(logging.WARNING, logger="dashboard.precomputed"):
        assert precomputed.lookup("card", "deaths-map", spec.validate(state), reads, "nb") is None
    assert "unreadable" in caplog.text
    assert _post_map(state["metric"], state["year"], state["county"]).status_code == 200


def test_verify_compares_stored_responses_with_live_ones(store_file, tmp_path):
    result = precomputed.verify(store_file, per_callback=3)
    # three states of each callback, and the one state of the card that reads no filter
    assert result["checked"] == (3 * (len(ONLY) - 1) + 1) * len(LANGS) and result["mismatches"] == []
    # two stored answers swapped: each is a valid response, of the wrong state
    swapped = tmp_path / "swapped.sqlite"
    shutil.copy(store_file, swapped)
    conn = sqlite3.connect(swapped)
    (a, body_a), (b, body_b) = conn.execute(
        "SELECT key, body FROM responses WHERE name = 'pwid-estimate' AND lang = 'nb' LIMIT 2"
    ).fetchall()
    conn.executemany(
        "UPDATE responses SET body = ? WHERE name = 'pwid-estimate' AND lang = 'nb' AND key = ?",
        [(body_b, a), (body_a, b)],
    )
    conn.commit()
    conn.close()
    found = precomputed.verify(swapped, per_callback=100)["mismatches"]
    assert sorted(m[3] for m in found) == sorted([a, b])


def test_a_page_layout_takes_its_cards_and_panels_from_the_store(use_store, monkeypatch):
    """A layout holds the stored responses of its cards (a card that reads no filter too) and
    panels: the same JSON as built, and nothing built."""
    from plotly.io import to_json

    from dashboard.pages import injection

    monkeypatch.setenv(precomputed.ENV, "off")
    built = to_json(injection.layout(), validate=False)
    monkeypatch.setenv(precomputed.ENV, str(use_store))
    parts = chart_card.card_parts
    built_live = []

    def only_unstored(spec, c, state):
        built_live.append(c.name)
        return parts(spec, c, state)

    monkeypatch.setattr(chart_card, "card_parts", only_unstored)
    monkeypatch.setattr(chart_card, "panel_output", lambda *_: pytest.fail("the stored panel built"))
    stored = to_json(injection.layout(), validate=False)
    assert built_live == []
    assert json.loads(stored) == json.loads(built)
