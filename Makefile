# The two commands of the README: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8050

.PHONY: run test test-fast lint install install-test chromium nginx data bench store

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamps re-run pip only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's nginx for the scale-out test (tests/reliability/test_scale_out.py, deploy/nginx/): the
# light package where the release has it, else the standard one. Its service is not needed.
nginx:
	@if [ ! -x /usr/sbin/nginx ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && { $$SUDO apt-get install -y -qq nginx-light || $$SUDO apt-get install -y -qq nginx; }; \
	fi

# Debian's Chromium drives the browser tests and kaleido's image export; never a browser download.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-dejavu-core; \
	fi

# The app serves at once; the store of precomputed responses (dashboard/precomputed.py) is built
# beside it at low priority when it is missing or stale, and the workers pick it up when it lands.
run: install
	nice -n 10 $(BIN)/python -m dashboard.precomputed --if-stale & \
	PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py dashboard.app:server

# Precompute every enumerable callback response (a few minutes on two cores); a no-op when current.
store: install
	$(BIN)/python -m dashboard.precomputed --if-stale

# The full suite (browser and kaleido tests included), after the linter.
test: install-test chromium nginx lint
	$(BIN)/python -m pytest

# Inner loop: everything but the Chromium tests (browser, kaleido) and the load/fault/fuzz suite.
test-fast: install-test
	$(BIN)/python -m pytest -m "not browser and not kaleido and not reliability"

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Rebuild data/tidy from data/raw and print the edition report (what the new sources add, remove, revise).
data: install
	$(BIN)/python -m dashboard.data.build

# Every benchmark of bench/ in one run (about 10 minutes): a table of results against the targets,
# and bench/results.json. Needs Chromium like the browser tests.
bench: install-test chromium
	$(BIN)/python bench/run.py
