"""The layout response (the shell with the requested page in it, dashboard/components/page_container.py)
kept as JSON text per page address and language.

A layout is a pure function of the page's address and the interface language: the
data never change while the app runs. Building one costs a page like /cannabis about 40 ms (its
cards' components, the key-figure tiles, the JSON encoding), and the browser waits for it with
nothing else to do before it can draw the first chart. Kept here, a repeated address (the pages'
plain addresses, which most visits use) costs a dictionary lookup. The newest LAYOUTS addresses are
kept per worker (about 130 KB each at most: a few MB), so made-up query strings cannot grow it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from dashboard.components.page_container import page_address

LAYOUTS = 32

_kept: OrderedDict[tuple, str] = OrderedDict()
_lock = threading.Lock()  # gunicorn's gthread workers answer requests on several threads


def key(language: str, referrer: str | None) -> tuple:
    """What a layout depends on: the language and the address of the page that asks (the page's
    Location is given the whole address, host included; None: no address, Dash's own container)."""
    address = page_address(referrer)
    return (language, None if address is None else address.geturl())


def get(k: tuple) -> str | None:
    with _lock:
        body = _kept.get(k)
        if body is not None:
            _kept.move_to_end(k)
        return body


def put(k: tuple, body: str) -> None:
    with _lock:
        _kept[k] = body
        _kept.move_to_end(k)
        while len(_kept) > LAYOUTS:
            _kept.popitem(last=False)


def clear() -> None:
    with _lock:
        _kept.clear()
