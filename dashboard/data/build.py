"""Rebuild data/tidy/ from data/raw/:  python -m dashboard.data.build [--out DIR] [--raw DIR] [--quiet]

Each module in dashboard/data/sources/ exposes build(raw_dir) -> {file name: DataFrame}
and may expose write_extra(raw_dir, out_dir) for non-CSV outputs (the GeoJSON).
Everything is built into a staging folder first; only when every table meets the contract is
the edition report printed (what the new sources add, remove and revise against the tables
already in the output folder, see dashboard/data/edition.py) and the output folder updated.
Output is deterministic, so a test can compare the checked-in tables with a fresh build.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

from dashboard.data.contract import SPECS, DataError, write_table
from dashboard.data.edition import EditionReport, compare_dirs, format_report
from dashboard.data.paths import RAW_DIR, ROOT

SOURCE_MODULES = ("survey", "pwid", "wastewater", "deaths", "population", "geo")


def _write_sources(stage: Path, raw_dir: Path) -> tuple[list[str], list[str]]:
    """Build every source into `stage`; return (contract table names, other file names)."""
    tables: list[str] = []
    others: list[str] = []
    for name in SOURCE_MODULES:
        try:
            module = importlib.import_module(f"dashboard.data.sources.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"dashboard.data.sources.{name}":
                print(f"skipping {name}: no builder yet", file=sys.stderr)
                continue
            raise
        for file_name, frame in module.build(raw_dir).items():
            if file_name not in SPECS:
                raise DataError(file_name, None, None, "table is not in the data contract")
            write_table(frame, stage / file_name, SPECS[file_name])
            tables.append(file_name)
        if hasattr(module, "write_extra"):
            others.extend(p.name for p in module.write_extra(raw_dir, stage))
    return tables, others


def build_edition(out_dir: Path, raw_dir: Path = RAW_DIR) -> tuple[list[Path], EditionReport]:
    """Build all tables, compare them with those in `out_dir`, then write them there.

    Nothing in `out_dir` changes if a builder or the contract check fails."""
    with tempfile.TemporaryDirectory(prefix="tidy-build-") as tmp:
        stage = Path(tmp)
        tables, others = _write_sources(stage, raw_dir)
        report = compare_dirs(out_dir, stage, {n: SPECS[n].key for n in tables}, tuple(others))
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for name in tables + others:
            shutil.copyfile(stage / name, out_dir / name)
            written.append(out_dir / name)
    return written, report


def build_all(out_dir: Path, raw_dir: Path = RAW_DIR) -> list[Path]:
    return build_edition(out_dir, raw_dir)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "tidy")
    parser.add_argument("--raw", type=Path, default=RAW_DIR)
    parser.add_argument("--quiet", action="store_true", help="do not print the edition report")
    args = parser.parse_args(argv)
    try:
        written, report = build_edition(args.out, args.raw)
    except ValueError as exc:  # DataError (contract) or a builder's complaint about its source
        print(f"build failed, {args.out} left as it was: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(format_report(report, title=f"Edition report: new build against {args.out}"), end="")
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
