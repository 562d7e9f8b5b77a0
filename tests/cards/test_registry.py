"""The card registry: a filter change reaches exactly the cards that read it, cards that read
nothing get no callback, bad values are refused in one place, and tables and downloads are
rebuilt from the validated state, never from rows a client sends."""

import json

import pytest

from dashboard.app import app
from dashboard.cards import registry
from dashboard.cards.registry import PAGES, Invalid
from dashboard.components.filters import filter_id


@pytest.fixture(scope="module")
def deps():
    return app.server.test_client().get("/_dash-dependencies").get_json()


def _card_of(output: str) -> str | None:
    head = output.strip(".").split("...")[0].rsplit(".", 1)[0]
    if head.startswith("{"):
        ident = json.loads(head)
        return ident.get("card") if ident.get("type") == "cc-graph" else None
    return None


@pytest.mark.parametrize("page", sorted(PAGES))
def test_each_filter_reaches_exactly_the_cards_that_read_it(deps, page):
    spec = PAGES[page]
    for f in spec.filters:
        fired = {_card_of(d["output"]) for d in deps if any(i["id"] == filter_id(spec, f) for i in d["inputs"])}
        expected = {c.name for c in spec.cards if set(c.reads) & set(f.keys)}
        assert fired - {None} == expected, (page, f.name)


def test_cards_that_read_nothing_have_no_callback(deps):
    card_callbacks = {_card_of(d["output"]) for d in deps}
    static = {c.name for spec in PAGES.values() for c in spec.cards if not c.reads}
    assert static and not static & card_callbacks


def test_country_change_rebuilds_one_wastewater_card(deps):
    spec = PAGES["ww"]
    fired = [_card_of(d["output"]) for d in deps if any(i["id"] == filter_id(spec, "land") for i in d["inputs"])]
    assert [c for c in fired if c] == ["ww-europe"]


def test_every_page_module_is_short():
    from dashboard.data.paths import ROOT

    for path in (ROOT / "dashboard" / "pages").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 150, path.name


def test_validation_refuses_values_not_allowed():
    spec = PAGES["cannabis"]
    with pytest.raises(Invalid):
        spec.state_from_filters({"sex": "alle"})
    with pytest.raises(Invalid):
        spec.state_from_filters({"years": [2013]})
    with pytest.raises(Invalid):
        spec.state_from_filters({"years": ["2013", "2025"]})
    state = spec.state_from_filters({"years": [2020, 2015]})
    assert (state["first"], state["last"]) == (2015, 2020)


def test_views_are_cached_by_the_keys_a_card_reads():
    spec = PAGES["cannabis"]
    a = registry.view("cannabis-debut", spec.validate({"sex": "men"}))
    b = registry.view("cannabis-debut", spec.validate({"sex": "women"}))
    assert a is b  # the debut card reads no filter: one build serves every state


TABLE_OUTPUT = '{"card":["MATCH"],"type":"cc-table"}.children'


REFRESH_ID = '{"card":["MATCH"],"type":"cc-table-refresh"}'


def _post(client, card, meta):
    refresh = {"id": {"card": card, "type": "cc-table-refresh"}, "property": "data", "value": {"n": 1}}
    body = {
        "output": TABLE_OUTPUT,
        "outputs": {"id": {"card": card, "type": "cc-table"}, "property": "children"},
        "inputs": [refresh],
        "changedPropIds": [f'{{"card":"{card}","type":"cc-table-refresh"}}.data'],
        "state": [meta],
    }
    return client.post("/_dash-update-component", json=body)


def test_table_is_built_from_the_server_state_not_from_client_rows():
    client = app.server.test_client()
    meta = {"id": {"card": "cannabis-trend", "type": "cc-meta"}, "property": "data"}
    good = _post(client, "cannabis-trend", {**meta, "value": {"state": {"sex": "men"}}})
    assert good.status_code == 200 and "menn" in good.text and "kvinner" not in good.text
    forged = {"state": {"sex": "men"}, "rows": [{"year": 1, "percent": 99.9}] * 1000}
    assert "99,9" not in _post(client, "cannabis-trend", {**meta, "value": forged}).text
    for bad in ({"state": {"sex": "<script>"}}, {"state": {"nope": 1}}, {"state": "x"}, None, [1, 2]):
        assert _post(client, "cannabis-trend", {**meta, "value": bad}).status_code == 204


def test_a_filter_change_asks_the_server_for_open_tables_only(deps):
    """The card callbacks send no table; the table callback answers only the browser's ask (a
    clientside callback on the open view and the meta store: the tab opened, or a new state while
    it is open; it empties a closed table instead): no request for a table nobody sees."""
    server = [d for d in deps if not d.get("clientside_function")]
    table_writers = [d for d in server if '"type":"cc-table"}.children' in d["output"]]
    assert [d["output"] for d in table_writers] == [TABLE_OUTPUT]
    (table,) = table_writers
    assert [i["id"] for i in table["inputs"]] == [REFRESH_ID]
    assert [i["id"] for i in table["state"]] == ['{"card":["MATCH"],"type":"cc-meta"}']
    gate = [d for d in deps if d.get("clientside_function") and REFRESH_ID in d["output"]]
    assert len(gate) == 1
    assert [i["id"] for i in gate[0]["inputs"]] == [
        '{"card":["MATCH"],"type":"cc-meta"}',
        '{"card":["MATCH"],"type":"cc-tabs"}',
    ]


def test_a_refresh_builds_the_open_table_from_the_new_state():
    client = app.server.test_client()
    meta = {
        "id": {"card": "cannabis-trend", "type": "cc-meta"},
        "property": "data",
        "value": {"state": {"sex": "women"}},
    }
    response = _post(client, "cannabis-trend", meta)
    assert response.status_code == 200 and "kvinner" in response.text and "menn" not in response.text


def test_every_card_callback_updates_what_a_card_shows(deps):
    """Figure, title, note, meta and the text summary for screen readers: a card whose callback
    left one out (the county map's own callback once left out the summary) would show a stale one."""
    for spec in PAGES.values():
        for card in spec.cards:
            if not card.reads:
                continue
            dep = next(d for d in deps if f'"card":"{card.name}","type":"cc-graph"}}.figure' in d["output"])
            for part in ("cc-title", "cc-note", "cc-meta", "cc-summary"):
                assert f'"card":"{card.name}","type":"{part}"' in dep["output"], (card.name, part)
