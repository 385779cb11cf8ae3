"""AP104 missing-label: an unlabelled paragraph taken as a sibling with an inferred number."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for node in context.document.walk():
        if "gap-fill" in node.reasons:
            line = node.span.start_line
            yield Finding(line, line, f"paragraph has no label: taken as {node.id}", node.id)


RULE = Rule(
    "AP104",
    "missing-label",
    "warning",
    "An unlabelled paragraph taken as a sibling with an inferred number.",
    check,
)
