"""Full-page screenshots of every page of the dashboard, for docs/screenshots.md.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--width 1280] [--url http://127.0.0.1:8050]
                                          [--pages / /cannabis ...]

Without --url it starts the app under gunicorn (gunicorn.conf.py, a free local port) and stops it
afterwards. Each page is opened in Debian's Chromium (Playwright, never a downloaded browser) at
the given width and photographed once every chart on it is drawn: plotly has laid it out and the
page's own after-draw step has run (the viewBox assets/rusdash.js gives each chart's SVG), and the
browser has no request in flight. No fixed waits: only conditions.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the tests' browser and flags)
from tests.gunicorn_server import gunicorn  # noqa: E402

# Page path -> file name (the front page has no path of its own).
PAGES = {
    "/": "forside",
    "/cannabis": "cannabis",
    "/sentralstimulerende": "sentralstimulerende",
    "/dodsfall": "dodsfall",
    "/injisering": "injisering",
    "/avlopsvann": "avlopsvann",
    "/om-tallene": "om-tallene",
}
TIMEOUT_MS = 60_000

# Every chart of the page drawn and fitted (a hidden view's graph counts once it has a layout).
CHARTS_DRAWN = """() => {
    const graphs = [...document.querySelectorAll('#_pages_content .dash-graph')];
    return graphs.every(d => {
        const g = d.querySelector('.js-plotly-plot');
        return g && g._fullLayout && g.querySelector('svg.main-svg');
    });
}"""


@contextlib.contextmanager
def server(url: str | None):
    if url:
        yield url.rstrip("/")
        return
    log: list[str] = []
    with gunicorn(log) as started:
        yield started


def shoot(base: str, out: Path, width: int, pages: dict[str, str], height: int = 900) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, locale="nb-NO")
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            for path, stem in pages.items():
                page.goto(base + path)
                page.wait_for_selector("#_pages_content h1")
                page.wait_for_function(CHARTS_DRAWN)
                page.wait_for_load_state("networkidle")
                # A graph redrawn after the last request (responsive resize) is drawn again by now;
                # two animation frames let the after-draw steps finish.
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                page.wait_for_function(CHARTS_DRAWN)
                file = out / f"{stem}.png"
                page.screenshot(path=str(file), full_page=True)
                written.append(file)
                print(f"{path}\t{file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}")
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--url", help="a running dashboard (default: start one under gunicorn)")
    parser.add_argument("--pages", nargs="*", help=f"paths (default: {' '.join(PAGES)})")
    args = parser.parse_args(argv)
    pages = {p: PAGES.get(p, p.strip("/") or "forside") for p in args.pages} if args.pages else PAGES
    with server(args.url) as base:
        shoot(base, args.out, args.width, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
