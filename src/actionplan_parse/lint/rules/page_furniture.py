"""AP004 page-furniture: running headers, footers and page numbers left in the text.

Text copied out of a PDF keeps what was printed on every page: the document
symbol (`A/RES/80/3`), a job number (`25-16680 (E)`), a barcode (`*2516680*`),
page numbers (`2/5`, `Page 2 of 5`, `Página 2 de 5`, `- 2 -`). They interrupt sentences
and items wherever a page ended. The shapes are the parser's own (``furniture.py``, the
page words of every language). Reported, on unlabelled lines (text, or lines the parser
already set aside as debris):

* lines that are only a page number: one finding for all of them;
* job numbers and barcodes: one finding per distinct line;
* a short line holding a digit that occurs three times or more (running header
  or footer): one finding per distinct line, at its first occurrence.

Front matter and footnotes, which the parser also sets aside, are content, not
furniture: they match none of these shapes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ...furniture import MAX_LENGTH, MIN_REPEATS, is_page_number, is_stamp
from .base import Context, Finding, Rule

_KINDS = ("text", "debris")


def check(context: Context) -> Iterator[Finding]:
    pages: list[int] = []
    stamps: dict[str, list[int]] = defaultdict(list)
    repeated: dict[str, list[int]] = defaultdict(list)
    for line in context.lines:
        text = line.raw.strip()
        if line.kind not in _KINDS or len(text) > MAX_LENGTH:
            continue
        if is_page_number(text):
            pages.append(line.number)
        elif is_stamp(text):
            stamps[text].append(line.number)
        elif any(map(str.isdigit, text)):
            repeated[text].append(line.number)
    found = [(pages[0], f"page number(s) left in the text ({_lines(pages)})")] if pages else []
    found += [(n[0], f"job number or barcode {t!r} ({_lines(n)})") for t, n in stamps.items()]
    found += [
        (n[0], f"running header or footer {t!r} repeated {len(n)} times ({_lines(n)})")
        for t, n in repeated.items()
        if len(n) >= MIN_REPEATS
    ]
    for number, message in sorted(found):
        yield Finding(number, number, message)


def _lines(numbers: list[int], shown: int = 8) -> str:
    """`line 7` or `lines 7, 19, ...` (at most ``shown`` numbers)."""
    head = ", ".join(map(str, numbers[:shown]))
    more = ", ..." if len(numbers) > shown else ""
    return f"line{'s' if len(numbers) > 1 else ''} {head}{more}"


RULE = Rule(
    "AP004",
    "page-furniture",
    "warning",
    "Running headers, footers or page numbers left in the text.",
    check,
    meaning=(
        "Lines that were printed on every page of the original are still in the text: "
        "a document symbol or other short line with a number repeated three times or "
        "more, a job number or barcode (`25-16680 (E)`, `*2516680*`), or a bare page "
        "number (`2/5`, `Page 2 of 5`, `- 2 -`)."
    ),
    why=(
        "They sit wherever a page ended, usually in the middle of a sentence or an item: "
        "the paragraph is cut in two, and search, quotation and the parsed tree see the "
        "furniture as content."
    ),
    example=(
        "Declaration\n1. The parties agree to cooperate\nA/RES/80/3\n2/3\non trade.\n"
        "2. They will meet\nA/RES/80/3\nyearly.\n3. They will report\nA/RES/80/3\nannually.\n"
    ),
    fix="Delete the headers, footers and page numbers, and rejoin the split paragraphs.",
    fixed=(
        "Declaration\n1. The parties agree to cooperate on trade.\n2. They will meet yearly.\n"
        "3. They will report annually.\n"
    ),
)
