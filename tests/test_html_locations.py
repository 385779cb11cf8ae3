"""HTML input: the same tree as the text, and every span and finding placed in the HTML file.

The bundled plan is rendered as an HTML page (``tests/html_render.py``: a ``<head>``,
wrapped paragraphs, several paragraphs on one source line, character references); the
tree must equal the plain text's, and each finding's line:column must be the character of
the HTML file the finding is about (the one the text finding points at).
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

import pytest
from html_render import render_html

from actionplan_parse import parse
from actionplan_parse.markup._anchors import align, escaped_lt, offset_at, unescape_offsets
from actionplan_parse.models import Diagnostic, Document, Span

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "corpus" / "china_celac_2025_2027.txt").read_text(encoding="utf-8")
# the plan with a curly apostrophe and an ampersand, so `&#8217;` and `&amp;` occur
TEXT = PLAN.replace("People's", "People’s").replace(" and the ", " & the ")
HTML = render_html(TEXT)


def _tree(document: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(n.id, n.label.raw if n.label else None, n.heading, n.text) for n in document.walk()]


def _at(source: str, span: Span, column: int = 1) -> str:
    """The source from the position a finding or span points at (line + column)."""
    lines = source.split("\n")
    return "\n".join(lines[span.start_line - 1 :])[column - 1 :]


def _char(source: str, position: str) -> str:
    """The character at the start of ``position``, decoded if it is a character reference."""
    ref = re.match(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", position)
    return unescape(ref.group()) if ref else position[:1]


@pytest.fixture(scope="module")
def pair() -> tuple[Document, Document]:
    return parse(TEXT, "text"), parse(HTML, "html")


def test_html_rendering_has_the_texts_tree(pair: tuple[Document, Document]) -> None:
    text, html = pair
    assert "\n    " in HTML and '</p> <p class="item">' in HTML and "&#8217;" in HTML
    assert _tree(html) == _tree(text)
    assert len(_tree(text)) > 30
    assert html.title == text.title
    Document.model_validate(html.model_dump(by_alias=True))  # spans still nest and order


def test_every_finding_points_at_its_character(pair: tuple[Document, Document]) -> None:
    text, html = pair
    text_found = [d for d in text.diagnostics if d.span is not None]
    html_found = [d for d in html.diagnostics if d.span is not None]
    assert [d.code for d in html_found] == [d.code for d in text_found]
    assert {"AP002", "AP101"} <= {d.code for d in html_found}
    for t, h in zip(text_found, html_found, strict=True):
        want = _char(TEXT, _at(TEXT, t.span, t.column))
        got = _char(HTML, _at(HTML, h.span, h.column))
        assert got == want, (h.code, h.span, h.column, t.span, t.column)
        _offset_agrees(HTML, h)


def _offset_agrees(source: str, diagnostic: Diagnostic) -> None:
    span = diagnostic.span
    assert span is not None
    line_start = sum(len(line) + 1 for line in source.split("\n")[: span.start_line - 1])
    assert span.start_offset == line_start + diagnostic.column - 1


def test_backslash_findings_point_at_the_backslash(pair: tuple[Document, Document]) -> None:
    _, html = pair
    escaped = [d for d in html.diagnostics if d.code == "AP002"]
    assert escaped
    for d in escaped:
        assert d.span is not None and HTML[d.span.start_offset] == "\\"


def test_node_spans_start_and_end_on_the_nodes_characters(
    pair: tuple[Document, Document],
) -> None:
    text, html = pair
    for t, h in zip(text.walk(), html.walk(), strict=True):
        first = TEXT[t.span.start_offset :].lstrip()[:1]
        assert _char(HTML, HTML[h.span.start_offset :]) == first, h.id
        last = TEXT[: t.span.end_offset].rstrip()[-1:]
        end = HTML[: h.span.end_offset]
        ref = re.search(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);?$", end + ";")
        assert end[-1:] == last or (ref and unescape(ref.group()) == last), h.id
        assert HTML.count("\n", 0, h.span.start_offset) + 1 == h.span.start_line


def test_paragraphs_on_one_source_line_are_separate_nodes(
    pair: tuple[Document, Document],
) -> None:
    _, html = pair
    spans = [n.span for n in html.walk()]
    assert any(a.end_line == b.start_line for a, b in zip(spans, spans[1:], strict=False))


def test_check_reports_the_html_files_line_and_column(tmp_path: Path) -> None:
    page = tmp_path / "one.html"
    page.write_text(
        "<html><body><p>1. Hold a \\Panda Bond\\ seminar.</p>\n<p>2. Two.</p><p>4. Four.</p>"
        "</body></html>\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", "check", str(page)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert f"{page}:1:26: AP002" in run.stdout  # the backslash before `Panda`
    assert f"{page}:2:18: AP101" in run.stdout  # the `4` of `<p>4. Four.</p>`


def test_head_title_and_h1_fill_the_title() -> None:
    page = "<html><head><title>The  Plan</title></head><body><p>1. One.</p></body></html>"
    assert parse(page, "html").title == "The Plan"
    heading = "<body><h1>Joint Action Plan</h1><p>1. One.</p><p>2. Two.</p></body>"
    assert parse(heading, "html").title == "Joint Action Plan"


def test_offsets_count_crlf_and_mixed_newlines_are_reported() -> None:
    page = "<html>\r\n<body><p>1. A \\Panda Bond\\ seminar.</p>\r\n<p>2. Two.</p>\n<p>3. x</p>\n"
    document = parse(page, "html")
    escaped = [d for d in document.diagnostics if d.code == "AP002"]
    assert escaped and escaped[0].span is not None
    assert page[escaped[0].span.start_offset] == "\\"
    assert (escaped[0].span.start_line, escaped[0].column) == (2, 15)
    mixed = [d for d in document.diagnostics if d.code == "AP005"]
    assert mixed and mixed[0].span is not None and mixed[0].span.start_line == 3


def test_many_character_references_stay_linear() -> None:
    """One long paragraph of references: the anchor tables are searched, never rescanned
    (a generous bound; quadratic handling of 60,000 references would take minutes)."""
    page = "<p>1. " + "a&amp;b &#8217;c " * 30_000 + "</p>"
    start = time.perf_counter()
    document = parse(page, "html")
    assert time.perf_counter() - start < 60
    node = document.children[0]
    assert page[node.span.start_offset] == "1" and page[node.span.end_offset - 1] == "c"


def test_offsets_through_escaped_less_than_signs() -> None:
    original = "<p>a < b <</p>"
    escaped = "<p>a &lt; b &lt;</p>"
    inserted = escaped_lt(original, escaped)
    assert inserted == [5, 12]
    (row,) = unescape_offsets([align("a < b <", escaped, 3)], inserted)
    assert row is not None
    assert [original[offset_at(row, k)] for k in range(7)] == list("a < b <")


def test_residue_before_the_markup_keeps_html_and_exact_places() -> None:
    page = (
        ' * body : <P style="margin:0">Joint Plan</P>\n'
        '<P style="x">1. One \\Panda Bond\\ here.</P>\n<P>2. Two.</P><P>4. Four.</P>\n'
    )
    document = parse(page)
    assert document.source.format == "html" and document.title == "Joint Plan"
    assert [n.id for n in document.walk()] == ["1", "2", "4"]
    for node in document.walk():
        assert page[node.span.start_offset] == node.id
    places = {d.code: (d.span.start_line, d.column) for d in document.diagnostics if d.span}
    assert places["AP002"] == (2, 21) and places["AP101"] == (3, 18)
