"""Next-edition drill: next year's report must be a data drop, with no code change.

The drill copies data/raw/ into a tmp folder, appends a FABRICATED next edition to the copy
(tests/drill/fabricate.py: one more survey year N, deaths year D, wastewater season W/S, all
derived from the copied files), rebuilds the tidy tables in-process with
dashboard.data.build.main (over a copy of the shipped data/tidy, so the edition report lists
what the drop adds), serves the app on them with real gunicorn, and asks every chart page
for its layout over HTTP the way the browser does (Dash's page-routing callback, then the
table callback of one card per page). Every check is printed; a failing check names the page,
the component and the text it saw, so an edition-tied literal in the app can be found.

Cards whose sources the drill does not extend keep their old years on purpose and are exempt
from the "names the new year" checks (EXEMPT below).

Nothing shipped changes: the drill writes only into tmp folders, and the last test compares
checksums of data/raw/ and data/tidy/ with those taken before the drill started.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import re
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from dashboard.data import build
from dashboard.data.contract import SEASONS
from dashboard.data.sources import wastewater as ww_src
from tests.drill.fabricate import Drop, fabricate
from tests.gunicorn_server import gunicorn

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = (ROOT / "data" / "raw", ROOT / "data" / "tidy")
SURVEY_STIMULANTS = ("cocaine", "mdma", "amphetamines")
# Cards whose sources the drill does not extend, so their years stay as they are.
EXEMPT = {
    "cannabis-debut": "debut widget has no year column (the builder sets the year)",
    "cannabis-frequency": "frequency widget has no year column (the builder sets the year)",
    "deaths-autopsy": "autopsy shares are report text figures the drill does not add",
    "ww-levo": "levo-amphetamine shares are not extended",
    "ww-europe": "EUDA Europe data are not extended",
    "pwid-estimate": "no new PWID estimate is fabricated",
    "pwid-deaths": "PWID estimate and deaths are shown only for years both exist",
}
NUMBER_WORDS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10}
SEASON_WORDS = tuple(w.lower() for w in ww_src.SEASON_CODES)  # vår, høst
YEAR = r"(?:19|20)\d\d"
# A chain of years joined as a span or a list ("2013–2025", "2024 og 2025", "2024 mot 2025",
# "vår 2024 – høst 2025", "2024/2025/2026"); each year may carry a season word.
_ONE = rf"(?:(?:{'|'.join(SEASON_WORDS)})\s+)?{YEAR}"
CHAIN = re.compile(rf"(?<![\d\w]){_ONE}(?:\s*(?:–|-|/|\bog\b|\bmot\b)\s*{_ONE})+(?![\d\w])", re.IGNORECASE)
ONE = re.compile(rf"(?:({'|'.join(SEASON_WORDS)})\s+)?({YEAR})", re.IGNORECASE)


# =========================================================================== build
@dataclass
class Edition:
    drop: Drop
    raw: Path
    tidy: Path
    report: str
    digests: dict[str, str]
    shipped_tidy: Path = SHIPPED[1]


def digest(folders=SHIPPED) -> dict[str, str]:
    out = {}
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                out[str(p.relative_to(ROOT))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Edition:
    before = digest()
    base = tmp_path_factory.mktemp("drill")
    raw, tidy = base / "raw", base / "tidy"
    shutil.copytree(SHIPPED[0], raw)
    drop = fabricate(raw)
    shutil.copytree(SHIPPED[1], tidy)  # the report then lists what the drop adds to the shipped tables
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = build.main(["--raw", str(raw), "--out", str(tidy)])
    report = out.getvalue()
    print(
        f"\n[drill] fabricated next edition in {raw}:\n"
        f"  survey year {drop.survey_year} (after {drop.survey_previous}); deaths year {drop.deaths_year} "
        f"(after {drop.deaths_previous}; national total {drop.deaths_total} against {drop.deaths_previous_total}); "
        f"wastewater season {drop.ww_label} (after {_ww_label(*drop.ww_previous)}), sampling weeks for "
        f"{len(drop.ww_sites)} plants\n  rows appended: " + ", ".join(f"{f}: {n}" for f, n in drop.added.items())
    )
    print("[drill] build.main stdout:\n" + report)
    assert code == 0, f"build failed:\n{report}"
    return Edition(drop, raw, tidy, report, before)


def _ww_label(year: int, season: str) -> str:
    return f"{ {c: w for w, c in ww_src.SEASON_CODES.items()}[season] } {year}"


# =========================================================================== checks
@dataclass
class Checks:
    title: str
    rows: list[tuple[bool, str, object]] = field(default_factory=list)

    def check(self, ok: bool, what: str, seen: object = "") -> bool:
        """Record one check; `seen` is what the page showed (a list is printed one item a line)."""
        self.rows.append((bool(ok), what, seen))
        return bool(ok)

    @staticmethod
    def _line(ok: bool, what: str, seen: object) -> str:
        line = f"  {'ok  ' if ok else 'FAIL'}  {what}"
        if isinstance(seen, list) and seen and not ok:
            return line + "".join(f"\n          - {_short(x, 400)}" for x in seen)
        return line + (f"  [{_short(seen)}]" if seen not in ("", None) else "")

    def finish(self) -> None:
        print(f"\n[drill] {self.title}")
        for row in self.rows:
            print(self._line(*row))
        failed = [self._line(*row) for row in self.rows if not row[0]]
        assert not failed, f"{self.title}: {len(failed)} of {len(self.rows)} checks failed:\n" + "\n".join(failed)


def _short(value, limit: int = 220) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


def plain(text: str) -> str:
    """Digits without the Norwegian thousands space ("2 026" -> "2026")."""
    return re.sub(r"(?<=\d)[\u00a0\u202f](?=\d{3}(?!\d))", "", text)


def years_in(text: str) -> list[int]:
    return [int(y) for y in re.findall(rf"(?<!\d){YEAR}(?!\d)", plain(text))]


def chains(text: str) -> list[tuple[str, str, list[tuple[str | None, int]]]]:
    """Every span or list of years in `text`: (matched text, its context, [(season word or None, year), ...])."""
    out = []
    flat = plain(text)
    for m in CHAIN.finditer(flat):
        parts = [((s or "").lower() or None, int(y)) for s, y in ONE.findall(m.group(0))]
        context = flat[max(0, m.start() - 70) : m.end() + 40]
        out.append((m.group(0), context, parts))
    return out


def stale_spans(texts, *, first: int, newest: tuple[int, str | None], ends: frozenset = frozenset()) -> list[str]:
    """Spans and lists of data years that run from within the data (start >= `first`) to an
    earlier end than the newest period: text that still names the old edition's range. `ends`
    are earlier end years the data themselves justify (e.g. the last year taken from an older
    publication), so a span ending there is history, not a stale edition."""
    season_of = {w.lower(): c for w, c in ww_src.SEASON_CODES.items()}
    new_year, new_season = newest
    found = []
    for where, text in texts:
        for matched, context, parts in chains(text):
            start = min(y for _, y in parts)
            season, end = max(parts, key=lambda p: (p[1], -1 if p[0] is None else SEASON_WORDS.index(p[0])))
            if start < first:
                continue
            if new_season is not None and season is not None:
                stale = (end, SEASONS.index(season_of[season])) < (new_year, SEASONS.index(new_season))
            else:
                stale = end < new_year
            if stale and end not in ends:
                found.append(f"{where}: '{matched}' in '…{_short(context)}…'")
    return list(dict.fromkeys(found))


# =========================================================================== layout JSON
def walk(node):
    """Every Dash component (dict with type and props) in a layout, depth first."""
    if isinstance(node, dict):
        if "type" in node and "props" in node:
            yield node
            for value in node["props"].values():
                yield from walk(value)
        else:
            for value in node.values():
                yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def text(node, skip=lambda _n: False) -> str:
    """The visible text of a component tree (children only), space-joined."""
    if node is None or isinstance(node, bool):
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, list):
        return " ".join(t for t in (text(x, skip) for x in node) if t)
    if isinstance(node, dict) and "props" in node:
        return "" if skip(node) else text(node["props"].get("children"), skip)
    return ""


def values(arr) -> list:
    """A plotly array as a list: plain JSON list or plotly's typed array {dtype, bdata}."""
    if arr is None:
        return []
    if isinstance(arr, dict) and "bdata" in arr:
        return np.frombuffer(base64.b64decode(arr["bdata"]), dtype=np.dtype(arr["dtype"])).tolist()
    return list(arr)


