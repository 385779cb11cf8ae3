"""AP103 numbering-order: a number smaller than its predecessor, without a restart."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule, where


def check(context: Context) -> Iterator[Finding]:
    for parent, siblings in context.sibling_lists():
        previous: int | None = None
        for node in siblings:
            if node.number is not None and previous is not None and node.number < previous:
                yield Finding(
                    node.span.start_line,
                    node.span.start_line,
                    f"number {node.number} after {previous} {where(parent)}",
                    node.id,
                )
            if node.number is not None:
                previous = node.number


RULE = Rule("AP103", "numbering-order", "warning", "A number smaller than its predecessor.", check)
