"""AP107 ambiguous-structure: a node whose place the decoder chose by a small margin."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule

AMBIGUOUS_BELOW = 0.5
"""Confidence under which the runner-up reading is reported (a cost margin of ~0.7)."""


def check(context: Context) -> Iterator[Finding]:
    for node in context.document.walk():
        if node.label is None or node.runner_up is None or node.confidence >= AMBIGUOUS_BELOW:
            continue
        line = node.span.start_line
        yield Finding(
            line,
            line,
            f"place of {node.kind} {node.id} ({node.label.raw}) is uncertain "
            f"(confidence {node.confidence:.2f}); runner-up reading: {node.runner_up}",
            node.id,
        )


RULE = Rule(
    "AP107",
    "ambiguous-structure",
    "info",
    "A label whose place in the tree was decided by a small margin.",
    check,
    meaning=(
        "The structure decoder weighed several placements for this label (continue a list, "
        "open a child list, restart after a lost heading, ...) and the best one won by a "
        "small margin; the message names the runner-up reading. "
        "`actionplan-parse explain FILE LINE` shows every candidate with its features."
    ),
    why=(
        "Where two readings are almost equally plausible the tree may be wrong without any "
        "other finding: this is the place to look first when an outline seems off."
    ),
    example="Plan\n1. We agree to act.\n(f) Set up a fund.\n2. We thank the host.\n",
    fix=(
        "Make the intended structure explicit: give the label the form its siblings use, "
        "or restore the heading that opens its list."
    ),
    fixed="Plan\n1. We agree to act.\n(a) Set up a fund.\n2. We thank the host.\n",
)
