"""The reference plan parses to its expected tree (corpus/*.expected.json)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import PLAN
from expected import id_matches, mismatches

from actionplan_parse import parse, parse_file


def test_every_structural_line_at_its_expected_id(plan_text, plan_expected):
    assert mismatches(parse(plan_text), plan_expected) == []


def test_inferred_exactly_where_expected(plan_text, plan_expected):
    document = parse(plan_text)
    inferred = [n for n in document.walk() if n.inferred]
    containers = [n.id for n in inferred if n.label is None and "numbering-restart" in n.reasons]
    gap_filled = [n.span.start_line for n in inferred if "gap-fill" in n.reasons]
    assert len(containers) == len(plan_expected["inferred_containers"])
    for actual, pattern in zip(containers, plan_expected["inferred_containers"], strict=True):
        assert id_matches(actual, pattern), (actual, pattern)
    assert gap_filled == plan_expected["inferred_label_lines"]
    assert len(inferred) == len(containers) + len(gap_filled)


def test_title_preamble_and_garbled_runs(plan_text, plan_expected):
    document = parse(plan_text)
    assert document.title.startswith("China-CELAC Member States Joint Action Plan")
    assert len(document.preamble) == len(plan_expected["preamble_lines"])
    spans = [[f.span.start_line, f.span.end_line] for f in document.fragments]
    assert spans == plan_expected["garbled_spans"]


def test_inferred_numbers_come_from_neighbours(plan_text):
    document = parse(plan_text)
    assert document.find("3").reasons == ["numbering-restart", "neighbour-number"]
    assert document.find("5").reasons == ["numbering-restart", "neighbour-number"]
    lost_section = document.find("3").children[0]
    assert lost_section.number is None and lost_section.id == "3.?"
    assert [c.number for c in lost_section.children] == [2, 3, 4, 5]
    assert [c.number for c in document.find("2.5").children] == [1, 2, 3, 4, 6, 7]


def test_heading_kept_apart_from_text(plan_text):
    document = parse(plan_text)
    finance = document.find("2.2")
    assert (finance.heading, finance.text) == ("Economic and Trade Investment", "")
    ipr = document.find("3.6")
    assert ipr.heading == "Intellectual Property Rights"
    assert ipr.text.startswith("Both parties are willing to strengthen practical cooperation")
    item = document.find("1.1")
    assert item.heading is None and item.text.startswith("strengthen high-level exchanges")


def test_raw_kept_and_text_tidied(plan_text):
    node = parse(plan_text).find("2.3.3")
    assert "\\Panda Bond\\" in node.raw
    assert "\u201cPanda Bond\u201d" in node.text


def test_outline_jsonl_contract_from_cli(plan_expected):
    out = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", "outline", str(PLAN), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert all(
        list(row)
        == [
            "id",
            "path",
            "level",
            "kind",
            "label",
            "number",
            "inferred",
            "heading",
            "text",
            "line",
            "end_line",
            "confidence",
        ]
        for row in rows
    )
    by_line = {}
    for row in rows:
        for line in range(row["line"], row["end_line"] + 1):
            by_line[line] = row["id"]
    for line, pattern in plan_expected["ids"].items():
        assert id_matches(by_line[int(line)], pattern), line
    inferred = {row["id"] for row in rows if row["inferred"]}
    assert inferred == {"1.2", "3", "3.?", "5", "5.6"}
    container = next(row for row in rows if row["id"] == "3")
    assert container["line"] == 55 and container["label"] is None and container["path"] == [3]
    assert next(row for row in rows if row["id"] == "3.?")["path"] == [3, None]


def test_parse_file_equals_parse(plan_text):
    assert parse_file(PLAN).children == parse(plan_text).children


def test_outline_matches_the_reviewed_golden_file():
    """corpus/china_celac_2025_2027.outline.jsonl: every node of the plan, reviewed by eye."""
    golden = (PLAN.parent / "china_celac_2025_2027.outline.jsonl").read_text(encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", "outline", str(PLAN), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out == golden
