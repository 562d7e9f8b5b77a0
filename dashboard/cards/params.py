"""URL parameters of the filter state: short stable keys, defaults left out, values checked.

A page declares its parameters once (Param). read_query turns a query dict into values (a value
that is not allowed falls back to the default and is reported); to_query writes values back with
defaults left out. Pure: no dash here (dashboard.components.url_state writes the address bar).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    key: str  # short key in the URL
    default: object  # value (or list for multi) when absent
    allowed: tuple = ()  # allowed values; with bounds, empty = any int within them
    multi: bool = False
    bounds: tuple[int, int] | None = None  # for integer parameters (years)
    allow_empty: bool = False  # multi: an empty choice is a valid state

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
            if not self.valid_one(value):
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
            # integers (years): within the bounds and, where `allowed` lists them, one of those
            return (
                isinstance(value, int)
                and not isinstance(value, bool)
                and self.bounds[0] <= value <= self.bounds[1]
                and (not self.allowed or value in self.allowed)
            )
        return isinstance(value, str) and value in self.allowed


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
