"""AP106 uninformative-numbering: every item of a list carries the same label (`1.`)."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Reason
from .base import Context, Finding, Rule, where


def check(context: Context) -> Iterator[Finding]:
    for parent, siblings in context.sibling_lists():
        positional = [
            node
            for node in siblings
            if node.label is not None
            and node.label.value is not None
            and Reason.POSITION_NUMBER in node.reasons
        ]
        if positional:
            first, last = positional[0], positional[-1]
            yield Finding(
                first.span.start_line,
                last.span.start_line,
                f"{len(positional)} items {where(parent)} are all labelled "
                f"{first.label.raw if first.label else ''!r}: numbered by position",
                first.id,
            )


RULE = Rule(
    "AP106",
    "uninformative-numbering",
    "warning",
    "Every item of a list carries the same label (a Markdown artifact).",
    check,
    meaning=(
        "All items of a list carry the same label, usually `1.`: a Markdown renderer "
        "numbers them for display, the text itself does not. The parser keeps the raw "
        "labels and numbers the items by position."
    ),
    why=(
        "Anyone citing the copy (`paragraph 3`) gets numbers the text does not show; the "
        "numbering of the original is lost."
    ),
    example="Plan\nFirst, Trade\n1. Open markets.\n1. Lower tariffs.\n1. Share data.\n",
    fix="Write each item's real number (or use bullets if the original has none).",
    fixed="Plan\nFirst, Trade\n1. Open markets.\n2. Lower tariffs.\n3. Share data.\n",
)
