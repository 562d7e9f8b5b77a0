"""What the reliability tests learn about the running app over HTTP alone, as a browser would: the
callbacks (/_dash-dependencies), the pages (the navigation links of /_dash-layout), each page's
layout (the routing callback) and from it valid callback bodies and valid filter changes."""

from __future__ import annotations

import copy
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests

DISPATCH = "/_dash-update-component"
ROUTING_OUTPUT = ".._pages_content.children..._pages_store.data.."
ROUTING_OUTPUTS = [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}]
WILDCARDS = (["MATCH"], ["ALL"], ["ALLSMALLER"])


def routing_body(pathname, search="") -> dict:
    return {
        "output": ROUTING_OUTPUT,
        "outputs": ROUTING_OUTPUTS,
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.pathname"],
    }


def stringify(component_id) -> str:
    """Dash's string form of an id (dict keys sorted, compact JSON)."""
    if isinstance(component_id, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{json.dumps(component_id[k])}" for k in sorted(component_id)) + "}"
    return component_id


# The table view's own callback (on opening; dashboard/components/chart_card.py _table): the card
# callbacks send the table too, as a duplicate output.
TABLE_OUTPUT = '{"card":["MATCH"],"type":"cc-table"}.children'


def parse_id(text: str):
    return json.loads(text) if text.startswith("{") else text


def split_output(output: str) -> list[tuple[str, str]]:
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return [tuple(p.rsplit(".", 1)) for p in parts]


def components(tree) -> dict[str, dict]:
    """{stringified id: props} of every component with an id in a layout tree."""
    found: dict[str, dict] = {}
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            props = node.get("props")
            if isinstance(props, dict) and "id" in props and "type" in node:
                found[stringify(props["id"])] = {"_type": node["type"], **props}
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _matches(pattern, component_id, binding: dict) -> bool:
    if not isinstance(pattern, dict):
        return pattern == component_id
    if not isinstance(component_id, dict) or set(pattern) != set(component_id):
        return False
    for key, want in pattern.items():
        if want == ["MATCH"]:
            if key in binding and binding[key] != component_id[key]:
                return False
        elif want not in WILDCARDS and want != component_id[key]:
            return False
    return True


def _is_multi(pattern) -> bool:
    return isinstance(pattern, dict) and any(v in (["ALL"], ["ALLSMALLER"]) for v in pattern.values())


@dataclass
class Callback:
    dep: dict  # the entry of /_dash-dependencies

    @property
    def output(self) -> str:
        return self.dep["output"]

    @property
    def clientside(self) -> bool:
        return bool(self.dep.get("clientside_function"))

    def outputs(self) -> list[tuple]:
        return [(parse_id(i), p) for i, p in split_output(self.output)]

    def inputs(self) -> list[tuple]:
        return [(parse_id(d["id"]), d["property"]) for d in self.dep["inputs"]]

    def state(self) -> list[tuple]:
        return [(parse_id(d["id"]), d["property"]) for d in self.dep["state"]]

    def body(self, comps: dict[str, dict], binding: dict | None = None) -> dict | None:
        """A valid body with the values of `comps` (a page's components), or None if the page lacks
        a component the callback needs. MATCH is bound to the first card (or other value) that fits."""
        candidates = [binding] if binding is not None else self._bindings(comps)
        for bind in candidates:
            try:
                return self._body(comps, bind)
            except LookupError:
                continue
        return None

    def _bindings(self, comps) -> list[dict]:
        keys = {k for pattern, _ in self.outputs() + self.inputs() if isinstance(pattern, dict) for k in pattern}
        match_keys = [
            k
            for k in keys
            for pattern, _ in self.outputs() + self.inputs()
            if isinstance(pattern, dict) and pattern.get(k) == ["MATCH"]
        ]
        if not match_keys:
            return [{}]
        key = match_keys[0]
        values = []
        for text in comps:
            cid = parse_id(text)
            if isinstance(cid, dict) and key in cid and cid[key] not in values:
                values.append(cid[key])
        return [{key: v} for v in values]

    def _item(self, comps, pattern, prop, bind, with_value):
        found = [(parse_id(t), p) for t, p in comps.items() if _matches(pattern, parse_id(t), bind)]
        items = [
            {"id": cid, "property": prop, **({"value": copy.deepcopy(props.get(prop))} if with_value else {})}
            for cid, props in found
        ]
        if _is_multi(pattern):
            return items
        if not items:
            raise LookupError(pattern)
        return items[0]

    def _body(self, comps, bind) -> dict:
        outputs = [self._item(comps, p, prop, bind, False) for p, prop in self.outputs()]
        inputs = [self._item(comps, p, prop, bind, True) for p, prop in self.inputs()]
        state = [self._item(comps, p, prop, bind, True) for p, prop in self.state()]
        body = {
            "output": self.output,
            "outputs": outputs if self.output.startswith("..") else outputs[0],
            "inputs": inputs,
            "changedPropIds": [],
        }
        if state:
            body["state"] = state
        return body


@dataclass
class AppMap:
    url: str
    callbacks: list[Callback]
    pages: list[str]
    layouts: dict[str, dict] = field(default_factory=dict)  # path -> {stringified id: props}

    @classmethod
    def load(cls, url: str, session: requests.Session | None = None) -> AppMap:
        s = session or requests.Session()
        deps = s.get(url + "/_dash-dependencies", timeout=30).json()
        hrefs: set[str] = set()
        stack = [s.get(url + "/_dash-layout", timeout=30).json()]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                href = node.get("href")
                if isinstance(href, str) and href.startswith("/") and "?" not in href:
                    hrefs.add(href)
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        app = cls(url, [Callback(d) for d in deps], sorted(hrefs))

        def layout(path):  # a session per thread: requests' sessions are not thread-safe
            r = requests.post(url + DISPATCH, json=routing_body(path), timeout=60)
            r.raise_for_status()
            return components(r.json()["response"]["_pages_content"]["children"])

        with ThreadPoolExecutor(max_workers=len(app.pages)) as pool:  # cold workers build every card once
            app.layouts = dict(zip(app.pages, pool.map(layout, app.pages), strict=True))
        return app

    def server_callbacks(self) -> list[Callback]:
        return [c for c in self.callbacks if not c.clientside]

    def valid_body(self, callback: Callback) -> dict | None:
        for comps in self.layouts.values():
            body = callback.body(comps)
            if body is not None:
                return body
        return None

    def filter_change(self, path: str) -> dict | None:
        """A body for a card callback of page `path` with one filter set to another allowed value
        (an option of the control other than its current one), as a click on that option sends."""
        comps = self.layouts[path]
        for cb in self.server_callbacks():
            if "cc-graph" not in cb.output:
                continue
            body = cb.body(comps)
            if body is None:
                continue
            for item in body["inputs"]:
                if isinstance(item, list):
                    continue
                props = comps[stringify(item["id"])]
                options = [o["value"] if isinstance(o, dict) else o for o in props.get("options") or []]
                current = item.get("value")
                if isinstance(current, list):
                    choices = [[o] for o in options if [o] != current]
                else:
                    choices = [o for o in options if o != current]
                if choices:
                    item["value"] = choices[0]
                    body["changedPropIds"] = [f"{stringify(item['id'])}.{item['property']}"]
                    return body
        return None
