"""Suite-wide markers: every test under tests/browser/ is marked `browser` and every test under
tests/reliability/ `reliability` (load, fault, fuzz: tens of seconds), so the inner loop can run
`pytest -m "not browser and not kaleido and not reliability"` (make test-fast) without listing paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Responses are built live in the tests (tests/test_precomputed.py turns the store on for itself):
# a developer's data/cache/responses.sqlite would otherwise answer in place of code under test.
os.environ["DASHBOARD_STORE"] = "off"

BROWSER_DIR = Path(__file__).resolve().parent / "browser"
RELIABILITY_DIR = Path(__file__).resolve().parent / "reliability"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(BROWSER_DIR):
            item.add_marker(pytest.mark.browser)
        elif item.path.is_relative_to(RELIABILITY_DIR):
            item.add_marker(pytest.mark.reliability)
