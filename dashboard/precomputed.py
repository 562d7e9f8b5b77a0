"""Precomputed callback responses: compute once, serve many.

The data never change while the app runs, and almost every card and panel has a finite set of
states (the product of its filters' allowed values: 18,099 card views per language in the 2025
edition). `python -m dashboard.precomputed` computes the response of every card and panel callback
for every such state, in both interface languages, and writes them to one SQLite file
(data/cache/responses.sqlite: JSON compressed against one response of the same callback). The callbacks
look a state up there first (a primary-key read and a decompression, tens of microseconds) and
build it live only when it is not there: a state with too many combinations to enumerate (the
Europe card's choice of countries), or no store at all. The page layouts take their cards and
panels from the store too (chart_card._layout_parts), so it also holds the one state of each card
that reads no filter, which has no callback.

A store is used only if it was built from the same code and data as the running app: its
fingerprint (a hash of every module of the package, every tidy data file and the versions of the
libraries that shape a response) must equal the app's. A store built before a code change, a new
edition or a library upgrade is ignored (and the app says so once in its log) until it is built
again; it cannot serve an answer the running code would not give. A worker notices a new store
(written to a temporary file, then renamed over the old) within RECHECK_S seconds.

DASHBOARD_STORE sets the file's path, or turns the store off ("off"; the test suite does, except
in the tests of this module).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import os
import sqlite3
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from dashboard.data.paths import ROOT, tidy_dir

ENV = "DASHBOARD_STORE"
DEFAULT_PATH = ROOT / "data" / "cache" / "responses.sqlite"
# A multi-choice filter with more options than this is not enumerated (2^n subsets): the Europe
# card's 28 countries. Every other multi filter has at most 6.
MULTI_LIMIT = 8
RECHECK_S = 5.0
CARD, PANEL = "card", "panel"

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ what a store is valid for
@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of what a response depends on: the package's code, the tidy data, the installed
    libraries and Python."""
    h = hashlib.sha256()
    package = ROOT / "dashboard"
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    data = tidy_dir()
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(data)).encode() + b"\0" + path.read_bytes() + b"\0")
    # the installed distributions with their versions, from the names of their metadata folders
    # (one directory listing; importlib.metadata takes ~0.5 s at start-up)
    import plotly

    site = Path(plotly.__file__).resolve().parents[1]
    for name in sorted(p.name for p in site.iterdir() if p.name.endswith(".dist-info")):
        h.update(name.encode() + b"\0")
    h.update(sys.version.encode())
    return h.hexdigest()


def store_path() -> Path | None:
    """The store's file, or None when DASHBOARD_STORE is "off"."""
    value = os.environ.get(ENV, "")
    if value.lower() == "off":
        return None
    return Path(value) if value else DEFAULT_PATH


