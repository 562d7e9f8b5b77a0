"""One app under real gunicorn (2 workers, as in production) for the fuzz, body-limit, header and
load tests, with what they learn about it over HTTP (tests/reliability/dash_client.py). The fault
test starts its own, since it kills a worker."""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass

import pytest

from tests.gunicorn_server import gunicorn
from tests.reliability.dash_client import AppMap


@dataclass
class Server:
    url: str
    log: list[str]
    app: AppMap

    def errors_since(self, start: int) -> list[str]:
        return [line for line in self.log[start:] if "Traceback" in line or "Exception on" in line]


@pytest.fixture(scope="package")
def server():
    log: list[str] = []
    with gunicorn(log, workers=2) as url:
        with urllib.request.urlopen(url + "/health", timeout=30) as r:
            assert r.status == 200
        yield Server(url, log, AppMap.load(url))
