"""`actionplan-parse rules [CODE]` and the pre-commit hook definition."""

from __future__ import annotations

import json
from pathlib import Path

from check_helpers import run

from actionplan_parse.lint.rules import RULES

ROOT = Path(__file__).resolve().parents[1]


def test_rules_lists_every_rule():
    outcome = run("rules")
    lines = outcome.out.splitlines()
    assert outcome.code == 0 and [line.split()[0] for line in lines] == list(RULES)
    assert lines[3].split()[:3] == ["AP004", "page-furniture", "warning"]
    assert lines[4].split()[:3] == ["AP005", "mixed-newlines", "warning"]


def test_rules_explains_one_by_code_or_name():
    by_code = run("rules", "AP101")
    assert by_code.code == 0 and by_code.out.startswith("AP101 numbering-gap [warning]")
    assert "How to fix" in by_code.out
    assert run("rules", "numbering-gap").out == by_code.out
    assert run("rules", "ap101").out == by_code.out


def test_rules_json_and_markdown():
    records = json.loads(run("rules", "--format", "json").out)
    assert [r["code"] for r in records] == list(RULES)
    section = run("rules", "AP105", "--format", "markdown").out
    assert (
        section.startswith("## AP105 missing-heading\n")
        and section in run("rules", "--format", "markdown").out
    )
    one = json.loads(run("rules", "AP105", "--format", "json").out)
    assert one["name"] == "missing-heading" and one["severity"] == "error"
    assert run("rules", "--format", "markdown").out == (ROOT / "docs" / "rules.md").read_text(
        encoding="utf-8"
    )


def test_unknown_rule_is_a_usage_error():
    outcome = run("rules", "AP999")
    assert outcome.code == 2
    assert outcome.err == (
        "actionplan-parse: error: unknown rule 'AP999'; `actionplan-parse rules` lists them\n"
    )


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: actionplan-parse-check\n" in text
    assert "  entry: actionplan-parse check\n" in text
    assert "  language: python\n" in text
    try:
        import yaml
    except ImportError:
        return
    hooks = yaml.safe_load(text)
    assert hooks[0]["id"] == "actionplan-parse-check"
