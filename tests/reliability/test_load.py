"""Load: 30 keep-alive connections for 12 s over every page (its HTML and its layout), the scripts
and styles the page names, and real callbacks (a valid filter change on each page with filters,
taken from /_dash-dependencies and the page's layout, and a card's table view), against 2 gunicorn
workers. Every request must succeed; the report gives request count and p50/p99 latency."""

import time

import pytest

from tests.reliability.load import Load, request_mix

pytestmark = pytest.mark.server


def test_load_has_no_errors(server):
    mix = request_mix(server.app)
    assert sum(1 for req, _ in mix if req.kind == "callback") >= 4
    log_start = len(server.log)
    load = Load(server.url, mix, threads=30, seconds=12).start().join()
    print("\n" + load.report("load"))
    failed = [(r.kind, r.status, r.error) for r in load.results if not r.ok]
    assert not failed, failed[:20]
    assert len(load.results) > 200
    time.sleep(0.5)
    assert not server.errors_since(log_start), "".join(server.log[log_start:])
