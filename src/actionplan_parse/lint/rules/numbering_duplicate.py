"""AP102 numbering-duplicate: the same number twice among siblings."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule, where


def check(context: Context) -> Iterator[Finding]:
    for parent, series in context.numbered_series():
        seen: set[int] = set()
        for node in series:
            if node.number is None:
                continue
            if node.number in seen:
                yield Finding(
                    node.span.start_line,
                    node.span.start_line,
                    f"number {node.number} used twice {where(parent)}",
                    node.id,
                )
            seen.add(node.number)


RULE = Rule(
    "AP102",
    "numbering-duplicate",
    "warning",
    "The same number twice among siblings.",
    check,
    meaning=(
        "Two siblings of one list carry the same number (and the parser found no "
        "sign of a restart between them)."
    ),
    why="A citation of that number is ambiguous, and one of the two labels is usually a typo.",
    example="Plan\n1. Open markets.\n2. Lower tariffs.\n2. Share data.\n",
    fix="Renumber the list so that each number is used once.",
    fixed="Plan\n1. Open markets.\n2. Lower tariffs.\n3. Share data.\n",
)