def table_rows(node) -> list[list[str]]:
    """The rows (header row included) of the tables in a tree: Dash Tr components, and the text
    table a card's table view sends as one TextTable component (dashboard/components/table.py)."""
    rows = [[text(c) for c in (tr["props"].get("children") or [])] for tr in walk(node) if tr["type"] == "Tr"]
    for table in walk(node):
        if table["type"] == "TextTable":
            rows += [list(table["props"].get("header") or [])] + [list(r) for r in table["props"].get("rows") or []]
    return rows


class Layout:
    def __init__(self, tree):
        self.tree = tree
        self.nodes = list(walk(tree))

    def get(self, id_):
        return next((n for n in self.nodes if n["props"].get("id") == id_), None)

    def cards(self) -> list[str]:
        return [
            n["props"]["id"]["card"]
            for n in self.nodes
            if isinstance(n["props"].get("id"), dict) and n["props"]["id"].get("type") == "cc-title"
        ]

    def part(self, kind: str, card: str):
        return self.get({"type": kind, "card": card})

    def title(self, card: str) -> str:
        return text(self.part("cc-title", card))

    def figure(self, card: str) -> dict:
        graph = self.part("cc-graph", card)
        return graph["props"].get("figure") or {} if graph else {}

    def meta(self, card: str) -> dict:
        store = self.part("cc-meta", card)
        return store["props"].get("data") or {} if store else {}

    def texts(self, skip_cards=()) -> list[tuple[str, str]]:
        """(where, text) of everything a reader sees, "about" boxes left out: page text, filter
        option labels, card titles and notes, and each figure's title, subtitle, notes and legend."""
        skip_ids = {f"card-{c}" for c in skip_cards}

        def skip(n):
            id_ = n["props"].get("id")
            return n["type"] == "Details" or (isinstance(id_, str) and id_ in skip_ids)

        out = [("page", text(self.tree, skip))]
        for n in self.nodes:
            for o in n["props"].get("options") or []:
                if isinstance(o, dict) and isinstance(o.get("label"), str):
                    out.append((f"option of {n['props'].get('id')}", o["label"]))
        for card in self.cards():
            if card in skip_cards:
                continue
            fig = self.figure(card)
            lay = fig.get("layout", {})
            title = lay.get("title") or {}
            out.append((f"{card} figure title", title.get("text") or ""))
            out.append((f"{card} figure subtitle", (title.get("subtitle") or {}).get("text") or ""))
            out += [(f"{card} figure note", a.get("text") or "") for a in lay.get("annotations") or []]
            out += [(f"{card} legend", tr.get("name") or "") for tr in fig.get("data") or []]
        return [(w, t) for w, t in out if t]


