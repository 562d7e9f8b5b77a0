"""A forged 100,000-row table payload (about 8 MB, as if a browser sent a whole table back to the
table-view callback) is refused with 413 (or 204) within 100 ms, measured on the client from
connecting to the status line, with Content-Length and with a chunked body (no length given)."""

from __future__ import annotations

import contextlib
import json
import socket
import statistics
import threading
import time
from urllib.parse import urlparse

import pytest

from dashboard.server import MAX_BODY
from tests.reliability.dash_client import DISPATCH, TABLE_OUTPUT

pytestmark = pytest.mark.server

ROWS = 100_000


def _forged_body(server) -> bytes:
    table = next(c for c in server.app.server_callbacks() if c.output == TABLE_OUTPUT)
    body = server.app.valid_body(table)
    body["inputs"][0]["value"] = "table"
    meta = body["state"][0]["value"]
    meta["rows"] = [
        {"year": 2000 + i % 26, "sex": "kvinner", "age": "16-64", "value": i * 1.5, "group": f"gruppe {i % 7}"}
        for i in range(ROWS)
    ]
    return json.dumps(body).encode()


def _send_quietly(sock: socket.socket, data: bytes) -> None:
    with contextlib.suppress(OSError):  # the server answers and closes without reading it all
        sock.sendall(data)


def _refusal(url: str, body: bytes, chunked: bool) -> tuple[int, float]:
    """(status, seconds) from connecting to reading the status line; the body is sent from another
    thread so an early answer is seen while the client is still sending."""
    u = urlparse(url)
    head = f"POST {DISPATCH} HTTP/1.1\r\nHost: {u.netloc}\r\nContent-Type: application/json\r\nConnection: close\r\n"
    if chunked:
        step = 256 * 1024
        parts = [b"%x\r\n%s\r\n" % (len(body[i : i + step]), body[i : i + step]) for i in range(0, len(body), step)]
        payload = b"".join(parts) + b"0\r\n\r\n"
        head += "Transfer-Encoding: chunked\r\n\r\n"
    else:
        payload = body
        head += f"Content-Length: {len(body)}\r\n\r\n"
    start = time.perf_counter()
    with socket.create_connection((u.hostname, u.port), timeout=10) as sock:
        sock.sendall(head.encode())
        sender = threading.Thread(target=_send_quietly, args=(sock, payload), daemon=True)
        sender.start()
        data = b""
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        elapsed = time.perf_counter() - start
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # stops the sender
    sender.join(timeout=10)
    return int(data.split(b" ", 2)[1]), elapsed


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_forged_table_payload_is_refused_fast(server, chunked):
    body = _forged_body(server)
    assert len(body) > 100 * MAX_BODY  # about 8 MB
    log_start = len(server.log)
    tries = [_refusal(server.url, body, chunked) for _ in range(3)]
    print(
        f"\n{ROWS:,} rows, {len(body) / 1e6:.1f} MB {'chunked' if chunked else 'with Content-Length'}: "
        + ", ".join(f"{status} in {seconds * 1000:.1f} ms" for status, seconds in tries)
    )
    assert all(status in (413, 204) for status, _ in tries), tries
    assert statistics.median(seconds for _, seconds in tries) < 0.1, tries
    time.sleep(0.3)
    assert not server.errors_since(log_start), "".join(server.log[log_start:])
