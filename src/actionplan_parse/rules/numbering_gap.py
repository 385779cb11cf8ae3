"""AP101 numbering-gap: a sibling number is skipped, or a list starts above 1."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Node
from .base import Context, Finding, Rule, child_id, where

MAX_LISTED = 5
"""Gaps of up to this many numbers list every missing id; longer ones name a range."""


def check(context: Context) -> Iterator[Finding]:
    runs_on: dict[str | None, int] = {}  # last number per label form: numbering running on
    for parent, series in context.numbered_series():
        previous: int | None = 0
        for node in series:
            form = f"{node.label.style}/{node.label.enclosure}" if node.label else None
            if node.number is None:
                previous = None
                continue
            if previous == 0 and runs_on.get(form) == node.number - 1:
                previous = node.number - 1  # continues the previous list of this form
            if previous is not None and node.number > previous + 1:
                missing = _missing(parent, previous + 1, node.number - 1)
                start = "list starts at" if previous == 0 else "number skipped before"
                yield Finding(
                    node.span.start_line,
                    node.span.start_line,
                    f"{start} {node.number} {where(parent)}: missing {missing}",
                    node.id,
                )
            previous = node.number
            runs_on[form] = node.number


def _missing(parent: Node | None, first: int, last: int) -> str:
    """The missing ids, listed up to `MAX_LISTED`, else as a range with a count.

    A range keeps the message short whatever the gap (`第九九九九九条` after `第一条`).
    """
    count = last - first + 1
    if count <= MAX_LISTED:
        return ", ".join(child_id(parent, n) for n in range(first, last + 1))
    return f"{child_id(parent, first)}-{child_id(parent, last)}, {count:,} numbers"


RULE = Rule(
    "AP101",
    "numbering-gap",
    "warning",
    "A sibling number is skipped (or a list starts late).",
    check,
    meaning=(
        "A number is skipped between two siblings (`(IV)` then `(VI)`), or a list "
        "starts above one (`(II)` first). The message names the missing ids, or for a gap of "
        "more than five numbers their range and count (`missing 2-99998, 99,997 numbers`)."
    ),
    why=(
        "An item was lost in copying, or the numbering is wrong: either way the copy "
        "does not match the document it claims to reproduce."
    ),
    example="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n(4) Share data.\n",
    fix="Restore the missing item from the original, or renumber the list.",
    fixed="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n(3) Share data.\n",
)
