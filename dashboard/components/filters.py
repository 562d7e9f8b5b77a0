"""Filter controls drawn from their declarations (dashboard/cards/registry.py Filter).

A page lays its filters out with filter_bar(spec, state, rows) or inside a card (Card.controls);
the widget, its id `{page}-{filter}`, its options and its value for a state all come from here.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.cards.registry import Filter, PageSpec
from dashboard.i18n import t


def filter_id(spec: PageSpec, f: Filter | str) -> str:
    return f"{spec.name}-{f if isinstance(f, str) else f.name}"


def _value(f: Filter, state: dict):
    if len(f.keys) > 1:
        return [state[k] for k in f.keys]
    value = state[f.keys[0]]
    return None if value == "" else value


def widget(spec: PageSpec, f: Filter, state: dict):
    id_ = filter_id(spec, f)
    value = _value(f, state)
    options = f.options() if f.options else []
    props = dict(f.props)
    if f.kind == "radio":
        return dbc.RadioItems(id=id_, options=options, value=value, inline=True, **props)
    if f.kind == "checklist":
        return dbc.Checklist(id=id_, options=options, value=value, inline=True, **props)
    if f.kind in ("dropdown", "multi_dropdown"):
        props.setdefault("clearable", f.kind == "multi_dropdown")
        return dcc.Dropdown(id=id_, options=options, value=value, multi=f.kind == "multi_dropdown", **props)
    if f.kind == "range":
        p = spec.params[f.keys[0]]
        low, high = p.bounds
        years = [o["value"] for o in options] or list(range(low, high + 1))
        marks = {y: {"label": str(y)} for y in years if y % 2 == years[-1] % 2 or y == years[0]}
        return dcc.RangeSlider(
            id=id_,
            min=low,
            max=high,
            step=1,
            value=value,
            marks=marks,
            allowCross=False,
            tooltip={"placement": "bottom"},
            **props,
        )
    if f.kind == "slider":
        p = spec.params[f.keys[0]]
        return dcc.Slider(id=id_, min=p.bounds[0], max=p.bounds[1], value=value, **props)
    raise ValueError(f"unknown filter kind {f.kind!r}")


def control(spec: PageSpec, f: Filter, state: dict, *, compact: bool = False) -> html.Div:
    """Label, widget and help line of one filter."""
    return html.Div(
        [
            dbc.Label(t(f.label), html_for=filter_id(spec, f), className="small mb-0" if compact else "fw-semibold"),
            widget(spec, f, state),
            html.P(t(f.help), className="small text-muted mb-0") if f.help else None,
        ]
    )


def filter_bar(spec: PageSpec, state: dict, rows: list[list[tuple[str, int]]], extra=None) -> html.Div:
    """The page's filter bar: rows of (filter name, column width on medium screens)."""
    return html.Div(
        className="filter-bar",
        role="group",
        **{"aria-label": t("survey.filters")},
        children=[
            dbc.Row(
                [dbc.Col(control(spec, spec.filter(name), state), md=width) for name, width in row],
                className="g-3" + (" mt-1" if i else ""),
            )
            for i, row in enumerate(rows)
        ]
        + ([extra] if extra is not None else []),
    )
