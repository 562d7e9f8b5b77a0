"""What a filter change costs on the server, from the card registry: which callbacks a change of
the wastewater country filter fires, and their time against rebuilding every card of the page
(what the page's one 22-output callback did before the registry). Ratios within one run.

    python bench/filter_change.py [--json]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main(repeat: int = 7) -> dict:
    from dashboard.app import app
    from dashboard.cards import registry
    from dashboard.cards.wastewater import SPEC
    from dashboard.components.filters import filter_id

    client = app.server.test_client()
    land_id = filter_id(SPEC, "land")
    deps = client.get("/_dash-dependencies").get_json()
    fired = [d for d in deps if any(i["id"] == land_id for i in d["inputs"])]
    card_outputs = [d for d in fired if "cc-graph" in d["output"]]
    countries = list(SPEC.params["land"].allowed)

    # The callback the browser sends for a country change, as the browser sends it.
    europe = next(d for d in card_outputs)
    inputs = [
        {
            "id": i["id"],
            "property": i["property"],
            "value": [countries[0]] if i["id"] == land_id else SPEC.defaults()["substance"],
        }
        for i in europe["inputs"]
    ]
    body = {
        "output": europe["output"],
        "outputs": [
            {
                "id": json.loads(o.split(".")[0]) if o.startswith("{") else o.split(".")[0],
                "property": o.rsplit(".", 1)[1],
            }
            for o in europe["output"].strip(".").split("...")
        ],
        "inputs": inputs,
        "changedPropIds": [f"{land_id}.value"],
        "state": [],
    }

    def one_card():
        registry.clear_cache()
        r = client.post("/_dash-update-component", json=body)
        assert r.status_code == 200, r.status_code

    state = {**SPEC.defaults(), "land": [countries[0]]}

    def whole_page():
        registry.clear_cache()
        for c in SPEC.cards:
            registry.view(c.name, state)

    t_card, t_page = _median_ms(one_card, repeat), _median_ms(whole_page, repeat)
    result = {
        "callbacks_fired_by_country_change": len(fired),
        "cards_rebuilt": len(card_outputs),
        "cards_on_page": len(SPEC.cards),
        "country_change_ms": round(t_card, 1),
        "whole_page_rebuild_ms": round(t_page, 1),
        "ratio_whole_page_to_change": round(t_page / t_card, 1),
    }
    print(
        f"wastewater country filter: fires {len(fired)} callback(s), rebuilds {len(card_outputs)} of "
        f"{len(SPEC.cards)} cards; {t_card:.0f} ms per change against {t_page:.0f} ms to rebuild the "
        f"whole page (the old one-callback design): {t_page / t_card:.1f}x less work"
    )
    return result


if __name__ == "__main__":
    result = main()
    if "--json" in sys.argv[1:]:
        print(json.dumps(result))
