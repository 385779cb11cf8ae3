"""AP007 removed-text: lines the parser kept out of the tree, so nothing goes silently.

Every ``Document.removed`` record is reported: one finding per reason (front matter,
page furniture, an HTML page's chrome, footnote blocks, rules), at the first run, naming
every run's lines (the first few, then a count), so the output stays small on a long
document. An HTML document's findings are made again once its spans are placed in the
file (``diagnose_file``), so the lines named are the file's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ...models import Removed
from .base import Context, Finding, Rule

SHOWN = 8
"""Runs named in one message; the rest are counted."""

_WHAT = {
    "front-matter": "front matter",
    "page-furniture": "page furniture",
    "page-chrome": "page chrome",
    "footnote-block": "footnote block",
    "rule": "separator rule",
}


def check(context: Context) -> Iterator[Finding]:
    by_reason: dict[str, list[Removed]] = defaultdict(list)
    for removed in context.document.removed:
        by_reason[removed.reason].append(removed)
    for reason, runs in by_reason.items():
        first = runs[0].span
        count = sum(r.span.end_line - r.span.start_line + 1 for r in runs)
        yield Finding(
            first.start_line,
            first.end_line,
            f"{_WHAT.get(reason, reason)} kept out of the tree: {count} line(s) "
            f"in {len(runs)} run(s) ({_ranges(runs)})",
        )


def _ranges(runs: list[Removed]) -> str:
    shown = [
        f"{r.span.start_line}-{r.span.end_line}"
        if r.span.end_line > r.span.start_line
        else str(r.span.start_line)
        for r in runs[:SHOWN]
    ]
    more = f", ... {len(runs) - SHOWN} more" if len(runs) > SHOWN else ""
    return f"line{'s' if len(runs) > 1 or '-' in shown[0] else ''} {', '.join(shown)}{more}"


RULE = Rule(
    "AP007",
    "removed-text",
    "info",
    "Lines set aside as not content: front matter, page furniture or chrome, footnotes, rules.",
    check,
    meaning=(
        "The parser kept these lines out of the tree because they are not part of the "
        "plan's content: a YAML front-matter block, page furniture (document symbols, "
        "job numbers, page numbers, running headers and footers, closing matter), an HTML "
        "page's chrome (its navigation menu, breadcrumb, page header and footer, lists of "
        "links alone such as related news or share buttons), a separator rule of "
        "underscores, or the block of footnotes below such a rule. "
        "Every such run is recorded in `Document.removed` with its lines and reason; "
        "one finding per reason names the runs."
    ),
    why=(
        "Nothing is dropped silently: if the parser took real content for debris "
        "(a paragraph after a rule, a title beside a page header), this finding shows "
        "where, and `Document.removed` still holds the text."
    ),
    example=(
        "Plan\n1. The parties will cooperate on trade.1\n__________\n"
        "1 See the trade report of 2024.\n2. They will meet every year.\n"
    ),
    fix=(
        "Nothing to do when the lines really are debris. Delete them to silence the "
        "finding; if content was taken for debris, check the lines named."
    ),
    fixed="Plan\n1. The parties will cooperate on trade.\n2. They will meet every year.\n",
)
