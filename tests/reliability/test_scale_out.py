"""Scale-out: two instances of the app behind nginx, configured by deploy/nginx/dashboard.conf, and
one instance stopped (SIGTERM to its gunicorn master, as `systemctl stop` or a deploy does) while
12 connections send pages, layouts, scripts and callbacks through nginx. No request may fail at
the client: what meets the stopping or stopped instance (a refused connection, a kept-alive
connection it closed) is retried by nginx on the living one (`proxy_next_upstream`, POSTs too:
callbacks only read). nginx's log must show such retries, and both instances must have served
before the stop (so the load really was spread, and the stop really was under load).

A crash (SIGKILL) is not this test: an instance that dies after it has sent a response's header
leaves that one response cut short, which no proxy can retry (nginx has passed the header on);
tests/reliability/test_fault.py covers a killed worker.

Everything on 127.0.0.1 and free ports, nginx as the current user under a temporary prefix with
the site file of deploy/ (its upstream servers, listen address and cache path substituted). nginx
comes from Debian (`make test` installs it); without it this test fails, it does not skip. Bounded:
the load stops after 30 s at most and each wait for a condition has its own limit (the whole test
took about 14 s on the 2-core machine at a load average near 2, 40-50 s near 20)."""

from __future__ import annotations

import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.gunicorn_server import ROOT, free_port
from tests.reliability.dash_client import AppMap
from tests.reliability.load import OK, Load, request_mix

SITE = ROOT / "deploy" / "nginx" / "dashboard.conf"
NGINX_CANDIDATES = ("/usr/sbin/nginx", shutil.which("nginx"))

MAIN_CONF = """\
worker_processes 1;
{user}
events {{ worker_connections 512; }}
http {{
    {mime}
    default_type application/octet-stream;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    log_format upstreams '$msec $request_method $uri $status "$upstream_addr" "$upstream_status"';
    access_log {tmp}/access.log upstreams;
    include {tmp}/dashboard.conf;
}}
"""


def nginx_binary() -> str:
    found = next((p for p in NGINX_CANDIDATES if p and os.access(p, os.X_OK)), None)
    if found is None:
        pytest.fail(
            "nginx is not installed (no /usr/sbin/nginx): the scale-out test needs Debian's nginx. "
            "`make test` installs it (apt-get install nginx-light); or install it by hand."
        )
    return found


def site_config(ports: list[int], listen: int, cache: Path) -> str:
    """deploy/nginx/dashboard.conf with our instances, our listen address and a private cache."""
    text = SITE.read_text()
    upstream = re.search(r"upstream dashboard \{.*?\n\}", text, re.S)
    assert upstream, "deploy/nginx/dashboard.conf has no `upstream dashboard` block"
    block = upstream.group(0)
    servers = re.findall(r"^\s*server \S+( [^;]*)?;", block, re.M)
    assert servers, "the upstream block lists no server"
    params = servers[0] or ""
    block = re.sub(r"^\s*server \S+( [^;]*)?;\n", "", block, flags=re.M)
    lines = "".join(f"    server 127.0.0.1:{p}{params};\n" for p in ports)
    block = block.replace("upstream dashboard {\n", "upstream dashboard {\n" + lines, 1)
    text = text.replace(upstream.group(0), block)
    text, n = re.subn(r"^(\s*)listen [^;]+;\n", "", text, flags=re.M)
    assert n, "the server block has no listen line"
    text = text.replace("    server_name", f"    listen 127.0.0.1:{listen};\n    server_name", 1)
    assert "/var/cache/nginx/dashboard" in text, "the cache path changed: update this test"
    return text.replace("/var/cache/nginx/dashboard", str(cache))


