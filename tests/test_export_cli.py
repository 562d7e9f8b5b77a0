"""Batch export: bad input gets a clear message and exit code 2, never a traceback."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "dashboard.export", *args], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def test_unknown_format_is_refused(tmp_path):
    r = run("--out", str(tmp_path), "--format", "gif")
    assert r.returncode == 2
    assert "unknown format 'gif'" in r.stderr and "Traceback" not in r.stderr


def test_unknown_page_is_refused(tmp_path):
    r = run("--out", str(tmp_path), "--format", "png", "--page", "nope")
    assert r.returncode == 2
    assert "unknown page 'nope'" in r.stderr and "Traceback" not in r.stderr


def test_missing_chromium_is_named(tmp_path):
    r = run("--out", str(tmp_path), "--format", "png", env={"BROWSER_PATH": "/nonexistent/chromium"})
    assert r.returncode == 2
    assert "apt-get install chromium" in r.stderr and "Traceback" not in r.stderr
    assert not list(tmp_path.iterdir())
