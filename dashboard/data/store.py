"""Load each tidy table once per process, check it against the contract, hand out read-only views.

load_all() runs at app start-up, so a malformed table stops the app with a DataError
naming file, row and column: every table and counties.geojson is read and checked on its own
(contract.read_table, contract.read_geojson), then the rules across tables run
(contract.check_across). Frames are cached; callers get a shallow copy, which under
pandas Copy-on-Write cannot change the cached data whatever the caller does with it.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pandas as pd

from dashboard.data.contract import SPECS, DataError, check_across, read_geojson, read_table
from dashboard.data.paths import tidy_dir

GEOJSON = "counties.geojson"


@cache
def _cached(name: str) -> pd.DataFrame:
    if name not in SPECS:
        raise KeyError(f"no table named {name!r} in the data contract")
    path = tidy_dir() / name
    if not path.exists():
        raise DataError(name, None, None, f"file is missing in {path.parent}")
    return read_table(path, SPECS[name])


def table(name: str) -> pd.DataFrame:
    """The tidy table `name` (e.g. 'survey_prevalence.csv' or 'survey_prevalence')."""
    if not name.endswith(".csv"):
        name += ".csv"
    return _cached(name).copy(deep=False)


@lru_cache(maxsize=1)
def counties_geojson() -> dict:
    path = tidy_dir() / GEOJSON
    if not path.exists():
        raise DataError(GEOJSON, None, None, f"file is missing in {path.parent}")
    return read_geojson(path)


def load_all() -> None:
    """Read and check every table of the contract and counties.geojson, then the rules across
    them; raise DataError on the first fault."""
    tables = {name: _cached(name) for name in SPECS}
    check_across(tables, counties_geojson())


def clear_cache() -> None:
    _cached.cache_clear()
    counties_geojson.cache_clear()
