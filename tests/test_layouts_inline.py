"""Layout: inline enumerations (`… (i) a, (ii) b …`, `1) … 2) …` inside a sentence) are
not nodes; nor is a wrapped line that happens to start with `81.6 billion` or `(2005) and`."""

from __future__ import annotations

from layouts import load, outline


def test_inline_enumerations_and_wrapped_numbers_are_text() -> None:
    doc = load("inline_enumerations.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 6)]
    assert doc.find("1").text == (
        "The Ministers agreed to cooperate in three areas: (i) renewable energy, "
        "(ii) critical minerals and (iii) green hydrogen, and to review progress annually."
    )
    assert doc.find("2").text == (
        "The Ministers noted that the action plan 1) sets targets, 2) assigns "
        "responsibilities and 3) provides for monitoring."
    )
    assert doc.find("3").text == (
        "The Ministers welcomed that bilateral trade reached 81.6 billion dollars in 2024, "
        "an increase of 12 per cent."
    )
    assert doc.find("4").text == (
        "The Ministers recalled the Paris Declaration on Aid Effectiveness (2005) and the "
        "Accra Agenda for Action (2008)."
    )
    assert not [d for d in doc.diagnostics if d.name.startswith("numbering")]


def test_wrapped_lines_starting_with_a_letter_label_or_a_decimal() -> None:
    doc = load("inline_enumerations_wrapped.txt")
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3), ("4", None, 4)]
    assert doc.find("4").text == (
        "The Ministers noted that the action plan 1) sets targets for each area and "
        "2) assigns responsibilities to the competent ministries."
    )
    assert doc.find("1").text == (
        "The Ministers welcomed the adoption of the Agenda and recalled paragraphs (a) and "
        "(b) of the Santiago Declaration, which call for closer cooperation."
    )
    assert doc.find("2").text == (
        "The Ministers noted that exports of agricultural products grew by 2.5 per cent in "
        "the first half of the year."
    )


def test_wrapped_numbers_without_blank_lines_give_no_nodes() -> None:
    doc = load("inline_enumerations_no_blank.txt")
    assert [(n.id, n.number) for n in doc.walk()] == [("1", 1), ("2", 2), ("3", 3), ("4", 4)]


def test_wrapped_numbers_without_blank_lines_join_the_paragraph() -> None:
    doc = load("inline_enumerations_no_blank.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 5)]
    assert doc.find("1").text == (
        "The Ministers welcomed that bilateral trade reached 81.6 billion dollars in 2024, "
        "an increase of 12 per cent."
    )
    assert doc.find("2").text == (
        "The Ministers recalled the Paris Declaration on Aid Effectiveness (2005) and the "
        "Accra Agenda for Action (2008)."
    )


def test_wrapped_labels_without_blank_lines_are_text() -> None:
    doc = load("inline_enumerations_no_blank_paren.txt")
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert doc.find("1").text == (
        "The Ministers noted that the action plan 1) sets targets for each area and "
        "2) assigns responsibilities to the competent ministries."
    )
    assert doc.find("2").text == (
        "The Ministers welcomed the adoption of the Agenda and recalled paragraphs (a) and "
        "(b) of the Santiago Declaration."
    )
