"""figures/textfit.py: glyph widths that are DejaVu Sans's own, wrapping that keeps every word
and stays within the width, and a layout that makes room for what it wrapped. (The images
themselves are measured in tests/test_export_clipping.py.)"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
import pytest

from dashboard.figures import textfit
from dashboard.figures.theme import finish

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SAMPLES = [
    "Andre opioider (morfin, kodein, oksykodon o.l.)",
    "Kilde: Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI)",
    "Bruk av sentralstimulerende rusmidler noen gang, alle, 16–64 år, 2013–2025",
    "ÆØÅ æøå – 95 % KI 1,8–3,0 %",
]


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_glyph_widths_are_the_fonts():
    font = pytest.importorskip("PIL.ImageFont").truetype(str(DEJAVU), 1000)
    for text in SAMPLES:
        real = font.getlength(text) * 14 / 1000
        # advance widths (to a thousandth of an em) without kerning: not narrower, at most 1 % wider
        assert real * 0.999 <= textfit.text_width(text, 14) <= real * 1.01, text


@pytest.mark.parametrize("width", [120, 200, 330, 600])
def test_wrap_keeps_every_word_within_the_width(width):
    for text in SAMPLES:
        wrapped = textfit.wrap(text, width, 13)
        lines = wrapped.split("<br>")
        assert " ".join(lines) == text
        for line in lines:
            # a line is one word too wide for the width, or fits
            assert textfit.text_width(line, 13) <= width or " " not in line, (width, line)


def test_wrap_keeps_existing_breaks():
    assert textfit.wrap("a<br>b", 500, 13) == "a<br>b"


def _figure(**texts):
    fig = go.Figure([go.Scatter(x=[2020, 2021], y=[1, 2], name="noen gang"), go.Scatter(x=[2020, 2021], y=[2, 3])])
    return finish(fig, **texts)


def test_fit_wraps_title_subtitle_and_source_and_makes_room_for_them():
    title = "Bruk av sentralstimulerende rusmidler noen gang, alle, 16–64 år, 2013–2025"
    subtitle = "Andel som har brukt rusmiddelet. Skyggen viser 95 % konfidensintervall for hvert år."
    source = "Rusundersøkelsen (SSB), bearbeidet av Helsedirektoratet; data 2013–2025"
    wide = textfit.fit(_figure(title=title, subtitle=subtitle, source=source), 1600, 900)
    narrow = textfit.fit(_figure(title=title, subtitle=subtitle, source=source), 340, 480)
    assert "<br>" not in wide.layout.title.text and "<br>" in narrow.layout.title.text
    assert "<br>" in narrow.layout.title.subtitle.text
    src = next(a for a in narrow.layout.annotations if a.name == "source")
    assert "<br>" in src.text and src.text.replace("<br>", " ").endswith(source)
    # more lines, more room: above the plot for title, subtitle and legend; below for the source
    assert narrow.layout.margin.t > wide.layout.margin.t
    assert narrow.layout.margin.b > wide.layout.margin.b
    assert src.yshift < 0 and -src.yshift < narrow.layout.margin.b
    # the legend under the subtitle, in container coordinates (it can no longer cover a title)
    assert narrow.layout.legend.yref == "container" and narrow.layout.legend.yanchor == "top"
    assert 0 < narrow.layout.legend.y < 1 - textfit.TOP / 480


def test_fit_wraps_long_category_labels_into_ticktext():
    label = "Andre opioider (morfin, kodein, oksykodon o.l.)"
    fig = go.Figure(go.Bar(y=[label, "Heroin"], x=[122, 64], orientation="h"))
    fig = textfit.fit(finish(fig, title="Dødsfall etter rusmiddel", source="Helsedirektoratet"), 420, 380)
    assert list(fig.layout.yaxis.tickvals) == [label, "Heroin"]  # the data keep their names
    assert "<br>" in fig.layout.yaxis.ticktext[0]
    widest = max(textfit.text_width(p, 14) for t in fig.layout.yaxis.ticktext for p in t.split("<br>"))
    assert fig.layout.margin.l >= widest


def test_a_two_level_axis_makes_room_for_both_rows_of_labels():
    # Boxes placed by (city, period): plotly writes the periods and, a row below, the cities.
    x = [["Oslo", "Oslo"], ["Vår 2024", "Vår 2024"]]
    one = finish(go.Figure([go.Box(x=x, y=[1, 2])]), title="t", source="Kilde: x")
    flat = finish(go.Figure([go.Box(x=x[1], y=[1, 2])]), title="t", source="Kilde: x")
    assert textfit._categories(one, "xaxis") == ["Vår 2024"]
    assert textfit._multicategory(one, "xaxis") and not textfit._multicategory(flat, "xaxis")
    deep, shallow = textfit._x_block(one, 1000), textfit._x_block(flat, 1000)
    assert deep - shallow == pytest.approx(14 * textfit.LINE + textfit.TICK_PAD)
