"""Suite-wide markers: every test under tests/browser/ is marked `browser`, so the inner loop can
run `pytest -m "not browser and not kaleido"` (make test-fast) without listing paths."""

from __future__ import annotations

from pathlib import Path

import pytest

BROWSER_DIR = Path(__file__).resolve().parent / "browser"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(BROWSER_DIR):
            item.add_marker(pytest.mark.browser)
