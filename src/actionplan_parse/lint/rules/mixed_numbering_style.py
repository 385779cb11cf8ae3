"""AP201 mixed-numbering-style: siblings that use different label styles."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule, form_of, where


def check(context: Context) -> Iterator[Finding]:
    for parent, siblings in context.sibling_lists():
        labelled = [n for n in siblings if n.label is not None]
        styles = list(dict.fromkeys(f for n in labelled if (f := form_of(n))))
        if len(styles) > 1:
            first = labelled[0].span.start_line
            yield Finding(
                first,
                labelled[-1].span.start_line,
                f"siblings {where(parent)} mix label styles: {', '.join(styles)}",
                parent.id if parent else None,
            )


RULE = Rule(
    "AP201",
    "mixed-numbering-style",
    "info",
    "Siblings that use different label styles.",
    check,
    meaning=(
        "Siblings in one list are labelled in different styles, e.g. `(1)` then `(II)`, "
        "or `First,` then `II.`. The numbers are still read correctly."
    ),
    why=(
        "Usually a sign of machine translation or of pieces pasted from different "
        "drafts; it makes the list harder to cite and to check by eye."
    ),
    example="Plan\nFirst, Trade\n(1) Open markets.\n(II) Lower tariffs.\n",
    fix="Use one label style per list, as in the authoritative version of the text.",
    fixed="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n",
)
