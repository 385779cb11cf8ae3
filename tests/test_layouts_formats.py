"""Layout: input formats. Plain text, Markdown and HTML copies of the same text give the
same tree (ids, headings, texts)."""

from __future__ import annotations

import pytest
from layouts import FIXTURES, load

from actionplan_parse import Document, parse


def tree(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(n.id, n.heading, n.text) for n in doc.walk()]


FORMATS = {"txt": "text", "md": "markdown", "html": "html"}


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_declaration_expected_tree(suffix: str) -> None:
    doc = load(f"formats_declaration.{suffix}")
    assert doc.source.format == FORMATS[suffix]
    assert doc.title == "Joint Declaration on Ocean Cooperation"
    assert doc.preamble == [
        "The Governments of the two countries, recalling the United Nations Convention on "
        "the Law of the Sea, have agreed as follows."
    ]
    assert [(n.id, n.heading, n.number) for n in doc.walk()] == [
        ("1", "Marine Conservation", 1),
        ("1.1", None, 1),
        ("1.2", "Combat illegal, unreported and unregulated fishing, including through:", 2),
        ("1.2.1", None, 1),
        ("1.2.2", None, 2),
        ("2", "Blue Economy", 2),
        ("2.3", "Promote sustainable aquaculture and fisheries trade.", 3),
        ("2.3.1", None, 1),
        ("2.3.2", None, 2),
    ]
    assert doc.find("1.1").text == "Establish a joint network of marine protected areas."
    assert doc.find("2.3.2").text == "Encourage investment in port infrastructure."


def test_declaration_same_tree_in_every_format() -> None:
    trees = {suffix: tree(load(f"formats_declaration.{suffix}")) for suffix in FORMATS}
    assert trees["md"] == trees["txt"]
    assert trees["html"] == trees["txt"]


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_unnumbered_headings_expected_tree(suffix: str) -> None:
    doc = load(f"formats_headings.{suffix}")
    assert doc.source.format == FORMATS[suffix]
    assert doc.title == "Action Plan on Energy Cooperation"
    assert [(n.id, n.heading, n.number) for n in doc.walk()] == [
        ("1", "Renewable Energy", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Energy Efficiency", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
    ]


def test_unnumbered_headings_same_tree_in_every_format() -> None:
    trees = {suffix: tree(load(f"formats_headings.{suffix}")) for suffix in FORMATS}
    assert trees["md"] == trees["txt"]
    assert trees["html"] == trees["txt"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_forced_format_matches_auto_detection(fmt: str) -> None:
    suffix = {v: k for k, v in FORMATS.items()}[fmt]
    text = (FIXTURES / f"formats_declaration.{suffix}").read_text(encoding="utf-8")
    assert tree(parse(text, input_format=fmt)) == tree(parse(text))
