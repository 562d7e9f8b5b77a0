"""What a rebuild changes: compare newly built tidy tables with the ones already there.

Pure functions. Tables are compared as the text of their CSV cells (empty = missing), so a
value counts as changed exactly when its CSV text changes. Rows are matched by the contract
key. For rows present in both editions, each changed non-key cell is listed; in a table with
a `year` column these are the values of earlier years that the new sources revise
(e.g. "deaths_national.csv | year=Y | deaths: 241 -> 247").

    report = compare_dirs(old_dir, new_dir, {"deaths_national.csv": ("year",), ...})
    print(format_report(report))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

EMPTY = "(empty)"


@dataclass(frozen=True)
class CellChange:
    """One changed cell of a row present in both editions."""

    table: str
    key: tuple[tuple[str, str], ...]  # ((column, value), ...) in key order
    column: str
    old: str
    new: str

    @property
    def key_text(self) -> str:
        return ", ".join(f"{c}={v}" for c, v in self.key)


@dataclass(frozen=True)
class TableDiff:
    name: str
    key: tuple[str, ...]
    new_table: bool = False  # no earlier file: every row counts as added
    key_changed: bool = False  # the earlier file lacks a key column: rows cannot be matched
    added: tuple[tuple[str, ...], ...] = ()
    removed: tuple[tuple[str, ...], ...] = ()
    changed: tuple[tuple[str, ...], ...] = ()  # keys of rows with at least one changed cell
    cells: tuple[CellChange, ...] = ()
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()
    has_year: bool = False

    @property
    def unchanged(self) -> bool:
        return not (
            self.new_table
            or self.key_changed
            or self.added
            or self.removed
            or self.changed
            or self.columns_added
            or self.columns_removed
        )

    @property
    def revisions(self) -> tuple[CellChange, ...]:
        """Changed values of years already published (tables with a year column)."""
        return self.cells if self.has_year else ()


@dataclass(frozen=True)
class FileDiff:
    """A non-tabular output (the GeoJSON): new, changed or unchanged as a whole."""

    name: str
    status: str  # "new", "changed", "unchanged"


@dataclass(frozen=True)
class EditionReport:
    tables: tuple[TableDiff, ...] = ()
    files: tuple[FileDiff, ...] = ()
    dropped: tuple[str, ...] = field(default_factory=tuple)  # earlier tables no longer built

    @property
    def revisions(self) -> tuple[CellChange, ...]:
        return tuple(c for t in self.tables for c in t.revisions)

    @property
    def unchanged(self) -> bool:
        return (
            all(t.unchanged for t in self.tables)
            and not self.dropped
            and all(f.status == "unchanged" for f in self.files)
        )


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as its text; missing values as ''."""
    out = frame.astype(object).where(frame.notna(), "")
    return out.map(lambda v: v if isinstance(v, str) else str(v)).reset_index(drop=True)


def _keys(frame: pd.DataFrame, key: tuple[str, ...]) -> list[tuple[str, ...]]:
    return list(zip(*(frame[k] for k in key), strict=True)) if len(frame) else []


