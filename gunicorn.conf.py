"""gunicorn settings for `make run` and the Procfile.

Surviving a worker that dies (tests/reliability/test_fault.py kills one with SIGKILL under load):
the master notices at once (SIGCHLD) and forks a replacement, within about 0.1 s; with
`preload_app` the code and data are already loaded in the master, so the new worker serves at
once (its figure cache starts empty). The requests in flight on the dead worker fail: a gthread
worker accepts connections beyond its `threads` and queues their requests, so that is one
request per connection it held (in the test 15-20 of 24 connections, all lost, and nothing
else). Connections not yet accepted wait on the master's listening socket and go to a living
worker; clients drop the kept-alive connections that died and reconnect (browsers and urllib3
check before reuse). A reverse proxy in front that retries idempotent requests on failure would
hide even the lost ones. Settings that help: `preload_app` (fast, cheap replacement); `timeout`
(a worker that hangs without a heartbeat that long is killed and replaced); `graceful_timeout`
(on SIGTERM/SIGHUP, for restarts and deploys, a worker finishes its requests before it is killed,
so a planned restart loses none); a short `keepalive` (idle connections freed soon).
`worker_connections` could cap what one worker holds, but a gthread worker counts idle kept-alive
connections too and stops accepting when full, which starves new connections under load: left
at its default. `max_requests` stays off: the app holds no growing state.
"""

import os
import sys
import threading

import gunicorn.http.wsgi

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
# Data load once in the master, then fork: workers share the tables and start fast (also after a crash).
preload_app = True
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = 60
graceful_timeout = 20
keepalive = 5
accesslog = os.environ.get("GUNICORN_ACCESSLOG")  # off unless asked for
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# The control socket (gunicornc: resize, reload, stop) is not used here; off, so nothing listens that
# need not, and several instances on one machine (tests) do not fight over one socket path.
control_socket_disable = True

# A neutral Server header instead of the server's name (older releases add their version). gunicorn
# has no setting for it; its responses read this module constant, set here in the master before the
# workers fork. (Pages, scripts and callbacks carry no version either: dashboard/server.py.)
gunicorn.http.wsgi.SERVER = "webserver"


def post_worker_init(_worker):
    """Each worker makes its static files, the pages' layouts and the Europe card's rankings in the
    background once it serves (dashboard/app.py warm_worker). Only for the dashboard: the
    benchmarks serve their bare page with these settings."""
    dashboard = sys.modules.get("dashboard.app")
    if dashboard is not None:
        threading.Thread(target=dashboard.warm_worker, name="warm-worker", daemon=True).start()
