"""Every card's exported image keeps all its text inside the image and legible (issue 15).

Each card of the registry, in its default state, goes the batch export's way (dashboard.export:
the registry's figure, laid out for the image size by figures/textfit.py) through kaleido, with
one Chromium kept running (kaleido.start_sync_server), as SVG: the same drawing as the PNG, with
its text as <text> elements. Debian's Chromium (Playwright) then measures the box of every text
element against the image and against the others. Sizes: the 1600×900 slide PNG, and the width
of a half-width card on a 1,280 px screen (the /dodsfall pairs; the on-screen PNG is drawn at the
card's size) at the card's own height.

A failure lists every text outside the image, and every title, subtitle, legend entry, source
line, axis title, tick label or note that covers another text (data labels on bars and points
only count when outside). The counts per size are printed (pytest -s shows them).

A second test, without a browser: no band (a filled interval) draws markers. A scatter trace
without a mode draws markers when it has 20 points or fewer, so a band over few years sprouted
dots; every fill trace, and the edge a "tonext" fill closes on, must say lines or none.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard import export
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

SLIDE = (1600, 900)
HALF_CARD = 420  # px: a card in a 5/12 column of the 1,140 px container, less its padding
BAND_STATES = {"cannabis": [{}, {"fra": "2018"}], "sentralstimulerende": [{}, {"fra": "2019"}]}

# Classifies a <text> of plotly's SVG by the groups around it; returns what is wrong.
CHECK = """() => {
  const svg = document.querySelector('svg');
  const r = svg.getBoundingClientRect();
  const W = parseFloat(svg.getAttribute('width')), H = parseFloat(svg.getAttribute('height'));
  const kind = el => {
    const c = [el, el.parentNode, el.parentNode.parentNode]
      .map(e => (e.getAttribute && e.getAttribute('class')) || '').join(' ');
    if (/gtitle-subtitle/.test(c)) return 'subtitle';
    if (/gtitle/.test(c)) return 'title';
    if (/legendtext/.test(c)) return 'legend entry';
    if (/(^|\\s)[xy]\\d*tick(\\s|$)/.test(c)) return 'tick label';
    if (/(^|\\s)[xy]\\d*title(\\s|$)/.test(c)) return 'axis title';
    if (/annotation/.test(c)) return /^(Kilde|Source)/.test(el.textContent) ? 'source line' : 'note';
    if (/colorbar|cbtitle|cbaxis/.test(c)) return 'colour scale';
    return 'data label';
  };
  const items = [...svg.querySelectorAll('text')]
    .filter(el => el.textContent.trim() && el.getBoundingClientRect().width)
    .map(el => {
      const b = el.getBoundingClientRect();
      return {k: kind(el), s: el.textContent.slice(0, 48),
              l: b.left - r.left, t: b.top - r.top, r: b.right - r.left, b: b.bottom - r.top};
    });
  const out = [];
  for (const i of items) {
    if (i.l < -0.5 || i.t < -0.5 || i.r > W + 0.5 || i.b > H + 0.5) {
      out.push(`${i.k} outside the ${W}×${H} image at [${Math.round(i.l)}, ${Math.round(i.t)}, `
        + `${Math.round(i.r)}, ${Math.round(i.b)}]: ${i.s}`);
    }
  }
  const over = (a, b) => Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1;
  const texts = items.filter(i => i.k !== 'data label');
  for (let x = 0; x < texts.length; x++) {
    for (let y = x + 1; y < texts.length; y++) {
      if (over(texts[x], texts[y])) out.push(`${texts[x].k} covers ${texts[y].k}: ${texts[x].s} | ${texts[y].s}`);
    }
  }
  return {count: items.length, problems: out};
}"""


def _cards():
    specs = export.page_specs()
    return [(name, spec, card) for name, spec in specs.items() for card in spec.cards]


@pytest.fixture(scope="module")
def kaleido_server():
    kaleido = pytest.importorskip("kaleido")
    kaleido.start_sync_server(silence_warnings=True)
    yield kaleido
    kaleido.stop_sync_server(silence_warnings=True)


def measure(svgs: list[bytes]) -> list[dict]:
    """CHECK's findings for each SVG, in Debian's Chromium through Playwright. In a thread of its
    own: the browser tests' session keeps Playwright's sync API running in the main thread, and
    a second one cannot start beside it there."""

    def run():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1700, "height": 1000})
                out = []
                for svg in svgs:
                    page.set_content('<html><body style="margin:0">' + svg.decode("utf-8") + "</body></html>")
                    out.append(page.evaluate(CHECK))
                return out
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=600)


def all_problems(kaleido, layout=export.figures) -> dict[str, dict[str, list[str]]]:
    """Size -> card -> problems, for every card in its default state at both sizes; `layout`
    makes a page's figures for an image size (the batch export's own by default; height None:
    the card's own)."""
    rendered = []  # (size label, card, svg)
    for spec in export.page_specs().values():
        for label, (width, height) in (("1600×900", SLIDE), (f"{HALF_CARD} px wide", (HALF_CARD, None))):
            for card_name, fig in layout(spec, {}, width, height).items():
                size = {"format": "svg", "width": width, "height": int(fig.layout.height)}
                svg = kaleido.calc_fig_sync(fig, opts=size, topojson=export.TOPOJSON_URL)
                rendered.append((label, card_name, svg))
    out: dict[str, dict[str, list[str]]] = {}
    for (label, card_name, _), found in zip(rendered, measure([r[2] for r in rendered]), strict=True):
        assert found["count"] > 3, (card_name, label, "hardly any text drawn")
        out.setdefault(label, {})[card_name] = found["problems"]
    return out


@pytest.mark.kaleido
def test_every_exported_image_keeps_its_text_inside_and_apart(kaleido_server):
    found = all_problems(kaleido_server)
    report = []
    for label, cards in found.items():
        bad = {c: p for c, p in cards.items() if p}
        print(f"{label}: {len(cards)} cards, {len(bad)} with text cut or covered, {sum(map(len, bad.values()))} texts")
        report += [f"{card} at {label}: {p}" for card, ps in bad.items() for p in ps]
    assert all(len(cards) == len(_cards()) for cards in found.values())
    assert report == [], "\n".join(report)


def _fill_partners(fig) -> list:
    """Every fill trace, and the trace a "tonext" fill closes on (the band's other edge)."""
    traces = list(fig.data)
    out = []
    for i, tr in enumerate(traces):
        fill = getattr(tr, "fill", None)
        if fill in (None, "none"):
            continue
        out.append((i, tr))
        if fill.startswith("tonext") and i > 0:
            out.append((i - 1, traces[i - 1]))
    return out


def test_no_band_draws_markers():
    checked = 0
    for name, spec in export.page_specs().items():
        for query in BAND_STATES.get(name, [{}]):
            for card_name, fig in spec.figures(query).items():
                for i, tr in _fill_partners(fig):
                    if tr.type != "scatter":
                        continue
                    checked += 1
                    assert tr.mode in ("lines", "none"), (name, query, card_name, i, tr.name, tr.mode)
    assert checked >= 10  # the survey pages' bands, the deaths trend's interval
