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


RULE = Rule("AP001", "garbled-fragment", "error", "Markup residue or unreadable lines.", check)
