"""Server time of every card and panel callback against an echo callback served the same way.

    python bench/callbacks.py [--states 30]

Two gunicorn servers with the project's gunicorn.conf.py (one worker each, so a kept-alive client
always meets the same worker): the dashboard and bench/echo_app.py. The callbacks come from the
app's own /_dash-dependencies: every server-side callback whose inputs are filters of one page
(cards, panels, the address bar). Each is driven over HTTP with distinct valid filter states drawn
from the registry's parameters (dashboard.cards.registry.PAGES: allowed values and bounds), so
every measured request is a first request for that state to its worker (the registry caches a
state once built). With the store of precomputed responses (dashboard/precomputed.py) a first
request is a look-up for every state the store holds; with --live (DASHBOARD_STORE=off) it is a
first computation. A warm-up request with the page's default state first, so one-off lazy imports do not
count. Echo requests are interleaved with the card requests, so both see the same machine load.
Server time is gunicorn's own per-request time (access log %(D)s), so the client's cost is not in
it. Reported per callback: median, p95, ratio of the median to the echo median, the median of a few
states sent again (cache hits: the floor of the callback's cost), and the response size (decoded,
and compressed as sent to a client that accepts gzip/br).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from echo_app import ECHO_IN, ECHO_OUTPUT  # noqa: E402
from serve import APP, ECHO, gunicorn  # noqa: E402

DISPATCH = "/_dash-update-component"
REPEATS = 5  # per callback, states sent a second time (cache hits)
ECHO_BODY = {"output": ECHO_OUTPUT, "outputs": {"id": "echo-out", "property": "children"}}


def pick(p, rng: random.Random):
    """A random value the parameter allows (multi: a random subset, empty where allowed)."""
    values = list(p.allowed) if p.allowed else list(range(p.bounds[0], p.bounds[1] + 1))
    if not p.multi:
        return rng.choice(values)
    return rng.sample(values, rng.randint(0 if p.allow_empty else 1, len(values)))


def parse_id(text: str):
    return json.loads(text) if text.startswith("{") else text


def outputs_of(output: str) -> list[dict]:
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return [{"id": parse_id(i), "property": p} for i, p in (part.rsplit(".", 1) for part in parts)]


@dataclass
class Target:
    """One callback of one page: how to make its body from a state."""

    name: str
    page: str
    dep: dict
    filters: list  # the registry Filter behind each input, in order
    keys: list[str] = field(default_factory=list)

    def body(self, state: dict) -> dict:
        outputs = outputs_of(self.dep["output"])
        inputs = [{**i, "value": value(f, state)} for i, f in zip(self.dep["inputs"], self.filters, strict=True)]
        return {
            "output": self.dep["output"],
            "outputs": outputs if self.dep["output"].startswith("..") else outputs[0],
            "inputs": inputs,
            "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"],
        }


def value(f, state: dict):
    """A filter control's value for a state, as the widget holds it (filters.py: _value)."""
    if len(f.keys) > 1:
        return [state[k] for k in f.keys]
    v = state[f.keys[0]]
    return None if v == "" else v


def targets(deps: list[dict]) -> list[Target]:
    from dashboard.cards.registry import PAGES
    from dashboard.components.filters import filter_id

    by_id = {filter_id(spec, f): (spec, f) for spec in PAGES.values() for f in spec.filters}
    found = []
    for dep in deps:
        if dep.get("clientside_function") or not dep["inputs"]:
            continue
        ids = [i["id"] for i in dep["inputs"]]
        if not all(isinstance(i, str) and i in by_id for i in ids):
            continue
        spec = by_id[ids[0]][0]
        out = outputs_of(dep["output"])[0]["id"]
        # a card's part, the page's address-bar store, or a panel ("{page}-{panel}")
        name = (out.get("card") or f"{spec.name}-{out.get('type')}") if isinstance(out, dict) else out
        fs = [by_id[i][1] for i in ids]
        found.append(Target(name, spec.name, dep, fs, sorted({k for f in fs for k in f.keys})))
    return found


def distinct_states(target: Target, n: int, rng: random.Random) -> list[dict]:
    """Up to n valid states that differ in what the callback sends, none the default state."""
    from dashboard.cards.registry import PAGES

    spec = PAGES[target.page]
    seen = {json.dumps([value(f, spec.defaults()) for f in target.filters])}
    states = []
    for _ in range(n * 60):
        if len(states) >= n:
            break
        try:
            state = spec.validate({k: pick(spec.params[k], rng) for k in target.keys})
        except ValueError:
            continue
        key = json.dumps([value(f, state) for f in target.filters])
        if key not in seen:
            seen.add(key)
            states.append(state)
    return states


def _post(session: requests.Session, url: str, body: dict) -> requests.Response:
    r = session.post(url + DISPATCH, json=body, timeout=60)
    if r.status_code not in (200, 204):
        raise RuntimeError(f"{body['output']}: HTTP {r.status_code} {r.text[:200]}")
    return r


def _size(r: requests.Response) -> tuple[int, int]:
    decoded = len(r.content)
    sent = int(r.headers.get("Content-Length", decoded)) if r.headers.get("Content-Encoding") else decoded
    return decoded, sent


