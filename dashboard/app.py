"""The app factory. gunicorn serves `dashboard.app:server` (see gunicorn.conf.py and Procfile).
The HTTP hardening (request guard, body limit, 404s, no versions, security headers and CSP) is
dashboard/server.py."""

from __future__ import annotations

import gc
import os
import re

import dash
import dash_bootstrap_components as dbc
from dash import Dash, html
from flask import g, has_request_context, request

from dashboard import precomputed, static_files
from dashboard.cards import registry
from dashboard.components import page_container, shell
from dashboard.data import store
from dashboard.data.paths import ROOT
from dashboard.i18n import t
from dashboard.server import DashboardDash, harden


def create_app() -> Dash:
    # Validate every table before serving: a malformed file stops start-up with file/row/column.
    store.load_all()
    app = DashboardDash(
        "dashboard",  # the package name, so pages import as dashboard.pages.<name>
        use_pages=True,
        pages_folder=str(ROOT / "dashboard" / "pages"),
        assets_folder=str(ROOT / "assets"),
        serve_locally=True,  # every script from the app itself: works on a closed network
        compress=True,
        health_endpoint="health",
        title=t("app.title"),
        update_title=None,
        suppress_callback_exceptions=True,  # pages add their components after the shell
    )
    # A function: Dash calls it per page load, in the request's language (?lang=en); the index
    # page's <html lang> and title are set per response by DashboardDash (dashboard/server.py).
    app.layout = _layout
    app.chart_paths = frozenset(spec.path for spec in registry.PAGES.values())
    _lean_index(app)
    _answer_unknown_paths_with_404(app)
    harden(app)  # before the first request: Flask takes no hooks after it
    # Dash registers its script paths on the first request of each process, and two concurrent
    # first requests race: the second sees the set-up flag before the registry is filled and
    # answers 500 for a script. One request here, before gunicorn forks, sets up every worker.
    app.server.test_client().get("/")
    precomputed.fingerprint()  # once here: gunicorn's workers inherit it (dashboard/precomputed.py)
    # The layer that answers the index pages' scripts and styles before Flask, empty: each worker
    # fills it as it starts, then builds the pages' layouts and the Europe card's rankings
    # (warm_worker; made here, they cost the cold start about 0.3 s).
    static_files.install_prebuilt(app)
    # Everything loaded so far (libraries, data, layouts) lives as long as the process: out of the
    # collector's sight, a full collection no longer walks it in the middle of a request, and the
    # forked workers' pages stay shared (the gc.freeze documentation's advice for pre-fork servers).
    gc.freeze()
    return app


def _plain_pages(app: Dash) -> list[str]:
    return ["/", *sorted(app.chart_paths)]


def warm_worker() -> None:
    """What each gunicorn worker makes in the background once it serves (gunicorn.conf.py
    post_worker_init), in the order a visit asks for it: the scripts and styles of the index pages
    (every chart page names the same ones, so the first stands for all), the pages' layouts, the
    Europe card's per-substance rankings. Made in the master before the fork, the first and the
    last added about 0.3 s to the cold start (bench/startup.py: 0.21 s the rankings, 0.08 s the
    files); until they are made, a request is answered as it was before: by Flask, or with a
    ranking built for it (15-20 ms)."""
    prebuild_static()
    warm_layouts()
    registry.warm_caches()


def prebuild_static() -> None:
    static_files.prebuild(app, _plain_pages(app)[:2])


def warm_layouts() -> None:
    """Build and keep the layouts of the pages' plain addresses (dashboard/layout_cache.py), so the
    first visit of a page to a worker does not wait for it. Each worker runs it in the background
    once it serves (warm_worker): in the master it would add 0.4-0.6 s to the start
    (/dodsfall's county map and trend text are built, and scipy imported). Only with the store in
    use: built live, without it, they take seconds, and the first visits build them anyway."""
    if precomputed.store_path() is not None and precomputed.is_current():
        app.prebuild_layouts(_plain_pages(app))


def _layout() -> html.Div:
    return html.Div(
        [
            shell.skip_link(),  # first: the first Tab stop of every page
            shell.navbar(),
            shell.main(dbc.Container(_page_container(), fluid="lg", id="main", className="main")),
            shell.footer(),
        ]
    )


def _page_container():
    """The requested page in the first layout (dashboard/components/page_container.py): the layout
    request carries the page's address as its Referer."""
    app = dash.get_app()
    if has_request_context() and request.path == app.config.routes_pathname_prefix + "_dash-layout":
        # the address it is built for: the stand-in of dashboard/layout_cache.py when it is kept
        return page_container.container(app, g.get("layout_referrer", request.referrer))
    return dash.page_container


# Dash's babel polyfill (core-js 2 and regenerator, 99 KB) is left out of the index page: no
# browser of recent years needs it, and core-js swaps String.prototype.trim for a slower copy of
# its own, which plotly calls for every text it draws. Running it cost 100-150 ms of CPU per page
# load (bench/repaint_profile.py). The one thing Dash still takes from it, regeneratorRuntime (for
# dcc's lazily loaded graph, slider and dropdown), dash_bootstrap_components' bundle defines
# before Dash's scripts run.
_POLYFILL = re.compile(r'\s*<script src="[^"]*/_dash-component-suites/dash/deps/polyfill@[^"]*"></script>')


# The plotly bundle is the largest script (400 KB compressed) and the page can draw nothing before it
# has run, but it comes 11th of the index page's scripts: with the browser's six connections per
# host busy with the style sheets and the scripts before it, it used to be requested late and
# arrive last. A preload hint at the top of <head> asks for it first. (A prefetch hint for dcc's
# lazily loaded graph chunk was tried: Chromium fetched the chunk twice, so it is left out. Loading
# the bundle async was tried too: it arrives with the other scripts and ran before Dash's renderer
# started all the same, so first chart did not change.)
_PLOTLY = re.compile(r'<script src="([^"]*/assets/plotly-bundle[^"]*)"></script>')
_HEAD = re.compile(r"<head>")


def _hints(page: str) -> str:
    found = _PLOTLY.search(page)
    if not found:
        return page
    link = f'<link rel="preload" as="script" href="{found.group(1)}">'
    return _HEAD.sub(lambda m: m.group(0) + link, page, count=1)


def _lean_index(app: Dash) -> None:
    """The index page without Dash's polyfill, with hints for the scripts the first chart waits for."""
    interpolate = app.interpolate_index

    def index(**kwargs) -> str:
        return _hints(_POLYFILL.sub("", interpolate(**kwargs)))

    app.interpolate_index = index


def _answer_unknown_paths_with_404(app: Dash) -> None:
    """Dash Pages renders its friendly 404 page for any path, with HTTP 200. Keep the page, but
    send status 404 for paths that are no page, so links checkers and crawlers see the truth."""
    pages = {p["path"] for p in dash.page_registry.values() if p["path"] != "/404"}

    @app.server.after_request
    def _status(response):
        from flask import request

        path = request.path.rstrip("/") or "/"
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.mimetype == "text/html"
            and path not in pages
            and not path.startswith(("/_", "/assets"))
        ):
            response.status_code = 404
        return response


app = create_app()
server = app.server

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 8050)), debug=os.environ.get("DASHBOARD_DEBUG") == "1")
