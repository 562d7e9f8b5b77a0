"""Hardening of the HTTP surface of the app: what a client may send, what the server says about itself,
and which headers every response carries. dashboard.app builds the app with `DashboardDash` and calls
`harden(app)` before the first request; gunicorn.conf.py sets the Server header.

What we chose, and why:

- **A request guard before Dash's dispatcher** (`_guard_callback`, a Flask before_request that acts
  on the dispatch route only). It checks the body's *structure* against the app's callback map,
  the same map Dash dispatches from: the body is a JSON object; `output` names a registered
  server-side callback; `outputs`, `inputs` and `state` are lists of `{id, property[, value]}`
  that match the callback's declared ids and properties one by one (pattern-matching ids as dicts
  with the declared keys, scalar values where the pattern has MATCH/ALL/ALLSMALLER, one value per
  MATCH across the request, a list where it has ALL/ALLSMALLER); `changedPropIds` names inputs of
  the request (or an item that fits an ALL input); nesting is at most `MAX_DEPTH` deep. For Dash
  Pages' routing callback it also checks that pathname and search are strings or null (pathname
  under the app's prefix), since Dash's router assumes so. A body that does not fit, or is no
  valid JSON, gets 400 with a short fixed message (nothing the client sent is echoed); a body sent
  as another content type 415. The *values* stay the callbacks' business: the card callbacks
  validate them through the registry (PageSpec.validate -> PreventUpdate -> 204). So no
  try/except in callbacks, and no 500 from a malformed request.
- **Body size limit** `MAX_BODY` = 64 KiB (Flask's MAX_CONTENT_LENGTH, plus an early check of
  Content-Length on every route so a forged 8 MB body is refused before it is read, and a check
  of chunked bodies, which Werkzeug would silently cut at the limit). Real requests are callback
  bodies: filter values, a card's small meta store (its state and file name, never table rows), a
  click on the map, the routing callback's pathname and search. The largest is the download
  callback of /om-tallene, whose input is every download button of the page (40): about 4 KB
  (4,016 bytes measured in Chromium by tests/browser/test_csp.py, which asserts 8x headroom).
  64 KiB leaves 16x headroom (room for ~500 such buttons) and refuses a forged 100,000-row table
  (about 9 MB) with 413 in a few milliseconds.
- **Unknown paths under /_ and /assets answer 404**, not the app shell (Dash's catch-all route
  serves the shell for any path) or 500 (Dash raises DependencyException for a wrong package or
  file under /_dash-component-suites/; registered paths only, so no path traversal either way).
- **No version numbers** in the index page: the renderer config loses dash_version,
  python_version, plotly_version, ddk_version and the version-check URL (used only by the dev
  tools, which are off); the version part of Dash's fingerprinted script URLs
  (`dash_renderer.v4_4_1m<mtime>.min.js`) becomes a short hash of the version (the URL still
  changes when the package or the file changes, so long-lived caching stays correct); the favicon's
  `?v=<version>` likewise; and the old-IE comment that names "Dash v2.7+" goes. What stays: the
  version numbers inside third-party file names (`react@18.<fingerprint>.3.1.min.js`): those are
  the files' own names on disk and would need aliases. gunicorn's Server header is set to a
  neutral "webserver" in gunicorn.conf.py.
- **Static files** (dashboard/static_files.py, installed here): a year's immutable caching for
  fingerprinted scripts and assets, revalidation for the rest, compression once per process
  instead of per visitor. The index page drops Dash's script tag for the deprecated dash_table,
  which no page uses (its 9 KB bundle was fetched on every page).
- **Security headers on every response** (pages, assets, scripts, callbacks, errors), a few lines
  of our own rather than flask-talisman (which would also force HTTPS and session cookies that a
  closed-network app behind a proxy does not want):
  Content-Security-Policy (below), X-Content-Type-Options: nosniff, X-Frame-Options: DENY,
  Referrer-Policy: same-origin (the query string holds the filter state and the language: other
  hosts get no Referer at all, while our own server, which made the page, gets the page's address
  with Dash's requests, and reads the language from it; see below), Permissions-Policy denying sensors, camera, microphone, geolocation, payment and USB
  (only features Chromium knows, since an unknown one is a console error; clipboard-write stays
  allowed for "copy link"), Cross-Origin-Opener-Policy and Cross-Origin-Resource-Policy same-origin.
  No HSTS: TLS is the reverse proxy's business.
- **The language of each request** (`_request_language`, a before_request on every route, reset
  after it): the page address carries it (`?lang=en`; bokmål has no parameter). A page or a
  download of a page reads its own query; Dash's own requests (`/_dash-layout`, callbacks under
  `/_dash-update-component`) carry no query, so they take it from the Referer: the address of
  the page that makes them (after history.replaceState, the current one), which the browser
  sends to the same origin only. Its host is not compared with ours: behind a reverse proxy
  that rewrites Host (nginx's default) they differ, and a forged Referer only picks the language
  of the forger's own response. A document never takes its language from a Referer: the "Norsk"
  link of an English page must open in bokmål. Those responses say `Vary: Referer`, and every
  response its `Content-Language`.
  The index page gets `<html lang>` and its title in the request's language.
- **The CSP**: `default-src 'self'` with no other host anywhere; `script-src 'self'` plus the
  sha256 hashes of Dash's inline scripts (`app.csp_hashes()`: the renderer start-up and the
  inline clientside callbacks), so no 'unsafe-inline' and no 'unsafe-eval' for scripts;
  `style-src 'self' 'unsafe-inline'`: the one 'unsafe-inline', for styles only and unavoidable
  with plotly.js, which inserts `<style>` elements while it draws (and some components on the
  deaths page get style attributes); with `style-src 'self'` Chromium refuses 20-40 of them per
  page, and allowing inline `<style>` elements alone (style-src-elem) still leaves style
  attributes on the deaths page refused; hashes cannot cover styles made at run time.
  `img-src 'self' data: blob:`: the sparklines are data: URIs, and plotly's PNG/SVG export draws
  the chart through a blob: URL into an image (without blob: the PNG download never starts);
  `connect-src 'self'` (callbacks); `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`,
  `frame-ancestors 'none'`; fonts and everything else fall back to `default-src 'self'`.
"""