def run(states: int = 30, seed: int = 7, store: bool = True, only: list[str] | None = None) -> dict:
    """`store`: the app answers from its precomputed responses (dashboard/precomputed.py; the
    caller makes sure the store is current), as it does in production; False: every state is
    built live (DASHBOARD_STORE=off), what a state outside the store costs. `only`: these
    callbacks alone (by name), for a quick look at one."""
    from dashboard.cards.registry import PAGES

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        app_log, echo_log = Path(tmp) / "app.log", Path(tmp) / "echo.log"
        with (
            gunicorn(APP, workers=1, access_log=app_log, **({} if store else {"DASHBOARD_STORE": "off"})) as app,
            gunicorn(ECHO, workers=1, access_log=echo_log) as echo,
        ):
            a, e = requests.Session(), requests.Session()
            deps = a.get(app.url + "/_dash-dependencies", timeout=30).json()
            found = [t for t in targets(deps) if not only or t.name in only]
            # warm-up: each callback once with its page's default state, the echo a few times
            for t in found:
                _post(a, app.url, t.body(PAGES[t.page].defaults()))
            echo_n = 0

            def echo_once():
                nonlocal echo_n
                echo_n += 1
                _post(
                    e,
                    echo.url,
                    {
                        **ECHO_BODY,
                        "inputs": [{"id": ECHO_IN, "property": "value", "value": f"v{echo_n}"}],
                        "changedPropIds": [f"{ECHO_IN}.value"],
                    },
                )

            for _ in range(20):
                echo_once()
            warm_app, warm_echo = len(found), echo_n
            plan = [(t, s, "first") for t in found for s in distinct_states(t, states, rng)]
            rng.shuffle(plan)  # callbacks interleaved, so a slow spell of the machine hits all alike
            # The first few states of each callback are sent twice in a row: the second answer comes
            # from the worker's card cache (the floor of a callback's cost: the Dash round trip,
            # validation, the cached figure's JSON). In a row, so the bounded cache still holds it.
            seen: dict[str, int] = {}
            with_hits = []
            for t, s, kind in plan:
                with_hits.append((t, s, kind))
                if seen.get(t.name, 0) < REPEATS:
                    seen[t.name] = seen.get(t.name, 0) + 1
                    with_hits.append((t, s, "cached"))
            plan = with_hits
            sizes: dict[str, list[tuple[int, int]]] = {}
            order: list[str] = []
            started = time.perf_counter()
            for t, state, kind in plan:
                r = _post(a, app.url, t.body(state))
                if kind == "first":
                    sizes.setdefault(t.name, []).append(_size(r))
                order.append((t.name, kind))
                echo_once()
            seconds = time.perf_counter() - started
            time.sleep(0.3)  # the access log is written after the response; let the last lines land
            app_times = app.access_times_ms()[warm_app:]
            echo_times = echo.access_times_ms()[warm_echo:]
    app_times = _align(app_times, len(order), "app")
    echo_times = _align(echo_times, len(order), "echo")
    per: dict[tuple[str, str], list[float]] = {}
    for key, ms in zip(order, app_times, strict=True):
        per.setdefault(key, []).append(ms)
    echo_median = statistics.median(echo_times)
    rows = []
    for t in found:
        times = per.get((t.name, "first"), [])
        if not times:
            continue
        hits = per.get((t.name, "cached"), [])
        dec = [d for d, _ in sizes[t.name]]
        sent = [s for _, s in sizes[t.name]]
        rows.append(
            {
                "callback": t.name,
                "page": t.page,
                "n": len(times),
                "median_ms": round(statistics.median(times), 2),
                "p95_ms": round(_p95(times), 2),
                "ratio": round(statistics.median(times) / echo_median, 1),
                "cached_median_ms": round(statistics.median(hits), 2) if hits else None,
                "response_bytes_median": int(statistics.median(dec)),
                "response_bytes_sent_median": int(statistics.median(sent)),
            }
        )
    rows.sort(key=lambda r: -r["median_ms"])
    return {
        "echo_median_ms": round(echo_median, 3),
        "echo_p95_ms": round(_p95(echo_times), 3),
        "echo_n": len(echo_times),
        "callbacks": rows,
        "seconds": round(seconds, 1),
    }


def _p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _align(times: list[float], n: int, what: str) -> list[float]:
    if len(times) < n:
        raise RuntimeError(f"{what}: {len(times)} access-log lines for {n} requests")
    return times[:n]


def print_rows(result: dict) -> None:
    print(f"echo callback: median {result['echo_median_ms']:.2f} ms, p95 {result['echo_p95_ms']:.2f} ms")
    for r in result["callbacks"]:
        print(
            f"  {r['callback']:28s} n={r['n']:3d} median {r['median_ms']:7.2f} ms  p95 {r['p95_ms']:7.2f} ms  "
            f"{r['ratio']:6.1f}x echo  cached {r['cached_median_ms']} ms  {r['response_bytes_median'] / 1024:7.1f} KB ({r['response_bytes_sent_median'] / 1024:.1f} KB sent)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--states", type=int, default=30)
    parser.add_argument("--live", action="store_true", help="no store: every state built live")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="these callbacks alone (e.g. ww-europe)")
    args = parser.parse_args()
    print_rows(run(args.states, store=not args.live, only=args.only))
