"""gunicorn settings for `make run` and the Procfile."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
# Data load once in the master, then fork: workers share the tables and start fast.
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
