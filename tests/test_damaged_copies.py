"""Damaged copies of the bundled plan still parse to the expected tree, line for line."""

from __future__ import annotations

import pytest
from expected import mismatches
from hypothesis import HealthCheck, given, note, settings
from profiles_hypothesis import examples
from strategies import PlanFacts, damaged_plans

from actionplan_parse import parse


@pytest.fixture(scope="module")
def facts(plan_text, plan_expected) -> PlanFacts:
    return PlanFacts.load(plan_text, plan_expected)


def _check(damaged, expected):
    for line in damaged.notes:
        note(line)
    document = parse(damaged.data)
    assert mismatches(document, expected, lambda n: damaged.line_map[n]) == []
    inverse = {v: k for k, v in damaged.line_map.items()}
    labelled_inferred = {
        inverse[n.span.start_line]
        for n in document.walk()
        if n.inferred and n.label is None and "gap-fill" in n.reasons
    }
    assert labelled_inferred == damaged.inferred_lines
    containers = [n.id for n in document.walk() if "numbering-restart" in n.reasons]
    assert containers == ["3", "3.?", "5"]


def test_damaged_copies_keep_their_ids(facts, plan_expected):
    @settings(
        max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(damaged_plans(facts, plan_expected))
    def run(damaged):
        _check(damaged, plan_expected)

    run()


@pytest.mark.parametrize(
    "restyle",
    [
        {1: "part-roman", 2: "roman-period", 3: "arabic-paren"},
        {1: "ordinal", 2: "cardinal", 3: "roman-lower-paren"},
        {1: "part-roman", 2: "roman-comma", 3: "arabic-close"},
    ],
)
def test_fixed_restyles(facts, plan_expected, restyle):
    """The issue's own examples, as fixed cases beside the generated ones."""
    from strategies import SCHEMES

    out = []
    for number, text in enumerate(facts.lines, start=1):
        label = facts.label(number)
        if label is not None and number in facts.ids:
            value = label.readings[0].value
            text = f"{SCHEMES[restyle[facts.level(number)]](value)} {label.content}"
        out.append(text)
    document = parse("\r\n".join(out).encode("utf-8-sig"))
    assert mismatches(document, plan_expected) == []
    assert document.source.bom and document.source.newline == "crlf"
