"""The findings the issue promises on the bundled plan, and none on its repaired copy."""

from __future__ import annotations

from conftest import CORPUS, PLAN

from actionplan_parse import check
from actionplan_parse.lint.threshold import fails

REPAIRED = CORPUS / "china_celac_2025_2027.repaired.txt"


def spans(findings, code):
    return [(d.span.start_line, d.span.end_line) for d in findings if d.code == code]


def test_garbled_runs_one_finding_each_with_their_span():
    assert spans(check(PLAN), "AP001") == [(49, 54), (101, 131)]


def test_escaped_quotes_on_the_expected_lines():
    lines = sorted({start for start, _ in spans(check(PLAN), "AP002")})
    assert lines == [2, 20, 29, 45, 134, 137, 138]


def test_numbering_gaps_missing_item_and_late_start():
    gaps = {d.span.start_line: d.message for d in check(PLAN, select=["AP101"])}
    assert "missing 2.5.5" in gaps[32]
    assert gaps[55].startswith("list starts at 2")


def test_missing_labels_on_lines_5_and_136():
    assert [s for s, _ in spans(check(PLAN), "AP104")] == [5, 136]


def test_missing_headings_for_parts_3_and_5_and_the_lost_section():
    found = check(PLAN, select=["AP105"])
    assert {d.node_id for d in found} == {"3", "5", "3.?"}
    section = next(d for d in found if d.node_id == "3.?")
    assert section.span.start_line == 55 and "section" in section.message


def test_every_finding_points_at_a_line_and_column():
    for diagnostic in check(PLAN):
        assert diagnostic.span is not None and diagnostic.column >= 1


def test_repaired_copy_has_no_finding_at_warning_or_above():
    serious = [d for d in check(REPAIRED) if fails(d.severity, "warning")]
    assert serious == []


def test_repaired_copy_keeps_the_plan_whole():
    text = REPAIRED.read_text(encoding="utf-8")
    assert "{\\" not in text and "\\" not in text
    original = PLAN.read_text(encoding="utf-8")
    kept = [line for line in original.splitlines() if line.startswith("(") and "\\" not in line]
    assert all(line in text for line in kept)  # no item text was lost in the repair
