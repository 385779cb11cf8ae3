"""AP001 garbled-fragment: a run of markup residue or unreadable lines."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for fragment in context.document.fragments:
        first, last = fragment.span.start_line, fragment.span.end_line
        count = last - first + 1
        yield Finding(
            first, last, f"garbled run of {count} line(s) ({first}-{last}): content was lost"
        )


RULE = Rule(
    "AP001",
    "garbled-fragment",
    "error",
    "Markup residue or unreadable lines.",
    check,
    meaning=(
        "A run of consecutive lines that are not text: word-processor markup residue "
        "such as `{\\` or `\\par`, control characters, or mojibake. One finding covers "
        "the whole run and gives its first and last line."
    ),
    why=(
        "Such runs are what is left where a conversion lost content: headings, items "
        "or whole sections are usually missing at that spot, and every consumer of the "
        "text (search, translation, the parsed tree) silently loses them."
    ),
    example="Plan\nFirst, Trade\n(1) Open markets.\n{\\\n{\\\n(2) Lower tariffs.\n",
    fix=(
        "Recover the lost text from the original document (PDF, printed copy) and "
        "replace the run with it; if nothing was lost, delete the residue."
    ),
    fixed="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n",
)
