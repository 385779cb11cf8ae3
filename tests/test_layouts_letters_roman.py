"""Layout: letters and Roman numerals decided by the sequence.

`(a)`…`(h)` then `(i)` is the letter i; `(i)` `(ii)` under `(a)` are Roman; `(v)`,
`(x)`, `(c)`, `(d)`, `(l)`, `(m)` likewise.
"""

from __future__ import annotations

import string

from layouts import load, outline

from actionplan_parse import Document


def styles(doc: Document) -> dict[str, str]:
    return {n.label.raw: n.label.style for n in doc.walk() if n.label}


def test_i_after_h_is_the_letter_i() -> None:
    doc = load("letters_then_i.txt")
    assert outline(doc) == [
        ("1", "The Conference calls upon States to:", 1),
        *[(f"1.{k}", None, k) for k in range(1, 10)],
        ("2", None, 2),
    ]
    item = doc.find("1.9")
    assert item.label.raw == "(i)"
    assert item.label.style == "letter-lower"
    assert item.label.value == 9
    assert item.text == "report on progress every two years."


def test_i_ii_under_a_are_roman() -> None:
    doc = load("roman_under_letters.txt")
    assert outline(doc) == [
        ("1", "The Conference calls upon States to:", 1),
        ("1.1", "strengthen cooperation on health, including by:", 1),
        ("1.1.1", None, 1),
        ("1.1.2", None, 2),
        ("1.1.3", None, 3),
        ("1.2", "promote education, in particular:", 2),
        ("1.2.1", None, 1),
        ("1.2.2", None, 2),
        ("1.3", None, 3),
        ("2", None, 2),
    ]
    found = styles(doc)
    assert found["(a)"] == found["(b)"] == found["(c)"] == "letter-lower"
    assert found["(i)"] == found["(ii)"] == found["(iii)"] == "roman-lower"
    assert doc.find("1.3").label.raw == "(c)"
    assert doc.find("1.3").text == "protect the environment."


def test_letters_l_and_m_in_a_run_of_letters() -> None:
    doc = load("letters_long_run.txt")
    assert outline(doc) == [
        ("1", "The Parties shall cooperate in the following areas:", 1),
        *[(f"1.{k}", None, k) for k in range(1, 15)],
    ]
    for raw, value in [("(c)", 3), ("(d)", 4), ("(i)", 9), ("(l)", 12), ("(m)", 13)]:
        node = doc.find(f"1.{value}")
        assert (node.label.raw, node.label.style, node.label.value) == (raw, "letter-lower", value)


def test_letters_a_to_z_including_v_and_x() -> None:
    doc = load("letters_a_to_z.txt")
    assert outline(doc) == [
        ("1", "The Parties shall cooperate in the following areas:", 1),
        *[(f"1.{k}", None, k) for k in range(1, 27)],
    ]
    letters = [n for n in doc.walk() if n.level == 2]
    assert [n.label.raw for n in letters] == [f"({c})" for c in string.ascii_lowercase]
    assert {n.label.style for n in letters} == {"letter-lower"}
    assert doc.find("1.22").label.raw == "(v)"
    assert doc.find("1.24").label.raw == "(x)"
    assert doc.find("1.24").text == "vaccines;"


def test_roman_run_through_v_and_x() -> None:
    doc = load("roman_long_run.txt")
    assert outline(doc) == [
        ("1", "Each Party shall, in accordance with its capabilities:", 1),
        ("1.1", "take the following measures:", 1),
        *[(f"1.1.{k}", None, k) for k in range(1, 12)],
        ("1.2", None, 2),
    ]
    romans = [n for n in doc.walk() if n.level == 3]
    assert [n.label.raw for n in romans] == [
        "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)", "(xi)"
    ]  # fmt: skip
    assert {n.label.style for n in romans} == {"roman-lower"}
    assert doc.find("1.1.5").text == "monitor compliance;"
    assert doc.find("1.1.10").text == "evaluate the results;"
    assert doc.find("1.2").label.style == "letter-lower"


def test_roman_under_h_then_letter_i() -> None:
    doc = load("letters_h_then_roman.txt")
    assert outline(doc) == [
        ("1", "The Conference calls upon States to:", 1),
        *[(f"1.{k}", None, k) for k in range(1, 8)],
        ("1.8", "support civil society organizations, in particular by:", 8),
        ("1.8.1", None, 1),
        ("1.8.2", None, 2),
        ("1.8.3", None, 3),
        ("1.9", None, 9),
        ("2", None, 2),
    ]
    assert doc.find("1.8.1").label.style == "roman-lower"
    assert doc.find("1.9").label.raw == "(i)"
    assert doc.find("1.9").label.style == "letter-lower"
    assert doc.find("1.9").text == "report on progress every two years."
