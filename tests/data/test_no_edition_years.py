"""Edition years live in the data, not in code: no year literal in the edition-neutral modules."""
import ast
import re

import pytest

from dashboard.data.paths import ROOT

FILES = ("dashboard/stats/deaths.py", "dashboard/figures/maps.py", "dashboard/data/contract.py",
         "dashboard/data/store.py", "dashboard/data/build.py", "dashboard/data/edition.py")
YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")


@pytest.mark.parametrize("rel", FILES)
def test_no_year_literals(rel):
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, int) and not isinstance(v, bool) and 1990 <= v <= 2099:
                found.append((node.lineno, v))
            elif isinstance(v, str) and YEAR.search(v):
                found.append((node.lineno, YEAR.search(v).group()))
    assert found == [], f"{rel}: year literals {found}"
