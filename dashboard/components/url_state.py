"""Filter state in the URL query string: short stable keys, defaults left out.

A page declares its parameters once (Param), reads them in layout(**query) with read_query
(unknown or disallowed values fall back to the default and are reported), and publishes its
state by filling url_store(page) from a callback with to_query(...). A client-side callback
writes that into the address bar with history.replaceState: no reload, no extra history entry,
so Back leaves the page as a person expects rather than stepping through every filter click.
"""
from __future__ import annotations

from dataclasses import dataclass

from dash import ClientsideFunction, Input, Output, clientside_callback, dcc, MATCH

STATE, SINK = "url-state", "url-state-sink"


@dataclass(frozen=True)
class Param:
    key: str                    # short key in the URL
    default: object             # value (or list for multi) when absent
    allowed: tuple = ()         # allowed values; empty = any int within bounds below
    multi: bool = False
    bounds: tuple[int, int] | None = None  # for integer parameters (years)

    def parse(self, raw):
        """The value for a raw query string, or raise ValueError."""
        if self.multi:
            items = [x for x in str(raw).split(",") if x]
            if not items:
                raise ValueError(raw)
            return [self._one(x) for x in items]
        return self._one(raw)

    def _one(self, raw):
        if self.bounds is not None:
            value = int(raw)
            if not self.bounds[0] <= value <= self.bounds[1]:
                raise ValueError(raw)
            return value
        if raw not in self.allowed:
            raise ValueError(raw)
        return raw

    def valid(self, value) -> bool:
        try:
            if self.multi:
                return isinstance(value, list) and bool(value) and all(self.valid_one(v) for v in value)
            return self.valid_one(value)
        except (TypeError, ValueError):
            return False

    def valid_one(self, value) -> bool:
        if self.bounds is not None:
            return isinstance(value, int) and not isinstance(value, bool) and \
                self.bounds[0] <= value <= self.bounds[1]
        return value in self.allowed


def read_query(query: dict, params: dict[str, Param]) -> tuple[dict, list[str]]:
    """Filter values from a query dict; returns (values by name, list of rejected raw values)."""
    values, rejected = {}, []
    for name, p in params.items():
        raw = query.get(p.key)
        if raw is None:
            values[name] = p.default
            continue
        try:
            values[name] = p.parse(raw)
        except (ValueError, TypeError):
            values[name] = p.default
            rejected.append(str(raw))
    return values, rejected


def to_query(values: dict, params: dict[str, Param]) -> dict:
    """The query dict for filter values, defaults left out, keys in a stable order."""
    out = {}
    for name, p in params.items():
        v = values.get(name, p.default)
        if v == p.default:
            continue
        out[p.key] = ",".join(map(str, v)) if p.multi else str(v)
    return dict(sorted(out.items()))


def url_store(page: str) -> list:
    return [dcc.Store(id={"type": STATE, "page": page}), dcc.Store(id={"type": SINK, "page": page})]


def url_output(page: str) -> Output:
    return Output({"type": STATE, "page": page}, "data")


clientside_callback(
    ClientsideFunction(namespace="rusdash", function_name="writeQuery"),
    Output({"type": SINK, "page": MATCH}, "data"),
    Input({"type": STATE, "page": MATCH}, "data"),
)
