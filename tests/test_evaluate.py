"""The structure scorer (actionplan_parse.evaluate) on a tiny hand-made gold tree."""

from __future__ import annotations

from actionplan_parse import parse
from actionplan_parse.evaluate import Triple, score, triples

TEXT = "Plan\nI. Trade\n1. Open markets.\n2. Lower tariffs.\nII. Health\n1. Train nurses.\n"
GOLD = {
    "doc": "tiny",
    "nodes": [
        {"line": 2, "level": 1, "number": 1, "parent": None, "label": "I."},
        {"line": 3, "level": 2, "number": 1, "parent": 2, "label": "1."},
        {"line": 4, "level": 2, "number": 2, "parent": 2, "label": "2."},
        {"line": 5, "level": 1, "number": 2, "parent": None, "label": "II."},
        {"line": 6, "level": 2, "number": None, "parent": 5, "label": "1."},
    ],
}


def test_parsed_tree_matches_its_gold():
    result = score(triples(parse(TEXT)), GOLD)
    assert (result.matched, result.predicted, result.gold) == (5, 5, 5)
    assert result.f1 == 1.0


def test_wrong_parent_and_wrong_number_do_not_match():
    predicted = [
        Triple(2, None, 1),
        Triple(3, 2, 1),
        Triple(4, None, 2),  # wrong parent
        Triple(5, None, 3),  # wrong number
        Triple(6, 5, 7),  # gold number null: any number
    ]
    result = score(predicted, GOLD)
    assert result.matched == 3
    assert round(result.precision, 2) == 0.6 and round(result.recall, 2) == 0.6


def test_optional_lines_and_parent_alt():
    gold = {
        "doc": "tiny",
        "optional_lines": [1],
        "nodes": [{"line": 2, "number": 1, "parent": None, "parent_alt": [1]}],
    }
    with_title_node = [Triple(1, None, None), Triple(2, 1, 1)]
    result = score(with_title_node, gold)
    assert (result.matched, result.predicted, result.gold) == (1, 1, 1)
    extra = score([*with_title_node, Triple(9, None, 4)], gold)
    assert extra.predicted == 2 and extra.precision == 0.5


def test_missing_node_costs_recall_only():
    result = score([Triple(2, None, 1)], GOLD)
    assert result.precision == 1.0 and result.recall == 0.2


def test_inferred_containers_are_not_nodes():
    text = "Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n(1) Train.\n(2) Fund.\n"
    found = triples(parse(text))
    assert [t.line for t in found] == [2, 3, 4, 5, 6]
    assert [t.parent for t in found] == [None, 2, 2, None, None]  # under the container's parent
