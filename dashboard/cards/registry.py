"""The card registry: every chart card of the dashboard is declared once, here or in one of the
page modules of this package, and everything else is generated from the declarations.

A page is a PageSpec: its URL parameters (Param), its filters (Filter: which parameters a control
sets), its cards (Card) and its panels (Panel: non-chart outputs such as key-figure tiles). A Card
names the state keys it reads and a pure build function from a validated state to a CardView
(figure, table frame, title, source ...). From that, dashboard.components.chart_card makes the
layout and one callback per card whose inputs are exactly the filters it reads, so a filter change
recomputes only the cards that read it; cards that read nothing are rendered straight into the
layout. Tables and downloads are rebuilt on the server from the same cached build, never from
rows a browser sends; the batch export (dashboard.export) walks the same registry.

Input checking happens in one place, validate(): a value a parameter does not allow raises
Invalid, and the generated callbacks turn that into "no update". Nothing here imports dash; plotly only to keep figures as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import pandas as pd
from plotly.io import to_json

from dashboard.cards.params import Param, read_query, to_query
from dashboard.i18n.language import DEFAULT_LANG, PARAM, lang, use_lang


class Invalid(ValueError):
    """A filter value that its parameter does not allow."""


@dataclass
class CardView:
    """What a card shows for one state: the figure and the same numbers as a table."""

    figure: Any
    # None where `data` is given: built from it when first read (CardView.table, below), so a card
    # built for every state (the Europe ranking) makes no DataFrame unless its table is asked for
    table: pd.DataFrame | None
    columns: dict[str, str]  # table column -> header, in display order
    title: str
    subtitle: str = ""
    source: str = ""
    filename: Sequence[str] | str = ""
    filters: str = ""  # the filter state in words, for the XLSX header
    decimals: dict[str, int] = field(default_factory=dict)
    # per-row decimals of a column whose values keep their source's own precision ("5" beside
    # "6,1"): column -> one int per table row; wins over `decimals` in the table and downloads
    row_decimals: dict[str, list[int]] = field(default_factory=dict)
    note: Any = None  # a component shown above the figure (e.g. test results)
    # The table's columns as arrays (numpy or pandas), where the builder has them anyway: the text
    # summary reads them instead of the DataFrame (a card built for every state: Europe ranking).
    # The same columns and values as `table`; None: the summary reads `table`.
    data: dict[str, Any] | None = None

    def figure_dict(self) -> dict:
        """The figure as plain JSON data (what dcc.Graph takes); cached views hold it as a JSON string,
        or as the plain dict it was built as (shared by every caller: read it, do not change it)."""
        if isinstance(self.figure, str):
            return json.loads(self.figure)
        return self.figure.to_plotly_json() if hasattr(self.figure, "to_plotly_json") else self.figure

    def plotly_figure(self):
        """A fresh plotly Figure of the view (the exporter resizes what it renders), with numeric
        arrays as numbers again (the JSON packs them as base64 typed arrays)."""
        import plotly.graph_objects as go

        return go.Figure(_unpack(self.figure_dict()))

    def file_stem(self) -> str:
        """The download file name without extension: what the card shows, as an ASCII slug."""
        from dashboard.components.exports import slug

        parts = [self.filename] if isinstance(self.filename, str) else list(self.filename)
        return slug("-".join([str(p) for p in parts if p] or [self.title]))

    def payload(self) -> dict:
        """Rows, headers and metadata as plain JSON-able data (table view and downloads)."""
        cols = [c for c in self.columns if c in self.table.columns]
        frame = self.table[cols]
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return {
            "columns": [{"id": c, "name": self.columns[c]} for c in cols],
            "rows": rows,
            "decimals": dict(self.decimals),
            "row_decimals": {c: [int(d) for d in v] for c, v in self.row_decimals.items() if c in cols},
            "title": self.title,
            "subtitle": self.subtitle,
            "source": self.source,
            "filters": self.filters,
            "filename": self.file_stem(),
        }


def frame_of(data: dict[str, Any]) -> pd.DataFrame:
    """The table of a view's column arrays (CardView.data), sharing them."""
    n = len(next(iter(data.values()))) if data else 0
    return pd.DataFrame(data, index=pd.RangeIndex(n), copy=False)


def _table(view: CardView) -> pd.DataFrame | None:
    frame = view.__dict__.get("_table")
    if frame is None and view.data is not None:
        frame = view.__dict__["_table"] = frame_of(view.data)
    return frame


def _set_table(view: CardView, frame: pd.DataFrame | None) -> None:
    view.__dict__["_table"] = frame


