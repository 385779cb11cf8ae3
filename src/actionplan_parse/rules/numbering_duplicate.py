"""AP102 numbering-duplicate: the same number twice among siblings."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule, where


def check(context: Context) -> Iterator[Finding]:
    for parent, siblings in context.sibling_lists():
        seen: set[int] = set()
        for node in siblings:
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
    "AP102", "numbering-duplicate", "warning", "The same number twice among siblings.", check
)