from __future__ import annotations

import hashlib
import json
import re

from dash import Dash
from dash._utils import stringify_id, to_json
from dash.dependencies import Wildcard
from dash.exceptions import DependencyException
from flask import Response, abort, g, request
from werkzeug.exceptions import HTTPException

from dashboard import layout_cache, static_files
from dashboard.components.page_container import page_address
from dashboard.components.static_html import compact
from dashboard.i18n import lang, t
from dashboard.i18n.language import lang_of_query, reset_lang, set_lang

MAX_BODY = 64 * 1024  # bytes; see the module docstring for the measurement behind it
MAX_DEPTH = 32  # JSON nesting of a callback body; real ones are under 10

_SCALARS = (str, int, float, bool)  # what a pattern-matching id may hold
_ITEM_KEYS = {"id", "property", "value"}
_PAGES_LOCATION = "_pages_location"  # dash._pages: the dcc.Location of the routing callback

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)

CSP_FIXED = {
    "default-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


class DashboardDash(Dash):
    """Dash with nothing in its index page that names a version."""

    _HTML_TAG = re.compile(r"<html\b[^>]*>")
    _FINGERPRINT = re.compile(r"(/_dash-component-suites/[^\"'\s?]+?\.v)([\w-]+?)(m\d+\.)")
    _FAVICON = re.compile(r"(_favicon\.ico\?v=)[^\"'&\s]+")
    _OLD_IE = re.compile(r"\s*<!--\[if IE\]>.*?<!\[endif\]-->", re.S)
    # Dash lists the deprecated dash_table's bundle on every page; no page of ours uses it.
    _DASH_TABLE = re.compile(r'\s*<script src="[^"]*/_dash-component-suites/dash/dash_table/[^"]*"></script>')

    # Pages with charts: their index page asks for dcc's lazily loaded components at once
    # (assets/lazy-components.js). Set by the app factory from the card registry.
    chart_paths: frozenset[str] = frozenset()
    # What the renderer asks for only once every script has run (about 0.8 s into a load of
    # /cannabis, and 80-90 ms before it could render): the page's layout and the callback map, and
    # on chart pages the code of dcc's lazy components (those assets/lazy-components.js starts; the
    # chunk URLs are the ones webpack builds from dcc's own script URL, with no query). The index
    # page asks for them in its head, so they arrive while the scripts are still loading, and
    # Chromium hands the renderer's own requests the answers (tests/browser/test_assets.py).
    EARLY_FETCHES = ("_dash-layout", "_dash-dependencies")
    LAZY_CHUNKS = ("async-graph.js", "async-slider.js", "async-dropdown.js")

    def _config(self):
        config = super()._config()
        for key in ("dash_version", "python_version", "plotly_version", "ddk_version", "dash_version_url"):
            config.pop(key, None)
        config["disable_version_check"] = True
        return config

    def serve_layout(self):
        """Dash's layout response, kept per page address and language (dashboard/layout_cache.py)."""
        parts = layout_cache.split(request.referrer)
        if parts is None:  # an address that does not come apart cleanly: built for it alone
            body = to_json(compact(self.get_layout()))
        else:
            origin, rest = parts
            body = layout_cache.get((lang(), rest))
            if body is None:
                body = self._kept_layout(rest, pin=False)
            body = layout_cache.with_origin(body, origin)
        return self.backend.make_response(body, mimetype="application/json")

    def _kept_layout(self, rest: str | None, pin: bool) -> str:
        """The layout for the page at `rest` (None: no address), built for layout_cache's stand-in
        origin and kept (for good with `pin`)."""
        g.layout_referrer = None if rest is None else layout_cache.stand_in(rest)
        body = to_json(compact(self.get_layout()))
        (layout_cache.pin if pin else layout_cache.put)((lang(), rest), body)
        return body

    def prebuild_layouts(self, paths) -> None:
        """Build and keep for good the layouts of the pages at `paths` (plain addresses, the default
        language): dashboard/app.py warm_layouts."""
        with self.server.test_request_context(self.config.routes_pathname_prefix + "_dash-layout"):
            for path in paths:
                self._kept_layout(path, pin=True)

    def interpolate_index(self, **kwargs):
        kwargs["title"] = t("app.title")  # the tab title before the page's own is set, per language
        html = super().interpolate_index(**kwargs)
        charts = (request.path.rstrip("/") or "/") in self.chart_paths
        preload = " data-preload" if charts else ""
        html = self._HTML_TAG.sub(f'<html lang="{lang()}"{preload}>', html, count=1)
        html = html.replace("</head>", self._early_links(charts) + "</head>", 1)
        html = self._FINGERPRINT.sub(lambda m: m.group(1) + _token(m.group(2)) + m.group(3), html)
        html = self._FAVICON.sub(lambda m: m.group(1) + _token(m.group(0)), html)
        html = self._DASH_TABLE.sub("", html)
        return self._OLD_IE.sub("", html)

    def _early_links(self, charts: bool) -> str:
        prefix = self.config.requests_pathname_prefix
        links = [f'<link rel="preload" href="{prefix}{path}" as="fetch" crossorigin>' for path in self.EARLY_FETCHES]
        if charts:
            links += [
                f'<link rel="preload" href="{prefix}_dash-component-suites/dash/dcc/{name}" as="script">'
                for name in self.LAZY_CHUNKS
            ]
        return "".join(links)


def _token(version: str) -> str:
    """A short stand-in for a version in a URL: changes with it, names nothing (hex has no 'm',
    so Dash's fingerprint pattern v<token>m<mtime> still parses)."""
    return hashlib.sha256(version.encode()).hexdigest()[:10]


def harden(app: Dash) -> None:
    """Install the guard, the limits, the 404s and the headers. Call before the first request."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    prefix = app.config.routes_pathname_prefix
    dispatch = prefix + "_dash-update-component"
    catchall = prefix + "<path:path>"
    hidden = (prefix + "_", prefix + "assets")

    # The requests a page makes to draw itself; they carry the page's address as Referer.
    from_page = (prefix + "_dash-layout", dispatch)

    @server.before_request
    def _request_language():
        page = request.path in from_page
        g.lang_token = set_lang(request_language(request.args, request.referrer, page))

    @server.teardown_request
    def _forget_language(_exc=None):
        token = g.pop("lang_token", None)
        if token is not None:
            reset_lang(token)

    @server.before_request
    def _limit_body():
        if request.content_length is not None and request.content_length > MAX_BODY:
            abort(413)

    @server.before_request
    def _unknown_internal_paths():
        # Dash's catch-all serves the app shell for any path; under /_ and /assets that is never right.
        rule = request.url_rule
        if rule is not None and rule.rule == catchall and request.path.startswith(hidden):
            abort(404)

    @server.before_request
    def _guard_callback():
        if request.endpoint != dispatch:
            return None
        if not request.is_json:
            return _plain("Unsupported media type: a callback body is JSON.", 415)
        # A chunked body has no Content-Length; Werkzeug stops reading it at the limit, silently.
        if len(request.get_data(cache=True)) >= MAX_BODY:
            abort(413)
        try:
            body = request.get_json(silent=True)  # cached: Dash's dispatcher reads the same object
        except RecursionError:
            body = None
        if body is None:
            return _plain("Bad request: the body is not valid JSON.", 400)
        problem = callback_body_problem(app, body)
        return _plain(f"Bad request: {problem}.", 400) if problem else None

    server.register_error_handler(DependencyException, lambda _e: _plain("Not found.", 404))
    static_files.install(app)  # cache headers and compression once for scripts, styles, assets
    server.register_error_handler(HTTPException, _plain_http_error)

    csp_cache: dict[tuple, str] = {}

    def _csp() -> str:
        # The hashes are fixed once the app has its clientside callbacks; cached by value.
        hashes = tuple(app.csp_hashes())
        if hashes not in csp_cache:
            directives = {**CSP_FIXED, "script-src": " ".join(["'self'", *hashes])}
            csp_cache[hashes] = "; ".join(f"{k} {v}" for k, v in directives.items())
        return csp_cache[hashes]

    @server.after_request
    def _security_headers(response: Response) -> Response:
        headers = response.headers
        headers["Content-Security-Policy"] = _csp()
        headers["X-Content-Type-Options"] = "nosniff"
        headers["X-Frame-Options"] = "DENY"
        headers["Referrer-Policy"] = "same-origin"
        headers["Content-Language"] = lang()
        if request.path in from_page:
            headers.add("Vary", "Referer")
        headers["Permissions-Policy"] = PERMISSIONS_POLICY
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"
        return response


def request_language(args, referrer: str | None, from_page: bool) -> str | None:
    """The language a request asks for: its own `lang` parameter; for the requests a page makes
    to draw itself (`from_page`: the layout and the callbacks, which have no query), the one of
    the page that sent them, its Referer; else None (the default)."""
    own = args.get("lang")
    if own is not None or not from_page or not referrer:
        return own
    address = page_address(referrer)
    return None if address is None else lang_of_query(address.query)  # no address: the default


def _plain_http_error(e: HTTPException):
    """Werkzeug's error pages as one plain line (its headers, e.g. Allow, kept); no input echoed."""
    response = e.get_response()
    response.set_data(f"{e.code} {e.name}.")
    response.mimetype = "text/plain"
    return response


def _plain(message: str, status: int) -> Response:
    return Response(message, status=status, mimetype="text/plain")


# ------------------------------------------------------------------ the callback body
class _Misfit(ValueError):
    """The body does not fit the callback it names (the message is fixed text, never input)."""


def callback_body_problem(app: Dash, body) -> str | None:
    """None if `body` fits a registered server-side callback of `app`, else a short reason."""
    try:
        _check_body(app, body)
    except _Misfit as e:
        return str(e)
    return None


def _check_body(app: Dash, body) -> None:
    if not isinstance(body, dict):
        raise _Misfit("the body is not a JSON object")
    if _too_deep(body, MAX_DEPTH):
        raise _Misfit("the body is nested too deeply")
    output = body.get("output")
    callback = app.callback_map.get(output) if isinstance(output, str) else None
    if not callback or "callback" not in callback:  # clientside callbacks have no server function
        raise _Misfit("no such callback")
    matches: dict[str, object] = {}

    if not callback.get("no_output"):
        declared = callback["output"]
        outputs = body.get("outputs")
        if isinstance(declared, (list, tuple)):
            if not isinstance(outputs, list) or len(outputs) != len(declared):
                raise _Misfit("outputs do not match the callback")
            for spec, given in zip(declared, outputs, strict=True):
                _check_dependency(_pattern(spec.component_id), spec.component_property, given, matches, False)
        else:
            _check_dependency(_pattern(declared.component_id), declared.component_property, outputs, matches, False)

    inputs = _check_list(body, "inputs", callback["inputs"], matches)
    _check_list(body, "state", callback["state"], matches)

    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        raise _Misfit("changedPropIds is not a list of strings")
    named = {f"{stringify_id(i['id'])}.{i['property']}" for i in _flat(inputs)}
    for prop_id in set(changed) - named:
        # The renderer may name an item that just left an ALL/ALLSMALLER input; it must still fit one.
        if not _fits_wildcard_input(prop_id, callback["inputs"]):
            raise _Misfit("changedPropIds names no input of the callback")

    # Dash Pages' router takes pathname and search as strings (or null), pathname under the prefix.
    root = app.config.requests_pathname_prefix.rstrip("/") or "/"
    for item in _flat(inputs):
        if item["id"] == _PAGES_LOCATION and item["property"] in ("pathname", "search"):
            value = item.get("value")
            if value is not None and not isinstance(value, str):
                raise _Misfit("pathname and search are strings or null")
            if item["property"] == "pathname" and value is not None and not value.startswith(root):
                raise _Misfit("pathname is outside the app")


def _check_list(body: dict, key: str, declared: list[dict], matches: dict) -> list:
    given = body.get(key, [])
    if not isinstance(given, list) or len(given) != len(declared):
        raise _Misfit(f"{key} do not match the callback")
    for spec, item in zip(declared, given, strict=True):
        _check_dependency(_pattern(spec["id"]), spec["property"], item, matches, True)
    return given


def _pattern(component_id):
    """A declared id as str or dict (wildcards as Wildcard members); callback_map holds dict ids
    stringified, with wildcards as ["MATCH"] etc."""
    if isinstance(component_id, str) and component_id.startswith("{"):
        component_id = json.loads(component_id)
    if isinstance(component_id, dict):
        return {k: _wildcard(v) for k, v in component_id.items()}
    return component_id


def _wildcard(value):
    if isinstance(value, Wildcard):
        return value
    if isinstance(value, list) and len(value) == 1 and value[0] in Wildcard.__members__:
        return Wildcard[value[0]]
    return value


def _check_dependency(pattern, prop: str, given, matches: dict, has_value: bool) -> None:
    multi = isinstance(pattern, dict) and any(v in (Wildcard.ALL, Wildcard.ALLSMALLER) for v in pattern.values())
    if multi:
        if not isinstance(given, list):
            raise _Misfit("a wildcard dependency is not a list")
        for item in given:
            _check_item(pattern, prop, item, matches, has_value)
    else:
        _check_item(pattern, prop, given, matches, has_value)


def _check_item(pattern, prop: str, item, matches: dict, has_value: bool) -> None:
    allowed = _ITEM_KEYS if has_value else _ITEM_KEYS - {"value"}
    if not isinstance(item, dict) or not {"id", "property"} <= set(item) or not set(item) <= allowed:
        raise _Misfit("a dependency is not {id, property, value}")
    # A duplicate output (allow_duplicate) is declared and sent as "children@<hash>"; Dash strips the hash.
    if not isinstance(item["property"], str) or item["property"].split("@")[0] != prop.split("@")[0]:
        raise _Misfit("a property does not match the callback")
    given = item["id"]
    if not isinstance(pattern, dict):
        if given != pattern:
            raise _Misfit("an id does not match the callback")
        return
    if not isinstance(given, dict) or set(given) != set(pattern):
        raise _Misfit("an id does not match the callback")
    for key, want in pattern.items():
        value = given[key]
        if isinstance(want, Wildcard):
            if not isinstance(value, _SCALARS):
                raise _Misfit("an id does not match the callback")
            if want is Wildcard.MATCH and matches.setdefault(key, value) != value:
                raise _Misfit("MATCH ids differ within the request")
        elif value != want or type(value) is not type(want):
            raise _Misfit("an id does not match the callback")


def _fits_wildcard_input(prop_id: str, declared: list[dict]) -> bool:
    id_part, _, prop = prop_id.rpartition(".")
    try:
        component_id = json.loads(id_part) if id_part.startswith("{") else None
    except ValueError:
        return False
    if not isinstance(component_id, dict):
        return False
    for spec in declared:
        pattern = _pattern(spec["id"])
        if isinstance(pattern, dict) and any(v in (Wildcard.ALL, Wildcard.ALLSMALLER) for v in pattern.values()):
            try:
                _check_item(pattern, spec["property"], {"id": component_id, "property": prop}, {}, False)
            except _Misfit:
                continue
            return True
    return False


def _flat(items: list) -> list[dict]:
    return [x for i in items for x in (i if isinstance(i, list) else [i])]


def _too_deep(value, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            if depth > limit:
                return True
            children = node.values() if isinstance(node, dict) else node
            stack.extend((c, depth + 1) for c in children)
    return False
