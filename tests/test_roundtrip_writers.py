"""The writers write what the reader needs to read their text back as the same tree.

Each test is one class of round trip failure found over the corpus, shown on a small
document of our own (tests/fixtures/roundtrip/).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from actionplan_parse import parse
from actionplan_parse.models import Document
from actionplan_parse.outputs.markdown import to_markdown
from actionplan_parse.outputs.normalize import NORMALIZE_STYLES, normalize

FIXTURES = Path(__file__).parent / "fixtures" / "roundtrip"
normalize_module = importlib.import_module("actionplan_parse.outputs.normalize")


def fixture(name: str) -> Document:
    return parse((FIXTURES / name).read_text(encoding="utf-8"), input_format="markdown")


def contents(document: Document) -> list[tuple[str, str | None, str]]:
    return [(n.id, n.heading, n.text) for n in document.walk()]


def shape(document: Document) -> list[tuple[str, str, bool]]:
    return [(n.id, n.kind, n.heading is not None) for n in document.walk()]


def test_unlabelled_headings_that_read_back_as_text_are_written_bold():
    """`### Delivering for …` in Markdown; written plain under a sentence, it reads as text."""
    document = fixture("unlabelled_headings.md")
    assert [n.kind for n in document.children] == ["heading", "heading"]
    plain = normalize_module._write(document, "source")
    assert contents(parse(plain)) != contents(document)  # the class: plain does not hold
    written = normalize(document, "source")
    assert "**Delivering for Developing Countries**" in written.splitlines()
    assert contents(parse(written)) == contents(document)
    assert normalize(written, "source") == written


@pytest.mark.parametrize("style", NORMALIZE_STYLES)
def test_headings_that_read_back_need_no_bold(style):
    """Bold is added only where the plain line would not read back as the heading."""
    document = parse("Plan\n\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n")
    assert "**" not in normalize(document, style)


def test_a_paragraph_that_reads_as_a_markdown_heading_is_escaped_next_to_bold():
    """Once a heading is bold the text reads as Markdown: a `###` paragraph would vanish."""
    source = (FIXTURES / "unlabelled_headings.md").read_text(encoding="utf-8")
    document = parse(source + "\n\\###\n", input_format="markdown")
    assert any(n.text.endswith("###") for n in document.walk())
    written = normalize(document, "source")
    assert "\\###" in written.splitlines()
    assert contents(parse(written)) == contents(document)


def test_markdown_keeps_unnumbered_headings_unnumbered():
    """`## 1. Delivering …` would read back as a numbered section, not the heading it was."""
    document = fixture("unlabelled_headings.md")
    for style in NORMALIZE_STYLES:
        written = to_markdown(document, style)
        assert "## Delivering for Developing Countries" in written.splitlines()
        assert shape(parse(written, input_format="markdown")) == shape(document)


@pytest.mark.parametrize("style", ["decimal", "legal"])
def test_a_rule_is_no_text_so_nothing_is_written_as_an_underline(style):
    """`---` under a paragraph would underline the line above it (a heading) if written back;
    the reader sets it aside as a rule (`Document.removed`), so it is never node text."""
    document = fixture("appointments_rule.md")
    assert "---" not in document.children[1].text
    assert any(r.reason == "rule" and r.raw == "---" for r in document.removed)
    written = normalize(document, style)
    assert "---" not in written
    assert parse(written).children[1].text == document.children[1].text


@pytest.mark.parametrize("style", NORMALIZE_STYLES)
def test_a_heading_standing_alone_keeps_no_number(style):
    """Numbered (`3. Signed for the partners`), a lone heading reads back as an item's text."""
    document = fixture("closing_heading.md")
    closing = document.children[-1]
    assert closing.kind == "heading" and closing.heading == "Signed for the partners"
    assert not closing.text and not closing.children
    written = normalize(document, style)
    assert not any(line.endswith(" Signed for the partners") for line in written.splitlines())
    assert contents(parse(written)) == contents(document)


def test_markdown_keeps_the_word_that_says_what_a_node_is():
    """`## 1. Composition` would read back as a section: the decimal label keeps `Article 1`."""
    document = fixture("articles.md")
    assert [n.kind for n in document.children] == ["article"] * 3
    written = to_markdown(document, "decimal")
    assert "## Article 1 Composition" in written.splitlines()
    assert shape(parse(written, input_format="markdown")) == shape(document)


def test_an_inferred_container_reads_back_as_a_container():
    """`## *[inferred]* 2. *[heading lost]*`: the marker first, as `normalize` writes it, and
    a node marked `[heading lost]` is a section (its heading was lost), not an item."""
    document = parse(
        "Plan\nI. Trade\n(1) Open markets.\n(2) Fewer quotas.\n{\\\n"
        "(2) Lower tariffs.\nIII. Energy\n(1) Solar.\n"
    )
    lost = document.children[1]
    assert lost.inferred and lost.heading is None and lost.kind == "section"
    written = to_markdown(document)
    assert "## *[inferred]* 2. *[heading lost]*" in written.splitlines()
    assert shape(parse(written, input_format="markdown")) == shape(document)
    again = parse(normalize(document, "decimal"))
    assert [n.kind for n in again.walk()] == [n.kind for n in document.walk()]


def test_unlabelled_headings_of_two_levels_get_two_emphases():
    """Plain, `NATO` (caps) reads at another level than `Trade`; all bold, the sub-headings
    rise a level. Bold for the upper level and bold-italic for the lower one hold."""
    document = fixture("heading_levels.md")
    plain = normalize_module._write(document, "source")
    assert contents(parse(plain)) != contents(document)
    written = normalize(document, "source")
    lines = written.splitlines()
    assert "**Transnational Issues**" in lines and "***Security Council reform***" in lines
    assert lines[lines.index("**NATO**") - 1] == ""  # a bold line right under an item continues it
    assert contents(parse(written)) == contents(document)
    assert normalize(written, "source") == written
