"""The edition report: what a rebuild adds, removes and revises, on small frames and end to end."""

import shutil

import pandas as pd
import pytest

from dashboard.data import build
from dashboard.data.edition import compare_dirs, diff_table, format_report
from dashboard.data.paths import RAW_DIR

KEY = ("year",)


def deaths(rows):
    return pd.DataFrame(rows, columns=["year", "deaths", "rate"])


OLD = deaths([(2020, 331, None), (2021, 241, None), (2022, 321, 6.0)])


def test_unchanged():
    d = diff_table("deaths_national.csv", OLD, OLD.copy(), KEY)
    assert d.unchanged and d.added == d.removed == d.changed == d.cells == ()


def test_added_removed_changed_and_revised_earlier_year():
    # next edition: 2020 dropped, 2021 revised upwards, 2022's rate filled in, 2023 and 2024 new
    new = deaths([(2021, 247, None), (2022, 321, 6.2), (2023, 391, 7.1), (2024, 342, 6.1)])
    d = diff_table("deaths_national.csv", OLD, new, KEY)
    assert d.added == (("2023",), ("2024",))
    assert d.removed == (("2020",),)
    assert d.changed == (("2021",), ("2022",))
    assert [(c.key, c.column, c.old, c.new) for c in d.revisions] == [
        ((("year", "2021"),), "deaths", "241", "247"),
        ((("year", "2022"),), "rate", "6.0", "6.2"),
    ]
    text = format_report(compare_like(d))
    assert "deaths_national.csv: 2 added, 1 removed, 2 changed" in text
    assert "deaths_national.csv | year=2021 | deaths: 241 -> 247" in text
    assert "deaths_national.csv | year=2022 | rate: 6.0 -> 6.2" in text


def test_gap_filled_and_emptied_cells_are_changes():
    new = deaths([(2020, 331, 5.9), (2021, 241, None), (2022, 321, None)])
    d = diff_table("t.csv", OLD, new, KEY)
    assert [(c.key_text, c.column, c.old, c.new) for c in d.cells] == [
        ("year=2020", "rate", "", "5.9"),
        ("year=2022", "rate", "6.0", ""),
    ]
    text = format_report(compare_like(d))
    assert "year=2020 | rate: (empty) -> 5.9" in text and "year=2022 | rate: 6.0 -> (empty)" in text


def test_new_table_is_all_rows_added():
    d = diff_table("wastewater_sampling.csv", None, OLD, KEY)
    assert d.new_table and d.added == (("2020",), ("2021",), ("2022",)) and d.cells == ()
    assert "wastewater_sampling.csv: new table, 3 rows added" in format_report(compare_like(d))


def test_multi_column_key_and_table_without_year():
    old = pd.DataFrame({"site": ["veas", "holen"], "city": ["oslo", "bergen"], "name": ["VEAS", "Holen"]})
    new = pd.DataFrame({"site": ["holen", "veas"], "city": ["bergen", "oslo"], "name": ["Holen", "Veas"]})
    d = diff_table("wastewater_sites.csv", old, new, ("site",))
    assert d.changed == (("veas",),) and d.revisions == ()  # no year: not a revision
    text = format_report(compare_like(d))
    assert "Revised values" not in text
    assert "Other changed values (1):" in text and "site=veas | name: VEAS -> Veas" in text


def test_columns_added_and_dropped_are_reported_not_compared():
    new = OLD.drop(columns="rate").assign(count_source="report")
    d = diff_table("deaths_national.csv", OLD, new, KEY)
    assert d.columns_added == ("count_source",) and d.columns_removed == ("rate",)
    assert d.changed == () and not d.unchanged
    assert "new columns: count_source; dropped columns: rate" in format_report(compare_like(d))


def test_key_column_missing_in_old_edition():
    d = diff_table("t.csv", OLD.rename(columns={"year": "aar"}), OLD, KEY)
    assert d.key_changed and len(d.added) == 3