def key_of(state: dict, reads: Sequence[str]) -> str:
    """The part of a validated state a callback reads, as text (the store's key)."""
    return json.dumps([[k, state[k]] for k in reads], ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------ the states of a callback
def _choices(param) -> list | None:
    values = list(param.allowed) if param.allowed else list(range(param.bounds[0], param.bounds[1] + 1))
    if not param.multi:
        return values
    if len(values) > MULTI_LIMIT:
        return None
    first = 0 if param.allow_empty else 1
    return [list(c) for r in range(first, len(values) + 1) for c in itertools.combinations(values, r)]


def states(spec, reads: Sequence[str]) -> list[dict] | None:
    """Every valid state of a page that differs in `reads` (one per distinct key), or None when
    there are too many to enumerate. The page's own validate() decides what is valid, so a state
    here is exactly one a callback can be given."""
    choices = [_choices(spec.params[k]) for k in reads]
    if any(c is None for c in choices):
        return None
    out: dict[str, dict] = {}
    for combo in itertools.product(*choices):
        try:
            state = spec.validate(dict(zip(reads, combo, strict=True)))
        except ValueError:
            continue
        out.setdefault(key_of(state, reads), state)
    return list(out.values())


# ------------------------------------------------------------------ reading
class _Reader:
    """One read-only connection per thread (gunicorn's gthread workers); reopened when the file is
    replaced, and used only while its fingerprint matches the app's."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._warned: set[str] = set()
        self._dicts: dict[tuple, bytes] = {}  # (store, kind, name, lang) -> compression dictionary

    def _connection(self) -> sqlite3.Connection | None:
        local = self._local
        if not hasattr(local, "conn"):
            local.conn, local.ident, local.checked = None, None, -1e9
        now = time.monotonic()
        if local.checked + RECHECK_S > now:
            return local.conn
        local.checked = now
        path = store_path()
        try:
            stat = os.stat(path) if path else None
        except OSError:
            stat = None
        ident = (path, stat.st_ino, stat.st_mtime_ns) if stat else None
        if ident == local.ident:
            return local.conn
        if local.conn is not None:
            local.conn.close()
        local.ident, local.conn = ident, None
        if ident is None:
            return None
        conn = None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            self._warn(str(path), f"{path}: not a readable response store ({e}); building responses live")
            return None
        if not row or row[0] != fingerprint():
            conn.close()
            self._warn(str(path), f"{path}: built from other code or data; building responses live until it is rebuilt")
            return None
        local.conn = conn
        return conn

    def _warn(self, path: str, message: str) -> None:
        if path not in self._warned:
            self._warned.add(path)
            log.warning(message)

    def get(self, kind: str, name: str, key: str, language: str):
        conn = self._connection()
        if conn is None:
            return None
        try:
            # the dictionary first: cached per connection, and absent for a callback the store does
            # not hold (the Europe card's country choices), which then costs no query per request
            zdict = self._dict(conn, kind, name, language)
            if zdict is None:
                return None
            row = conn.execute(
                "SELECT body FROM responses WHERE kind = ? AND name = ? AND lang = ? AND key = ?",
                (kind, name, language, key),
            ).fetchone()
            if row is None:
                return None
        except sqlite3.Error:
            return None
        try:
            return json.loads(decode(row[0], zdict))
        except (zlib.error, ValueError) as e:  # a damaged entry: answer live, say so once
            self._warn(f"{kind}/{name}", f"stored response of {kind} {name} unreadable ({e}); building it live")
            return None

    def _dict(self, conn: sqlite3.Connection, kind: str, name: str, language: str) -> bytes | None:
        ident = (self._local.ident, kind, name, language)
        if ident not in self._dicts:
            row = conn.execute(
                "SELECT zdict FROM dicts WHERE kind = ? AND name = ? AND lang = ?", (kind, name, language)
            ).fetchone()
            self._dicts[ident] = row[0] if row else None
        return self._dicts[ident]


_READER = _Reader()


def lookup(kind: str, name: str, state: dict, reads: Sequence[str], language: str):
    """The stored response of a callback for a validated state, or None (then build it live)."""
    return _READER.get(kind, name, key_of(state, reads), language)


# ------------------------------------------------------------------ building
def stored_name(kind: str, page: str, name: str) -> str:
    """A callback's name in the store: a card's own (unique in the registry), a panel's element id
    ("{page}-{panel}": pages may each have a panel of one name, such as "tiles")."""
    return name if kind == CARD else f"{page}-{name}"


def _jobs() -> list[tuple[str, str, str]]:
    """(kind, page, name) of every card and strict panel. One that reads no filter has no callback,
    and its one state is stored for the page layouts, which take cards and panels from here
    (chart_card._layout_parts): /dodsfall's national card took 0.25 s to build in a new worker."""
    from dashboard.cards import registry

    out = []
    for spec in registry.PAGES.values():
        out += [(CARD, spec.name, c.name) for c in spec.cards]
        out += [(PANEL, spec.name, p.name) for p in spec.panels if p.strict]
    names = [(kind, stored_name(kind, page, name)) for kind, page, name in out]
    if len(set(names)) != len(names):
        raise ValueError(f"two callbacks share a name in the store: {sorted(names)}")
    return out


def _callback(kind: str, page: str, name: str) -> tuple[Sequence[str], Callable[[dict], object]]:
    """What a callback reads and the function that makes its response (chart_card's own)."""
    from dashboard.cards import registry
    from dashboard.components import chart_card

    spec = registry.PAGES[page]
    if kind == CARD:
        c = spec.card(name)
        return c.reads, lambda state: chart_card.card_outputs(spec, c, state)
    p = next(p for p in spec.panels if p.name == name)
    return p.reads, lambda state: chart_card.panel_output(p, state)


def response_json(value) -> bytes:
    """A response as the app sends it (Dash's own JSON encoder)."""
    from dash._utils import to_json

    return to_json(value).encode()


def encode(text: bytes, zdict: bytes) -> bytes:
    """Compressed against a dictionary: the response of one state of the same callback, which
    shares most of its text with every other (layout, template, labels), so a stored response is
    about 0.1-0.3 kB where zlib alone makes 1.5-3 kB of it."""
    z = zlib.compressobj(6, zdict=zdict)
    return z.compress(text) + z.flush()


def decode(body: bytes, zdict: bytes) -> str:
    z = zlib.decompressobj(zdict=zdict)
    return (z.decompress(body) + z.flush()).decode()


def _compute(task: tuple) -> list[tuple]:
    """The rows of one slice of work: (kind, name, lang, key, body)."""
    from dashboard.cards import registry
    from dashboard.i18n.language import use_lang

    kind, page, name, language, zdict, chunk = task
    reads, make = _callback(kind, page, name)
    where = (kind, stored_name(kind, page, name), language)
    rows = []
    with use_lang(language):
        for state in chunk:
            rows.append((*where, key_of(state, reads), encode(response_json(make(state)), zdict)))
    registry.clear_cache()  # a worker process keeps no views it will not be asked for again
    return rows


def _tasks(names: set[str] | None, langs: Sequence[str], chunk: int, dicts: dict) -> Iterator[tuple]:
    """Slices of work; fills `dicts` with each callback's compression dictionary per language."""
    from dashboard.cards import registry
    from dashboard.i18n.language import use_lang

    for kind, page, name in _jobs():
        if names is not None and stored_name(kind, page, name) not in names:
            continue
        reads, make = _callback(kind, page, name)
        spec = registry.PAGES[page]
        all_states = states(spec, reads)
        if all_states is None:
            log.info("%s %s: too many states to enumerate; built live", kind, name)
            continue
        for language in langs:
            with use_lang(language):
                zdict = dicts[kind, stored_name(kind, page, name), language] = response_json(make(spec.defaults()))
            for i in range(0, len(all_states), chunk):
                yield kind, page, name, language, zdict, all_states[i : i + chunk]


def build(
    path: Path | None = None,
    *,
    names: Sequence[str] | None = None,
    langs: Sequence[str] | None = None,
    processes: int | None = None,
    chunk: int = 200,
) -> dict:
    """Compute every enumerable response and write the store at `path` (atomically). `names`
    limits it to some cards/panels (panels as "{page}-{panel}"); `langs` to some languages."""
    import dashboard.app  # noqa: F401  (registers every page)
    from dashboard.i18n.language import LANGS

    path = Path(path or store_path() or DEFAULT_PATH)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    started = time.monotonic()
    made_from = fingerprint()  # of the code and data loaded now, which the workers fork with
    dicts: dict[tuple, bytes] = {}
    tasks = list(_tasks(set(names) if names is not None else None, langs or LANGS, chunk, dicts))
    conn = sqlite3.connect(tmp)
    conn.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE dicts (kind TEXT, name TEXT, lang TEXT, zdict BLOB NOT NULL, PRIMARY KEY (kind, name, lang));"
        "CREATE TABLE responses (kind TEXT, name TEXT, lang TEXT, key TEXT, body BLOB NOT NULL,"
        " PRIMARY KEY (kind, name, lang, key)) WITHOUT ROWID;"
    )
    count = 0
    processes = processes or os.cpu_count() or 1
    if processes > 1 and len(tasks) > 1:
        import multiprocessing

        # fork: the workers start with the app already imported (its data loaded and checked)
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            for rows in pool.imap_unordered(_compute, tasks):
                conn.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?)", rows)
                count += len(rows)
    else:
        for task in tasks:
            rows = _compute(task)
            conn.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?)", rows)
            count += len(rows)
    conn.executemany("INSERT INTO dicts VALUES (?, ?, ?, ?)", [(*k, v) for k, v in dicts.items()])
    conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (made_from,))
    conn.commit()
    conn.close()
    os.replace(tmp, path)
    return {"path": str(path), "responses": count, "seconds": round(time.monotonic() - started, 1)}


