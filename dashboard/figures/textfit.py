"""Text that fits its figure at a given size: the batch export's layout (dashboard/export.py).

Plotly draws titles, subtitles, annotations and tick labels as SVG text that never wraps, and it
does not make room for a source line or a subtitle of several lines. fit(fig, width, height) lays
a figure out for one image size, the way assets/charts.js does it on the page for the size a chart
is drawn at:

- title, subtitle and source line wrapped (<br>) to the image's width, from the glyph widths of
  DejaVu Sans (the first font of theme.FONT and the widest of its three, so the others fit too);
- the legend, horizontal, right under the subtitle (container coordinates), so it never covers
  a title: plotly itself pushes the plot area below it;
- the top margin below the text and legend, the bottom margin below the x axis's tick labels and
  title plus the source line, which starts at the left edge like the title;
- long category labels wrapped, and a left margin wide enough for them.

Pure: the figure is changed in place and returned; no browser, no plotly.js. The kaleido test
(tests/test_export_clipping.py) renders every card with it and checks every text box.
"""

from __future__ import annotations

import math
import numbers
import re

import plotly.graph_objects as go

# Advance widths of DejaVu Sans in thousandths of an em, grouped by width.
_GROUPS = {
    275: "'",
    278: "ijl",
    295: "IJ",
    318: " ,.’‘·",
    337: "/:;\\|",
    352: "f",
    361: "-",
    390: "()[]",
    392: "t",
    401: "!²³",
    411: "r",
    460: '"',
    500: "*_`–°§",
    518: "“”",
    521: "s",
    525: "z",
    531: "?",
    550: "c",
    557: "L",
    575: "F",
    579: "k",
    592: "vxy",
    603: "P",
    611: "TY",
    612: "oøö«»",
    613: "aåä",
    615: "eéè",
    632: "EÉ",
    634: "hnuü",
    635: "Sbdgpq",
    636: "$0123456789{}€µ",
    656: "K",
    684: "AVÅÄ",
    685: "XZ",
    686: "B",
    695: "R",
    698: "C",
    732: "UÜ",
    748: "N",
    752: "H",
    770: "D",
    775: "G",
    780: "&",
    787: "OQØÖ",
    818: "w",
    838: "#+<=>^~−×≥≤",
    863: "M",
    950: "%",
    974: "mÆ",
    982: "æ",
    989: "W",
    1000: "@—…",
}
GLYPH = {ch: w / 1000 for w, chars in _GROUPS.items() for ch in chars}
UNKNOWN_GLYPH = 1.0  # a character not in the table counts as wide as the widest letters
BOLD = 1.1  # DejaVu Sans Bold is about a tenth wider

LINE = 1.3  # plotly's line spacing, in font sizes (alignment.LINE_SPACING)
CAP = 0.7  # plotly's baseline-to-cap shift, in font sizes (alignment.CAP_SHIFT)
SUBTITLE_GAP = 1.6  # plotly's gap between title and subtitle, in subtitle font sizes
PAD = 12  # the texts' distance from the figure's left and right edges, px
TOP = 8  # from the figure's top edge to the title's capital letters, px
GAP = 10  # between text blocks (subtitle, legend, plot), px
BOTTOM = 8  # from the source line to the figure's bottom edge, px
TICK_PAD = 10  # tick length and the gap to a tick label, px
STANDOFF = 10  # between tick labels and an axis title, px (plotly's title.standoff)
MAX_LABEL_SHARE = 0.4  # category labels on the left take this share of the width, or
WIDE_LABEL_SHARE = 0.55  # up to this share where their rows are too close for more lines
MIN_FONT = 10  # px: no label is set smaller
MIN_PLOT = 120  # the plot area keeps at least this many px of height

_TAG = re.compile(r"<[^>]+>")
_BR = re.compile(r"<br\s*/?>", re.I)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in px of one line of text (tags left out, entities as one character)."""
    plain = _TAG.sub("", text)
    plain = re.sub(r"&[#\w]+;", "x", plain)
    em = sum(GLYPH.get(ch, UNKNOWN_GLYPH) for ch in plain)
    return em * size * (BOLD if bold else 1.0)


def lines(text: str) -> list[str]:
    return _BR.split(text) if text else []


def wrap(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` with <br> between words so that no line is wider than `width` px (a single word
    wider than that keeps its own line). Existing line breaks stay."""
    out = []
    for line in lines(text):
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and text_width(candidate, size, bold) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return "<br>".join(out)


