"""A WSGI app under real gunicorn with the project's gunicorn.conf.py on a free 127.0.0.1 port, for
the benchmarks: the dashboard (`dashboard.app:server`) or the echo/bare app (`echo_app:server`,
bench/echo_app.py), served the same way. Optionally with an access log that records each request's
server time (gunicorn's %(D)s, microseconds from the parsed request to the last byte written)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
APP = "dashboard.app:server"
ECHO = "echo_app:server"
FIGURE = "figure_app:server"  # bench/figure_app.py: BENCH_FIGURES names its figures
FIGURE_CHOICE, FIGURE_GRAPH = "figure-choice", "figure-graph"  # its radio and graph


def yardstick_app(name: str, **options):
    """A Dash app for a yardstick page (bench/echo_app.py, bench/figure_app.py), made as the
    dashboard makes its own: the same Dash class, scripts served locally, compression, /health."""
    from dashboard.server import DashboardDash

    return DashboardDash(
        name, serve_locally=True, compress=True, health_endpoint="health", title="bench", update_title=None, **options
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    access_log: Path | None
    log: list[str]

    def access_times_ms(self, method: str = "POST", path: str = "/_dash-update-component") -> list[float]:
        """Server time of each logged request to `path`, in the order gunicorn finished them."""
        if self.access_log is None or not self.access_log.exists():
            return []
        times = []
        for line in self.access_log.read_text().splitlines():
            parts = line.split()
            if len(parts) == 5 and parts[0] == method and parts[1] == path:
                times.append(int(parts[4]) / 1000)
        return times


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> float:
    """Seconds until GET /health answers 200 (polled every 5 ms: a benchmark, not a test)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.005)
    raise TimeoutError(f"{url}/health not ready in {timeout} s")


def command(app: str, access_log: Path | None = None) -> list[str]:
    cmd = [GUNICORN, "-c", "gunicorn.conf.py", "--pythonpath", str(BENCH)]
    if access_log is not None:
        cmd += ["--access-logfile", str(access_log), "--access-logformat", "%(m)s %(U)s %(s)s %(B)s %(D)s"]
    return [*cmd, app]


@contextlib.contextmanager
def gunicorn(app: str = APP, workers: int = 2, access_log: Path | None = None, root: Path = ROOT, **env_extra):
    """`root`: the checkout to serve (bench/ab.py serves two)."""
    port = free_port()
    env = dict(os.environ, PORT=str(port), WEB_CONCURRENCY=str(workers), GUNICORN_LOGLEVEL="warning", **env_extra)
    env.pop("GUNICORN_ACCESSLOG", None)
    proc = subprocess.Popen(command(app, access_log), cwd=root, env=env, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()  # never a full pipe
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_healthy(url, proc)
        except (RuntimeError, TimeoutError) as e:
            raise RuntimeError(f"{app} did not start: {e}\n" + "".join(log)) from None
        yield Server(url, proc, access_log, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
