"""Rule documentation: complete metadata, working examples, docs/rules.md in sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan_parse import check
from actionplan_parse.lint.explain import explain, listing, markdown
from actionplan_parse.lint.rules import RULES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


@pytest.mark.parametrize("code", list(RULES))
def test_rule_metadata_is_complete(code):
    rule = RULES[code]
    for field in ("summary", "meaning", "why", "example", "fix", "fixed"):
        assert getattr(rule, field).strip(), f"{code} has no {field}"


@pytest.mark.parametrize("code", list(RULES))
def test_documented_example_triggers_and_fix_does_not(code):
    rule = RULES[code]
    assert [d.code for d in check(rule.example, select=[code])], f"{code} example is silent"
    assert check(rule.fixed) == [], f"{code} fixed example still has findings"


def test_docs_rules_md_is_generated_from_the_metadata():
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "docs/rules.md is stale: run `actionplan-parse rules --format markdown > docs/rules.md`"
    )


def test_docs_cover_every_rule_with_an_anchor():
    text = markdown()
    for rule in RULES.values():
        assert f"## {rule.code} {rule.name}" in text
        assert f"(#{rule.anchor})" in text


def test_listing_and_explanation():
    lines = listing().splitlines()
    assert len(lines) == len(RULES)
    assert lines[0].split()[:3] == ["AP001", "garbled-fragment", "error"]
    text = explain(RULES["AP101"])
    assert text.startswith("AP101 numbering-gap [warning]")
    assert "Why it matters" in text and "How to fix" in text and "(4) Share data." in text
