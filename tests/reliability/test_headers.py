"""Every kind of response carries the security headers (pages, an asset, a script, a callback,
/health, errors); neither the index HTML nor any header names a version of the software stack;
unknown paths under /_ and /_dash-component-suites/ answer 404 (unknown pages too, with the app)."""

from __future__ import annotations

import http.client
import re
import sys
from importlib.metadata import version
from urllib.parse import urlparse

import pytest
import requests

from tests.reliability.dash_client import DISPATCH

pytestmark = pytest.mark.server

STACK = ["dash", "plotly", "dash-bootstrap-components", "flask", "werkzeug", "gunicorn", "pandas", "flask-compress"]


def _versions() -> set[str]:
    """x.y.z versions of the stack, also as Dash writes them into file names (x_y_z); shorter ones
    ("1.25") would match unrelated digits."""
    found = {v for v in [*(version(p) for p in STACK), sys.version.split()[0]] if v.count(".") >= 2}
    return found | {v.replace(".", "_") for v in found}


def _check_security_headers(name: str, r: requests.Response) -> None:
    h = r.headers
    csp = h.get("Content-Security-Policy", "")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives.get("frame-ancestors") == "'none'", (name, csp)
    assert directives.get("default-src") == "'self'", (name, csp)
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert re.search(r"'sha256-[A-Za-z0-9+/=]{44}'", directives["script-src"]), csp
    assert not re.search(r"https?:|\*", csp), csp  # no other host anywhere
    assert h.get("X-Content-Type-Options") == "nosniff", name
    assert h.get("X-Frame-Options") == "DENY", name
    # same-origin: our own pages send their address (filter state, language) to us only
    assert h.get("Referrer-Policy") == "same-origin", name
    policy = h.get("Permissions-Policy", "")
    for feature in ("camera", "microphone", "geolocation"):
        assert f"{feature}=()" in policy, (name, policy)
    assert h.get("Server") == "webserver", (name, h.get("Server"))
    assert "X-Powered-By" not in h


def test_every_response_carries_security_headers_and_no_version(server):
    s = requests.Session()
    url = server.url
    index = s.get(url + "/")
    script = re.search(r'<script src="(/_dash-component-suites/[^"]+)"', index.text).group(1)
    change = next(server.app.filter_change(p) for p in server.app.pages if server.app.filter_change(p))
    responses = {
        "index": index,
        **{f"page {p}": s.get(url + p) for p in server.app.pages},
        "asset": s.get(url + "/assets/rusdash.css"),
        "script": s.get(url + script),
        "callback": s.post(url + DISPATCH, json=change),
        "health": s.get(url + "/health"),
        "layout": s.get(url + "/_dash-layout"),
        "dependencies": s.get(url + "/_dash-dependencies"),
        "404 page": s.get(url + "/nope"),
        "404 internal": s.get(url + "/_nope"),
        "400 guard": s.post(url + DISPATCH, json={"output": "nope"}),
        "405": s.put(url + "/health"),
    }
    expected = {"callback": 200, "404 page": 404, "404 internal": 404, "400 guard": 400, "405": 405}
    versions = _versions()
    for name, r in responses.items():
        assert r.status_code == expected.get(name, 200), (name, r.status_code)
        _check_security_headers(name, r)
        for header, value in r.headers.items():
            if header not in ("Content-Security-Policy", "Date", "Content-Length", "ETag", "Last-Modified"):
                assert not any(v in value for v in versions), (name, header, value)
    html = index.text
    leaked = sorted(v for v in versions if v in html)
    assert not leaked, leaked
    for word in ("dash_version", "python_version", "plotly_version", "Dash v", "generator"):
        assert word not in html, word
    # Fingerprinted script URLs stay (long caching), with no version in them.
    assert re.search(r"\.v[0-9a-f]{10}m\d+\.", script), script
    print(f"\nsecurity headers on {len(responses)} kinds of response; CSP: {index.headers['Content-Security-Policy']}")


def _raw_get(url: str, path: str) -> int:
    """GET with the path sent as is (requests would resolve the dot segments first)."""
    u = urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    finally:
        conn.close()


@pytest.mark.parametrize(
    "path",
    [
        "/_anything",
        "/_dash-update-component",
        "/_dash-component-suites/dash/deps/../../../../etc/passwd.js",
        "/_dash-component-suites/dash/deps/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd.js",
        "/_dash-component-suites/nopackage/x.js",
        "/_dash-component-suites/os/path.py",
        "/_dash-component-suites/dash/nofile.js",
        "/_dash-component-suites/dash/__init__.py",
        "/assets/nofile.css",
        "/assets/../gunicorn.conf.py",
        "/no-such-page",
    ],
)
def test_unknown_paths_answer_404(server, path):
    assert _raw_get(server.url, path) == 404
