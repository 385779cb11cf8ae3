"""Layouts the global decoder must get right (issue 9, failure kinds 2, 6, 7, 8).

Each fixture has a gold tree beside it (`*.gold.json`, corpus/ANNOTATION.md format),
scored by actionplan_parse.evaluate; the fitting script learns from them too.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from actionplan_parse import parse_file
from actionplan_parse.blocks import to_blocks
from actionplan_parse.decide import decide
from actionplan_parse.decide.weights import load_weights
from actionplan_parse.evaluate import score, triples
from actionplan_parse.lines import scan

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
GOLDS = sorted(p.name[: -len(".gold.json")] for p in LAYOUTS.glob("*.gold.json"))


def _parse(name: str):
    gold = json.loads((LAYOUTS / f"{name}.gold.json").read_text(encoding="utf-8"))
    return parse_file(LAYOUTS / gold["doc"], gold.get("input", "auto")), gold


@pytest.mark.parametrize("name", GOLDS)
def test_fixture_parses_to_its_gold_tree(name):
    document, gold = _parse(name)
    result = score(triples(document), gold)
    assert (result.matched, result.predicted) == (result.gold, result.gold), result


def test_lead_in_with_lone_letters_is_no_lost_heading():
    """Kind 2: `… we commit to:` then `(a)` alone on its line: the list goes under the
    paragraph, and a clean document gets no AP105 (or any) error."""
    document, _ = _parse("lead_in_lone_letters")
    assert not [d for d in document.diagnostics if d.severity == "error"]
    lead = document.find("2.4")
    assert lead.reasons == ["lead-in", "position-number"] and not lead.inferred
    assert [c.label.raw for c in lead.children][:3] == ["(a)", "(b)", "(c)"]
    assert len(lead.children) == 15 and lead.children[0].text.startswith("Map flood risk")


def test_nested_indented_bullets_go_under_their_parent():
    """Kind 6: `    -   ` under `-   ` is a child list, and a heading after the list is
    not swallowed by the last bullet."""
    document, _ = _parse("bullets_nested_indented")
    assert [c.id for c in document.find("1").children] == ["1.1", "1.2"]
    assert document.find("1").heading == "Green shipping corridors: the partners will"
    assert document.find("4").kind == "heading"


def test_lone_letter_stays_under_its_paragraph():
    """Kind 6: `(f)` whose `(a)`-`(e)` were lost stays a sub-item; the numbered paragraphs
    after it stay at the top level."""
    document, _ = _parse("lone_letter_lost_siblings")
    assert [n.id for n in document.children] == ["1", "2", "3", "4"]
    assert document.find("1.6").label.raw == "(f)"


def test_lower_case_decimal_labels_are_labels_when_their_numbers_continue():
    """Kind 7: `1.1 strengthen …` is a label; `81.6 billion` wrapped to a line start is not."""
    document, _ = _parse("decimal_lower_case")
    assert [n.id for n in document.find("1").walk()][1:] == ["1.1", "1.2", "1.2.1", "1.2.2", "1.3"]
    trade = document.find("2.1")
    assert trade.text.endswith("which reached 81.6 billion dollars last year, and open new routes.")
    assert not document.diagnostics


def test_mixed_label_families_per_level():
    """Kind 8: `Part I.` `Second,` `PART THREE:` at the top, `I.` `Two,` `III,` below,
    `(I)` `(2)` `(iii)` `4)` at the bottom: one level each, by their numbers."""
    document, _ = _parse("mixed_families")
    assert [n.number for n in document.children] == [1, 2, 3]
    assert [len(n.children) for n in document.children] == [3, 2, 2]
    assert [c.number for c in document.find("1.1").children] == [1, 2, 3, 4]


def test_global_decoding_recovers_where_greedy_placement_does_not():
    """The lone `(f)`: placed greedily it joins the top-level list (cheaper on its own),
    and `2.` must then restart that list; the beam sees the whole document."""
    text = (LAYOUTS / "lone_letter_lost_siblings.txt").read_text(encoding="utf-8")
    greedy = dataclasses.replace(load_weights(), beam_width=1)
    flat = decide(to_blocks(scan(text)), greedy)
    assert [c.reading.value if c.reading else None for c in flat.root.children][:2] == [1, 6]
    beam = decide(to_blocks(scan(text)))
    assert [c.block.first for c in beam.root.children] == [3, 7, 9, 11]
