"""Layout: numbering that carries no information (every item `1.`, a Markdown artifact):
keep the raw label, number by position, and report it."""

from __future__ import annotations

from layouts import load, outline


def test_every_item_one_is_numbered_by_position() -> None:
    doc = load("uninformative_numbers.md")
    assert doc.preamble == ["The Ministers agreed on the following actions."]
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3), ("4", None, 4)]
    for node in doc.walk():
        assert node.label.raw == "1."
        assert node.label.value == 1
        assert "position-number" in node.reasons
        assert not node.inferred
    assert doc.find("4").text == "Support the teaching of each other's languages."
    assert not [d for d in doc.diagnostics if d.name == "numbering-duplicate"]


def test_every_item_one_is_reported() -> None:
    doc = load("uninformative_numbers.md")
    found = [d for d in doc.diagnostics if d.name == "uninformative-numbering"]
    assert len(found) == 1
    assert found[0].span is not None and found[0].span.start_line == 5


def test_every_item_one_under_headings() -> None:
    doc = load("uninformative_under_headings.md")
    assert outline(doc) == [
        ("1", "Higher Education", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("1.3", None, 3),
        ("2", "Vocational Training", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
    ]
    items = [n for n in doc.walk() if n.label]
    assert {n.label.raw for n in items} == {"1."}
    assert all("position-number" in n.reasons for n in items)
    reported = [d for d in doc.diagnostics if d.name == "uninformative-numbering"]
    assert len(reported) == 2
    assert not [d for d in doc.diagnostics if d.name == "numbering-duplicate"]
