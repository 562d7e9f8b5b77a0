"""Worker memory after visiting every page and many distinct filter states.

    python bench/memory.py [--states 10000] [--json]

In one process, as a gunicorn worker would: import the app, render every page's layout, then
send `--states` distinct valid filter states through the page-update path (one card or panel
rebuilt per state, as one filter change does), and report the resident set size (RSS) before and
after, against the bare import of pandas + plotly + dash. The card caches are bounded
(dashboard/cards/registry.py), so RSS should level off however many states are visited.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pick(p, rng: random.Random):
    """A random value the parameter allows (multi: a random non-empty subset)."""
    values = list(p.allowed) if p.allowed else list(range(p.bounds[0], p.bounds[1] + 1))
    if not p.multi:
        return rng.choice(values)
    return rng.sample(values, rng.randint(1, len(values)))


def distinct_states(n: int, seed: int = 1):
    """(card name, state) pairs, each a different state of what that card reads."""
    from dashboard.cards.registry import PAGES

    rng = random.Random(seed)
    cards = [(spec, c) for spec in PAGES.values() for c in spec.cards if c.reads]
    seen = set()
    tries = 0
    while len(seen) < n and tries < n * 50:
        tries += 1
        spec, card = rng.choice(cards)
        given = {k: _pick(spec.params[k], rng) for k in card.reads}
        try:
            state = spec.validate(given)
        except ValueError:
            continue
        key = (card.name, repr(sorted((k, state[k]) for k in card.reads)))
        if key not in seen:
            seen.add(key)
            yield card.name, state


def main(states: int = 10_000) -> dict:
    import dash

    from dashboard.app import app  # noqa: F401  (loads and validates the data, registers pages)
    from dashboard.cards import registry

    after_import = rss_mb()
    for page in dash.page_registry.values():
        page["layout"]() if callable(page["layout"]) else None
    after_pages = rss_mb()
    start = time.perf_counter()
    count = 0
    for name, state in distinct_states(states):
        registry.view(name, state)
        count += 1
    seconds = time.perf_counter() - start
    after_states = rss_mb()
    result = {
        "rss_after_import_mb": round(after_import),
        "rss_after_pages_mb": round(after_pages),
        "rss_after_states_mb": round(after_states),
        "states": count,
        "seconds": round(seconds, 1),
        "cache_entries": registry.cache_info().currsize,
    }
    print(
        f"worker RSS: {after_import:.0f} MB after import, {after_pages:.0f} MB after every page, "
        f"{after_states:.0f} MB after {count} distinct filter states ({seconds:.0f} s, "
        f"{result['cache_entries']} cached card views); goal <= 200 MB"
    )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--states", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line (bench/run.py)")
    args = parser.parse_args()
    result = main(args.states)
    if args.json:
        print(json.dumps(result))
