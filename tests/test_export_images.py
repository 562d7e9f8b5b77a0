"""Batch export of one page with kaleido and Debian's Chromium: files exist, PNGs have the asked
size and are not blank. The per-image time goes to the log (it is not asserted: speed is for bench/)."""

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.kaleido


def run_export(out: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command line in its own process (kaleido's sync server and Chromium come and go with it)."""
    cmd = [sys.executable, "-m", "dashboard.export", "--out", str(out), *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


# The deaths page has the county map, which needs the app's own topojson (no CDN).
@pytest.mark.parametrize(
    "page, expected",
    [("cannabis", {"cannabis-trend", "cannabis-debut"}), ("dodsfall", {"deaths-national", "deaths-map"})],
)
def test_export_one_page_to_png(tmp_path, page, expected):
    r = run_export(tmp_path, "--format", "png", "--page", page, "--width", "1600", "--height", "900")
    assert r.returncode == 0, r.stderr
    print(r.stderr)
    files = sorted(tmp_path.glob("*.png"))
    assert {f.stem for f in files} >= expected
    for f in files:
        with Image.open(f) as im:
            assert im.size == (1600, 900), f.name
            grey = im.convert("L")
            # Not blank: a real chart has dark ink (text, lines) on a white page, and some spread.
            lo, hi = grey.getextrema()
            assert lo < 100 and hi > 240, (f.name, lo, hi)
            assert ImageStat.Stat(grey).stddev[0] > 5, f.name


def test_export_svg_carries_title_and_source(tmp_path):
    r = run_export(tmp_path, "--format", "svg", "--page", "cannabis", "--query", "k=men")
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "cannabis-trend.svg").read_text(encoding="utf-8")
    assert "menn" in text and "Kilde:" in text
