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
  sent each visitor a fast, weak compression of it. Here a static response is compressed once per
  worker process, with brotli (or gzip, for a browser without it) at a high level, and kept in
  memory: one entry per file and encoding (a few MB in all; the key leaves out the fingerprint
  and query, so made-up URLs cannot grow it). For an asset with a precompressed sibling
  (`file.br`, `file.gz`, as tools/plotly-bundle writes for the plotly bundle at brotli's highest
  level, too slow to run in a request) the sibling is sent instead, once it is checked to unpack to
  the file exactly (so a stale one is never sent). Pages and callback responses stay with
  flask-compress (they differ per request).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli
from dash import Dash
from dash.fingerprint import check_fingerprint
from flask import Response, request

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
            body = sibling(request.path, encoding, data) or compress(data, encoding)
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