def _size(font, default: float) -> float:
    return float(font.size) if font is not None and font.size is not None else default


def _axes(layout, prefix: str) -> list[str]:
    return [n for n in layout if n == prefix or (n.startswith(prefix) and n[len(prefix) :].isdigit())]


def _axis_id(name: str) -> str:
    """'xaxis2' -> 'x2', 'yaxis' -> 'y'."""
    return name[0] + name[5:]


def _traces_on(fig: go.Figure, axis_name: str) -> list:
    ref = _axis_id(axis_name)
    letter = ref[0]
    return [tr for tr in fig.data if (getattr(tr, f"{letter}axis", None) or letter) == ref]


def _categories(fig: go.Figure, axis_name: str) -> list[str] | None:
    """The category labels of an axis, or None for a numeric or hidden axis."""
    axis = fig.layout[axis_name]
    if axis.visible is False or axis.showticklabels is False:
        return []
    if axis.ticktext is not None:
        return [str(v) for v in axis.ticktext]
    letter = axis_name[0]
    values = []
    for tr in _traces_on(fig, axis_name):
        data = getattr(tr, letter, None)
        if data is None:
            # a box or violin without positions stands at its name
            if (
                tr.type in ("box", "violin")
                and getattr(tr, "name", None)
                and (tr.orientation or "v") == ("v" if letter == "x" else "h")
            ):
                values.append(tr.name)
            continue
        if _two_levels(data):  # (outer, inner): plotly's multicategory axis writes the inner level
            values.extend(inner for _, inner in dict.fromkeys(zip(data[0], data[1], strict=True)))
            continue
        values.extend(v for v in data if v is not None)
    if axis.type == "category" or any(isinstance(v, str) for v in values):
        return list(dict.fromkeys(str(v) for v in values))
    return None


def _two_levels(data) -> bool:
    """Positions given as two lists (outer, inner): a multicategory axis."""
    return (
        isinstance(data, (list, tuple))
        and len(data) == 2
        and all(isinstance(d, (list, tuple)) for d in data)
        and len(data[0]) == len(data[1])
    )


def _multicategory(fig: go.Figure, axis_name: str) -> bool:
    letter = axis_name[0]
    return fig.layout[axis_name].type == "multicategory" or any(
        _two_levels(getattr(tr, letter, None)) for tr in _traces_on(fig, axis_name)
    )


def _tick_font(fig: go.Figure, axis_name: str) -> float:
    return _size(fig.layout[axis_name].tickfont, _size(fig.layout.font, 14))


def _domain(axis) -> tuple[float, float]:
    return tuple(axis.domain) if axis.domain is not None else (0.0, 1.0)


def _title_text(axis) -> str:
    return (axis.title.text or "") if axis.title is not None else ""


def _numeric_labels(fig: go.Figure, axis_name: str) -> list[str]:
    """Roughly the tick labels plotly will draw on a numeric axis (years, counts)."""
    axis = fig.layout[axis_name]
    values = []
    for tr in _traces_on(fig, axis_name):
        data = getattr(tr, axis_name[0], None)
        if data is None:
            continue
        values.extend(float(v) for v in data if isinstance(v, numbers.Real) and not isinstance(v, bool))
    if axis.range is not None:
        values.extend(float(v) for v in axis.range if v is not None)
    if not values:
        return []
    lo, hi = min(values), max(values)
    if axis.dtick is not None and isinstance(axis.dtick, (int, float)) and axis.dtick > 0:
        first = math.ceil(lo / axis.dtick) * axis.dtick
        count = int((hi - first) / axis.dtick) + 1
        return [f"{first + i * axis.dtick:g}" for i in range(max(count, 1))]
    widest = max(abs(lo), abs(hi))
    digits = len(f"{widest:,.0f}") + (2 if widest < 10 else 0)  # thousands separators; a decimal
    return ["0" * digits] * 6  # plotly draws about six labels on an axis of its own choosing


def _bottom_x_axes(layout) -> list[str]:
    """The x axes drawn at the foot of the figure (the lowest row of subplots)."""
    out = []
    for name in _axes(layout, "xaxis"):
        axis = layout[name]
        anchor = axis.anchor if axis.anchor not in (None, "free") else "y"
        y_name = "yaxis" + anchor[1:]
        y_axis = getattr(layout, y_name, None) or layout.yaxis
        if axis.visible is not False and axis.side != "top" and _domain(y_axis)[0] <= 0.05:
            out.append(name)
    return out


