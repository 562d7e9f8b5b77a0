"""Batch export of the dashboard's charts, server-side with kaleido and Debian's Chromium.

    python -m dashboard.export --out DIR --format png|svg|pdf [--page PAGE] [--query 'k=men&a=16-30']
                               [--width W --height H --scale S] [--start-timeout S] [--image-timeout S]

Renders every chart card of every page (or of one page) in its default state, or in the state
given by a URL query string, with the same pure functions the pages use, each laid out for the
image's size (dashboard/figures/textfit.py: title, subtitle and source line wrapped to the width,
margins that hold them). One Chromium is kept running for the whole run, so only the first image
pays the start-up (its time includes it).

Every failure ends the run with one line on standard error that starts with "export failed:" and
exit code 2 (bad input or set-up: arguments, output folder, Chromium or kaleido missing) or 1 (the
rendering failed: Chromium did not start, an image failed or took too long). Kaleido runs on its
own event loop in a daemon thread; the main thread bounds Chromium's start and every image in
time, and on a failure kills Chromium's process group itself, so no run hangs or leaves a browser
behind.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl

FORMATS = ("png", "svg", "pdf")
# The county map needs plotly's world topojson; kaleido must read the app's own copy, not a CDN.
TOPOJSON_URL = (Path(__file__).resolve().parents[1] / "assets" / "topojson").as_uri() + "/"
BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")

# Image size: width and height in CSS pixels, scale multiplies both; the image itself (size × scale)
# stays within what Chromium renders comfortably.
SIDE_BOUNDS = (100, 5000)
SCALE_BOUNDS = (0.1, 5.0)
MAX_PIXELS_PER_SIDE = 10_000

# Time bounds in seconds; flags override the environment, the environment overrides the defaults.
START_TIMEOUT_ENV = "EXPORT_START_TIMEOUT"
IMAGE_TIMEOUT_ENV = "EXPORT_IMAGE_TIMEOUT"
DEFAULT_START_TIMEOUT = 20.0
DEFAULT_IMAGE_TIMEOUT = 60.0
MAX_TIMEOUT = 3600.0
CLOSE_TIMEOUT = 10.0  # a graceful close of Chromium before it is killed
QUIET_LOGGERS = ("choreographer", "kaleido", "logistro", "browser_proc", "chrome_wrapper")


class ExportError(Exception):
    """A clear, user-facing reason why the export cannot run (bad input or set-up: exit code 2)."""

    exit_code = 2


class RenderError(ExportError):
    """Chromium or kaleido failed while rendering (exit code 1)."""

    exit_code = 1


def one_line(text: object) -> str:
    return " ".join(str(text).split())


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


def import_kaleido():
    try:
        import kaleido
    except ImportError as exc:
        raise ExportError(
            f"kaleido cannot be imported ({one_line(exc)}). Install the project's dependencies "
            "with 'make install' (or '.venv/bin/pip install -e .'), then run the export again."
        ) from exc
    return kaleido


def page_specs() -> dict[str, object]:
    """Page path (without '/') -> page declaration, for every page with chart cards (the registry)."""
    import dashboard.cards  # noqa: F401  (registers every card)
    from dashboard.cards.registry import PAGES

    return {spec.path.strip("/"): spec for spec in PAGES.values() if spec.cards}


def figures(spec, query: dict | None, width: int, height: int | None) -> dict:
    """{card: figure} of one page in a URL state, each laid out for a width × height image (height
    None: the figure's own): title, subtitle and source line wrapped to the width, margins that
    hold them (figures/textfit.py). The county map's figure names its geometry by URL (a static asset the browser caches); kaleido
    renders offline, so it gets the geometry itself."""
    from dashboard.data.store import counties_geojson
    from dashboard.figures.maps import inline_geometry
    from dashboard.figures.textfit import fit

    return {c: fit(inline_geometry(f, counties_geojson()), width, height) for c, f in spec.figures(query or {}).items()}


def parse_query(text: str | None) -> dict:
    return dict(parse_qsl((text or "").lstrip("?"), keep_blank_values=False))


def check_size(width: int, height: int, scale: float) -> None:
    lo, hi = SIDE_BOUNDS
    for name, value in (("width", width), ("height", height)):
        if not lo <= value <= hi:
            raise ExportError(f"--{name} {value} is out of bounds: choose {lo}–{hi} pixels")
    lo_s, hi_s = SCALE_BOUNDS
    if not (math.isfinite(scale) and lo_s <= scale <= hi_s):
        raise ExportError(f"--scale {scale:g} is out of bounds: choose {lo_s:g}–{hi_s:g}")
    if max(width, height) * scale > MAX_PIXELS_PER_SIDE:
        raise ExportError(
            f"{width}×{height} at scale {scale:g} is {round(width * scale)}×{round(height * scale)} pixels: "
            f"at most {MAX_PIXELS_PER_SIDE} pixels per side (lower --scale or the size)"
        )


def check_timeout(name: str, value: float) -> float:
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT):
        raise ExportError(f"{name} {value:g} is out of bounds: choose more than 0 and at most {MAX_TIMEOUT:g} seconds")
    return value


def timeout_from(flag: str, value: float | None, env: str, default: float) -> float:
    """The flag's value, else the environment variable's, else the default (checked)."""
    if value is not None:
        return check_timeout(flag, value)
    text = os.environ.get(env)
    if text is None or not text.strip():
        return default
    try:
        number = float(text)
    except ValueError:
        raise ExportError(f"{env}={text!r} is not a number of seconds") from None
    return check_timeout(env, number)


def prepare_out(out: Path) -> None:
    """Create the output folder and prove it takes files (before Chromium is started)."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out} is a file, not a folder: choose a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ExportError(f"--out {out} is not a writable folder ({reason}): choose another folder") from exc


class Renderer:
    """Kaleido's async API on an event loop in a daemon thread. The main thread waits for each step
    with a time limit; when one does not finish, the step is cancelled and Chromium's process group
    (choreographer starts it in a session of its own) is killed, so nothing is left running."""

    def __init__(self, kaleido, browser: str, start_timeout: float, image_timeout: float) -> None:
        self._kaleido_module = kaleido
        self.browser = browser
        self.start_timeout = start_timeout
        self.image_timeout = image_timeout
        self._k = None
        self._loop = asyncio.new_event_loop()
        # A step cancelled on its time limit may end in an exception nobody retrieves; the failure is
        # reported once, by the main thread, so asyncio must not log it to stderr.
        self._loop.set_exception_handler(lambda _loop, _context: None)
        self._thread = threading.Thread(target=self._loop.run_forever, name="dashboard-export-kaleido", daemon=True)
        self._thread.start()

    def _run(self, coro, timeout: float):
        """The coroutine's result; TimeoutError (after cancelling it) when it takes longer than timeout."""
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise

    def start(self) -> None:
        """Start Chromium in the background (the figures are built meanwhile); render() waits for it."""

        async def open_browser():
            self._k = self._kaleido_module.Kaleido(n=1, timeout=self.image_timeout, path=self.browser)
            await self._k.open()

        self._start_deadline = time.monotonic() + self.start_timeout
        self._started = asyncio.run_coroutine_threadsafe(open_browser(), self._loop)

    def wait_started(self) -> None:
        try:
            self._started.result(max(0.0, self._start_deadline - time.monotonic()))
        except TimeoutError:
            self._started.cancel()
            raise RenderError(
                f"Chromium ({self.browser}) did not start within {self.start_timeout:g} s "
                f"(--start-timeout or {START_TIMEOUT_ENV} sets the limit)"
            ) from None
        except Exception as exc:
            if type(exc).__name__ in ("BrowserFailedError", "BrowserClosedError"):  # choreographer's
                reason = "it closed right after starting"
            else:
                reason = f"{type(exc).__name__}: {one_line(exc)[:300]}"
            raise RenderError(
                f"Chromium ({self.browser}) did not start ({reason}). Check that "
                f"'{self.browser} --headless --version' runs, or set BROWSER_PATH to a working Chromium."
            ) from exc

    def render(self, fig, fmt: str, width: int, height: int, scale: float) -> bytes:
        """The image's bytes (after wait_started()); TimeoutError when it takes longer than the image limit."""
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        return self._run(self._k.calc_fig(fig, opts=opts, topojson=TOPOJSON_URL), self.image_timeout)

    def _kill_browser(self) -> None:
        proc = getattr(self._k, "subprocess", None)
        if proc is None:
            return
        # Chromium runs under choreographer's wrapper, which leads a process group of its own.
        for sig, grace in ((signal.SIGTERM, 1), (signal.SIGKILL, 3)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(grace)
                return
            except subprocess.TimeoutExpired:
                continue

    def close(self, *, failed: bool) -> None:
        """Close Chromium (after a failure: kill it first) and stop the loop; bounded in time."""
        try:
            if self._k is not None:
                if failed:
                    self._kill_browser()
                with contextlib.suppress(Exception):  # a close that fails or hangs is followed by the kill
                    self._run(self._k.close(), CLOSE_TIMEOUT)
                self._kill_browser()
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(2)


def export(
    out: Path,
    fmt: str,
    page: str | None = None,
    query: dict | None = None,
    width: int = 1600,
    height: int = 900,
    scale: float = 1.0,
    start_timeout: float = DEFAULT_START_TIMEOUT,
    image_timeout: float = DEFAULT_IMAGE_TIMEOUT,
) -> list[tuple[Path, float]]:
    """Write the images; returns (file, seconds) per image. Raises ExportError (or RenderError)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
    check_size(width, height, scale)
    check_timeout("start timeout", start_timeout)
    check_timeout("image timeout", image_timeout)
    specs = page_specs()
    if page is not None and page.strip("/") not in specs:
        raise ExportError(f"unknown page '{page}': choose one of {', '.join(sorted(specs))}")
    selected = {page.strip("/"): specs[page.strip("/")]} if page else specs
    browser = find_browser()
    kaleido = import_kaleido()
    prepare_out(out)

    # choreographer and kaleido log warnings (e.g. "Browser is being closed by watchdog") to stderr;
    # the failure is reported in one line instead.
    loggers = [logging.getLogger(name) for name in QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    renderer = Renderer(kaleido, browser, start_timeout, image_timeout)
    failed = True
    written: list[tuple[Path, float]] = []
    try:
        start = time.perf_counter()  # the first image's time includes Chromium's start-up
        renderer.start()
        for name, spec in selected.items():
            built = figures(spec, query, width, height)
            renderer.wait_started()
            for card, fig in built.items():
                path = out / f"{card}.{fmt}"
                try:
                    data = renderer.render(fig, fmt, width, height, scale)
                except TimeoutError:
                    raise RenderError(
                        f"{name}: the chart '{card}' was not rendered within {image_timeout:g} s "
                        f"(--image-timeout or {IMAGE_TIMEOUT_ENV} sets the limit)"
                    ) from None
                except Exception as exc:  # kaleido/choreographer errors: say what failed, not a traceback
                    raise RenderError(
                        f"{name}: the chart '{card}' could not be rendered ({type(exc).__name__}: {one_line(exc)[:300]})"
                    ) from exc
                if not data:
                    raise RenderError(f"{name}: the chart '{card}' was rendered empty")
                try:
                    path.write_bytes(data)
                except OSError as exc:
                    raise RenderError(f"{path} could not be written ({exc.strerror or type(exc).__name__})") from exc
                written.append((path, time.perf_counter() - start))
                start = time.perf_counter()
        failed = False
    finally:
        renderer.close(failed=failed)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    return written


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one 'export failed:' line with exit code 2 (no usage dump)."""

    def error(self, message: str):
        raise _UsageError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    lo, hi = SIDE_BOUNDS
    lo_s, hi_s = SCALE_BOUNDS
    parser = _Parser(
        prog="python -m dashboard.export",
        description=__doc__.splitlines()[0],
        epilog="Exit codes: 0 done, 2 bad input or set-up, 1 rendering failed; a failure prints one line "
        "starting with 'export failed:' on standard error.",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for the files (created if missing)")
    parser.add_argument("--format", default="png", help="png, svg or pdf")
    parser.add_argument("--page", help="one page, e.g. cannabis or dodsfall (default: all)")
    parser.add_argument("--query", help="a URL query string for the page's filters, e.g. 'k=men&a=16-30'")
    parser.add_argument(
        "--width", type=int, default=1600, metavar="PX", help=f"image width in pixels, {lo}–{hi} (default 1600)"
    )
    parser.add_argument(
        "--height", type=int, default=900, metavar="PX", help=f"image height in pixels, {lo}–{hi} (default 900)"
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="S",
        help=f"multiplies width and height, {lo_s:g}–{hi_s:g}; the image (size × scale) has at most "
        f"{MAX_PIXELS_PER_SIDE} pixels per side (default 1)",
    )
    parser.add_argument(
        "--start-timeout",
        type=float,
        metavar="SECONDS",
        help=f"seconds Chromium may take to start (default ${START_TIMEOUT_ENV} or {DEFAULT_START_TIMEOUT:g})",
    )
    parser.add_argument(
        "--image-timeout",
        type=float,
        metavar="SECONDS",
        help=f"seconds one image may take (default ${IMAGE_TIMEOUT_ENV} or {DEFAULT_IMAGE_TIMEOUT:g})",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        written = export(
            args.out,
            args.format,
            args.page,
            parse_query(args.query),
            args.width,
            args.height,
            args.scale,
            timeout_from("--start-timeout", args.start_timeout, START_TIMEOUT_ENV, DEFAULT_START_TIMEOUT),
            timeout_from("--image-timeout", args.image_timeout, IMAGE_TIMEOUT_ENV, DEFAULT_IMAGE_TIMEOUT),
        )
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except _UsageError as exc:
        print(f"export failed: {one_line(exc)}", file=sys.stderr)
        return 2
    except ExportError as exc:
        print(f"export failed: {one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("export failed: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # anything unforeseen still ends in one line, not a traceback
        print(f"export failed: {type(exc).__name__}: {one_line(exc)}", file=sys.stderr)
        return 1
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
