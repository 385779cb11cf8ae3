"""Model invariants: validators reject inconsistent trees; JSON round trips."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from actionplan_parse import Document, Node, Span, parse


def span(a, b):
    return Span(start_line=a, end_line=b, start_offset=a * 10, end_offset=b * 10 + 5)


def node(node_id, level, a, b, children=()):
    return Node(id=node_id, kind="item", level=level, span=span(a, b), children=list(children))


SOURCE = {"encoding": "utf-8", "bom": False, "newline": "lf", "lines": 10, "size": 100}


def test_valid_tree_round_trips():
    doc = Document(children=[node("1", 1, 1, 3, [node("1.1", 2, 2, 2)])], source=SOURCE)
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    assert [n.id for n in doc.walk()] == ["1", "1.1"]
    assert doc.find("1.1").path == [1, 1]


@pytest.mark.parametrize(
    "children",
    [
        lambda: [node("1", 1, 1, 3, [node("1.1", 3, 2, 2)])],  # skips a level
        lambda: [node("1", 1, 1, 3, [node("1.1", 2, 2, 5)])],  # child outside parent
        lambda: [node("1", 1, 1, 3), node("2", 1, 3, 4)],  # overlapping siblings
        lambda: [node("1", 1, 1, 3), node("1", 1, 4, 4)],  # duplicate id
        lambda: [node("1", 2, 1, 3)],  # top level not 1
    ],
)
def test_inconsistent_trees_are_rejected(children):
    with pytest.raises(ValidationError):
        Document(children=children(), source=SOURCE)


def test_span_must_be_ordered():
    with pytest.raises(ValidationError):
        Span(start_line=3, end_line=2, start_offset=0, end_offset=1)


def test_extra_fields_forbidden():
    with pytest.raises(ValidationError):
        Span(start_line=1, end_line=1, start_offset=0, end_offset=1, colour="red")


def test_offsets_point_into_the_decoded_text():
    text = "Title\r\nFirst, Trade\r\n(1) Open markets.\r\n"
    doc = parse(text)
    item = doc.find("1.1")
    assert text[item.span.start_offset : item.span.end_offset] == "(1) Open markets."
    assert doc.source.newline == "crlf"


def test_restart_opens_a_numbered_inferred_container():
    text = "First, A\nOne, a\n(1) x.\nTwo, b\n(1) z.\n(2) u.\n{\\\n(2) w.\n(3) v.\nSecond, B\n"
    doc = parse(text)
    assert [n.id for n in doc.walk()] == [
        "1",
        "1.1",
        "1.1.1",
        "1.2",
        "1.2.1",
        "1.2.2",
        "1.3",
        "1.3.2",
        "1.3.3",
        "2",
    ]
    lost = doc.find("1.3")
    assert lost.inferred and lost.reasons == ["numbering-restart", "neighbour-number"]
    assert (lost.span.start_line, lost.span.end_line, lost.label) == (8, 9, None)
