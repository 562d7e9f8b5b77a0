"""Static files: how long browsers may keep them, and compression done once, not per visitor.

Dash serves two kinds of static file: the component scripts under `/_dash-component-suites/`,
which the index page names with a fingerprint (`name.v<token>m<mtime>.js`: a changed file is a
new URL), and our own files under `/assets/`, which the index names with `?m=<mtime>` (and the
county map its geometry with `?v=<content hash>`, dashboard/cards/deaths.py).

- **Cache-Control.** A fingerprinted URL gets `public, max-age=31536000, immutable`: its content
  never changes, so a browser (or a proxy) keeps it a year and does not even ask again on a
  reload. Any other static file gets `no-cache`: kept, but revalidated on each use against its
  ETag (an unchanged file answers 304 with no body): plotly's world topojson, which plotly.js
  fetches by a fixed name, the async chunks dcc loads by name, a file opened by hand.
- **Compression once.** flask-compress (Dash's `compress=True`) compresses every response anew:
  the 4.8 MB plotly.js Dash used to serve cost every page view tens of milliseconds of CPU, and
  sent each visitor a fast, weak compression of it. Here a static response is compressed once
  per process, with brotli (or gzip, for a browser without it) at a high level, and kept in
  memory: one entry per file and encoding (a few MB in all; the key leaves out the fingerprint
  and query, so made-up URLs cannot grow it). The compressed copies are kept on disk too
  (`compressed`), so a start does not compress again what an earlier one did. For an asset with a precompressed sibling
  (`file.br`, `file.gz`, as tools/plotly-bundle writes for the plotly bundle at brotli's highest
  level, too slow to run in a request) the sibling is sent instead, once it is checked to unpack to
  the file exactly (so a stale one is never sent). Pages and callback responses stay with
  flask-compress (they differ per request).
- **Answered before Flask** (`install_prebuilt` in the app factory, before gunicorn forks;
  `prebuild` in each worker as it starts, dashboard/app.py warm_worker): the scripts and styles
  the index pages name, made once through all of the above and sent by a WSGI layer in front of
  Flask.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from pathlib import Path

import brotli
from dash import Dash
from dash.fingerprint import check_fingerprint
from flask import Response, request

from dashboard.data.paths import ROOT

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
COMPRESSIBLE = {
    "application/javascript",
    "text/javascript",
    "text/css",
    "application/json",
    "application/geo+json",
    "image/svg+xml",
    "text/plain",
}
MIN_SIZE = 1024  # bytes; smaller files gain less than the header costs
BROTLI_QUALITY = 9  # 1.4 MB of JavaScript in well under a second, once; 11 takes several seconds
GZIP_LEVEL = 9
ENCODINGS = ("br", "gzip")  # in order of preference
SIBLING = {"br": ".br", "gzip": ".gz"}
# Compressed copies of the scripts and styles of Dash and its component libraries (see `compressed`).
COMPRESSED_DIR = ROOT / "data" / "cache" / "compressed"


def accepted_encoding(accept_encoding: str) -> str | None:
    """The first of ENCODINGS the Accept-Encoding header allows (a q=0 entry refuses it)."""
    offered = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        offered[name.strip()] = q
    for encoding in ENCODINGS:
        if offered.get(encoding, offered.get("*", 0.0)) > 0:
            return encoding
    return None


def compress(data: bytes, encoding: str) -> bytes:
    if encoding == "br":
        return brotli.compress(data, quality=BROTLI_QUALITY)
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def compressed(data: bytes, encoding: str) -> bytes:
    """compress(data, encoding), kept on disk by the data's hash (COMPRESSED_DIR): a script is
    compressed once per machine rather than at every start. A kept copy is used only if it unpacks
    to `data`; a directory that cannot be written only means compressing again next time."""
    level = BROTLI_QUALITY if encoding == "br" else GZIP_LEVEL
    path = COMPRESSED_DIR / f"{hashlib.sha256(data).hexdigest()}.{encoding}{level}"
    try:
        body = path.read_bytes()
        if decompress(body, encoding) == data:
            return body
    except (OSError, ValueError, brotli.error, gzip.BadGzipFile, EOFError):
        pass
    body = compress(data, encoding)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(body)
        os.replace(part, path)  # whole or not at all, also with several processes at once
    except OSError:
        pass
    return body


def decompress(body: bytes, encoding: str) -> bytes:
    return brotli.decompress(body) if encoding == "br" else gzip.decompress(body)


def classify(path: str, query: str, prefix: str = "/") -> tuple[str, str] | None:
    """(cache key path, Cache-Control) for a static URL; None for anything else."""
    suites, assets = prefix + "_dash-component-suites/", prefix + "assets/"
    if path.startswith(suites):
        plain, fingerprinted = check_fingerprint(path)
        return plain, IMMUTABLE if fingerprinted else REVALIDATE
    if path.startswith(assets):
        fingerprinted = any(p.startswith(("m=", "v=")) for p in query.split("&"))
        return path, IMMUTABLE if fingerprinted else REVALIDATE
    return None


def install(app: Dash) -> None:
    """Add the cache headers and the compression cache to `app`'s static responses. Call after
    Dash set up flask-compress: Flask runs later hooks first, and flask-compress leaves alone a
    response that already has a Content-Encoding."""
    server = app.server
    prefix = app.config.routes_pathname_prefix
    assets_dir = Path(app.config.assets_folder)
    assets_url = prefix + "assets/"
    cache: dict[tuple[str, str], tuple[str, bytes]] = {}  # (path, encoding) -> (validator, body)

    def sibling(path: str, encoding: str, data: bytes) -> bytes | None:
        """The asset's precompressed sibling, if there is one and it holds exactly `data`."""
        if not path.startswith(assets_url):
            return None
        packed = assets_dir / (path[len(assets_url) :] + SIBLING[encoding])
        try:
            body = packed.read_bytes()
            return body if decompress(body, encoding) == data else None
        except (OSError, ValueError, brotli.error, gzip.BadGzipFile, EOFError):
            return None

    @server.after_request
    def _static(response: Response) -> Response:
        if request.method not in ("GET", "HEAD"):
            return response
        found = classify(request.path, request.query_string.decode("latin-1"), prefix)
        if found is None:
            return response
        key_path, cache_control = found
        if response.status_code not in (200, 304):
            return response
        response.headers["Cache-Control"] = cache_control
        if response.status_code != 200 or "Content-Encoding" in response.headers:
            return response
        if response.mimetype not in COMPRESSIBLE:
            return response
        encoding = accepted_encoding(request.headers.get("Accept-Encoding", ""))
        if encoding is None:
            return response
        etag, _weak = response.get_etag()
        validator = etag or ""
        entry = cache.get((key_path, encoding))
        if entry is None or entry[0] != validator:
            response.direct_passthrough = False
            data = response.get_data()
            if len(data) < MIN_SIZE:
                return response
            body = sibling(request.path, encoding, data) or compressed(data, encoding)
            cache[(key_path, encoding)] = entry = (validator, body)
        response.direct_passthrough = False
        unread = response.response  # a file not read above (cache hit): close it, not leak it
        response.set_data(entry[1])
        if hasattr(unread, "close"):
            unread.close()
        response.headers["Content-Encoding"] = encoding
        if "accept-encoding" not in response.headers.get("Vary", "").lower():
            response.headers.add("Vary", "Accept-Encoding")
        if etag:
            response.set_etag(f"{etag}:{encoding}")
            response.make_conditional(request)
        return response


