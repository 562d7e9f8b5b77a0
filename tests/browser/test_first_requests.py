"""A freshly started server answers concurrent first requests for the page and its scripts
with 200 (Dash sets itself up on a process's first request; a race there gave 500s)."""

import re
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from tests.gunicorn_server import gunicorn


def test_concurrent_first_requests_all_succeed():
    with gunicorn([]) as url:
        # Script paths as the index page names them; ask for them and the page all at once.
        from dashboard.app import app

        html = app.server.test_client().get("/").get_data(as_text=True)
        scripts = re.findall(r'<script src="(/_dash-component-suites/[^"]+)"', html)
        assert scripts
        targets = [url + "/"] * 4 + [url + s for s in scripts] * 2

        def status(u):
            try:
                with urllib.request.urlopen(u, timeout=60) as r:
                    return r.status
            except urllib.error.HTTPError as e:
                return e.code

        with ThreadPoolExecutor(max_workers=16) as pool:
            codes = list(pool.map(status, targets))
        assert set(codes) == {200}, list(zip(targets, codes, strict=True))
