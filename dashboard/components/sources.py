"""What /om-tallene shows besides text: the source descriptions, the list of tidy tables with
their downloads (built on the server from the table name, one of the contract's) and the
provenance of every raw file."""

from __future__ import annotations

import re

import dash_bootstrap_components as dbc
from dash import html

from dashboard.cards.registry import CardView
from dashboard.components.table import simple_table
from dashboard.data import store
from dashboard.data.contract import SPECS
from dashboard.data.paths import RAW_DIR
from dashboard.i18n import fmt_int, t


class ID:
    DOWNLOAD = "methods-download"
    BUTTON = "methods-dl"  # pattern id: {"type": BUTTON, "table": name, "kind": "csv"|"xlsx"}
    SITES = "methods-sites"


KINDS = ("csv", "xlsx")
TABLES = tuple(SPECS)  # the only names a download may ask for
# Read once at import: the page shows the provenance, it never reads files in a callback.
# Its headings are demoted two levels so they sit under this page's own h2, not beside its h1.
PROVENANCE = re.sub(
    r"^(#{1,4}) ",
    lambda m: "#" * (len(m.group(1)) + 2) + " ",
    (RAW_DIR / "PROVENANCE.md").read_text(encoding="utf-8"),
    flags=re.M,
)


def years(frame) -> tuple[int, int]:
    return int(frame["year"].min()), int(frame["year"].max())


def source_section(prefix: str, table: str | None = None, values: dict | None = None) -> html.Section:
    """One source described: what, who, years (from `table`, the tidy table behind it), coverage,
    caveats. `values` fills the other placeholders of these texts (facts taken from the data)."""
    span = dict(zip(("first", "last"), years(store.table(table)), strict=True)) if table else {}
    span.update(values or {})
    rows = [
        ("what", f"methods.{prefix}_what"),
        ("who", f"methods.{prefix}_who"),
        ("years", f"methods.{prefix}_years"),
        ("coverage", f"methods.{prefix}_coverage"),
        ("caveats", f"methods.{prefix}_caveats"),
    ]
    return html.Section(
        id=f"kilde-{prefix}",
        className="mb-4",
        children=[
            html.H2(t(f"methods.{prefix}_title"), className="h4"),
            html.Dl(
                className="row",
                children=[
                    x
                    for key, text in rows
                    for x in (
                        html.Dt(t(f"methods.{key}"), className="col-md-3"),
                        html.Dd(t(text, **span), className="col-md-9"),
                    )
                ],
            ),
        ],
    )


def payload_for(name: str) -> dict:
    """The export payload of tidy table `name` (must be a contract table)."""
    if name not in TABLES:
        raise KeyError(name)
    frame = store.table(name)
    cols = list(frame.columns)
    stem = name.removesuffix(".csv")
    return CardView(
        None, frame, {c: c for c in cols}, title=stem, source=t("methods.download_source", name=name), filename=[stem]
    ).payload()


def downloads() -> dbc.Table:
    rows = []
    for name in TABLES:
        frame = store.table(name)
        rows.append(
            [
                html.Code(name.removesuffix(".csv")),
                fmt_int(len(frame)),
                html.Span(", ".join(frame.columns), className="small"),
                html.Span(
                    [
                        dbc.Button(
                            t(f"card.{k}"),
                            id={"type": ID.BUTTON, "table": name, "kind": k},
                            size="sm",
                            color="secondary",
                            outline=True,
                            className="me-1",
                            title=f"{t(f'card.{k}')}: {name.removesuffix('.csv')}",
                        )
                        for k in KINDS
                    ],
                    className="text-nowrap",
                ),
            ]
        )
    header = [t(f"methods.col_{c}") for c in ("table", "rows", "columns", "download")]
    return simple_table(header, rows, numeric={1}, id="methods-tables")
