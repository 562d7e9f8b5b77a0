"""Edition years live in the data, not in code: no year literal anywhere in dashboard/ outside the
source builders (which read one edition's raw files) and the text catalogues (the report's own
words). Docstrings and comments may name years as examples; code may not."""

import ast
import re

from dashboard.data.paths import ROOT

YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")
EXEMPT = ("dashboard/data/sources/", "dashboard/i18n/catalog_")


def _docstrings(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                ids.add(id(first.value))
    return ids


def year_literals(source: str) -> list[tuple[int, object]]:
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in skip:
            continue
        v = node.value
        if isinstance(v, int) and not isinstance(v, bool) and 1990 <= v <= 2099:
            found.append((node.lineno, v))
        elif isinstance(v, str) and YEAR.search(re.sub(r"https?://\S+", "", v)):  # a URL's path is no edition
            found.append((node.lineno, YEAR.search(re.sub(r"https?://\S+", "", v)).group()))
    return found


def test_no_year_literals_in_dashboard():
    found = {}
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(EXEMPT):
            continue
        hits = year_literals(path.read_text(encoding="utf-8"))
        if hits:
            found[rel] = hits
    assert found == {}, f"year literals in code: {found}"


def test_the_check_sees_a_year_put_back():
    assert year_literals('EUROPE_YEAR = 2024\nx = f"{a}-2025"\n') == [(1, 2024), (2, "2025")]
    assert year_literals('"""Data 2013-2025."""\nx = 1\n') == []
