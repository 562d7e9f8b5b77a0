"""Batch export: every failure is one line on stderr starting with "export failed:", exit code 2 (bad
input or set-up) or 1 (rendering failed), never a traceback and never a hang.

Run in-process through dashboard.export.main(): argument checks need no fresh interpreter, and the
app (loaded once by page_modules) is shared with the rest of the session. The tests marked kaleido
start a browser through kaleido/choreographer (one of them the real command line in its own process)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard import export

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args):
    code = export.main(list(args))
    return code, capsys.readouterr()


def assert_failure(code, out, expected_code, text):
    """Exit code as expected, and exactly one stderr line: 'export failed: ...' naming the cause."""
    assert code == expected_code, out.err
    lines = out.err.splitlines()
    assert len(lines) == 1, out.err
    assert lines[0].startswith("export failed:"), out.err
    assert text in lines[0], out.err
    assert "Traceback" not in out.err


def test_unknown_format_is_refused(tmp_path, capsys):
    code, out = run(capsys, "--out", str(tmp_path), "--format", "gif")
    assert_failure(code, out, 2, "unknown format 'gif'")
    assert not list(tmp_path.iterdir())


def test_unknown_page_is_refused(tmp_path, capsys):
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png", "--page", "nope")
    assert_failure(code, out, 2, "unknown page 'nope'")
    assert not list(tmp_path.iterdir())


def test_missing_chromium_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png")
    assert_failure(code, out, 2, "apt-get install chromium")
    assert not list(tmp_path.iterdir())


def test_missing_out_is_a_usage_error(capsys):
    code, out = run(capsys, "--format", "png")
    assert_failure(code, out, 2, "the following arguments are required: --out")


@pytest.mark.parametrize(
    "args, message",
    [
        (("--scale", "-1"), "--scale -1 is out of bounds: choose 0.1–5"),
        (("--scale", "0"), "--scale 0 is out of bounds"),
        (("--scale", "nan"), "--scale nan is out of bounds"),
        (("--width", "0"), "--width 0 is out of bounds: choose 100–5000 pixels"),
        (("--width", "100000"), "--width 100000 is out of bounds"),
        (("--height", "-900"), "--height -900 is out of bounds"),
        (("--width", "5000", "--scale", "4"), "at most 10000 pixels per side"),
        (("--width", "wide"), "invalid int value: 'wide'"),
        (("--start-timeout", "0"), "--start-timeout 0 is out of bounds"),
        (("--image-timeout", "-1"), "--image-timeout -1 is out of bounds"),
    ],
)
def test_bad_size_or_time_limit_is_refused(tmp_path, capsys, monkeypatch, args, message):
    # Refused before Chromium is looked for (a missing one would give another message).
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    code, out = run(capsys, "--out", str(tmp_path / "out"), "--format", "png", *args)
    assert_failure(code, out, 2, message)
    assert not (tmp_path / "out").exists()


def test_bad_time_limit_in_the_environment_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("EXPORT_IMAGE_TIMEOUT", "soon")
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png")
    assert_failure(code, out, 2, "EXPORT_IMAGE_TIMEOUT='soon' is not a number of seconds")


def test_help_states_the_bounds(capsys):
    code, out = run(capsys, "--help")
    assert code == 0
    text = " ".join(out.out.split())
    assert "100–5000" in text and "0.1–5" in text and "10000 pixels per side" in text
    assert "EXPORT_START_TIMEOUT or 20" in text and "EXPORT_IMAGE_TIMEOUT or 60" in text


def test_missing_kaleido_names_the_install_step(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", sys.executable)  # any executable: kaleido is checked next
    monkeypatch.setitem(sys.modules, "kaleido", None)  # `import kaleido` raises ImportError
    code, out = run(capsys, "--out", str(tmp_path / "out"), "--format", "png", "--page", "cannabis")
    assert_failure(code, out, 2, "kaleido cannot be imported")
    assert "pip install -e ." in out.err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "below, message", [("", "is a file, not a folder"), ("out", "is not a writable folder (Not a directory)")]
)
def test_out_that_is_or_is_under_a_file_is_refused(tmp_path, capsys, monkeypatch, below, message):
    monkeypatch.setenv("BROWSER_PATH", sys.executable)  # any executable: the folder is checked before the start
    file = tmp_path / "file.txt"
    file.write_text("x")
    code, out = run(capsys, "--out", str(file / below if below else file), "--format", "png", "--page", "cannabis")
    assert_failure(code, out, 2, message)
    assert file.read_text() == "x"


def test_out_in_a_folder_nobody_may_write_is_refused(capsys, monkeypatch):
    """sysfs refuses new folders to every user, root included (a chmod-ed folder does not stop root)."""
    monkeypatch.setenv("BROWSER_PATH", sys.executable)
    code, out = run(capsys, "--out", "/sys/dashboard-export-test/out", "--format", "png", "--page", "cannabis")
    assert_failure(code, out, 2, "is not a writable folder")


# --- Chromium that fails: bounded in time, nothing left running (kaleido/choreographer machinery) ---


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes in process group pgid, from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state not in "ZX":
            members.append(int(stat.parent.name))
    return members


@pytest.fixture
def browser_groups(monkeypatch):
    """The process group of every browser the export starts (choreographer gives it a session of its own)."""
    groups: list[int] = []
    original = export.Renderer.wait_started

    def wait_started(self):
        try:
            original(self)
        finally:
            proc = getattr(self._k, "subprocess", None)
            if proc is not None and proc.pid not in groups:
                groups.append(proc.pid)

    monkeypatch.setattr(export.Renderer, "wait_started", wait_started)
    return groups


@pytest.mark.kaleido
def test_dying_chromium_fails_fast_end_to_end(tmp_path):
    """The real command line with a browser that exits at once: kaleido's sync server used to wait forever."""
    env = {**os.environ, "BROWSER_PATH": "/bin/false"}
    cmd = [sys.executable, "-m", "dashboard.export", "--out", str(tmp_path), "--format", "png", "--page", "cannabis"]
    start = time.monotonic()
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - start
    print(f"failed in {elapsed:.1f} s: {r.stderr.strip()}")
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("export failed:"), r.stderr
    assert "Chromium (/bin/false) did not start" in lines[0]
    assert elapsed < 30
    assert not list(tmp_path.glob("*.png"))


@pytest.mark.kaleido
def test_chromium_that_never_answers_is_killed_at_the_start_limit(tmp_path, capsys, monkeypatch, browser_groups):
    hang = tmp_path / "silent-browser"
    hang.write_text("#!/bin/sh\nexec sleep 600\n")
    hang.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(hang))
    start = time.monotonic()
    code, out = run(
        capsys, "--out", str(tmp_path / "out"), "--format", "png", "--page", "cannabis", "--start-timeout", "2"
    )
    elapsed = time.monotonic() - start
    assert_failure(code, out, 1, f"Chromium ({hang}) did not start within 2 s")
    assert elapsed < 15
    assert len(browser_groups) == 1
    assert group_members(browser_groups[0]) == []


@pytest.mark.kaleido
def test_image_over_its_time_limit_fails_and_chromium_is_gone(tmp_path, capsys, monkeypatch, browser_groups):
    """Real Chromium, an image limit no chart can meet: the run stops at the first chart, Chromium is killed."""
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png", "--page", "cannabis", "--image-timeout", "0.001")
    assert_failure(code, out, 1, "was not rendered within 0.001 s (--image-timeout or EXPORT_IMAGE_TIMEOUT")
    assert len(browser_groups) == 1
    assert group_members(browser_groups[0]) == []