# After @dataclass has written __init__ (which assigns self.table): the field reads through this.
CardView.table = property(_table, _set_table)


def _unpack(node):
    """Plotly's base64 typed arrays ({"dtype": "i2", "bdata": ...}) back to numpy arrays."""
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"} and set(node) <= {"dtype", "bdata", "shape"}:
            import base64

            import numpy as np

            array = np.frombuffer(base64.b64decode(node["bdata"]), dtype=np.dtype(node["dtype"]))
            return array.reshape([int(n) for n in str(node["shape"]).split(",")]) if "shape" in node else array
        return {k: _unpack(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_unpack(v) for v in node]
    return node


@dataclass(frozen=True)
class Filter:
    """A control that sets one or more state keys. `kind` picks the widget: radio, checklist,
    dropdown, multi_dropdown, range (a year slider setting two keys) or slider."""

    name: str
    keys: tuple[str, ...]
    kind: str
    label: str  # translation key of the control's label
    options: Callable[[], list[dict]] | None = None  # [{"label", "value"}], built lazily
    help: str | None = None  # translation key of a help line under the control
    # extra widget properties (placeholder, marks ...); a text as a function (lambda: t(...)),
    # called per layout, so it is in the request's language rather than the one at import
    props: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Card:
    name: str  # unique; also the id stem and the file-name stem
    reads: tuple[str, ...]  # state keys the build depends on
    build: Callable[[dict], CardView]
    about: Callable[[], Any]  # the "Om tallene" content
    height: int = 480
    controls: tuple[str, ...] = ()  # filters drawn inside this card
    intro: Callable[[], Any] | None = None  # static text above the figure
    graph_config: dict = field(default_factory=dict)
    # What a filter change sends for the figure, from the new figure's JSON data: by default the
    # whole figure; e.g. a Patch of what changes (the county map: never its geometry again).
    figure_update: Callable[[dict], Any] | None = None
    # Fills the caches that every state's live build shares, once in each gunicorn worker as it
    # starts (warm_caches): for a card whose states are too many for the store of precomputed
    # responses (the Europe ranking), so a user's first request to a worker seldom pays for them.
    warm: Callable[[], None] | None = None


@dataclass(frozen=True)
class Panel:
    """A non-chart output that reads filters (tiles, notices, side tables). With strict=True the
    build gets the raw values (e.g. to say that a required choice is empty)."""

    name: str
    reads: tuple[str, ...]
    build: Callable[[dict], Any]
    strict: bool = True


@dataclass
class PageSpec:
    name: str  # id prefix, e.g. "cannabis"
    path: str  # URL path, e.g. "/cannabis"
    params: dict[str, Param]
    filters: tuple[Filter, ...] = ()
    cards: tuple[Card, ...] = ()
    panels: tuple[Panel, ...] = ()
    # State -> (state, notes): cross-parameter fixes such as a swapped year range.
    normalise: Callable[[dict], tuple[dict, list[str]]] | None = None

    def card(self, name: str) -> Card:
        for c in self.cards:
            if c.name == name:
                return c
        raise KeyError(name)

    def filter(self, name: str) -> Filter:
        for f in self.filters:
            if f.name == name:
                return f
        raise KeyError(name)

    def filters_for(self, reads: Sequence[str]) -> tuple[Filter, ...]:
        """The filters that set any of the state keys in `reads`, in declaration order."""
        return tuple(f for f in self.filters if set(f.keys) & set(reads))

    def defaults(self) -> dict:
        return {k: (list(p.default) if p.multi else p.default) for k, p in self.params.items()}

    def from_query(self, query: dict) -> tuple[dict, list[str], list[str]]:
        """The state for a URL query: values, rejected raw values, notes on corrected values."""
        values, rejected = read_query(query or {}, self.params)
        values = {k: normal(self.params[k], v) for k, v in values.items()}
        values, notes = self.normalise(values) if self.normalise else (values, [])
        return values, rejected, notes

    def figures(self, query: dict | None = None) -> dict:
        """{card name: figure} for a URL query ({} = defaults): the batch export's input. Copies,
        since views are cached and the exporter resizes what it renders."""
        state, _, _ = self.from_query(query or {})
        return {c.name: view(c.name, state).plotly_figure() for c in self.cards}

    def query(self, state: dict) -> dict:
        """The address's query for a state: the filters (defaults left out) and the interface
        language (`lang=en`; none for bokmål), so the address bar and shared links keep both."""
        out = to_query(state, self.params)
        if lang() != DEFAULT_LANG:
            out[PARAM] = lang()
        return dict(sorted(out.items()))

    def validate(self, given: dict) -> dict:
        """A full state from values given for some keys (the rest default); raise Invalid."""
        state = self.defaults()
        for key, value in given.items():
            p = self.params.get(key)
            if p is None:
                raise Invalid(key)
            if value is None and not p.multi and "" in p.allowed:
                value = ""  # a cleared dropdown
            if p.multi and value is None and p.allow_empty:
                value = []
            if p.multi and isinstance(value, list) and not value and p.allow_empty:
                state[key] = []
                continue
            if not p.valid(value):
                raise Invalid(key)
            state[key] = normal(p, value)
        if self.normalise:
            state, _ = self.normalise(state)
        return state

    def state_from_filters(self, filter_values: dict[str, Any]) -> dict:
        """Validated state from raw control values keyed by filter name."""
        given = {}
        for name, value in filter_values.items():
            f = self.filter(name)
            if len(f.keys) == 1:
                given[f.keys[0]] = value
            else:
                if not (isinstance(value, list) and len(value) == len(f.keys)):
                    raise Invalid(name)
                given.update(zip(f.keys, sorted(value) if _all_ints(value) else value, strict=True))
        return self.validate(given)


def _all_ints(values) -> bool:
    return all(isinstance(v, int) and not isinstance(v, bool) for v in values)


def normal(p: Param, value):
    """A multi value in its canonical order (the parameter's order, or ascending for years)."""
    if not p.multi:
        return value
    return ordered(value, p.allowed) if p.allowed else sorted(set(value))


def ordered(values, allowed) -> list:
    """Chosen values in the order the parameter lists them, duplicates dropped (stable URLs)."""
    chosen = set(values)
    return [a for a in allowed if a in chosen]


def subset(state: dict, keys: Sequence[str]) -> tuple:
    """A hashable key of the part of `state` a card reads."""
    return tuple((k, tuple(state[k]) if isinstance(state[k], list) else state[k]) for k in keys)


PAGES: dict[str, PageSpec] = {}
CARDS: dict[str, tuple[PageSpec, Card]] = {}


def register(spec: PageSpec) -> PageSpec:
    if spec.name in PAGES:
        raise KeyError(f"page {spec.name!r} registered twice")
    if any(p.key == PARAM for p in spec.params.values()):
        raise KeyError(f"page {spec.name!r}: the URL key {PARAM!r} is the interface language's")
    for card in spec.cards:
        if card.name in CARDS:
            raise KeyError(f"card {card.name!r} declared twice")
        unknown = set(card.reads) - set(spec.params)
        if unknown:
            raise KeyError(f"card {card.name!r} reads unknown state keys {sorted(unknown)}")
        CARDS[card.name] = (spec, card)
    PAGES[spec.name] = spec
    return spec


@lru_cache(maxsize=256)
def _build(card_name: str, key: tuple, language: str) -> CardView:
    # A view holds its texts, number formats, separators and file name in one language: the
    # language is part of the key, and the build runs in it.
    spec, card = CARDS[card_name]
    state = spec.defaults()
    state.update({k: (list(v) if isinstance(v, tuple) else v) for k, v in key})
    with use_lang(language):
        built = card.build(state)
    # Keep a plotly Figure as its JSON text: a few KB, where the object holds far more
    # (bench/memory.py); it is parsed again per response. A figure built as plain JSON data (the
    # Europe card's, built for every choice of countries) stays as it is: no text round trip.
    if isinstance(built.figure, dict):
        return built
    return replace(built, figure=to_json(built.figure, validate=False))


def view(card_name: str, state: dict) -> CardView:
    """The (cached) view of a card for a validated state. Only the keys the card reads make the
    cache key (with the interface language), so states that differ in other filters share one
    entry. Its figure is JSON text: use figure_dict() or plotly_figure()."""
    return _build(*view_key(card_name, state))


def view_key(card_name: str, state: dict) -> tuple:
    """What the view cache keys on: the card, the values it reads and the language. Something
    derived from a view (e.g. its text summary) can be cached on the same key."""
    _, card = CARDS[card_name]
    return card_name, subset(state, card.reads), lang()


def view_at(key: tuple) -> CardView:
    """The cached view for a key from view_key()."""
    return _build(*key)


def clear_cache() -> None:
    _build.cache_clear()


def cache_info():
    return _build.cache_info()


def warm_caches() -> None:
    """Run every card's `warm` (dashboard/app.py warm_worker, in each worker as it starts)."""
    for spec in PAGES.values():
        for c in spec.cards:
            if c.warm:
                c.warm()