# ------------------------------------------------------------------ answered before Flask
# The scripts and styles an index page names are the same bytes for every visitor. Through Flask, a
# page load's 28 requests each ran the request hooks, Dash's file handler and the compression cache
# lookup, a few milliseconds of Python each that wait for the GIL while the browser holds both cores
# (the last script of a /cannabis load arrived 290-950 ms after navigation, and the page can do
# nothing before its scripts have run), and each worker compressed Dash's bundles on its own first
# request of them. So they are answered from responses made once at start-up, in the master before
# gunicorn forks (the workers share them), by a WSGI layer in front of Flask. Measured together with
# the warm layouts (dashboard/layout_cache.py): first chart 0.94-0.98x; the last script now arrives
# 200-350 ms into a load, where the browser's own scheduling of its requests sets the pace.
_URL_ATTR = re.compile(r'(?:src|href)="([^"]+)"')

Entry = tuple[str, list[tuple[str, str]], bytes]  # status line, headers, body
# Request headers Flask answers with something else than the whole file: 304, 206 or 412.
_TO_FLASK = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE", "HTTP_RANGE")


class Prebuilt:
    """WSGI middleware: a GET of a URL in `table` (path, query) in an encoding it holds is answered
    with the response Flask gave at start-up; anything else (another query, a conditional or range
    request, HEAD, no br/gzip) goes to Flask, which answers it as before."""

    def __init__(self, app, table: dict[tuple[str, str], dict[str, Entry]]):
        self.app = app
        self.table = table

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and not any(h in environ for h in _TO_FLASK):
            entries = self.table.get((environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", "")))
            if entries is not None:
                entry = entries.get(accepted_encoding(environ.get("HTTP_ACCEPT_ENCODING", "")))
                if entry is not None:
                    status, headers, body = entry
                    start_response(status, headers)
                    return [body]
        return self.app(environ, start_response)


def install_prebuilt(app: Dash) -> Prebuilt:
    """Put an empty Prebuilt in front of `app`'s server: until `prebuild` fills it, every request
    goes to Flask. Installed before gunicorn forks, so every worker has the layer to fill."""
    layer = Prebuilt(app.server.wsgi_app, {})
    app.server.wsgi_app = layer
    return layer


def prebuild(app: Dash, pages: list[str]) -> Prebuilt:
    """Fill the Prebuilt in front of `app`'s server (`install_prebuilt`, done here if it was not)
    with the static URLs the index pages at `pages` name, made through Flask itself (hooks,
    headers, compression: the same bytes it would send). Safe while the server serves: the table
    is made aside and put in place in one step."""
    server = app.server
    layer = server.wsgi_app if isinstance(server.wsgi_app, Prebuilt) else install_prebuilt(app)
    prefix = app.config.routes_pathname_prefix
    static = (prefix + "_dash-component-suites/", prefix + "assets/")
    client = server.test_client()
    urls: set[str] = set()
    for page in pages:
        urls.update(u for u in _URL_ATTR.findall(client.get(page).get_data(as_text=True)) if u.startswith(static))
    table: dict[tuple[str, str], dict[str, Entry]] = {}
    for url in sorted(urls):
        path, _, query = url.partition("?")
        for encoding in ENCODINGS:
            r = client.get(url, headers={"Accept-Encoding": encoding})
            if r.status_code == 200 and r.headers.get("Content-Encoding") == encoding:
                # less a Date (Werkzeug's, of the start-up): the server adds the current one
                headers = [(k, v) for k, v in r.headers.items() if k.lower() != "date"]
                table.setdefault((path, query), {})[encoding] = (r.status, headers, r.get_data())
    layer.table = table
    return layer