def diff_table(name: str, old: pd.DataFrame | None, new: pd.DataFrame, key: tuple[str, ...]) -> TableDiff:
    """Compare one table's earlier edition `old` (None if there was none) with `new`.

    Rows are matched by `key`; the order of added and changed rows is that of `new`, of removed
    rows that of `old`. Columns only in one edition are reported, not compared cell by cell."""
    key = tuple(key)
    new_t = _as_text(new)
    has_year = "year" in new_t.columns
    if old is None:
        return TableDiff(name, key, new_table=True, added=tuple(_keys(new_t, key)), has_year=has_year)
    old_t = _as_text(old)
    columns_added = tuple(c for c in new_t.columns if c not in old_t.columns)
    columns_removed = tuple(c for c in old_t.columns if c not in new_t.columns)
    if any(k not in old_t.columns for k in key):
        return TableDiff(
            name,
            key,
            key_changed=True,
            added=tuple(_keys(new_t, key)),
            columns_added=columns_added,
            columns_removed=columns_removed,
            has_year=has_year,
        )
    old_rows = {k: i for i, k in enumerate(_keys(old_t, key))}
    new_keys = _keys(new_t, key)
    new_set = set(new_keys)
    compare = [c for c in new_t.columns if c in old_t.columns and c not in key]
    added, changed, cells = [], [], []
    for i, k in enumerate(new_keys):
        j = old_rows.get(k)
        if j is None:
            added.append(k)
            continue
        row_changes = [
            CellChange(name, tuple(zip(key, k, strict=True)), c, old_t.at[j, c], new_t.at[i, c])
            for c in compare
            if old_t.at[j, c] != new_t.at[i, c]
        ]
        if row_changes:
            changed.append(k)
            cells.extend(row_changes)
    removed = tuple(k for k in old_rows if k not in new_set)
    return TableDiff(
        name,
        key,
        added=tuple(added),
        removed=removed,
        changed=tuple(changed),
        cells=tuple(cells),
        columns_added=columns_added,
        columns_removed=columns_removed,
        has_year=has_year,
    )


def read_text_table(path: Path) -> pd.DataFrame:
    """A tidy CSV as text cells, without the contract (an earlier edition may predate it)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def compare_dirs(
    old_dir: Path, new_dir: Path, keys: dict[str, tuple[str, ...]], other_files: tuple[str, ...] = ()
) -> EditionReport:
    """Compare the tables `keys` (file name -> contract key) and the files `other_files`
    built in `new_dir` with those in `old_dir`. CSV files in `old_dir` that are not built any
    more are listed as dropped."""
    tables = []
    for name in sorted(keys):
        old_path = old_dir / name
        old = read_text_table(old_path) if old_path.exists() else None
        tables.append(diff_table(name, old, read_text_table(new_dir / name), keys[name]))
    files = []
    for name in sorted(other_files):
        old_path = old_dir / name
        if not old_path.exists():
            status = "new"
        elif old_path.read_bytes() == (new_dir / name).read_bytes():
            status = "unchanged"
        else:
            status = "changed"
        files.append(FileDiff(name, status))
    dropped = tuple(sorted(p.name for p in old_dir.glob("*.csv") if p.name not in keys)) if old_dir.is_dir() else ()
    return EditionReport(tuple(tables), tuple(files), dropped)


def _summary(t: TableDiff) -> str:
    if t.new_table:
        return f"{t.name}: new table, {len(t.added)} rows added"
    if t.unchanged:
        return f"{t.name}: unchanged"
    parts = [f"{len(t.added)} added", f"{len(t.removed)} removed", f"{len(t.changed)} changed"]
    text = f"{t.name}: " + ", ".join(parts)
    if t.key_changed:
        text += " (key columns new: rows not matched, all counted as added)"
    if t.columns_added:
        text += "; new columns: " + ", ".join(t.columns_added)
    if t.columns_removed:
        text += "; dropped columns: " + ", ".join(t.columns_removed)
    return text


def _cell_line(c: CellChange) -> str:
    return f"  {c.table} | {c.key_text} | {c.column}: {c.old or EMPTY} -> {c.new or EMPTY}"


def format_report(report: EditionReport, title: str = "Edition report") -> str:
    """The report as plain text, one line per table, then every revised value of an earlier
    year, then other changed values (tables without a year). Deterministic."""
    lines = [title]
    if report.unchanged:
        lines.append("No changes: every table equals the one already there.")
    lines += [_summary(t) for t in report.tables]
    lines += [f"{f.name}: {f.status}" for f in report.files]
    lines += [f"{name}: not built any more (earlier file left in place)" for name in report.dropped]
    revisions = report.revisions
    if revisions:
        lines.append(f"Revised values of earlier years ({len(revisions)}):")
        lines += [_cell_line(c) for c in revisions]
    other = [c for t in report.tables if not t.has_year for c in t.cells]
    if other:
        lines.append(f"Other changed values ({len(other)}):")
        lines += [_cell_line(c) for c in other]
    return "\n".join(lines) + "\n"