def _left_y_axes(layout) -> list[str]:
    return [
        n
        for n in _axes(layout, "yaxis")
        if layout[n].side != "right" and layout[n].visible is not False and not layout[n].overlaying
    ]


def _axis_title_size(axis, layout) -> float:
    """An axis title's font size: its own, else plotly's default of 1.2 times the layout's."""
    return _size(axis.title.font, 1.2 * _size(layout.font, 14))


def _title_height(axis, layout) -> float:
    title = _title_text(axis)
    if not title:
        return 0.0
    return STANDOFF + len(lines(title)) * _axis_title_size(axis, layout) * LINE + 4


def _array_spacing(fig: go.Figure, axis_name: str, length: float) -> float:
    """The smallest distance in px between an axis's given tick positions."""
    axis = fig.layout[axis_name]
    vals = sorted(float(v) for v in axis.tickvals if isinstance(v, numbers.Real))
    if len(vals) < 2:
        return length
    span = list(axis.range) if axis.range is not None else [vals[0] - 0.5, vals[-1] + 0.5]
    per_unit = length / max(abs(span[1] - span[0]), 1e-9)
    return min(b - a for a, b in zip(vals, vals[1:], strict=False)) * per_unit


def _array_fit(widest: float, line_h: float, spacing: float) -> tuple[int, int]:
    """(angle, step) for labels `spacing` px apart: level if they fit, else upright, else every
    step-th label (level when every other one is enough)."""
    if widest + 8 <= spacing:
        return 0, 1
    if line_h + 2 <= spacing:
        return 90, 1
    if widest + 8 <= 2 * spacing:
        return 0, 2
    return 90, math.ceil((line_h + 2) / max(spacing, 1))


def _space_panels(fig: go.Figure, names: list[str], plot_width: float) -> None:
    """Side-by-side panels of equal width (make_subplots) with numeric axes: room between them
    for half a label on each side, so one panel's last tick label does not run into the next
    one's first (plotly's default gap is a fraction of the width, too little when narrow)."""
    layout = fig.layout
    panels = sorted(names, key=lambda n: _domain(layout[n])[0])
    if len(panels) < 2 or any(_categories(fig, n) is not None for n in panels):
        return
    domains = [_domain(layout[n]) for n in panels]
    widths = [hi - lo for lo, hi in domains]
    if max(widths) - min(widths) > 1e-6:
        return
    size = max(_tick_font(fig, n) for n in panels)
    widest = max(text_width(lab, size) for n in panels for lab in _numeric_labels(fig, n) or ["0"])
    gap = min((widest + 8) / plot_width, 0.5 / len(panels))
    if min(b[0] - a[1] for a, b in zip(domains, domains[1:], strict=False)) >= gap:
        return
    width = (1 - gap * (len(panels) - 1)) / len(panels)
    centres = {round((lo + hi) / 2, 6): i for i, (lo, hi) in enumerate(domains)}
    for i, n in enumerate(panels):
        layout[n].domain = [i * (width + gap), i * (width + gap) + width]
    for ann in layout.annotations:  # the panels' titles (make_subplots) move with their panels
        i = centres.get(round(ann.x, 6)) if ann.xref == "paper" and ann.x is not None else None
        if i is not None and ann.yanchor == "bottom":
            ann.x = i * (width + gap) + width / 2


