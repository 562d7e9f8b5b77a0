"""The app under real gunicorn on a free 127.0.0.1 port, for the browser tests and the drill."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gunicorn(log: list[str], workers: int = 2, **env_extra):
    """Start gunicorn with gunicorn.conf.py, yield its base URL once it accepts requests (a condition,
    not a clock: gunicorn logs "Booting worker"), keep draining its log into `log`, stop it after."""
    port = free_port()
    env = dict(os.environ, PORT=str(port), WEB_CONCURRENCY=str(workers), **env_extra)
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py", "dashboard.app:server"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stderr:
            log.append(line)
            if "Booting worker" in line:
                break
        else:
            proc.wait(timeout=10)
            raise RuntimeError("gunicorn did not start:\n" + "".join(log))
        # A full pipe would block the server mid-test.
        threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
