"""Tidying of node text: the repairs every consumer relies on, in one place.

``tidy`` collapses white space, turns backslashes used as quotation marks
(`\\Panda Bond\\`) into real ones and repairs mojibake with ftfy. The source
text is always kept untouched beside it (``Node.raw``).
"""

from __future__ import annotations

import re

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


def fix_mojibake(text: str) -> str:
    """Text decoded with the wrong encoding, decoded right (ftfy); other text unchanged."""
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_encoding(text)
