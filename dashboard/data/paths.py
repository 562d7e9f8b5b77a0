"""Where the data live. DASHBOARD_DATA_DIR overrides the tidy folder (tests use broken copies)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = ROOT / "data" / "raw"


def tidy_dir() -> Path:
    return Path(os.environ.get("DASHBOARD_DATA_DIR", ROOT / "data" / "tidy"))
