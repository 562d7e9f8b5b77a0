"""Batch export of the dashboard's charts, server-side with kaleido and Debian's Chromium.

    python -m dashboard.export --out DIR --format png|svg|pdf [--page PAGE] [--query 'k=men&a=16-30']

Renders every chart card of every page (or of one page) in its default state, or in the state
given by a URL query string, with the same pure functions the pages use. One Chromium is kept
running for the whole run (kaleido's sync server), so only the first image pays the start-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import parse_qsl

FORMATS = ("png", "svg", "pdf")
# The county map needs plotly's world topojson; kaleido must read the app's own copy, not a CDN.
TOPOJSON_URL = (Path(__file__).resolve().parents[1] / "assets" / "topojson").as_uri() + "/"
BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


class ExportError(Exception):
    """A clear, user-facing reason why the export cannot run."""


def find_browser() -> str:
    """The Chromium kaleido will drive; BROWSER_PATH overrides (as in kaleido's own lookup)."""
    override = os.environ.get("BROWSER_PATH")
    if override is not None:
        if os.path.isfile(override) and os.access(override, os.X_OK):
            return override
        raise ExportError(
            f"BROWSER_PATH={override} is not an executable file. "
            "Install Debian's Chromium (apt-get install chromium) or correct BROWSER_PATH."
        )
    for name in BROWSER_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    raise ExportError(
        "Chromium was not found. Install Debian's Chromium with "
        "'apt-get install chromium' (or set BROWSER_PATH), then run the export again."
    )


def page_specs() -> dict[str, object]:
    """Page path (without '/') -> page declaration, for every page with chart cards (the registry)."""
    import dashboard.cards  # noqa: F401  (registers every card)
    from dashboard.cards.registry import PAGES

    return {spec.path.strip("/"): spec for spec in PAGES.values() if spec.cards}


def parse_query(text: str | None) -> dict:
    return dict(parse_qsl((text or "").lstrip("?"), keep_blank_values=False))


def export(
    out: Path,
    fmt: str,
    page: str | None = None,
    query: dict | None = None,
    width: int = 1600,
    height: int = 900,
    scale: float = 1.0,
) -> list[tuple[Path, float]]:
    """Write the images; returns (file, seconds) per image."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
    specs = page_specs()
    if page is not None and page.strip("/") not in specs:
        raise ExportError(f"unknown page '{page}': choose one of {', '.join(sorted(specs))}")
    selected = {page.strip("/"): specs[page.strip("/")]} if page else specs
    browser = find_browser()
    os.environ.setdefault("BROWSER_PATH", browser)

    import kaleido

    out.mkdir(parents=True, exist_ok=True)
    kaleido.start_sync_server(silence_warnings=True)
    written: list[tuple[Path, float]] = []
    try:
        for name, spec in selected.items():
            for card, fig in spec.figures(query or {}).items():
                path = out / f"{card}.{fmt}"
                start = time.perf_counter()
                kaleido.write_fig_sync(
                    fig,
                    path=str(path),
                    opts={"format": fmt, "width": width, "height": height, "scale": scale},
                    topojson=TOPOJSON_URL,
                )
                if not path.exists() or path.stat().st_size == 0:
                    raise ExportError(f"{name}: the chart '{card}' was not rendered to {path}")
                written.append((path, time.perf_counter() - start))
    except Exception as exc:  # kaleido/choreographer errors: say what failed, not a traceback
        if isinstance(exc, ExportError):
            raise
        raise ExportError(f"the image could not be rendered ({type(exc).__name__}: {exc})") from exc
    finally:
        kaleido.stop_sync_server(silence_warnings=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.export", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the files")
    parser.add_argument("--format", default="png", help="png, svg or pdf")
    parser.add_argument("--page", help="one page, e.g. cannabis or dodsfall (default: all)")
    parser.add_argument("--query", help="a URL query string for the page's filters, e.g. 'k=men&a=16-30'")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    try:
        written = export(args.out, args.format, args.page, parse_query(args.query), args.width, args.height, args.scale)
    except ExportError as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 2
    for path, seconds in written:
        print(f"{path}\t{seconds:.2f} s")
    if written:
        total = sum(s for _, s in written)
        print(
            f"{len(written)} images, {total:.1f} s, {total / len(written):.2f} s per image "
            f"(first {written[0][1]:.2f} s)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
