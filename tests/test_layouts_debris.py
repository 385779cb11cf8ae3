"""Layout: PDF-extraction debris. Running headers and footers, document symbols and page
counters (`A/RES/80/3`, `25-16680`, `2/5`), footnote blocks (after `_____`) and footnote
digits glued to words, hyphenation at line ends, hard wraps. Debris is reported (AP004)
and removed from node text; paragraphs split by a page break are joined."""

from __future__ import annotations

import pytest
from layouts import load, outline

from actionplan_parse import Document, parse

DEBRIS = ("A/RES", "25-16680", "2516680", "2/5", "Page ", "Joint Action Plan", "_____")


def assert_clean(doc: Document) -> None:
    for node in doc.walk():
        for piece in DEBRIS:
            assert piece not in node.text, (node.id, piece)
            assert piece not in (node.heading or ""), (node.id, piece)


def test_un_resolution_symbols_footnotes_and_page_break() -> None:
    doc = load("debris_un_symbols.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 6)]
    assert_clean(doc)
    assert doc.find("2").text == (
        "We recognize that the ocean is under unprecedented threat as a result of human "
        "activities, including pollution by plastics and other marine debris, and of the "
        "adverse effects of climate change."
    )
    # footnote digit after a comma removed; hyphenated word split by a page break joined
    assert doc.find("3").text == (
        "We commit to implementing the Agreement on marine biological diversity of areas "
        "beyond national jurisdiction, and call upon all States to become parties to it "
        "without delay, in order to ensure its universal participation and effective "
        "implementation."
    )
    assert (
        doc.find("5").text
        == "We decide to convene the next United Nations Ocean Conference in 2028."
    )
    assert "Recalling its resolution 79/1 of 22 September 2024," in doc.preamble
    assert not any("See resolution" in p for p in doc.preamble)


def test_un_resolution_debris_is_reported() -> None:
    doc = load("debris_un_symbols.txt")
    reported = [d for d in doc.diagnostics if d.code == "AP004"]
    lines = {d.span.start_line for d in reported if d.span}
    assert {32, 33} <= lines  # 25-16680 (E), *2516680*
    assert any(36 in range(d.span.start_line, d.span.end_line + 1) for d in reported)  # 2/5


def test_un_resolution_combined_header_lines() -> None:
    doc = load("debris_un_resolution.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 6)]
    assert_clean(doc)
    assert doc.find("3").text == (
        "We commit to implementing the Agreement under the United Nations Convention on the "
        "Law of the Sea on the conservation of marine biological diversity of areas beyond "
        "national jurisdiction without delay."
    )


def test_un_resolution_combined_header_footnote_digits() -> None:
    doc = load("debris_un_resolution.txt")
    assert [n.id for n in doc.walk()] == ["1", "2", "3", "4", "5"]
    assert "plastics and other marine debris" in doc.find("2").text
    assert "jurisdiction without delay." in doc.find("3").text


def test_running_header_page_counter_hyphenation_and_page_split() -> None:
    doc = load("debris_running_header.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 9)]
    assert_clean(doc)
    assert doc.find("2").text == (
        "The two sides will strengthen cooperation in trade and investment, with the aim of "
        "diversifying bilateral trade and of promoting investment in infrastructure, energy "
        "and agriculture, in accordance with their national legislation and with their "
        "international obligations."
    )
    assert doc.find("3").text == (
        "The two sides will promote cooperation between their central banks and financial "
        "regulators, including on payment systems, on the supervision of financial "
        "institutions and on the use of local currencies in bilateral trade and investment, "
        "as agreed between the competent authorities of the two countries."
    )
    assert not [n for n in doc.walk() if n.kind == "heading"]


def test_running_header_is_reported() -> None:
    doc = load("debris_running_header.txt")
    messages = [d.message for d in doc.diagnostics if d.code == "AP004"]
    assert any("Joint Action Plan 2025-2027" in m for m in messages)
    assert any("page number" in m for m in messages)


@pytest.mark.xfail(
    strict=True,
    reason="the document's title line is also the running header, and is removed with "
    "the repeats: Document.title is None",
)
def test_running_header_first_occurrence_is_the_title() -> None:
    assert load("debris_running_header.txt").title == "Joint Action Plan 2025-2027"


def test_dash_page_numbers_between_pages() -> None:
    doc = load("debris_page_numbers.txt")
    assert outline(doc) == [(str(k), None, k) for k in range(1, 8)]
    assert doc.find("3").text == (
        "The Ministers underlined the importance of cooperation in education, science and "
        "technology, and agreed to increase the number of scholarships and to support joint "
        "research projects between universities and research institutes of the two countries."
    )
    assert doc.find("2").text.endswith("investment in the renewable energy sector.")
    assert not [n for n in doc.walk() if n.kind == "bullet"]
    assert [d for d in doc.diagnostics if d.code == "AP004"]


@pytest.mark.parametrize("rule", ["---", "* * *", "=====", "~~~~~~", "__________"])
@pytest.mark.parametrize("input_format", ["text", "markdown"])
def test_a_thematic_break_is_removed_and_ends_the_paragraph_above(rule, input_format):
    """A separator is set aside (recorded, reported), never node text, and the title
    above it stays apart from the first item below it."""
    text = (
        f"Joint Statement on Trade\n{rule}\n\n1. The sides will trade more.\n\n{rule}\n\n"
        "2. The sides will meet.\n"
    )
    document = parse(text, input_format=input_format)
    assert [(n.id, n.text or n.heading) for n in document.walk()] == [
        ("1", "The sides will trade more."),
        ("2", "The sides will meet."),
    ]
    if input_format == "text" or rule not in ("=====", "~~~~~~"):  # Markdown: setext, fence
        assert {r.reason for r in document.removed} == {"rule"}
    assert document.title == "Joint Statement on Trade"
    assert not any(rule in (n.text or "") for n in document.walk())
