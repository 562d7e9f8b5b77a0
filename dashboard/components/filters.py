"""Filter controls drawn from their declarations (dashboard/cards/registry.py Filter).

A page lays its filters out with filter_bar(spec, state, rows) or inside a card (Card.controls);
the widget, its id `{page}-{filter}`, its options and its value for a state all come from here.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.cards.registry import Filter, PageSpec
from dashboard.components.widgets import dropdown_labels
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
    props = {k: v() if callable(v) else v for k, v in f.props.items()}  # texts: per request language
    if f.kind == "radio":
        # One `name` for the group: one Tab stop, arrow keys move between the options (native radios).
        return dbc.RadioItems(id=id_, options=options, value=value, inline=True, name=id_, **props)
    if f.kind == "checklist":
        return dbc.Checklist(id=id_, options=options, value=value, inline=True, **props)
    if f.kind in ("dropdown", "multi_dropdown"):
        props.setdefault("clearable", f.kind == "multi_dropdown")
        props.setdefault("labels", dropdown_labels())  # the widget's own texts in our language
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


# Widgets that are a group of inputs (named by a fieldset's legend) rather than one labelable element.
GROUP_KINDS = ("radio", "checklist", "range", "slider")


def thumb_names(f: Filter) -> list[str]:
    """What each slider handle (and its number box) sets, as a screen reader announces it:
    "Fra år"/"Til år" for a year range, the filter's own label for a single slider."""
    if f.kind == "range":
        return [t("filter.range_from"), t("filter.range_to")]
    return [t(f.label)]


def control(spec: PageSpec, f: Filter, state: dict, *, compact: bool = False) -> html.Div | html.Fieldset:
    """Label, widget and help line of one filter, with an accessible name for the widget.

    Groups of inputs (radios, checkboxes, sliders) are a fieldset whose legend names them. A dropdown
    keeps its visible label; Dash 4.4's dcc.Dropdown and sliders take no aria props, so the names
    travel in data attributes that assets/controls.js puts on the widget's own elements as they render
    (the dropdown button is labelled by label + value, slider handles by what they set)."""
    id_ = filter_id(spec, f)
    label_id, help_id = f"{id_}-label", f"{id_}-help"
    label_class = "small mb-0" if compact else "fw-semibold"
    help_line = html.P(t(f.help), id=help_id, className="small text-muted mb-0") if f.help else None
    described = {"aria-describedby": help_id} if f.help else {}
    if f.kind in GROUP_KINDS:
        names = {"data-a11y-names": "|".join(thumb_names(f))} if f.kind in ("range", "slider") else {}
        return html.Fieldset(
            [html.Legend(t(f.label), id=label_id, className=f"filter-legend {label_class}"), widget(spec, f, state)]
            + ([help_line] if help_line else []),
            className="filter-control",
            **described,
            **names,
        )
    return html.Div(
        [dbc.Label(t(f.label), id=label_id, html_for=id_, className=label_class), widget(spec, f, state), help_line],
        className="filter-control",
        **{"data-a11y-label": label_id},
        **({"data-a11y-help": help_id} if f.help else {}),
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
