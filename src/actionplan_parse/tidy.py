"""Tidying of node text: the repairs every consumer relies on, in one place.

``tidy`` collapses white space, turns backslashes used as quotation marks
(`\\Panda Bond\\`) into real ones and repairs mojibake with ftfy. The source
text is always kept untouched beside it (``Node.raw``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["ESCAPED_QUOTE", "SPACE", "fix_mojibake", "tidy"]

ESCAPED_QUOTE = re.compile(r"\\([^\\\n]{1,200}?)\\")
SPACE = re.compile(r"[ \t\u00a0\u3000]+")


def tidy(text: str) -> str:
    """Whitespace collapsed, backslash quotes made real, mojibake repaired."""
    if not text.isascii():
        text = fix_mojibake(text)
    if "\\" in text:
        text = ESCAPED_QUOTE.sub(lambda m: f"\u201c{m.group(1).strip()}\u201d", text)
    return SPACE.sub(" ", text).strip()


_REACH = 8
"""Characters on either side of a suspect character that ftfy's badness check may look at:
its longest pattern (`ГўВЂВ.[A-Za-z ]`) is 7 characters long."""


def fix_mojibake(text: str) -> str:
    """Text decoded with the wrong encoding, decoded right (ftfy); other text unchanged.

    Exactly ``ftfy.fix_encoding(text)``, cheaper: ftfy returns text unchanged unless its
    badness pattern matches, and every alternative of that pattern contains one of a known
    set of characters (accented Latin, Greek, Cyrillic, box drawing, punctuation ...). So
    the pattern is searched only around those characters (CJK text has few), and ftfy runs
    on the whole text only when it matches there.
    """
    if text.isascii():
        return text
    suspect, is_bad, fix_encoding = _ftfy()
    windows = _windows(text, suspect)
    if not any(is_bad(text[start:end]) for start, end in windows):
        return text
    return fix_encoding(text)


def _windows(text: str, suspect: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged ranges of ``text`` within reach of a suspect character."""
    windows: list[tuple[int, int]] = []
    for match in suspect.finditer(text):
        start, end = max(0, match.start() - _REACH), match.end() + _REACH
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@functools.cache
def _ftfy() -> tuple[re.Pattern[str], Callable[[str], bool], Callable[[str], str]]:
    """ftfy, imported on first use: the suspect characters, its badness test, its fixer.

    The suspect characters are every character class of the badness pattern and every
    non-ASCII character written in it; an alternative that matches contains one of them.
    """
    import ftfy
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad

    classes = [f"[{chars}]" for chars in MOJIBAKE_CATEGORIES.values()]
    literals = sorted({c for c in BADNESS_RE.pattern if not c.isascii()})
    suspect = re.compile("|".join([*classes, f"[{''.join(literals)}]"]))
    return suspect, is_bad, ftfy.fix_encoding
