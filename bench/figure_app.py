"""A bare one-graph page drawing one card's own figures: the yardstick for a chart rather than a
page. bench/browser.py writes the figures the card shows for each option of the filter it changes
(in the filter's order) to a JSON file named by BENCH_FIGURES, and measures this page's repaint
beside the card's on its page: what is left between the two is what the page adds around the
chart (its other cards, their callbacks, assets/charts.js), and what is left between this page and
bench/echo_app.py's small line chart is the figure itself. The same plotly.js as the dashboard
(assets/plotly-bundle.min.js) and nothing else of its assets; served like the other yardsticks:

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

from dashboard.server import harden

ASSETS = Path(__file__).resolve().parents[1] / "assets"

given = json.loads(Path(os.environ["BENCH_FIGURES"]).read_text(encoding="utf-8"))
VALUES = [str(v) for v, _ in given["figures"]]  # radio values as text: JSON keeps the order
FIGURES = dict(zip(VALUES, (f for _, f in given["figures"]), strict=True))

app = yardstick_app(
    __name__,
    assets_folder=str(ASSETS),
    assets_ignore=r"^(?!plotly-bundle\.min\.js$).*",
)
app.layout = html.Div(
    [
        html.H1("bench"),
        dcc.RadioItems(id=CHOICE, options=VALUES, value=str(given["current"]), inline=True),
        dcc.Graph(id=GRAPH, figure=FIGURES[str(given["current"])], style={"height": "480px"}),
    ]
)


@app.callback(Output(GRAPH, "figure"), Input(CHOICE, "value"), prevent_initial_call=True)
def redraw(choice):
    return FIGURES.get(choice, FIGURES[str(given["current"])])


harden(app)
app.server.test_client().get("/")  # as dashboard.app: register script paths before gunicorn forks
server = app.server