@contextmanager
def instances(n: int, log: list[str]):
    """n app instances (gunicorn, gunicorn.conf.py, one worker each), started side by side, each in
    its own process group, so stopping it reaches every process of it. Yields [(port, process)]."""
    started = []
    try:
        for _ in range(n):
            port = free_port()
            proc = subprocess.Popen(
                [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py", "dashboard.app:server"],
                cwd=ROOT,
                env=dict(os.environ, PORT=str(port), WEB_CONCURRENCY="1"),
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            started.append((port, proc))
        for port, proc in started:
            for line in proc.stderr:
                log.append(line)
                if "Booting worker" in line:
                    break
            else:
                raise RuntimeError("gunicorn did not start:\n" + "".join(log))
            threading.Thread(target=lambda p=proc: log.extend(p.stderr), daemon=True).start()
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=30) as r:
                assert r.status == 200
        yield started
    finally:
        for _, proc in started:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for _, proc in started:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@contextmanager
def nginx(tmp: Path, ports: list[int]):
    binary = nginx_binary()
    listen = free_port()
    (tmp / "dashboard.conf").write_text(site_config(ports, listen, tmp / "cache"))
    mime = Path("/etc/nginx/mime.types")
    (tmp / "nginx.conf").write_text(
        MAIN_CONF.format(
            tmp=tmp,
            # As root, workers would run as `nobody` and could not enter the private temp directory.
            user="user root;" if os.geteuid() == 0 else "",
            mime=f"include {mime};" if mime.exists() else "",
        )
    )
    cmd = [binary, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")]
    check = subprocess.run([*cmd, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, f"nginx rejects the config:\n{check.stderr}"
    proc = subprocess.Popen([*cmd, "-g", f"daemon off; pid {tmp / 'nginx.pid'};"], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{listen}"
    try:
        deadline = time.monotonic() + 10
        while True:  # until nginx listens (it answers /health through an instance)
            try:
                with urllib.request.urlopen(url + "/health", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {proc.stderr.read()}") from None
                time.sleep(0.02)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def healthy_mix(url: str, mix: list) -> list:
    """The requests of the mix that both instances answer well while all is up (each sent once):
    a request the app refuses anyway says nothing about scale-out (the load test covers the mix)."""
    kept = []
    with requests.Session() as s:
        for req, weight in mix:
            r = s.request(req.method, url + req.path, json=req.body, timeout=60)
            if r.status_code in OK:
                kept.append((req, weight))
            else:
                print(f"left out of the load, answered {r.status_code} with both instances up: {req.kind} {req.path}")
    kinds = {req.kind for req, _ in kept}
    assert kinds >= {"page", "layout", "callback", "asset"}, f"too little left of the request mix: {kinds}"
    return kept


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@dataclass
class Logged:
    """One request in nginx's log: when it ended, what it was, which instances it tried."""

    time: float
    method: str
    uri: str
    status: str
    tried: list[str]  # upstream addresses, in order
    statuses: list[str]  # their answers (502 for a refused connection)


def _access_log(tmp: Path) -> list[Logged]:
    rows = []
    for line in (tmp / "access.log").read_text().splitlines():
        m = re.match(r'(\S+) (\S+) (\S+) (\d+) "([^"]*)" "([^"]*)"', line)
        if m:
            tried = [a.strip() for a in m.group(5).split(",") if a.strip() not in ("", "-")]
            statuses = [s.strip() for s in m.group(6).split(",") if s.strip() not in ("", "-")]
            rows.append(Logged(float(m.group(1)), m.group(2), m.group(3), m.group(4), tried, statuses))
    return rows


def test_an_instance_stopped_under_load_costs_no_request(tmp_path):
    log: list[str] = []
    with ExitStack() as stack:
        (port_a, proc_a), (port_b, _) = stack.enter_context(instances(2, log))
        url = stack.enter_context(nginx(tmp_path, [port_a, port_b]))

        # What nginx adds: compression and the static cache (a fingerprinted script, asked twice).
        page = requests.get(url + "/cannabis", headers={"Accept-Encoding": "gzip"}, timeout=30)
        assert page.status_code == 200 and page.headers.get("Content-Encoding") in ("gzip", "br")
        script = re.search(r'src="(/_dash-component-suites/[^"]+\.v[\w-]+m\d+\.[^"]*js)"', page.text)
        assert script, "no fingerprinted script in the page"
        requests.get(url + script.group(1), timeout=30)
        again = requests.get(url + script.group(1), timeout=30)
        assert again.status_code == 200 and again.headers.get("X-Cache-Status") == "HIT"

        app = AppMap.load(url)  # pages, callbacks and valid bodies, learnt through nginx
        mix = healthy_mix(url, request_mix(app))
        load = Load(url, mix, threads=12, seconds=30, max_requests=6000).start()
        _wait_for(lambda: len(load.results) >= 100, 15, "100 requests before the stop")
        os.kill(proc_a.pid, signal.SIGTERM)  # instance A: graceful stop, as a deploy does
        stopped_at, stopped_wall = time.monotonic(), time.time()
        proc_a.wait(timeout=30)  # gunicorn.conf.py: graceful_timeout 20 s
        exited_wall = time.time()
        done_before = len(load.results)
        _wait_for(lambda: len(load.results) >= done_before + 150, 25, "150 requests after the stop")
        load.stop()
        load.join()

    failed = [r for r in load.results if not r.ok]
    rows = _access_log(tmp_path)
    a, b = f"127.0.0.1:{port_a}", f"127.0.0.1:{port_b}"
    before = collections.Counter(r.tried[-1] for r in rows if r.tried and r.time < stopped_wall)
    retried = [r for r in rows if len(r.tried) > 1 and r.time >= stopped_wall]
    after = [r for r in load.results if r.start > stopped_at]
    print(
        "\n"
        + load.report("through nginx, instance A stopped")
        + f"; before the stop served by {dict(before)}; after it {len(after)} requests, nginx retried "
        f"{len(retried)}: {collections.Counter((r.method, tuple(r.statuses)) for r in retried)}"
    )
    assert not failed, (
        f"requests failed at the client: {collections.Counter((r.kind, r.status, r.error) for r in failed)}"
    )
    assert before[a] > 0 and before[b] > 0, f"the load was not spread over both instances: {before}"
    assert retried, "nginx retried nothing after the stop: the stop did not meet the load"
    assert all(r.tried[-1] == b for r in retried), "a retried request did not end on the living instance"
    # once A has exited, nothing is answered by it
    assert not any(r.tried[-1:] == [a] for r in rows if r.time > exited_wall), "the stopped instance still answered"
    assert len(after) >= 150 and all(r.ok for r in after)
    errors = [line for line in log if "Traceback" in line or "Exception on" in line]
    assert not errors, "".join(errors)
