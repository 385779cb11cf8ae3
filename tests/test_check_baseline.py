"""Baselines: record findings, report only new ones, list the ones that went away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import run

PLAN = (
    "Plan\nFirst, Trade\n(1) Hold a \\Panda Bond\\ seminar.\n(2) Lower tariffs.\n(4) Share data.\n"
)


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("plans").mkdir()
    Path("plans/a.txt").write_text(PLAN, encoding="utf-8")
    Path("plans/b.txt").write_text(PLAN, encoding="utf-8")
    return tmp_path


def test_write_then_check_reports_nothing(work):
    written = run("check", "plans", "--write-baseline", "baseline.json")
    assert written.code == 0 and "wrote 4 finding(s)" in written.err
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in data["findings"]} == {"plans/a.txt", "plans/b.txt"}
    assert {e["code"] for e in data["findings"]} == {"AP002", "AP101"}
    outcome = run("check", "plans", "--baseline", "baseline.json", "--fail-on", "info")
    assert outcome.code == 0
    assert (
        outcome.out.startswith("All checks passed") and "4 known from the baseline" in outcome.out
    )


def test_edits_elsewhere_do_not_invalidate_the_baseline(work):
    run("check", "plans", "--write-baseline", "baseline.json")
    shifted = "Preface added later.\n\n" + PLAN.replace("Plan\n", "Plan\nAnother paragraph.\n")
    Path("plans/a.txt").write_text(shifted, encoding="utf-8")
    outcome = run("check", "plans", "--baseline", "baseline.json", "--fail-on", "warning")
    assert outcome.out.startswith("All checks passed"), outcome.out
    assert outcome.code == 0


def test_new_finding_is_reported_and_gone_ones_listed(work):
    run("check", "plans", "--write-baseline", "baseline.json")
    fixed = PLAN.replace("\\Panda Bond\\", "“Panda Bond”").replace("(2) Lower", "(2) Cut")
    fixed = fixed.replace("(4) Share data.", "(3) Share data.\n(5) Train staff.")
    Path("plans/a.txt").write_text(fixed, encoding="utf-8")
    outcome = run("check", "plans", "--baseline", "baseline.json", "--format", "json")
    records = json.loads(outcome.out)
    assert [(r["path"], r["code"], r["line"]) for r in records] == [("plans/a.txt", "AP101", 6)]
    assert "2 baseline entries no longer occur" in outcome.err
    assert "plans/a.txt: AP002" in outcome.err and "plans/a.txt: AP101" in outcome.err


def test_duplicates_are_counted(work):
    Path("plans/b.txt").unlink()
    run("check", "plans", "--select", "AP002", "--write-baseline", "baseline.json")
    line = "(1) Hold a \\Panda Bond\\ seminar.\n"
    Path("plans/a.txt").write_text(PLAN + line, encoding="utf-8")  # same text, second time
    outcome = run("check", "plans", "--select", "AP002", "--baseline", "baseline.json", "-q")
    assert outcome.out.splitlines() == [
        "plans/a.txt:6:12: AP002 [warning] backslashes used as quotation marks: "
        "\\Panda Bond\\ (escaped-quote)"
    ]


def test_changing_the_line_itself_makes_the_finding_new(work):
    run("check", "plans", "--write-baseline", "baseline.json")
    Path("plans/a.txt").write_text(PLAN.replace("seminar.", "seminar in 2025."), encoding="utf-8")
    outcome = run("check", "plans", "--baseline", "baseline.json")
    assert outcome.out.count("AP002") == 1 and "1 baseline entry no longer occurs" in outcome.err
    assert run("check", "plans", "--baseline", "baseline.json", "-q").err == ""  # quiet


def test_entries_of_unchecked_files_are_not_stale(work):
    run("check", "plans", "--write-baseline", "baseline.json")
    outcome = run("check", "plans/a.txt", "--baseline", "baseline.json")
    assert "no longer occur" not in outcome.err


def test_baseline_paths_are_relative_to_the_baseline_file(work, monkeypatch):
    Path("ci").mkdir()
    run("check", "plans", "--write-baseline", "ci/baseline.json")
    data = json.loads(Path("ci/baseline.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in data["findings"]} == {"../plans/a.txt", "../plans/b.txt"}
    monkeypatch.chdir(work / "plans")
    outcome = run("check", ".", "--baseline", "../ci/baseline.json")
    assert outcome.out.startswith("All checks passed") and outcome.err == ""


def test_bad_baseline_files(work):
    Path("junk.json").write_text("{not json", encoding="utf-8")
    Path("other.json").write_text('{"findings": []}', encoding="utf-8")
    for name, fragment in [
        ("junk.json", "not a baseline file"),
        ("other.json", "not an actionplan-parse baseline"),
        ("missing.json", "cannot read baseline"),
    ]:
        outcome = run("check", "plans", "--baseline", name)
        assert outcome.code == 2 and fragment in outcome.err and outcome.err.count("\n") == 1
