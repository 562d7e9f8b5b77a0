"""Rebuild data/tidy/ from data/raw/:  python -m dashboard.data.build [--out DIR]

Each module in dashboard/data/sources/ exposes build(raw_dir) -> {file name: DataFrame}
and may expose write_extra(raw_dir, out_dir) for non-CSV outputs (the GeoJSON).
Output is deterministic, so a test can compare the checked-in tables with a fresh build.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from dashboard.data.contract import SPECS, DataError, write_table
from dashboard.data.paths import RAW_DIR, ROOT

SOURCE_MODULES = ("survey", "pwid", "wastewater", "deaths", "population", "geo")


def build_all(out_dir: Path, raw_dir: Path = RAW_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
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
            path = out_dir / file_name
            write_table(frame, path, SPECS[file_name])
            written.append(path)
        if hasattr(module, "write_extra"):
            written.extend(module.write_extra(raw_dir, out_dir))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "tidy")
    parser.add_argument("--raw", type=Path, default=RAW_DIR)
    args = parser.parse_args(argv)
    try:
        written = build_all(args.out, args.raw)
    except DataError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
