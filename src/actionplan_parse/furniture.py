"""Page furniture, defined once: what a PDF printed on every page, not content.

The debris stage (``debris.py``) keeps these lines out of the tree and AP004
(``lint/rules/page_furniture.py``) reports them, from the same patterns:

* document symbols (`A/RES/80/3`), job numbers (`25-16680 (E)`), barcodes (`*2516680*`);
* page counters, in the words of every registered language (`2/5`, `Page 2 of 5`,
  `Página 2 de 5`, `2 sur 5`; ``Language.page_words``) or between dashes (`- 2 -`);
* running headers and footers: a short line repeated on :data:`MIN_REPEATS` pages or more.
"""

from __future__ import annotations

import functools
import re

from .languages import LANGUAGES

__all__ = [
    "BARCODE",
    "DASHED_PAGE",
    "JOB_NUMBER",
    "MAX_LENGTH",
    "MIN_REPEATS",
    "SYMBOL",
    "furniture_token",
    "is_page_number",
    "is_stamp",
    "page_counter",
]

SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.\-]+){1,6}")
JOB_NUMBER = re.compile(r"\d{2}-\d{5}(?:\s*\([A-Z]\))?")
BARCODE = re.compile(r"\*\d{5,}\*|\d{7,}")  # bare when Markdown read `*2516680*` as emphasis
DASHED_PAGE = re.compile(r"[-–—]\s*\d{1,4}\s*[-–—]")
_STAMP = re.compile(f"{JOB_NUMBER.pattern}|{BARCODE.pattern}")
MIN_REPEATS = 3
"""A running header or footer is printed on this many pages or more."""
MAX_LENGTH = 60
"""A running header or footer is at most this long (characters, stripped)."""


def page_counter() -> re.Pattern[str]:
    """`2/5`, `Page 2 of 5`, `Página 2 de 5`, `p. 2 sur 5`: in any registered language."""
    page = sorted({w for lang in LANGUAGES.values() for w in lang.page_words.page})
    of = sorted({w for lang in LANGUAGES.values() for w in lang.page_words.of})
    return _page_counter(tuple(page), tuple(of))


@functools.cache
def _page_counter(page: tuple[str, ...], of: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(page, key=len, reverse=True))
    between = "|".join(["/", *(re.escape(w) for w in sorted(of, key=len, reverse=True))])
    prefix = rf"(?:(?:{words})\s*)?" if words else ""
    return re.compile(rf"{prefix}\d{{1,3}}\s*(?:{between})\s*\d{{1,3}}", re.IGNORECASE)


def furniture_token() -> re.Pattern[str]:
    """One token of a furniture line: a symbol, job number, page counter or barcode."""
    parts = (SYMBOL.pattern, JOB_NUMBER.pattern, page_counter().pattern, BARCODE.pattern)
    return _joined(parts)


@functools.cache
def _joined(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """A line that is only a page number (stripped)."""
    return bool(page_counter().fullmatch(text) or DASHED_PAGE.fullmatch(text))


def is_stamp(text: str) -> bool:
    """A line that is only a job number or a barcode (stripped)."""
    return _STAMP.fullmatch(text) is not None