def _x_block(fig: go.Figure, plot_width: float) -> float:
    """Height in px below the plot area that the bottom x axes' tick labels and titles take.

    Makes the estimate hold: years at a fixed step get a wider step rather than crowding; category
    labels that do not fit side by side stand upright (tickangle), every n-th where even that is
    too tight; a numeric axis of plotly's own ticks gets at most as many as fit; a title that
    side-by-side panels share is drawn once, under the middle one; and every title gets a
    standoff, so that plotly puts it below the labels, whatever their depth."""
    layout = fig.layout
    names = _bottom_x_axes(layout)
    titled = sorted((n for n in names if _title_text(layout[n])), key=lambda n: _domain(layout[n])[0])
    shared = len(titled) > 1 and len({_title_text(layout[n]) for n in titled}) == 1
    for n in titled:
        axis = layout[n]
        lo, hi = _domain(axis)
        room = plot_width if shared else plot_width * (hi - lo)
        axis.title.text = wrap(_title_text(axis), max(room, 60), _axis_title_size(axis, layout))
        if shared and n != titled[len(titled) // 2]:
            axis.title.text = ""
    _space_panels(fig, names, plot_width)
    deepest = 0.0
    for name in names:
        axis = layout[name]
        size = _tick_font(fig, name)
        cats = _categories(fig, name)
        labels = cats if cats is not None else _numeric_labels(fig, name)
        if axis.tickvals is not None and axis.ticktext is None:
            labels = [f"{v:g}" for v in axis.tickvals if isinstance(v, numbers.Real)]
        lo, hi = _domain(axis)
        length = plot_width * (hi - lo)
        depth = 0.0
        if labels and axis.showticklabels is not False:
            parts = [lines(lab) for lab in labels]
            widest = max(text_width(p, size) for ps in parts for p in ps)
            n_lines = max(len(ps) for ps in parts)
            spacing = length / max(len(labels), 1)
            if axis.tickvals is not None:
                spacing = _array_spacing(fig, name, length)
            angle = axis.tickangle
            line_h = n_lines * size * LINE
            if angle is None or angle == "auto":
                angle = 0
                if axis.tickvals is not None:
                    angle, step = _array_fit(widest, line_h, spacing)
                    if step > 1:
                        vals, text = list(axis.tickvals), list(axis.ticktext or labels)
                        axis.update(tickvals=vals[::step], ticktext=text[::step])
                elif cats is None and axis.dtick is None:
                    axis.nticks = max(2, int(length // (widest + 24)))
                elif cats is None:
                    step = next((k for k in (1, 2, 5, 10) if widest + 8 <= spacing * k), 10)
                    axis.dtick = axis.dtick * step
                else:
                    angle, step = _array_fit(widest, line_h, spacing)
                    if step > 1:
                        axis.dtick = step
                axis.tickangle = angle
            if abs(float(angle)) < 1:
                depth = n_lines * size * LINE
            else:
                a = math.radians(abs(float(angle)))
                depth = widest * math.sin(a) + n_lines * size * LINE * math.cos(a)
            depth += TICK_PAD
            if _multicategory(fig, name):  # the outer level, one line under the inner one
                depth += size * LINE + TICK_PAD
        if _title_text(axis):
            axis.title.standoff = STANDOFF
            depth += _title_height(axis, layout)
        deepest = max(deepest, depth)
    return deepest


def _y_ticks(fig: go.Figure, plot_height: float) -> None:
    """At most as many numeric ticks on a left y axis as its height holds (a short panel)."""
    layout = fig.layout
    for name in _left_y_axes(layout):
        axis = layout[name]
        if axis.dtick is None and axis.tickvals is None and _categories(fig, name) is None:
            lo, hi = _domain(axis)
            axis.nticks = max(2, int(plot_height * (hi - lo) // (_tick_font(fig, name) * 2.2)))


def _y_labels(fig: go.Figure, width: float, plot_height: float) -> float:
    """The width in px the left y axes' tick labels take. Category labels that would take more
    than MAX_LABEL_SHARE of the figure are wrapped (ticktext, so the data keep their names), in
    as few lines as the rows leave room for (up to WIDE_LABEL_SHARE of the width), and set
    smaller where the rows are too close for their lines."""
    layout = fig.layout
    widest = 0.0
    for name in _left_y_axes(layout):
        axis = layout[name]
        if axis.showticklabels is False:
            continue
        size = _tick_font(fig, name)
        cats = _categories(fig, name)
        if cats:
            lo, hi = _domain(axis)
            row = plot_height * (hi - lo) / len(cats)
            budget = width * MAX_LABEL_SHARE - TICK_PAD
            plain = [" ".join(lines(c)) for c in cats]  # the labels unwrapped (fit runs this twice)
            if max(text_width(c, size) for c in plain) > budget:
                values = list(axis.tickvals) if axis.tickvals is not None else cats
                room = max(1, int(row // (size * LINE)))
                for share in (MAX_LABEL_SHARE, 0.5, WIDE_LABEL_SHARE):
                    budget = width * share - TICK_PAD
                    wrapped = [wrap(c, budget, size) for c in plain]
                    if max(len(lines(w)) for w in wrapped) <= room:
                        break
                n = max(len(lines(w)) for w in wrapped)
                if n * size * LINE > row:
                    size = max(MIN_FONT, math.floor(row / (n * LINE)))
                    axis.tickfont.size = size
                axis.update(tickmode="array", tickvals=values, ticktext=wrapped)
                cats = wrapped
            w = max(text_width(p, size) for c in cats for p in lines(c))
        else:
            w = max((text_width(lab, size) for lab in _numeric_labels(fig, name)), default=0.0)
        widest = max(widest, w + TICK_PAD)
    return widest


def _y_titles(fig: go.Figure, plot_height: float) -> float:
    """Wrap the left y axes' titles to the plot's height (a title longer than its axis runs into
    the subtitle or the source line); the width in px the widest title takes."""
    layout = fig.layout
    widest = 0.0
    for name in _left_y_axes(layout):
        axis = layout[name]
        title = _title_text(axis)
        if not title:
            continue
        lo, hi = _domain(axis)
        size = _axis_title_size(axis, layout)
        axis.title.text = wrap(" ".join(lines(title)), max(plot_height * (hi - lo) - 4, 60), size)
        axis.title.standoff = STANDOFF
        widest = max(widest, _title_height(axis, layout))
    return widest


def _fit_notes(fig: go.Figure, left: float, right: float, width: float) -> None:
    """Wrap annotations placed on the plot (notes, not arrows or panel titles) to the room they
    have between their anchor and the figure's edges."""
    plot_w = width - left - right
    for ann in fig.layout.annotations:
        if ann.name == "source" or ann.xref != "paper" or ann.showarrow is not False or not ann.text:
            continue
        x = ann.x if ann.x is not None else 0.5
        at = left + x * plot_w + (ann.xshift or 0)
        to_left, to_right = at - PAD, width - PAD - at
        anchor = ann.xanchor or "center"
        room = {"left": to_right, "right": to_left}.get(anchor, 2 * min(to_left, to_right))
        size = _size(ann.font, _size(fig.layout.font, 14))
        if max(text_width(p, size) for p in lines(ann.text)) > room:
            ann.text = wrap(" ".join(lines(ann.text)), room, size)


def _legend_shown(fig: go.Figure) -> bool:
    if fig.layout.showlegend is False:
        return False
    entries = [tr for tr in fig.data if tr.showlegend is not False and getattr(tr, "name", None)]
    return bool(entries) and (fig.layout.showlegend is True or len(fig.data) > 1)


def _legend_height(fig: go.Figure, plot_width: float) -> float:
    """The height of a horizontal legend as plotly lays it out: entries of symbol (40 px) + text +
    gap (5 px) in one row if they fit the plot area's width, else in columns as wide as the widest
    entry, as many rows as that takes."""
    size = _size(fig.layout.legend.font, _size(fig.layout.font, 14))
    names, seen = [], set()
    for tr in fig.data:
        if tr.showlegend is False or not getattr(tr, "name", None) or (tr.legendgroup and tr.legendgroup in seen):
            continue
        seen.add(tr.legendgroup)
        names.append(tr.name)
    if not names:
        return 0.0
    widths = [40 + max(text_width(p, size) for p in lines(n)) + 5 for n in names]
    per_row = len(names) if sum(widths) + 4 < plot_width else max(1, int(plot_width // (max(widths) + 2)))
    rows = math.ceil(len(names) / per_row)
    tallest = max(len(lines(n)) for n in names)
    return rows * (tallest * size * LINE + 6) + 10


def _subplot_titles(fig: go.Figure) -> float:
    """Height of annotations that sit on top of the plot area (make_subplots' panel titles)."""
    tallest = 0.0
    for ann in fig.layout.annotations:
        if ann.name == "source" or ann.yref != "paper" or ann.y is None or ann.y < 0.99 or ann.yanchor != "bottom":
            continue
        size = _size(ann.font, _size(fig.layout.font, 14))
        tallest = max(tallest, len(lines(ann.text or "")) * size * LINE + 4)
    return tallest


def _fit_panel_titles(fig: go.Figure, plot_width: float) -> None:
    """Panel titles (make_subplots) no wider than their panel: set smaller (down to MIN_FONT)."""
    layout = fig.layout
    panels = [_domain(layout[n]) for n in _bottom_x_axes(layout)]
    for ann in layout.annotations:
        if ann.name == "source" or ann.xref != "paper" or ann.yanchor != "bottom" or (ann.y or 0) < 0.99:
            continue
        panel = next((d for d in panels if d[0] <= (ann.x or 0) <= d[1]), None)
        size = _size(ann.font, _size(layout.font, 14))
        room = (panel[1] - panel[0]) * plot_width - 4 if panel else plot_width
        wide = max(text_width(p, size) for p in lines(ann.text or "")) if ann.text else 0
        if wide > room:
            ann.font.size = max(MIN_FONT, math.floor(size * room / wide))


def _source(fig: go.Figure):
    return next((a for a in fig.layout.annotations if a.name == "source"), None)


def _top(fig: go.Figure, width: int, height: int) -> float:
    """Wrap and place title and subtitle, put the legend under them; px from the top to the
    legend (or to the plot, without one)."""
    layout = fig.layout
    room = width - 2 * PAD
    title = layout.title
    t_size = _size(title.font, 17)
    s_size = _size(title.subtitle.font if title.subtitle else None, 13)
    t_text = wrap(" ".join(lines(title.text or "")), room, t_size) if title.text else ""
    s_text = wrap(" ".join(lines(title.subtitle.text or "")), room, s_size) if title.subtitle.text else ""
    n_t, n_s = len(lines(t_text)), len(lines(s_text))
    bottom = TOP
    if t_text:
        # One line: plotly puts its capitals at y; several: the first line's baseline.
        y = TOP + (CAP * t_size if n_t > 1 else 0)
        title.update(text=t_text, x=0, xref="container", xanchor="left", yref="container", y=1 - y / height)
        title.update(yanchor="top", pad=dict(t=0, l=PAD, r=0, b=0), automargin=False)
        bottom = TOP + t_size * (1 - CAP) + (n_t - 1) * t_size * LINE + 0.25 * t_size
    if s_text:
        title.subtitle.text = s_text
        sub_y = bottom + SUBTITLE_GAP * s_size
        first_top = sub_y if n_s == 1 else sub_y - CAP * s_size
        bottom = first_top + s_size + (n_s - 1) * s_size * LINE + 0.25 * s_size
    top = bottom + GAP
    if _legend_shown(fig):
        size = _size(layout.legend.font, _size(layout.font, 14))
        for tr in fig.data:  # an entry wider than the image (its symbol and gaps take 50 px)
            if getattr(tr, "name", None) and text_width(tr.name, size) > room - 50:
                tr.name = wrap(tr.name, room - 50, size)
        # Container coordinates: plotly pushes the plot area below the legend, whatever its rows.
        layout.legend.update(orientation="h", xref="container", x=PAD / width, xanchor="left", yref="container")
        layout.legend.update(y=1 - top / height, yanchor="top")
    return top


def fit(fig: go.Figure, width: int, height: int | None = None) -> go.Figure:
    """Lay `fig` out for an image `width` × `height` px (height: the figure's own)."""
    layout = fig.layout
    height = int(height or layout.height or 480)
    layout.width, layout.height = width, height
    margin = layout.margin
    top = _top(fig, width, height)

    # Left: tick labels and y titles, for a guess of the plot's height; the legend's rows (it
    # wraps at the plot area's width, which the left margin sets) and the panels' titles. Twice:
    # a wider left margin can take the legend another row.
    own_left = float(margin.l if margin.l is not None else 80)
    right = float(margin.r if margin.r is not None else 30)
    legend_shown = _legend_shown(fig)
    left = own_left
    for _ in range(2):
        above = top + (_legend_height(fig, width - left - right) + GAP if legend_shown else 0.0)
        above += _subplot_titles(fig)
        guess = max(height - above - 90, MIN_PLOT)
        labels = _y_labels(fig, width, guess)
        titles = _y_titles(fig, guess)
        left = min(max(own_left, PAD + labels + titles), width * (WIDE_LABEL_SHARE + 0.15))
    top = above

    # Bottom: x axes, then the source line, starting at the left edge like the title.
    x_block = _x_block(fig, width - left - right)
    source = _source(fig)
    bottom = x_block + BOTTOM + 4
    if source is not None:
        src_size = _size(source.font, 11)
        source.text = wrap(" ".join(lines(source.text or "")), width - 2 * PAD, src_size)
        bottom = x_block + GAP + len(lines(source.text)) * src_size * LINE + BOTTOM

    # Left again: the y titles wrapped to the plot's height.
    plot_height = max(height - top - bottom, MIN_PLOT)
    _y_titles(fig, plot_height)  # as wide as the guess's at most: the plot is at least as tall
    _y_ticks(fig, plot_height)
    if source is not None:
        source.update(xref="paper", x=0, xanchor="left", xshift=PAD - left, align="left")
        source.update(yref="paper", y=0, yanchor="top", yshift=-(x_block + GAP))
    _fit_notes(fig, left, right, width)
    _fit_panel_titles(fig, width - left - right)
    margin.update(t=math.ceil(top), b=math.ceil(bottom), l=math.ceil(left), r=right)
    for name in _axes(layout, "yaxis") + _axes(layout, "xaxis"):
        layout[name].automargin = False  # the margins hold the labels; a push would move the source line
    return fig
