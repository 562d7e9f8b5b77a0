"""No input gets a 5xx: at least 1,000 malformed callback requests, built from every callback the app
declares in /_dash-dependencies (Dash Pages' routing callback included) and from valid bodies
taken from the pages' layouts, each broken in one way: wrong types, lists, dicts, None, long and
over-limit strings, unknown values, missing inputs or state, extra keys, unknown or clientside
outputs, mismatched ids and properties, bad changedPropIds, invalid JSON, wrong content types and
methods. Every answer must be < 500 (204 no update, or 4xx from the request guard or the limits;
an accidentally valid one may be 200), nothing is echoed back, and gunicorn's log has no traceback."""

from __future__ import annotations

import collections
import copy
import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from dashboard.server import MAX_BODY
from tests.reliability.dash_client import DISPATCH, routing_body

pytestmark = pytest.mark.server

MARK = "<script>zz9</script>"  # must never come back in an error answer
LONG = "y" * 40_000  # under the body limit
HUGE = "x" * 1_000_000  # over it: 413


def _nested(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


VALUES = [
    None,
    True,
    0,
    -1,
    2**70,
    1e308,
    1.5,
    "",
    "x",
    MARK,
    "../../../etc/passwd",
    "\u0000\ud7ff",
    "ÆØÅ",
    LONG,
    [],
    [None],
    ["x"],
    [1, 2, 3],
    list(range(300)),
    [[1, 2]],
    {},
    {"a": 1},
    {"page": "x", "state": {"sex": [1]}, "filename": MARK},
    {"state": None},
    {"points": [{"location": [], "customdata": {}}]},
    {"points": "x"},
    _nested(20),
]
SEARCHES = [
    "?k=men",
    "?k=" + MARK,
    "?a=21-25&p=last_12_months&y=1800",
    "?s=cocaine,cocaine,x",
    "?st=cocaine&c=oslo,nowhere",
    "?sex=%ZZ&&=&a=b=c",
    "?y=1&y=2&y=3",
    "?years=2030-1990",
    "?__class__=1&pathname_=2",
    "?" + "&".join(f"k{i}=v" for i in range(1500)),
    "?m=" + "9" * 5000,
    "x",
    "",
]
PATHNAMES = ["x", "", "//", "/../..", "/cannabis/..", "/" + "a" * 30_000, "/\u0000", "/_dash-layout", MARK]
RAW = [  # (content type, body bytes)
    ("application/json", b"{"),
    ("application/json", b""),
    ("application/json", b"nul"),
    ("application/json", b"{'output': 1}"),
    ("application/json", b"\xff\xfe\x00"),
    ("application/json", b'{"output": NaN, "inputs": Infinity}'),
    ("application/json", b'{"output": ' + b"1" * 5000 + b"}"),
    ("application/json", b"[" * 30_000 + b"]" * 30_000),
    ("application/json", json.dumps({"output": HUGE}).encode()),
    ("text/plain", b'{"output": "x"}'),
    ("application/x-www-form-urlencoded", b"output=x&inputs=y"),
    ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data; name=a\r\n\r\nb\r\n--zz--\r\n"),
    (None, b'{"output": "x"}'),
    ("application/json; charset=latin-1", '{"output": "æ"}'.encode("latin-1")),
]


def _structure_mutations(body: dict, clientside_output: str) -> list:
    """The body broken in one place at a time (each a fresh copy)."""
    out = []

    def mutate(fn):
        b = copy.deepcopy(body)
        result = fn(b)
        out.append(b if result is None else result)

    for broken in ([body], "a string", 1, None, []):
        out.append(broken)
    for value in (None, 1, [body["output"]], {"x": 1}, "nope.children", body["output"] + "x", clientside_output):
        mutate(lambda b, v=value: b.__setitem__("output", v))
    mutate(lambda b: b.pop("output"))
    mutate(lambda b: b.pop("outputs"))
    mutate(lambda b: b.pop("inputs"))
    mutate(lambda b: b.__setitem__("state", [{"id": "x", "property": "y", "value": 1}]))
    if "state" in body:
        mutate(lambda b: b.pop("state"))
        mutate(lambda b: b["state"][0].__setitem__("id", "nope"))
    for value in (None, "x", {}, []):
        mutate(lambda b, v=value: b.__setitem__("outputs", v))
        mutate(lambda b, v=value: b.__setitem__("inputs", v))
    mutate(lambda b: b.__setitem__("outputs", [b["outputs"]]))
    mutate(lambda b: b["inputs"].append(copy.deepcopy(b["inputs"][0])))
    mutate(lambda b: b["inputs"].pop())
    for broken in (None, "x", [], {}, {"id": "x"}, {"property": "value"}, [None], [{"id": 1}]):
        mutate(lambda b, v=broken: b["inputs"].__setitem__(0, v))
    first = body["inputs"][0]
    item = first[0] if isinstance(first, list) and first else first
    if isinstance(item, dict):

        def on_item(b, fn):
            target = b["inputs"][0]
            fn(target[0] if isinstance(target, list) else target)

        mutate(lambda b: on_item(b, lambda i: i.__setitem__("id", "nope")))
        mutate(lambda b: on_item(b, lambda i: i.__setitem__("property", "nope")))
        mutate(lambda b: on_item(b, lambda i: i.__setitem__("foo", MARK)))
        mutate(lambda b: on_item(b, lambda i: i.pop("property")))
        if isinstance(item["id"], dict):
            key = sorted(item["id"])[0]
            for value in ([1], {"a": 1}, None, MARK):
                mutate(lambda b, k=key, v=value: on_item(b, lambda i: i["id"].__setitem__(k, v)))
            mutate(lambda b: on_item(b, lambda i: i["id"].__setitem__("extra", 1)))
            mutate(lambda b, k=key: on_item(b, lambda i: i["id"].pop(k)))
        if isinstance(first, list):
            mutate(lambda b: b["inputs"].__setitem__(0, b["inputs"][0][0] if b["inputs"][0] else {}))
    for changed in ("x", [1], [{"a": 1}], ["nope.value"], ["{bad.value"], ['{"card":"x"}.value'], [MARK]):
        mutate(lambda b, v=changed: b.__setitem__("changedPropIds", v))
    mutate(lambda b: b.update({"foo": MARK, "parsedChangedPropsIds": [{"x": []}]}))
    return out


def _value_mutations(body: dict, rng: random.Random, count: int) -> list:
    """The body with one input or state value replaced by a value of the wrong type, shape or size."""
    slots = [("inputs", i) for i in range(len(body["inputs"]))] + [
        ("state", i) for i in range(len(body.get("state", [])))
    ]
    out = []
    for _ in range(count):
        key, index = rng.choice(slots)
        value = rng.choice(VALUES)
        b = copy.deepcopy(body)
        target = b[key][index]
        for item in target if isinstance(target, list) else [target]:
            item["value"] = value
        if isinstance(target, list) and rng.random() < 0.3:
            b[key][index] = value  # the list of a wildcard input replaced by a plain value
        out.append(b)
    return out


def _routing_mutations(paths: list[str]) -> list:
    # Every odd query on two pages with filters only: a page built for a new state takes a while.
    out = [routing_body(p, s) for p in paths if p in ("/cannabis", "/avlopsvann") for s in SEARCHES]
    out += [routing_body(p, MARK) for p in paths]
    out += [routing_body(p) for p in PATHNAMES]
    out += [routing_body(v, v) for v in VALUES]
    out += [routing_body("/cannabis", v) for v in VALUES]
    body = routing_body("/")
    body["inputs"][0]["id"] = {"type": "x"}
    out.append(body)
    return out


def test_fuzz_callbacks_never_get_a_5xx(server):
    rng = random.Random(20)
    app = server.app
    clientside = next(c.output for c in app.callbacks if c.clientside)
    bodies: list = []
    for cb in app.server_callbacks():
        body = app.valid_body(cb)
        if body is None:  # the routing callback: its own list below
            continue
        # Every kind of break is tried on about half the callbacks, so each kind runs a dozen times or more.
        structure = _structure_mutations(body, clientside)
        bodies += rng.sample(structure, min(len(structure), 24))
        bodies += _value_mutations(body, rng, 10)
    bodies += _routing_mutations(app.pages)
    requests_: list[tuple] = [("POST", "application/json", json.dumps(b).encode()) for b in bodies]
    requests_ += [("POST", ctype, raw) for ctype, raw in RAW]
    requests_ += [(method, "application/json", b"{}") for method in ("GET", "PUT", "DELETE", "PATCH")]
    assert len(requests_) >= 1000, len(requests_)

    local = threading.local()

    def send(req):
        method, ctype, data = req
        headers = {"Content-Type": ctype} if ctype else {}
        if len(data) > MAX_BODY:
            # Refused unread, so gunicorn closes that connection after the 413: send on a fresh one.
            r = requests.request(method, server.url + DISPATCH, data=data, headers=headers, timeout=60)
        else:
            session = getattr(local, "session", None) or requests.Session()
            local.session = session
            r = session.request(method, server.url + DISPATCH, data=data, headers=headers, timeout=60)
        # Errors are short fixed text; a 200 may quote a rejected value, but JSON-escaped (\u003c...).
        return r.status_code, r.headers.get("Content-Type", ""), r.text if r.status_code >= 400 else "", MARK in r.text

    log_start = len(server.log)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(send, requests_))
    elapsed = time.monotonic() - started

    counts = collections.Counter(status for status, _, _, _ in results)
    print(f"\nfuzz: {len(results)} requests over {len(app.server_callbacks())} callbacks in {elapsed:.1f} s;")
    print("  status counts: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    assert not [s for s in counts if s >= 500], counts
    assert not any(echoed for *_, echoed in results), "input echoed back unescaped"
    errors = [(s, ct, text) for s, ct, text, _ in results if s >= 400]
    assert all("zz9" not in text for _, _, text in errors)
    assert all(ct.startswith("text/plain") for _, ct, _ in errors), {ct for _, ct, _ in errors}
    assert counts[400] > 300 and counts[204] > 100 and counts[413] >= 1 and counts[415] >= 1
    time.sleep(0.5)  # the log is drained in the background
    assert not server.errors_since(log_start), "".join(server.log[log_start:])
