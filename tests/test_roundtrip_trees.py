"""Random trees (1-4 levels, a random numbering scheme per level) parse back to themselves."""

from __future__ import annotations

from hypothesis import given, note, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples
from strategies import mixed_documents, render_tree, trees

from actionplan_parse import parse


def _flat(document):
    return [(n.id, n.heading, n.text) for n in document.walk()]


@settings(max_examples=examples(150), deadline=None)
@given(trees(), st.booleans(), st.booleans())
def test_generated_tree_parses_back(tree, wrap, crlf):
    nodes, schemes = tree
    text = render_tree(nodes, wrap)
    if crlf:
        text = text.replace("\n", "\r\n")
    note(f"schemes={schemes}\n{text}")
    document = parse(text)
    expected = [(n.id, n.heading, n.text) for root in nodes for n in root.walk()]
    assert _flat(document) == expected
    assert document.title == "Joint Plan of Action"
    assert not any(n.inferred for n in document.walk())
    assert not [d for d in document.diagnostics if d.severity != "info"]


@settings(max_examples=examples(120), deadline=None, derandomize=True)
@given(mixed_documents())
def test_mixed_label_families_parse_back(rendered):
    """Issue 9: a random family per level and per line (as real copies mix them), random
    wraps, page furniture and lower-case starts: the tree comes back exactly."""
    note("\n".join(rendered.notes) + "\n" + rendered.text)
    document = parse(rendered.text, input_format="text")
    assert _flat(document) == rendered.expected
    assert not any(n.inferred for n in document.walk())
