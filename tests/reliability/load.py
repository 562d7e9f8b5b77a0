"""A small load client: threads, each with its own keep-alive session, sending a weighted mix of
real requests (pages, assets, callbacks) for a bounded time and count; every answer recorded."""

from __future__ import annotations

import random
import re
import statistics
import threading
import time
from dataclasses import dataclass, field

import requests

from tests.reliability.dash_client import DISPATCH, TABLE_OUTPUT, AppMap, routing_body, stringify

OK = (200, 204, 304)


@dataclass(frozen=True)
class Req:
    kind: str  # for the report: page, layout, asset, callback
    method: str
    path: str
    body: dict | None = None


@dataclass
class Result:
    kind: str
    start: float
    end: float
    status: int | None  # None: no answer (connection failed)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status in OK


def request_mix(app: AppMap, layouts: bool = True) -> list[tuple[Req, int]]:
    """(request, weight): every page (its HTML and, as a browser then asks, its layout), the
    scripts and styles its HTML names, and per page with filters a valid filter change, plus
    the table view of one card."""
    mix: list[tuple[Req, int]] = []
    for path in app.pages:
        mix.append((Req("page", "GET", path), 4))
        if layouts:
            mix.append((Req("layout", "POST", DISPATCH, routing_body(path)), 2))
        change = app.filter_change(path)
        if change is not None:
            mix.append((Req("callback", "POST", DISPATCH, change), 5))
    html = requests.get(app.url + "/", timeout=30).text
    for src in re.findall(r'(?:src|href)="(/(?:assets|_dash-component-suites)/[^"]+)"', html):
        mix.append((Req("asset", "GET", src), 1))
    table = next(c for c in app.server_callbacks() if c.output == TABLE_OUTPUT)
    body = app.valid_body(table)
    body["inputs"][0]["value"] = "table"
    body["changedPropIds"] = [stringify(body["inputs"][0]["id"]) + ".data"]
    mix.append((Req("callback", "POST", DISPATCH, body), 3))
    return mix


@dataclass
class Load:
    url: str
    mix: list[tuple[Req, int]]
    threads: int = 30
    seconds: float = 12.0
    max_requests: int = 100_000
    results: list[Result] = field(default_factory=list)
    in_flight: int = 0

    def __post_init__(self):
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._workers: list[threading.Thread] = []

    def start(self) -> Load:
        self.started = time.monotonic()
        self.deadline = self.started + self.seconds
        for i in range(self.threads):
            t = threading.Thread(target=self._run, args=(random.Random(i),), daemon=True)
            t.start()
            self._workers.append(t)
        return self

    def join(self) -> Load:
        for t in self._workers:
            t.join(timeout=self.seconds + 90)
        assert not any(t.is_alive() for t in self._workers), "load threads did not finish"
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self, rng: random.Random) -> None:
        session = requests.Session()
        reqs, weights = zip(*self.mix, strict=True)
        while not self._stop.is_set() and time.monotonic() < self.deadline and len(self.results) < self.max_requests:
            req = rng.choices(reqs, weights)[0]
            with self._lock:
                self.in_flight += 1
            start = time.monotonic()
            try:
                r = session.request(req.method, self.url + req.path, json=req.body, timeout=60)
                result = Result(req.kind, start, time.monotonic(), r.status_code)
            except requests.RequestException as e:
                result = Result(req.kind, start, time.monotonic(), None, type(e).__name__)
            with self._lock:
                self.in_flight -= 1
                self.results.append(result)
        session.close()

    def report(self, title: str) -> str:
        lat = sorted((r.end - r.start) * 1000 for r in self.results)
        q = statistics.quantiles(lat, n=100, method="inclusive")
        span = max(r.end for r in self.results) - self.started
        kinds: dict[str, list[float]] = {}
        for r in self.results:
            kinds.setdefault(r.kind, []).append((r.end - r.start) * 1000)
        by_kind = ", ".join(f"{k} {len(v)} (p50 {statistics.median(v):.0f} ms)" for k, v in sorted(kinds.items()))
        failed = [r for r in self.results if not r.ok]
        return (
            f"{title}: {len(lat)} requests in {span:.1f} s ({len(lat) / span:.0f}/s) from {self.threads} connections; "
            f"latency p50 {q[49]:.0f} ms, p99 {q[98]:.0f} ms, max {lat[-1]:.0f} ms; {by_kind}; failed {len(failed)}"
        )
