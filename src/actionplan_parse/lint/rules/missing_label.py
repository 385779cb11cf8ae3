"""AP104 missing-label: an unlabelled paragraph taken as a sibling with an inferred number."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Reason
from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for node in context.document.walk():
        if Reason.GAP_FILL in node.reasons:
            line = node.span.start_line
            yield Finding(line, line, f"paragraph has no label: taken as {node.id}", node.id)


RULE = Rule(
    "AP104",
    "missing-label",
    "warning",
    "An unlabelled paragraph taken as a sibling with an inferred number.",
    check,
    meaning=(
        "A paragraph without a label sits where a numbered sibling is expected (the "
        "numbers on either side leave exactly a gap for it), so the parser took it as "
        "that sibling and inferred its number."
    ),
    why=(
        "The label was lost in copying: readers citing the item by number, and tools "
        "counting commitments, get it wrong."
    ),
    example="Plan\nFirst, Trade\n(1) Open markets.\nLower tariffs.\n(3) Share data.\n",
    fix="Write the missing label in front of the paragraph.",
    fixed="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n(3) Share data.\n",
)
