"""Cold start: seconds from starting gunicorn (gunicorn.conf.py, the production settings) to the
first 200 on /health, and the import time of dashboard.app (which loads and validates every
table) in a fresh interpreter. Median of a few runs.

    python bench/startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from serve import APP, command, free_port, wait_healthy  # noqa: E402

IMPORT = "import time; s = time.perf_counter(); import dashboard.app; print(time.perf_counter() - s)"


def to_health() -> float:
    port = free_port()
    env = dict(os.environ, PORT=str(port), GUNICORN_LOGLEVEL="warning")
    env.pop("GUNICORN_ACCESSLOG", None)
    start = time.perf_counter()
    proc = subprocess.Popen(command(APP), cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def import_time() -> float:
    out = subprocess.run([sys.executable, "-c", IMPORT], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run(runs: int = 3) -> dict:
    health = [to_health() for _ in range(runs)]
    imports = [import_time() for _ in range(runs)]
    return {
        "to_health_s": round(statistics.median(health), 3),
        "to_health_all_s": [round(x, 3) for x in health],
        "import_s": round(statistics.median(imports), 3),
        "import_all_s": [round(x, 3) for x in imports],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    print(json.dumps(run(parser.parse_args().runs)))
