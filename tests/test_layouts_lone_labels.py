"""Layout: a label alone on its line (`12.` then the paragraph on the next line) and
a title on the line after its label (`I.` newline `Global context and shared commitments`)."""

from __future__ import annotations

from layouts import load, outline


def test_lone_labels_numbering_runs_on_across_sections() -> None:
    doc = load("lone_labels.txt")
    assert outline(doc) == [
        ("1", "Global context and shared commitments", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Means of implementation", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
    ]
    assert [n.label.raw for n in doc.walk()] == ["I.", "1.", "2.", "II.", "3.", "4."]
    assert doc.find("1.1").text == (
        "We, the Heads of State and Government, reaffirm our commitment to the "
        "2030 Agenda for Sustainable Development."
    )
    assert doc.find("2.4").text == (
        "We call for the reform of the international financial architecture."
    )
    assert doc.find("1").text == ""
    assert not any(n.inferred for n in doc.walk())


def test_lone_labels_numbering_restarts_under_each_section() -> None:
    doc = load("lone_labels_restart.txt")
    assert outline(doc) == [
        ("1", "Trade and Investment", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Science and Technology", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
    ]
    assert doc.find("2.1").text == "Support joint research laboratories."
    assert not any(n.inferred for n in doc.walk())


def test_lone_labels_without_blank_lines() -> None:
    doc = load("lone_labels_single_lines.txt")
    assert doc.title == "Political Declaration"
    assert outline(doc) == [
        ("1", "Global context and shared commitments", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Means of implementation", 2),
        ("2.3", None, 3),
    ]
    assert doc.find("2.3").text == "We commit to mobilizing financing from all sources."


def test_lone_labels_in_markdown() -> None:
    doc = load("lone_labels.md")
    assert doc.source.format == "markdown"
    assert outline(doc) == [
        ("1", "Global context and shared commitments", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Means of implementation", 2),
        ("2.3", None, 3),
    ]
    assert [n.label.raw for n in doc.walk()] == ["I.", "1.", "2.", "II.", "3."]
    assert doc.find("2.3").text == "We commit to mobilizing financing from all sources."
