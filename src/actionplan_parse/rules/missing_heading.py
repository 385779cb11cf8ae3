"""AP105 missing-heading: a container inferred because its heading was lost."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for node in context.document.walk():
        if "numbering-restart" in node.reasons:
            line = node.span.start_line
            yield Finding(
                line,
                line,
                f"heading of {node.kind} {node.id} is missing: numbering restarts here",
                node.id,
            )


RULE = Rule(
    "AP105",
    "missing-heading",
    "error",
    "A container inferred because its heading was lost.",
    check,
)
