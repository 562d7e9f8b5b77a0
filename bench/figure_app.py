"""A bare one-graph page drawing one card's own figures: the yardstick for the repaint of a chart
page (issue 13: within 1.5x of a bare one-graph Dash page). bench/browser.py writes the figures the
watched card shows in the states its page's filter change goes through (in the order the changes
visit them) to a JSON file named by BENCH_FIGURES; this page goes through the same figures with a
radio, and sends each as the card's callback sends it (the whole figure, or the card's
`figure_update`: the county map's Patch). What is left between the page and this one is what the
page adds around the chart (its other cards, their callbacks, assets/charts.js); what is left
between this page and bench/echo_app.py's small line chart is the figure itself. The same
plotly.js as the dashboard (assets/plotly-bundle.min.js) and, of its other assets, only the
geometry the map reads (assets/geo); served like the other yardsticks:

    BENCH_FIGURES=figures.json gunicorn -c gunicorn.conf.py --pythonpath bench figure_app:server
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from dash import Input, Output, dcc, html
from serve import FIGURE_CHOICE as CHOICE
from serve import FIGURE_GRAPH as GRAPH
from serve import yardstick_app

import dashboard.cards  # noqa: F401  (registers every card)
from dashboard.cards import registry
from dashboard.server import harden

ASSETS = Path(__file__).resolve().parents[1] / "assets"

given = json.loads(Path(os.environ["BENCH_FIGURES"]).read_text(encoding="utf-8"))
FIGURES = {str(i): f for i, f in enumerate(given["figures"])}  # radio values: the states' order
CURRENT = str(given["current"])
_, CARD = registry.CARDS[given["card"]]


def _as_sent(figure: dict):
    return CARD.figure_update(figure) if CARD.figure_update else figure


app = yardstick_app(
    __name__,
    assets_folder=str(ASSETS),
    assets_ignore=r"^(?!plotly-bundle\.min\.js$).*",  # scripts and styles; assets/geo is served all the same
)
app.layout = html.Div(
    [
        html.H1("bench"),
        dcc.RadioItems(id=CHOICE, options=list(FIGURES), value=CURRENT, inline=True),
        dcc.Graph(id=GRAPH, figure=FIGURES[CURRENT], style={"height": f"{CARD.height}px"}),
    ]
)


@app.callback(Output(GRAPH, "figure"), Input(CHOICE, "value"), prevent_initial_call=True)
def redraw(choice):
    return _as_sent(FIGURES.get(choice, FIGURES[CURRENT]))


harden(app)
app.server.test_client().get("/")  # as dashboard.app: register script paths before gunicorn forks
server = app.server
