"""Static files without a browser: the plotly.js bundle is plotly.py's version and loads before
the locale, its precompressed copies hold exactly it, the cache headers and the compression
cache of dashboard/static_files.py, no dash_table script on the page, and heavy modules left
out of the app's start-up."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import brotli
import plotly.offline
import pytest

from dashboard import static_files
from dashboard.static_files import IMMUTABLE, REVALIDATE, accepted_encoding, classify

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "assets" / "plotly-bundle.min.js"


@pytest.fixture(scope="module")
def client():
    from dashboard.app import app

    return app.server.test_client()


def test_bundle_is_the_plotly_js_of_plotly_py():
    head = BUNDLE.read_text(encoding="utf-8")[:300]
    assert f"plotly.js v{plotly.offline.get_plotlyjs_version()} " in head
    # the version plotly.js reports at run time (Plotly.version) is set from the same package
    assert f'version="{plotly.offline.get_plotlyjs_version()}"' in BUNDLE.read_text(encoding="utf-8")


def _registered_traces() -> set[str]:
    # plotly.js registers each trace module as {moduleType:"trace",name:"<type>",...}
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', BUNDLE.read_text(encoding="utf-8")))


def _drawn_traces() -> set[str]:
    """Every trace type the dashboard draws: in each card's default figure (built through the
    registry), and any trace a figure module adds in other states (go.X(...), fig.add_x(...))."""
    import plotly.graph_objects as go
    from plotly.basedatatypes import BaseTraceType

    from dashboard.cards import registry

    used = set()
    for spec in registry.PAGES.values():
        for card in spec.cards:
            name = card if isinstance(card, str) else card.name
            used |= {tr.get("type", "scatter") for tr in registry.view(name, spec.defaults()).figure_dict()["data"]}
    for path in (ROOT / "dashboard" / "figures").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        names = re.findall(r"go\.(\w+)\(", text) + [n.title() for n in re.findall(r"\.add_(\w+)\(", text)]
        used |= {
            n.lower()
            for n in names
            if isinstance(getattr(go, n, None), type) and issubclass(getattr(go, n), BaseTraceType)
        }
    return used


def test_bundle_registers_every_trace_type_the_figures_draw_and_no_other():
    # A trace type missing from the bundle is drawn wrong or not at all (box plots once fell back to
    # lines); an extra one is JavaScript nobody uses.
    drawn = _drawn_traces()
    assert {"scatter", "bar", "box", "choropleth"} <= drawn  # the check sees what the cards draw
    assert _registered_traces() == drawn


def test_bundle_defaults_fetch_nothing_from_the_internet():
    # plotly.js ships with its world topojson on cdn.plot.ly and the chart upload on
    # cloud.plotly.com as config defaults; our build points them at our own server and at nothing.
    text = BUNDLE.read_text(encoding="utf-8")
    assert "https://cdn.plot.ly" not in text
    assert "cloud.plotly.com" not in text
    assert 'topojsonURL:{valType:"string",noBlank:!0,dflt:"/assets/topojson/"' in text
    assert 'plotlyServerURL:{valType:"string",dflt:""' in text
    assert (ROOT / "assets" / "topojson" / "world_110m.json").is_file()


def test_precompressed_copies_are_the_bundle():
    js = BUNDLE.read_bytes()
    assert brotli.decompress((BUNDLE.parent / (BUNDLE.name + ".br")).read_bytes()) == js
    assert gzip.decompress((BUNDLE.parent / (BUNDLE.name + ".gz")).read_bytes()) == js


def test_bundle_loads_before_the_locale_and_dash_table_is_gone(client):
    html = client.get("/").get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    names = [s.split("?")[0].rsplit("/", 1)[-1] for s in scripts]
    assert names.index("plotly-bundle.min.js") < names.index("plotly-locale-no.js")
    assert not [s for s in scripts if "dash_table" in s or "plotly.min.js" in s]


@pytest.mark.parametrize(
    "header, expected",
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip", "gzip"),
        ("br;q=0, gzip;q=0.5", "gzip"),
        ("identity", None),
        ("", None),
        ("*", "br"),
        ("zstd", None),
    ],
)
def test_encoding_follows_accept_encoding(header, expected):
    assert accepted_encoding(header) == expected


def test_fingerprinted_urls_are_immutable_the_rest_revalidates():
    suites = "/_dash-component-suites/dash/dcc/"
    assert classify(suites + "dash_core_components.v302d5b67c3m1795857325.js", "") == (
        suites + "dash_core_components.js",
        IMMUTABLE,
    )
    assert classify(suites + "async-markdown.js", "") == (suites + "async-markdown.js", REVALIDATE)
    assert classify("/assets/rusdash.js", "m=1795857267.24") == ("/assets/rusdash.js", IMMUTABLE)
    assert classify("/assets/geo/counties.geojson", "v=bfbe40ccb2f8") == ("/assets/geo/counties.geojson", IMMUTABLE)
    assert classify("/assets/topojson/world_110m.json", "") == ("/assets/topojson/world_110m.json", REVALIDATE)
    assert classify("/_dash-update-component", "") is None and classify("/dodsfall", "m=1") is None


def test_static_responses_are_compressed_once_and_decompress_to_the_file(client, monkeypatch):
    calls = []
    real = static_files.compress
    monkeypatch.setattr(static_files, "compress", lambda data, enc: calls.append(enc) or real(data, enc))
    raw = (ROOT / "assets" / "bootstrap.min.css").read_bytes()
    url = "/assets/bootstrap.min.css?m=123"
    for _ in range(3):
        r = client.get(url, headers={"Accept-Encoding": "gzip, br"})
        assert r.status_code == 200 and r.headers["Content-Encoding"] == "br"
        assert r.headers["Cache-Control"] == IMMUTABLE
        assert brotli.decompress(r.get_data()) == raw
    r = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert gzip.decompress(r.get_data()) == raw
    r = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in r.headers and r.get_data() == raw
    assert calls.count("br") <= 1 and calls.count("gzip") <= 1  # at most once each in this process


def test_the_bundle_is_sent_as_its_precompressed_copy(client):
    r = client.get("/assets/plotly-bundle.min.js?m=1", headers={"Accept-Encoding": "br"})
    assert r.get_data() == (BUNDLE.parent / (BUNDLE.name + ".br")).read_bytes()


def test_revalidated_files_answer_304_when_unchanged(client):
    url = "/assets/topojson/world_110m.json"
    r = client.get(url, headers={"Accept-Encoding": "br"})
    assert r.headers["Cache-Control"] == REVALIDATE and r.headers["ETag"]
    again = client.get(url, headers={"Accept-Encoding": "br", "If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""


def test_start_up_imports_no_heavy_module_it_does_not_need():
    code = "import sys, dashboard.app; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    for name in ("scipy", "openpyxl", "kaleido", "choreographer", "plotly.express", "xlsxwriter"):
        assert name not in loaded, name


def _preloads(html: str) -> dict[str, str]:
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<link rel="preload" href="([^"]+)" as="(\w+)"', head))


@pytest.mark.parametrize("path", ["/cannabis", "/dodsfall"])
def test_chart_page_head_asks_for_layout_callbacks_and_lazy_chart_code(client, path):
    links = _preloads(client.get(path).get_data(as_text=True))
    assert links == {
        "/_dash-layout": "fetch",
        "/_dash-dependencies": "fetch",
        "/_dash-component-suites/dash/dcc/async-graph.js": "script",
        "/_dash-component-suites/dash/dcc/async-slider.js": "script",
        "/_dash-component-suites/dash/dcc/async-dropdown.js": "script",
    }
    # each names a file the server has (dcc's chunks are its own files, not fingerprinted)
    for href, kind in links.items():
        if kind == "script":
            assert client.get(href).status_code == 200, href


def test_page_without_charts_asks_early_for_layout_and_callbacks_only(client):
    assert _preloads(client.get("/om-tallene").get_data(as_text=True)) == {
        "/_dash-layout": "fetch",
        "/_dash-dependencies": "fetch",
    }


def _static_urls(html: str) -> list[str]:
    found = re.findall(r'(?:src|href)="([^"]+)"', html)
    return sorted({u for u in found if u.startswith(("/assets/", "/_dash-component-suites/"))})


@pytest.fixture
def flask_calls(client, monkeypatch):
    """The paths of the requests that reach Flask behind dashboard/static_files.py's Prebuilt layer,
    filled as a gunicorn worker fills it when it starts (dashboard/app.py warm_worker)."""
    from dashboard.app import app, prebuild_static

    layer = app.server.wsgi_app
    assert isinstance(layer, static_files.Prebuilt)
    prebuild_static()
    calls: list[str] = []
    inner = layer.app
    monkeypatch.setattr(
        layer, "app", lambda environ, start: calls.append(environ["PATH_INFO"]) or inner(environ, start)
    )
    return calls


@pytest.mark.parametrize("path", ["/", "/cannabis", "/avlopsvann"])
def test_the_index_pages_scripts_and_styles_come_before_flask_as_flask_sends_them(
    client, flask_calls, path, monkeypatch
):
    from dashboard.app import app

    urls = _static_urls(client.get(path).get_data(as_text=True))
    assert sum(u.endswith(".js") or ".js?" in u for u in urls) >= 15 and any(".css?" in u for u in urls)
    flask_calls.clear()
    fast = {u: client.get(u, headers={"Accept-Encoding": "gzip, br"}) for u in urls}
    assert flask_calls == []
    monkeypatch.setattr(app.server.wsgi_app, "table", {})  # now every request reaches Flask
    for url, r in fast.items():
        slow = client.get(url, headers={"Accept-Encoding": "gzip, br"})
        undated = [{k: v for k, v in x.headers.items() if k != "Date"} for x in (r, slow)]
        assert "Date" not in r.headers  # the server's own is the current one
        assert (r.status_code, undated[0], r.get_data()) == (slow.status_code, undated[1], slow.get_data())
        assert r.status_code == 200 and r.headers["Cache-Control"] in (IMMUTABLE, REVALIDATE)
    assert len(flask_calls) == len(urls)


def test_conditional_range_other_query_head_and_uncompressed_requests_go_to_flask(client, flask_calls):
    urls = _static_urls(client.get("/cannabis").get_data(as_text=True))
    chunk = next(u for u in urls if u.endswith("/dcc/async-graph.js"))
    css = next(u for u in urls if u.startswith("/assets/bootstrap.min.css?"))
    etag = client.get(chunk, headers={"Accept-Encoding": "br"}).headers["ETag"]
    flask_calls.clear()
    assert client.get(chunk, headers={"Accept-Encoding": "br", "If-None-Match": etag}).status_code == 304
    r = client.get("/assets/bootstrap.min.css?m=1", headers={"Accept-Encoding": "br"})
    assert r.status_code == 200 and r.headers["Content-Encoding"] == "br"
    assert client.head(css, headers={"Accept-Encoding": "br"}).status_code == 200
    r = client.get(css, headers={"Accept-Encoding": "br", "Range": "bytes=0-9"})
    assert r.status_code in (200, 206)  # whatever Flask makes of a range: asked of Flask
    r = client.get(css, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in r.headers and r.get_data() == (ROOT / "assets" / "bootstrap.min.css").read_bytes()
    assert flask_calls == ["/_dash-component-suites/dash/dcc/async-graph.js"] + ["/assets/bootstrap.min.css"] * 4
