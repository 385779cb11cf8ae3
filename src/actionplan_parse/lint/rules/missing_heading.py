"""AP105 missing-heading: a container inferred because its heading was lost."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Reason
from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for node in context.document.walk():
        if Reason.NUMBERING_RESTART in node.reasons:
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
    meaning=(
        "Numbering restarts (e.g. `(1)` after `(3)`) where no part or section heading "
        "opens a new container, so the parser inferred a part or section whose heading "
        "is missing and numbered it from its neighbours."
    ),
    why=(
        "The items that follow are attached to a section nobody can name: a table of "
        "contents, a citation (`section 3.2`) or a cross-reference cannot point at them."
    ),
    example=(
        "Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n"
        "(1) Train teachers.\n(2) Fund schools.\n"
    ),
    fix="Restore the lost heading (with its label) above the restarted items.",
    fixed=(
        "Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n"
        "Second, Education\n(1) Train teachers.\n(2) Fund schools.\n"
    ),
)
