"""The yardstick app of the benchmarks, served exactly like the dashboard (gunicorn.conf.py, the same
Dash class, hardening, compression and locally served scripts; bench/serve.py):

- an echo callback (`echo-in.value` -> `echo-out.children`, the value returned as it came): the
  cost of the HTTP and Dash callback round trip alone, against which bench/callbacks.py sets
  every card and panel callback;
- a bare page with one dcc.Graph and a radio filter whose callback returns a small line chart:
  the browser cost of one chart without our cards, against which bench/browser.py sets each page.

    gunicorn -c gunicorn.conf.py --pythonpath bench echo_app:server
"""

from __future__ import annotations

from dash import Input, Output, dcc, html
from serve import yardstick_app

from dashboard.server import harden

ECHO_IN, ECHO_OUT, CHOICE, GRAPH = "echo-in", "echo-out", "bare-choice", "bare-graph"
ECHO_OUTPUT = f"{ECHO_OUT}.children"
CHOICES = ("a", "b", "c", "d")
YEARS = list(range(2013, 2026))


def figure(choice: str) -> dict:
    """A line chart of 13 points, about the size of a survey trend card (plain data: the numbers
    are arbitrary; this page shows no statistics)."""
    k = CHOICES.index(choice) + 1
    return {
        "data": [{"type": "scatter", "mode": "lines+markers", "x": YEARS, "y": [(i * k) % 7 + k for i in YEARS]}],
        "layout": {"title": {"text": f"bench {choice}"}, "height": 480},
    }


app = yardstick_app(__name__)
app.layout = html.Div(
    [
        html.H1("bench"),
        dcc.Input(id=ECHO_IN, value=""),
        html.Div(id=ECHO_OUT),
        dcc.RadioItems(id=CHOICE, options=list(CHOICES), value=CHOICES[0], inline=True),
        dcc.Graph(id=GRAPH, figure=figure(CHOICES[0]), style={"height": "480px"}),
    ]
)


@app.callback(Output(ECHO_OUT, "children"), Input(ECHO_IN, "value"), prevent_initial_call=True)
def echo(value):
    return value


@app.callback(Output(GRAPH, "figure"), Input(CHOICE, "value"), prevent_initial_call=True)
def redraw(choice):
    return figure(choice if choice in CHOICES else CHOICES[0])


harden(app)
app.server.test_client().get("/")  # as dashboard.app: register script paths before gunicorn forks
server = app.server
