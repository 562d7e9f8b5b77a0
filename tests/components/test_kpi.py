"""The key-figure tile component."""

from dash import dcc, html

from dashboard.components import kpi


def _texts(component) -> list[str]:
    out = []

    def walk(c):
        if isinstance(c, str):
            out.append(c)
        elif isinstance(c, (list, tuple)):
            for x in c:
                walk(x)
        elif c is not None and hasattr(c, "children"):
            walk(c.children)

    walk(component)
    return out


def test_tile_shows_title_value_note():
    texts = _texts(kpi.tile("Cannabis, noen gang", "26,6 %", "95 % KI 24,9–28,4 %"))
    assert texts == ["Cannabis, noen gang", "26,6 %", "95 % KI 24,9–28,4 %"]


def test_tile_trend_lines_keep_words_and_hide_arrows_from_screen_readers():
    t = kpi.tile("X", "1 %", "", trend=[("Økning siden 2013", "up"), ("Ingen sikker endring siden 2024", "flat")])
    lis = t.children.children[-1].children
    assert len(lis) == 2
    arrow = lis[0].children[0]
    assert isinstance(arrow, html.Span) and getattr(arrow, "aria-hidden") == "true"
    assert "Økning siden 2013" in _texts(t)


def test_tile_plain_string_trend_and_link():
    t = kpi.tile("Tittel", "2", "note", href="/cannabis", trend="tekst")
    assert isinstance(t.children.children[0].children, dcc.Link)
    assert "tekst" in _texts(t)


def test_tile_row_sizes_columns():
    row = kpi.tile_row([kpi.tile("a", "1"), kpi.tile("b", "2"), kpi.tile("c", "3")])
    assert [c.lg for c in row.children] == [4, 4, 4]
