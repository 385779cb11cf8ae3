"""AP103 numbering-order: a number smaller than its predecessor, without a restart."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule, where


def check(context: Context) -> Iterator[Finding]:
    for parent, series in context.numbered_series():
        numbered = [(node, node.number) for node in series if node.number is not None]
        for (previous, before), (node, number) in zip(numbered, numbered[1:], strict=False):
            if number < before:
                yield Finding(
                    node.span.start_line,
                    node.span.start_line,
                    f"number {node.number} after {previous.number} {where(parent)}",
                    node.id,
                )


RULE = Rule(
    "AP103",
    "numbering-order",
    "warning",
    "A number smaller than its predecessor.",
    check,
    meaning=(
        "A sibling's number is smaller than the one before it, where the parser saw "
        "no restart (no lost heading) that would explain it."
    ),
    why="Items are out of order or mislabelled; citations by number point at the wrong item.",
    example="Plan\n1. Open markets.\n3. Lower tariffs.\n2. Share data.\n",
    fix="Put the items in order, or correct the labels.",
    fixed="Plan\n1. Open markets.\n2. Lower tariffs.\n3. Share data.\n",
)
