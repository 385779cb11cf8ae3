"""Nothing lost: every non-blank input line has an owner (actionplan_parse.account).

The issue's reproductions, the corpus, every fixture, and generated documents damaged
with debris (rules, footnote blocks, page furniture, datelines, front matter).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples
from strategies import render_tree, trees

from actionplan_parse import check, parse
from actionplan_parse.account import account_lines, lost_lines
from actionplan_parse.lines import scan
from actionplan_parse.parse import numbered_lines
from actionplan_parse.read import decode

sys.path.insert(0, str(ROOT / "benchmarks"))
from fuzz import corpus_inputs, damage  # noqa: E402

SEPARATOR = (
    "Joint Action Plan\n1. The parties will cooperate on trade.\n__________\n"
    "2. They will meet every year.\n3. They will report on progress.\n"
)
DATELINE = (
    "Joint Statement on Trade\nBeijing\n12 May 2024\n\n1. The two sides agree to expand trade.\n"
)


def test_a_separator_rule_is_not_a_footnote_block():
    document = parse(SEPARATOR)
    assert [(n.id, n.text) for n in document.walk()] == [
        ("1", "The parties will cooperate on trade."),
        ("2", "They will meet every year."),
        ("3", "They will report on progress."),
    ]
    assert [(r.reason, r.span.start_line, r.raw) for r in document.removed] == [
        ("rule", 3, "__________")
    ]
    assert lost_lines(document, SEPARATOR) == []
    assert [(d.code, d.severity, d.span.start_line) for d in check(SEPARATOR)] == [
        ("AP007", "info", 3)
    ]


def test_a_dateline_keeps_the_title():
    document = parse(DATELINE)
    assert document.title == "Joint Statement on Trade"
    assert document.preamble == ["Beijing 12 May 2024"]
    assert [n.id for n in document.walk()] == ["1"]
    assert account_lines(document, DATELINE) == {
        1: "title",
        2: "preamble",
        3: "preamble",
        5: "node:1",
    }


def test_a_footnote_block_ends_where_numbered_content_resumes():
    text = (
        "Plan\n1. The parties will cooperate on trade.1\n__________\n"
        "1 See the trade report of 2024, which\nsets out the figures.\n"
        "2. They will meet every year.\n"
    )
    document = parse(text)
    assert [n.id for n in document.walk()] == ["1", "2"]
    assert document.find("1").text == "The parties will cooperate on trade."  # note mark gone
    assert [(r.reason, r.span.start_line, r.span.end_line) for r in document.removed] == [
        ("rule", 3, 3),
        ("footnote-block", 4, 5),
    ]
    assert lost_lines(document, text) == []


def test_a_footnote_block_ends_at_an_unnumbered_paragraph_after_a_blank_line():
    text = (
        "Plan\n\n1. The parties will cooperate on trade.\n\n__________\n\n"
        "1 See the trade report.\n\nThe parties will also meet every year.\n"
    )
    document = parse(text)
    assert "meet every year" in document.find("1").text
    assert [r.reason for r in document.removed] == ["rule", "footnote-block"]
    assert lost_lines(document, text) == []


def test_numbered_paragraphs_are_never_debris():
    # `2/5` repeated as furniture; `2.` items that look like running text are kept
    text = "Plan\n1. Trade.\nA/RES/80/3\n2/5\n2. Energy.\nA/RES/80/3\n3/5\n3. Health.\n"
    document = parse(text)
    assert [n.id for n in document.walk()] == ["1", "2", "3"]
    assert {r.reason for r in document.removed} == {"page-furniture"}
    assert lost_lines(document, text) == []


def test_front_matter_is_recorded():
    text = "---\ntitle: Plan\n---\n1. Trade.\n2. Energy.\n"
    document = parse(text)
    assert [(r.reason, r.span.start_line, r.span.end_line) for r in document.removed] == [
        ("front-matter", 1, 3)
    ]
    assert lost_lines(document, text) == []


def test_the_accounting_finds_a_lost_line():
    """The check can fail: drop what the document holds and the lines are lost."""
    document = parse(SEPARATOR)
    document.children = document.children[:2]
    assert lost_lines(document, SEPARATOR) == [5]
    document.removed = []
    assert lost_lines(document, SEPARATOR) == [3, 5]
    changed = SEPARATOR.replace("2. They will meet", "2. They will not meet")
    assert lost_lines(parse(SEPARATOR), changed) == [4]  # a node owns only its own raw lines


def test_markup_only_lines_count_as_markup():
    text = (
        "<html><body>\n<div>\n<p>Plan</p>\n<ol>\n<li>Trade.</li>\n<li>Energy.</li>\n"
        "</ol>\n</div>\n</body></html>\n"
    )
    owners = account_lines(parse(text), text)
    assert owners[1] == owners[2] == owners[4] == owners[7] == "markup"
    assert owners[3] == "title" and owners[5].startswith("node:")
    assert None not in owners.values()


@pytest.mark.parametrize("path", corpus_inputs(), ids=lambda p: p.name)
def test_every_corpus_text_is_accounted_for(path: Path):
    data = path.read_bytes()
    document = parse(data)
    owners = account_lines(document, data)
    assert [n for n, owner in owners.items() if owner is None] == []
    _, spans_source, _, _ = numbered_lines(decode(data), document.source.format)
    assert len(owners) >= sum(bool(line.strip()) for line in spans_source.text.split("\n")) // 2
    for removed in document.removed:  # no numbered paragraph among the removed lines
        if removed.reason == "front-matter":  # YAML keys such as `c:` are not paragraphs
            continue
        numbered = [
            line.raw
            for line in scan(removed.raw)
            if line.kind == "labelled" and line.content and any(r.value for r in line.readings)
        ]
        assert numbered == [], (removed.reason, removed.span.start_line)


FIXTURES = sorted(
    p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.is_file() and p.suffix != ".json"
)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_is_accounted_for(path: Path):
    data = path.read_bytes()
    assert lost_lines(parse(data), data) == []


@settings(max_examples=examples(150), deadline=None)
@given(trees(), st.booleans(), st.integers(0, 2**32))
def test_damaged_generated_documents_lose_nothing(tree, wrap, seed):
    nodes, _ = tree
    lines, notes = damage(render_tree(nodes, wrap).split("\n"), random.Random(seed))
    text = "\n".join(lines)
    document = parse(text)
    owners = account_lines(document, text)
    assert [n for n, owner in owners.items() if owner is None] == [], notes
    labels = {node.label for root in nodes for node in root.walk()}
    for number, line in enumerate(text.split("\n"), start=1):
        if line.split(" ", 1)[0] in labels and line.split(" ", 1)[0][-1] in ".),":
            # a numbered paragraph is never debris
            assert not owners[number].startswith("removed:"), (number, line, notes)
