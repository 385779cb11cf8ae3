"""Layout: bullets (`-`, `*`, `•`, `——`) are items with no number; a list of bullets is
one level. A bullet's `number` is its position in its list (reason `position-number`)
and its `label.value` is null."""

from __future__ import annotations

from layouts import load, outline

from actionplan_parse import Document, Node

DIGITAL = [  # two sections of bullets, in Markdown and in plain-text symbols
    ("1", "Digital infrastructure", 1),
    ("1.1", None, 1),
    ("1.2", None, 2),
    ("1.3", None, 3),
    ("2", "Digital skills", 2),
    ("2.1", None, 1),
    ("2.2", None, 2),
]


def bullets(doc: Document) -> list[Node]:
    return [n for n in doc.walk() if n.kind == "bullet"]


def assert_positional(nodes: list[Node]) -> None:
    for node in nodes:
        assert node.label is not None and node.label.value is None
        assert node.label.style == "bullet"
        assert "position-number" in node.reasons
        assert not node.inferred


def test_markdown_dash_bullets_under_numbered_sections() -> None:
    doc = load("bullets.md")
    assert outline(doc) == DIGITAL
    assert len(bullets(doc)) == 5
    assert_positional(bullets(doc))
    assert doc.find("1.2").text == "Cooperate on submarine cable projects."


def test_bullet_symbols_dot_double_dash_and_star() -> None:
    doc = load("bullets_symbols.txt")
    assert outline(doc) == [
        *DIGITAL,
        ("3", "Data governance", 3),
        ("3.1", None, 1),
        ("3.2", None, 2),
    ]
    assert [n.label.raw for n in bullets(doc)] == ["•", "•", "•", "——", "——", "*", "*"]
    assert_positional(bullets(doc))
    assert {n.level for n in bullets(doc)} == {2}
    assert doc.find("2.1").text == "Develop training programmes for teachers."
    assert doc.find("3.2").text == "Facilitate trusted cross-border data flows."


def test_top_level_bullets_after_preamble() -> None:
    doc = load("bullets_top_level.txt")
    assert doc.preamble == ["The Leaders agreed to:"]
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert_positional(bullets(doc))
    assert doc.find("3").text == ("increase the number of direct flights between the two capitals.")
    assert not [d for d in doc.diagnostics if d.severity == "error"]
