"""Batch export: bad input gets a clear message and exit code 2, never a traceback.

Run in-process through dashboard.export.main(): argument checks need no fresh interpreter, and the
app (loaded once by page_modules) is shared with the rest of the session."""

from dashboard import export


def run(capsys, *args):
    code = export.main(list(args))
    return code, capsys.readouterr()


def test_unknown_format_is_refused(tmp_path, capsys):
    code, out = run(capsys, "--out", str(tmp_path), "--format", "gif")
    assert code == 2
    assert "unknown format 'gif'" in out.err and "Traceback" not in out.err
    assert not list(tmp_path.iterdir())


def test_unknown_page_is_refused(tmp_path, capsys):
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png", "--page", "nope")
    assert code == 2
    assert "unknown page 'nope'" in out.err and "Traceback" not in out.err
    assert not list(tmp_path.iterdir())


def test_missing_chromium_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    code, out = run(capsys, "--out", str(tmp_path), "--format", "png")
    assert code == 2
    assert "apt-get install chromium" in out.err and "Traceback" not in out.err
    assert not list(tmp_path.iterdir())