def verify(path: Path | None = None, per_callback: int = 5, seed: int = 0) -> dict:
    """Rebuild a random sample of the stored responses live (`per_callback` per callback and
    language) and compare them byte for byte: {"checked": n, "mismatches": [(kind, name, lang, key)]}."""
    import random

    import dashboard.app  # noqa: F401  (registers every page)
    from dashboard.cards import registry
    from dashboard.i18n.language import use_lang

    path = Path(path or store_path() or DEFAULT_PATH)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dicts = {tuple(r[:3]): r[3] for r in conn.execute("SELECT kind, name, lang, zdict FROM dicts")}
        keys: dict[tuple, list[str]] = {}
        for kind, name, language, key in conn.execute("SELECT kind, name, lang, key FROM responses"):
            keys.setdefault((kind, name, language), []).append(key)
        rng = random.Random(seed)
        jobs = {(kind, stored_name(kind, page, name)): (page, name) for kind, page, name in _jobs()}
        checked, mismatches = 0, []
        for (kind, name, language), found in sorted(keys.items()):
            page, own = jobs[kind, name]
            reads, make = _callback(kind, page, own)
            for key in rng.sample(found, min(per_callback, len(found))):
                body = conn.execute(
                    "SELECT body FROM responses WHERE kind = ? AND name = ? AND lang = ? AND key = ?",
                    (kind, name, language, key),
                ).fetchone()[0]
                state = registry.PAGES[page].validate(dict(json.loads(key)))
                with use_lang(language):
                    live = response_json(make(state)).decode()
                checked += 1
                if decode(body, dicts[kind, name, language]) != live:
                    mismatches.append((kind, name, language, key))
    finally:
        conn.close()
    return {"checked": checked, "mismatches": mismatches}


def is_current(path: Path | None = None) -> bool:
    """Whether the store at `path` exists and was built from this code and data."""
    path = Path(path or store_path() or DEFAULT_PATH)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == fingerprint()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.precomputed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", type=Path, default=None, help=f"the store (default: ${ENV} or {DEFAULT_PATH})")
    parser.add_argument("--if-stale", action="store_true", help="do nothing if the store is current")
    parser.add_argument("--processes", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--only", nargs="+", default=None, metavar="NAME", help="these cards/panels ({page}-{panel})")
    parser.add_argument(
        "--verify", type=int, metavar="N", help="compare N stored responses per callback with live ones"
    )
    args = parser.parse_args(argv)
    if args.verify:
        result = verify(args.path, args.verify)
        for m in result["mismatches"]:
            print("differs from live:", *m)
        print(f"{result['checked']} stored responses compared, {len(result['mismatches'])} differ")
        return 1 if result["mismatches"] else 0
    if args.if_stale and is_current(args.path):
        print(f"{args.path or store_path() or DEFAULT_PATH}: current")
        return 0
    result = build(args.path, names=args.only, processes=args.processes)
    print(f"{result['path']}: {result['responses']} responses in {result['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