# =========================================================================== server and HTTP
@dataclass
class Server:
    url: str
    log: list[str]
    deps: list[dict] = field(default_factory=list)

    def get(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=60) as r:
            return json.load(r)

    def post(self, body: dict) -> dict:
        req = urllib.request.Request(
            self.url + "/_dash-update-component",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.load(r)
        except urllib.error.HTTPError as exc:
            raise AssertionError(
                f"callback {body.get('output')} answered {exc.code}: "
                f"{exc.read()[:500]!r}\nserver log:\n{''.join(self.log[-30:])}"
            ) from None

    def callback(self, output_part: str) -> dict:
        found = [d for d in self.deps if output_part in d["output"]]
        assert len(found) == 1, f"{len(found)} callbacks output {output_part} in /_dash-dependencies"
        return found[0]

    def page(self, path: str, search: str = "") -> Layout:
        """The page layout as the browser gets it: Dash's page-routing callback (the one whose
        output includes _pages_content.children), fed the location as the browser's
        dcc.Location would (pathname, search; other routing inputs empty)."""
        dep = self.callback("_pages_content.children")
        values_ = {"pathname": path, "search": search}
        inputs = [
            dict(i, value=values_.get(i["property"]) if i["id"] == "_pages_location" else None) for i in dep["inputs"]
        ]
        body = {
            "output": dep["output"],
            "outputs": _outputs(dep["output"]),
            "inputs": inputs,
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        }
        res = self.post(body)
        return Layout(res["response"]["_pages_content"]["children"])

    def table(self, card: str, meta: dict) -> list[list[str]]:
        """A card's table view: the pattern-matching table callback, as when its tab opens (the
        browser's ask on its refresh store; the card's state in the meta store)."""
        dep = next(d for d in self.deps if d["output"] == '{"card":["MATCH"],"type":"cc-table"}.children')

        def concrete(pattern: str) -> dict:
            id_ = json.loads(pattern)
            return {k: (card if v == ["MATCH"] else v) for k, v in id_.items()}

        def item(dependency: dict) -> dict:
            id_ = concrete(dependency["id"])
            return {
                "id": id_,
                "property": dependency["property"],
                "value": meta if id_["type"] == "cc-meta" else {"n": 1},
            }

        inputs = [item(i) for i in dep["inputs"]]
        out_pattern, out_prop = dep["output"].rsplit(".", 1)
        out_id = concrete(out_pattern)
        body = {
            "output": dep["output"],
            "outputs": {"id": out_id, "property": out_prop},
            "inputs": inputs,
            "changedPropIds": [_id_text(inputs[0]["id"]) + "." + inputs[0]["property"]],
            "state": [item(i) for i in dep["state"]],
        }
        res = self.post(body)
        return table_rows(res["response"][_id_text(out_id)][out_prop])


def _id_text(id_) -> str:
    return json.dumps(id_, sort_keys=True, separators=(",", ":")) if isinstance(id_, dict) else id_


def _outputs(output: str) -> list[dict] | dict:
    """'..a.children...b.data..' (several outputs) or 'a.children' (one) as Dash's request lists them."""
    if output.startswith(".."):
        parts = output[2:-2].split("...")
        return [dict(zip(("id", "property"), p.rsplit(".", 1), strict=True)) for p in parts]
    id_, prop = output.rsplit(".", 1)
    return {"id": id_, "property": prop}


@pytest.fixture(scope="module")
def server(edition):
    log: list[str] = []
    with gunicorn(log, workers=1, DASHBOARD_DATA_DIR=str(edition.tidy)) as url:
        srv = Server(url, log)
        srv.deps = srv.get("/_dash-dependencies")
        yield srv
    errors = [line for line in log if "Traceback" in line or "Exception on" in line]
    assert not errors, "server errors during the drill:\n" + "".join(log)


# =========================================================================== shared page checks
def survey_years(tidy: Path) -> list[int]:
    return sorted(pd.read_csv(tidy / "survey_prevalence.csv")["year"].unique().tolist())


def check_named_years(c: Checks, page: Layout, new: int, *, what: str) -> None:
    """Card titles and file names that name a year must name the new one (exempt cards aside)."""
    for card in page.cards():
        if card in EXEMPT:
            c.check(True, f"{card}: not extended by the drill ({EXEMPT[card]}), title left as is", page.title(card))
            continue
        title = page.title(card)
        if years_in(title):
            c.check(new in years_in(title), f"{card}: title names the latest {what} {new}", title)
        name = page.meta(card).get("filename", "")
        if re.search(YEAR, name):
            c.check(str(new) in name, f"{card}: file name carries {new}", name)


def check_trace_years(c: Checks, page: Layout, card: str, new: int) -> None:
    xs = {
        int(x)
        for tr in page.figure(card).get("data", [])
        for x in values(tr.get("x"))
        if isinstance(x, (int, float)) and not isinstance(x, bool)
    }
    c.check(new in xs, f"{card}: figure draws {new}", sorted(xs)[-4:])


def check_table_has(c: Checks, srv: Server, page: Layout, card: str, needle: str, column: int = 0) -> list:
    rows = srv.table(card, page.meta(card))
    body = [r for r in rows[1:] if len(r) > column]
    hit = [r for r in body if plain(r[column]) == needle]
    c.check(
        bool(hit),
        f"{card}: table view (table callback) has a row for {needle}",
        hit[0] if hit else [r[column] for r in body][-5:],
    )
    return hit


def check_survey_page(srv: Server, ed: Edition, path: str, name: str, trend_card: str) -> tuple[Checks, Layout]:
    n, prev = ed.drop.survey_year, ed.drop.survey_previous
    c = Checks(f"{path} (survey year {n})")
    page = srv.page(path)
    tiles = text(page.get(f"{name}-tiles"))
    c.check(n in years_in(tiles), f"tiles heading names {n}", tiles[:80])
    slider = page.get(f"{name}-years")["props"]
    c.check(
        slider.get("value", [None])[-1] == n and slider.get("max") == n,
        f"year range slider ends at {n}",
        {k: slider.get(k) for k in ("min", "max", "value")},
    )
    snap = page.get(f"{name}-year")["props"]
    c.check(snap.get("value") == n, f"snapshot-year dropdown defaults to {n}", snap.get("value"))
    check_named_years(c, page, n, what="survey year")
    check_trace_years(c, page, trend_card, n)
    check_table_has(c, srv, page, trend_card, str(n))
    stale = stale_spans(page.texts(EXEMPT), first=survey_years(ed.tidy)[0], newest=(n, None))
    c.check(not stale, f"no text states a survey span that ends before {n} (e.g. '…–{prev}')", stale)
    return c, page


# =========================================================================== tests
def test_build_reports_the_new_rows(edition):
    d, rep = edition.drop, edition.report
    c = Checks("build: edition report and tidy tables")

    def added(table: str) -> int | None:
        m = re.search(rf"^{re.escape(table)}: (\d+) added, (\d+) removed, (\d+) changed$", rep, re.M)
        return int(m.group(1)) if m and m.group(2) == "0" and m.group(3) == "0" else None

    tidy = {
        n: pd.read_csv(edition.tidy / f"{n}.csv")
        for n in (
            "survey_prevalence",
            "deaths_national",
            "deaths_by_county",
            "wastewater_week_means",
            "wastewater_daily",
            "wastewater_sampling",
        )
    }
    new_rows = {
        "survey_prevalence": (tidy["survey_prevalence"]["year"] == d.survey_year).sum(),
        "deaths_national": (tidy["deaths_national"]["year"] == d.deaths_year).sum(),
        "deaths_by_county": (tidy["deaths_by_county"]["year"] == d.deaths_year).sum(),
        "wastewater_week_means": (
            (tidy["wastewater_week_means"]["year"] == d.ww_year)
            & (tidy["wastewater_week_means"]["season"] == d.ww_season)
        ).sum(),
        "wastewater_daily": (
            (tidy["wastewater_daily"]["year"] == d.ww_year) & (tidy["wastewater_daily"]["season"] == d.ww_season)
        ).sum(),
        "wastewater_sampling": (
            (tidy["wastewater_sampling"]["year"] == d.ww_year) & (tidy["wastewater_sampling"]["season"] == d.ww_season)
        ).sum(),
    }
    for table, count in new_rows.items():
        line = next((x for x in rep.splitlines() if x.startswith(f"{table}.csv:")), "(no line)")
        c.check(
            count > 0 and added(f"{table}.csv") == count,
            f"report lists the {count} new rows of {table} (added only, nothing removed or changed)",
            line,
        )
    c.check("Revised values of earlier years" not in rep, "report shows no revised earlier values (the drop only adds)")

    prev = pd.read_csv(edition.shipped_tidy / "survey_prevalence.csv")
    new = tidy["survey_prevalence"]
    keys = ["substance", "period", "sex", "age_group"]
    old_keys = set(map(tuple, prev[prev["year"] == d.survey_previous][keys].to_numpy()))
    new_keys = set(map(tuple, new[new["year"] == d.survey_year][keys].to_numpy()))
    for sub in ("cannabis", *SURVEY_STIMULANTS):
        missing = sorted(k for k in old_keys - new_keys if k[0] == sub)
        c.check(
            not missing and any(k[0] == sub for k in new_keys),
            f"survey_prevalence has {d.survey_year} for every {sub} series {d.survey_previous} has",
            missing,
        )
    missing = sorted({k[0] for k in old_keys} - {k[0] for k in new_keys})
    c.check(
        not missing,
        f"every substance of {d.survey_previous} has {d.survey_year} rows (figure 1 carries "
        f"pt_year {d.survey_year} for its bars)",
        f"missing: {missing}",
    )
    total = tidy["deaths_national"].set_index("year")["deaths"].get(d.deaths_year)
    c.check(total == d.deaths_total, f"deaths_national {d.deaths_year} = {d.deaths_total}", total)
    c.finish()


def test_cannabis_page(server, edition):
    c, page = check_survey_page(server, edition, "/cannabis", "cannabis", "cannabis-trend")
    n = edition.drop.survey_year
    c.check(f"–{n}" in page.title("cannabis-trend"), f"cannabis-trend title ends '–{n}'", page.title("cannabis-trend"))
    c.check(
        f"i {n}" in page.title("cannabis-snapshot"),
        f"cannabis-snapshot title says 'i {n}'",
        page.title("cannabis-snapshot"),
    )
    c.finish()


def test_stimulants_page(server, edition):
    c, page = check_survey_page(server, edition, "/sentralstimulerende", "stimulants", "stimulants-trend")
    d = edition.drop
    title = page.title("stimulants-other")
    c.check(str(d.survey_year) in title, f"stimulants-other title names {d.survey_year}", title)
    prev = pd.read_csv(edition.shipped_tidy / "survey_prevalence.csv")
    overview = prev[
        (prev["year"] == d.survey_previous)
        & (prev["period"] == "lifetime")
        & (prev["sex"] == "all")
        & (prev["age_group"] == "16-64")
    ]
    sub = ((page.figure("stimulants-other").get("layout", {}).get("title") or {}).get("subtitle") or {}).get("text", "")
    c.check(
        set(years_in(sub)) <= {d.survey_year},
        f"stimulants-other subtitle names no survey year but {d.survey_year}",
        sub,
    )
    shown = [x for tr in page.figure("stimulants-other").get("data", []) for x in values(tr.get("x"))]
    c.check(
        len(shown) >= len(overview),
        f"stimulants-other overview of {d.survey_year} shows every substance the {d.survey_previous} overview "
        f"showed ({len(overview)})",
        f"shows {shown}",
    )
    c.finish()


def test_deaths_page(server, edition):
    d = edition.drop
    n = d.deaths_year
    c = Checks(f"/dodsfall (deaths year {n})")
    page = server.page("/dodsfall")
    tiles = plain(text(page.get("deaths-tiles")))
    c.check(
        n in years_in(tiles) and str(d.deaths_total) in tiles,
        f"key-figure tiles name {n} and its total {d.deaths_total}",
        tiles[:160],
    )
    radio = page.get("deaths-year")["props"]
    c.check(
        radio.get("value") == n and n in [o["value"] for o in radio.get("options", [])],
        f"map year radio defaults to {n}",
        radio.get("value"),
    )
    county_table = text(page.get("deaths-county-table"))
    c.check(str(n) in county_table, f"county table is for {n}", county_table[:60])
    check_named_years(c, page, n, what="deaths year")
    sub = ((page.figure("deaths-national").get("layout", {}).get("title") or {}).get("subtitle") or {}).get("text", "")
    c.check(f"–{n}" in sub, f"deaths-national subtitle runs to {n}", sub)
    check_trace_years(c, page, "deaths-national", n)
    hit = check_table_has(c, server, page, "deaths-national", str(n))
    c.check(
        bool(hit) and plain(hit[0][1]) == str(d.deaths_total),
        f"deaths-national table: {n} has {d.deaths_total} deaths",
        hit[0] if hit else "",
    )
    national = pd.read_csv(edition.tidy / "deaths_national.csv")
    first = int(national["year"].min())
    # The page names the years whose totals come from older publications; that list ends at the
    # last such year in the data, whatever the edition.
    older = frozenset({int(national.loc[~national["from_latest_report"], "year"].max())})
    stale = stale_spans(page.texts(EXEMPT), first=first, newest=(n, None), ends=older)
    c.check(not stale, f"no text states a deaths span that ends before {n}", stale)
    c.finish()


def test_injection_page(server, edition):
    d = edition.drop
    c = Checks("/injisering (no new PWID estimate fabricated)")
    page = server.page("/injisering")
    pwid_last = int(pd.read_csv(edition.tidy / "pwid_estimates.csv")["year"].max())
    both = min(pwid_last, d.deaths_year)
    c.check(bool(page.cards()), "page renders its cards on the drill's tables", page.cards())
    title = page.title("pwid-deaths")
    c.check(
        years_in(title)[-1:] == [both],
        f"pwid-deaths ends at the last year both series have ({both}; deaths now run to {d.deaths_year})",
        title,
    )
    check_table_has(c, server, page, "pwid-deaths", str(both))
    c.finish()


def test_wastewater_page(server, edition):
    d = edition.drop
    w, label = d.ww_year, d.ww_label
    c = Checks(f"/avlopsvann (new season {label})")
    page = server.page("/avlopsvann")
    years = page.get("ww-years")["props"]
    c.check(
        w in [o["value"] for o in years["options"]] and w in years["value"],
        f"years checklist offers and ticks {w}",
        years["value"],
    )
    cmp_ = page.get("ww-cmp")["props"]
    c.check(cmp_.get("value") == str(w), f"comparison radio (ww-cmp) defaults to '{w}'", cmp_.get("value"))
    check_named_years(c, page, w, what="sampling year")
    pooled = [o["label"] for o in cmp_["options"] if o["value"] == "pooled"]
    named = years_in(pooled[0]) if pooled else []
    c.check(not named or max(named) == w, f"'pooled' option names no year range that stops before {w}", pooled)

    cities = page.get("ww-cities")["props"]
    city_label = {o["value"]: o["label"] for o in cities["options"]}
    chosen = cities["value"]
    means = page.figure("ww-week-means").get("data", [])
    with_new = [tr.get("name") for tr in means if label in values(tr.get("x"))]
    c.check(len(with_new) == len(chosen) == len(means), f"ww-week-means: every city's bars include '{label}'", with_new)
    daily = [tr for tr in page.figure("ww-daily").get("data", []) if tr.get("name") == label]
    drawn = [tr for tr in daily if any(v is not None and not np.isnan(v) for v in values(tr.get("y")))]
    c.check(len(drawn) == len(chosen), f"ww-daily: a '{label}' line in each city panel", len(drawn))
    boxes = [tr.get("name", "") for tr in page.figure("ww-compare-time").get("data", [])]
    c.check(
        all(f"{city_label[x]}<br>{label}" in boxes for x in chosen),
        f"ww-compare-time: a '{label}' group for each city",
        [b for b in boxes if label in b],
    )
    check_table_has(c, server, page, "ww-week-means", label, column=1)

    # The comparison over time: Kruskal-Wallis over the periods (one group more than before) and
    # over the years, recomputed here from the built table with scipy, against the card's table.
    substance = page.get("ww-substance")["props"]["value"]
    built = pd.read_csv(edition.tidy / "wastewater_daily.csv")
    shipped = pd.read_csv(edition.shipped_tidy / "wastewater_daily.csv")
    periods = sorted(
        {(int(y), s) for y, s in zip(built["year"], built["season"], strict=True)},
        key=lambda p: (p[0], SEASONS.index(p[1])),
    )
    before = {(int(y), s) for y, s in zip(shipped["year"], shipped["season"], strict=True)}
    c.check(
        len(periods) == len(before) + 1 and periods[-1] == (w, d.ww_season),
        f"{len(periods)} sampling periods, one more than the shipped {len(before)}, the last {label}",
    )
    rows = table_rows(page.get("ww-time-table"))
    body = rows[1:]
    kw = [r for r in body if "kruskal" in r[2].lower()]
    for city in chosen:
        sel = built[(built["substance"] == substance) & (built["city"] == city)].dropna(subset=["load"])
        by_period = [sel[(sel["year"] == y) & (sel["season"] == s)]["load"].to_numpy() for y, s in periods]
        by_year = [sel[sel["year"] == y]["load"].to_numpy() for y in sorted({y for y, _ in periods})]
        expect = sorted(round(float(stats.kruskal(*g).statistic), 2) for g in (by_period, by_year))
        seen = sorted(float(plain(r[4]).replace(",", ".")) for r in kw if r[1] == city_label[city])
        c.check(
            len(seen) == 2 and all(abs(a - b) < 0.0051 for a, b in zip(seen, expect, strict=True)),
            f"{city_label[city]}: Kruskal–Wallis H over {len(periods)} periods and over the years = scipy {expect}",
            seen,
        )
    names = [r[0] for r in body]
    stale = [x for x in dict.fromkeys(names) if years_in(x) and max(years_in(x)) < w]
    c.check(not stale, f"results table: no comparison named by years that stop before {w}", stale)
    counted = []
    note = text(page.part("cc-note", "ww-compare-time")) + " " + " ".join(names)
    for word, noun in re.findall(r"\b(\w+)\s+(?:prøve)?(perio\w*)", note.lower()):
        if word in NUMBER_WORDS or word.isdigit():
            counted.append((f"{word} {noun}", NUMBER_WORDS.get(word) or int(word)))
    wrong = sorted({t for t, k in counted if k != len(periods)})
    c.check(not wrong, f"ww-compare-time: where the text counts the periods it says {len(periods)}", wrong)

    sampling = next((tb for tb in page.nodes if tb["type"] == "Table" and label in (table_rows(tb) or [[]])[0]), None)
    srows = table_rows(sampling) if sampling else [[]]
    col = srows[0].index(label) if label in srows[0] else None
    weeks = [r[col] for r in srows[1:]] if col is not None else []
    c.check(
        len(weeks) == len(d.ww_sites) and all(re.search(r"\d", x) for x in weeks),
        f"sampling-dates table: a week for all {len(d.ww_sites)} plants in '{label}'",
        weeks,
    )

    first = int(shipped["year"].min())
    stale = stale_spans(page.texts(EXEMPT), first=first, newest=(w, d.ww_season))
    c.check(not stale, f"no text states a sampling span that ends before {label}", stale)
    c.finish()


def test_front_page(server, edition):
    d = edition.drop
    c = Checks("/ (front page)")
    page = server.page("/")
    season_word = d.ww_label.split(" ")[0].lower()
    ww_text = f"{season_word} {d.ww_year}"
    tile = lambda i: plain(text(page.get(i)))  # noqa: E731
    c.check(
        d.survey_year in years_in(tile("tile-cannabis")), f"cannabis tile is for {d.survey_year}", tile("tile-cannabis")
    )
    c.check(
        d.deaths_year in years_in(tile("tile-deaths")) and str(d.deaths_total) in tile("tile-deaths"),
        f"deaths tile is for {d.deaths_year} ({d.deaths_total})",
        tile("tile-deaths"),
    )
    c.check(ww_text in tile("tile-wastewater").lower(), f"wastewater tile is for {ww_text}", tile("tile-wastewater"))
    news = [plain(text(li)) for li in page.get("front-news")["props"]["children"]]
    dates = [plain(text(li)) for li in page.get("front-dates")["props"]["children"]]
    for what, needle in (("survey", str(d.survey_year)), ("deaths", str(d.deaths_year)), ("wastewater", ww_text)):
        c.check(any(needle in x.lower() for x in news), f"'what is new' names the new {what} period {needle}", news)
        c.check(any(needle in x.lower() for x in dates), f"'latest data' names the new {what} period {needle}", dates)
    line = next((x for x in news if str(d.deaths_year) in x and str(d.deaths_total) in x), "")
    went = "up" if d.deaths_total > d.deaths_previous_total else "down"
    wrong = {"up": "ned", "down": "opp"}[went]  # "down" / "up" in the news sentence
    c.check(
        bool(line) and not re.search(rf"\b{wrong}\b", line),
        f"deaths news line does not call the change from {d.deaths_previous_total} to {d.deaths_total} "
        f"'{wrong}' ({'down' if went == 'up' else 'up'})",
        line,
    )
    c.finish()


def test_shipped_data_unchanged(edition):
    after = digest()
    changed = sorted(k for k in set(edition.digests) | set(after) if edition.digests.get(k) != after.get(k))
    print(f"\n[drill] shipped data: {len(after)} files in data/raw and data/tidy, {len(changed)} changed")
    assert not changed, f"the drill must write only into tmp folders, but these changed: {changed}"
