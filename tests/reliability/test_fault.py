"""A worker killed under load: SIGKILL one gunicorn worker while 24 connections send pages, assets
and callbacks. The master must fork a replacement (a new worker pid), and no request may fail but
those in flight on the killed worker: at most one per connection that worker held when it died
(each connection carries one request at a time; a gthread worker runs `threads` of them and
queues the rest). After the replacement, everything succeeds again. Processes and sockets are
read from /proc (no psutil)."""

from __future__ import annotations

import collections
import os
import signal
import time
from pathlib import Path

import pytest

from tests.gunicorn_server import gunicorn
from tests.reliability.load import Load, request_mix

pytestmark = pytest.mark.server

THREADS_PER_WORKER = 4  # gunicorn.conf.py's default


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])  # the command name may hold spaces


def _children(pid: int) -> set[int]:
    return {int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(int(p.name)) == pid}


def _master(port: int) -> int:
    """Our gunicorn master: a child of this process started with PORT=<port>."""
    for pid in _children(os.getpid()):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"PORT={port}".encode() in environ:
            return pid
    raise LookupError(port)


def _connections(pid: int, port: int) -> int:
    """Established TCP connections to `port` that process `pid` holds (not its listening socket)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    held = 0
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            cols = line.split()
            local_port, state, inode = int(cols[1].rsplit(":", 1)[1], 16), cols[3], cols[9]
            if local_port == port and state == "01" and inode in inodes:
                held += 1
    return held


def test_killed_worker_is_replaced_and_only_its_requests_fail(server):
    log: list[str] = []
    with gunicorn(log, workers=2) as url:
        port = int(url.rsplit(":", 1)[1])
        master = _master(port)
        deadline = time.monotonic() + 20
        while len(_children(master)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(master)
        assert len(workers) == 2, workers
        load = Load(url, request_mix(server.app, layouts=False), threads=24, seconds=9).start()
        time.sleep(3)
        # The worker holding more connections: gunicorn's workers race to accept, so it varies.
        held, victim = max((_connections(pid, port), pid) for pid in workers)
        in_flight = load.in_flight
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        replacement = set()
        while not replacement and time.monotonic() < killed_at + 10:
            time.sleep(0.02)
            replacement = _children(master) - workers
        replaced_at = time.monotonic()
        load.join()

    failed = [r for r in load.results if not r.ok]
    print("\n" + load.report("fault"))
    print(
        f"killed worker {victim}: it held {held} connections ({THREADS_PER_WORKER} threads), "
        f"{in_flight} requests in flight on both workers; replaced by {sorted(replacement)} "
        f"after {(replaced_at - killed_at) * 1000:.0f} ms; failed requests: {len(failed)} "
        f"{collections.Counter((r.kind, r.status, r.error) for r in failed)}"
    )
    assert replacement, "the master did not replace the killed worker"
    assert any(f"Booting worker with pid: {pid}" in line for pid in replacement for line in log)
    assert len(failed) <= held, "requests failed beyond those in flight on the killed worker"
    assert all(r.start < replaced_at + 0.5 for r in failed), "requests failed after the replacement"
    after = [r for r in load.results if r.start > replaced_at + 0.5]
    assert len(after) > 20 and all(r.ok for r in after)
    errors = [line for line in log if "Traceback" in line or "Exception on" in line]
    assert not errors, "".join(log)
