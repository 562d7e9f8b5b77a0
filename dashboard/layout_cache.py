"""The layout response (the shell with the requested page in it, dashboard/components/page_container.py)
kept as JSON text per page address and language.

A layout is a pure function of the page's address and the interface language: the data never
change while the app runs. Building one costs a page like /cannabis about 40 ms and /avlopsvann up
to 500 ms (its cards' components, the key-figure tiles, the JSON encoding), and the browser waits
for it with nothing else to do before it can draw the first chart. Kept here, a repeated address
costs a dictionary lookup.

The address is kept without its origin (scheme and host): the page's Location holds the whole
address (its href), so a layout is built for a stand-in origin (ORIGIN) that is swapped for the
asking page's own when it is served. That way the pages' plain addresses can be built before any
visitor asks, whatever host they use (dashboard/app.py warm_layouts, in each worker as it starts):
before, each worker built a page's layout on its first visit to it, and a load that met a worker
new to the page waited 0.1-0.7 s more for its first chart. Those are kept for good (`pin`); beyond
them the newest LAYOUTS addresses are kept per worker (about 130 KB each at most: a few MB), so
made-up query strings cannot grow it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from urllib.parse import SplitResult

from dash._utils import to_json

from dashboard.components.page_container import page_address

LAYOUTS = 32
ORIGIN = "http://layout.invalid"  # reserved name (RFC 2606): never a visitor's host
_ORIGIN_JSON = to_json(ORIGIN)[1:-1]  # as it stands in a layout's JSON (Dash's encoding escapes '/')

# keyed by (language, the address less its origin)
_kept: OrderedDict[tuple, str] = OrderedDict()
_pinned: dict[tuple, str] = {}
_lock = threading.Lock()  # gunicorn's gthread workers answer requests on several threads


def split(referrer: str | None) -> tuple[str | None, str | None] | None:
    """(origin, the rest of the address) of the page that asks; (None, None) with no address (Dash's
    own container, the same for all); None for an address that does not come apart cleanly (built
    per request, not kept)."""
    if not referrer:
        return None, None
    address: SplitResult | None = page_address(referrer)
    if address is None:
        return None
    rest = address._replace(scheme="", netloc="").geturl()
    origin = address._replace(path="", query="", fragment="").geturl()
    if not rest.startswith("/") or origin + rest != address.geturl():
        return None
    return origin, rest


def stand_in(rest: str) -> str:
    """The address a kept layout is built for."""
    return ORIGIN + rest


def with_origin(body: str, origin: str | None) -> str:
    """A kept layout for the page at `origin`."""
    if origin is None:
        return body
    return body.replace(_ORIGIN_JSON, to_json(origin)[1:-1])


def get(k: tuple) -> str | None:
    with _lock:
        body = _pinned.get(k)
        if body is None:
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


def pin(k: tuple, body: str) -> None:
    """Keep for good (the pages' plain addresses, built at start-up)."""
    with _lock:
        _pinned[k] = body
        _kept.pop(k, None)


def clear() -> None:
    with _lock:
        _kept.clear()
        _pinned.clear()
