"""A freshly started server answers concurrent first requests for the page and its scripts
with 200 (Dash sets itself up on a process's first request; a race there gave 500s)."""

import os
import re
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.browser.conftest import ROOT, _free_port


def test_concurrent_first_requests_all_succeed():
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "-c", "gunicorn.conf.py", "dashboard.app:server"],
        cwd=ROOT,
        env=dict(os.environ, PORT=str(port), WEB_CONCURRENCY="2"),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stderr:
            if "Booting worker" in line:
                break
        url = f"http://127.0.0.1:{port}"
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
    finally:
        proc.terminate()
        proc.wait(timeout=20)