def test_compare_dirs_and_format_are_deterministic(tmp_path):
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old_dir.mkdir(), new_dir.mkdir()
    OLD.to_csv(old_dir / "b.csv", index=False)
    OLD.to_csv(old_dir / "gone.csv", index=False)
    deaths([(2021, 247, None)]).to_csv(new_dir / "b.csv", index=False)
    OLD.to_csv(new_dir / "a.csv", index=False)
    (old_dir / "map.geojson").write_text("{}")
    (new_dir / "map.geojson").write_text("{}")
    report = compare_dirs(old_dir, new_dir, {"b.csv": KEY, "a.csv": KEY}, ("map.geojson",))
    assert [t.name for t in report.tables] == ["a.csv", "b.csv"]
    assert report.dropped == ("gone.csv",)
    text = format_report(report, title="T")
    assert text == (
        "T\n"
        "a.csv: new table, 3 rows added\n"
        "b.csv: 0 added, 2 removed, 1 changed\n"
        "map.geojson: unchanged\n"
        "gone.csv: not built any more (earlier file left in place)\n"
        "Revised values of earlier years (1):\n"
        "  b.csv | year=2021 | deaths: 241 -> 247\n"
    )
    assert (
        format_report(compare_dirs(old_dir, new_dir, {"b.csv": KEY, "a.csv": KEY}, ("map.geojson",)), title="T") == text
    )


def compare_like(*diffs):
    from dashboard.data.edition import EditionReport

    return EditionReport(tables=tuple(diffs))


@pytest.fixture(scope="module")
def raw_copy(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(RAW_DIR, raw, dirs_exist_ok=True)
    return raw


def test_build_twice_reports_no_changes_the_second_time(tmp_path, raw_copy, capsys):
    out = tmp_path / "tidy"
    assert build.main(["--out", str(out), "--raw", str(raw_copy)]) == 0
    first = capsys.readouterr().out
    assert "deaths_national.csv: new table, 19 rows added" in first
    assert "counties.geojson: new" in first
    assert build.main(["--out", str(out), "--raw", str(raw_copy)]) == 0
    second = capsys.readouterr().out
    assert "No changes: every table equals the one already there." in second
    table_lines = [line for line in second.splitlines() if ".csv:" in line or ".geojson:" in line]
    assert len(table_lines) == 20
    assert all(line.endswith(": unchanged") for line in table_lines), second
    assert "Revised" not in second and "added" not in second


def test_build_reports_a_revised_earlier_year(tmp_path, raw_copy, capsys):
    out = tmp_path / "tidy"
    assert build.main(["--out", str(out), "--raw", str(raw_copy), "--quiet"]) == 0
    capsys.readouterr()
    # pretend the checked-in edition had another value for 2021
    path = out / "deaths_national.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n2021,241,", "\n2021,247,"), encoding="utf-8")
    assert build.main(["--out", str(out), "--raw", str(raw_copy)]) == 0
    text = capsys.readouterr().out
    assert "deaths_national.csv: 0 added, 0 removed, 1 changed" in text
    assert "deaths_national.csv | year=2021 | deaths: 247 -> 241" in text
    assert "\n2021,241," in path.read_text(encoding="utf-8")


def test_failed_build_leaves_the_output_untouched(tmp_path, raw_copy, capsys):
    out = tmp_path / "tidy"
    out.mkdir()
    (out / "deaths_national.csv").write_text("old\n", encoding="utf-8")
    raw = tmp_path / "raw"
    shutil.copytree(raw_copy, raw)
    text = raw / "wastewater" / "report_2025_wastewater_text_figures.csv"
    text.write_text(text.read_text(encoding="utf-8").replace(",hovringen,", ",nowhere,"), encoding="utf-8")
    assert build.main(["--out", str(out), "--raw", str(raw)]) == 1
    err = capsys.readouterr().err
    assert "build failed" in err and "nowhere" in err
    assert [p.name for p in out.iterdir()] == ["deaths_national.csv"]
    assert (out / "deaths_national.csv").read_text(encoding="utf-8") == "old\n"
