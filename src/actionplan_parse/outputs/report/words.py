"""Mark the words that differ between two texts: `<del>` in the old, `<ins>` in the new.

A word-level diff (difflib on runs of non-space characters and runs of spaces), so a
changed word is marked whole; the marks are HTML, every piece of text is escaped.

>>> mark_words("Hold a forum in 2025.", "Hold a summit in 2025.")
('Hold a <del>forum</del> in 2025.', 'Hold a <ins>summit</ins> in 2025.')
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from html import escape

__all__ = ["mark_words"]

_TOKENS = re.compile(r"\s+|\S+")


def mark_words(old: str, new: str) -> tuple[str, str]:
    """The two texts as HTML, the words only in `old` in `<del>`, only in `new` in `<ins>`."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    old_html: list[str] = []
    new_html: list[str] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            old_html.append(escape("".join(before[i1:i2])))
            new_html.append(escape("".join(after[j1:j2])))
            continue
        old_html.append(_wrap("del", before[i1:i2]))
        new_html.append(_wrap("ins", after[j1:j2]))
    return "".join(old_html), "".join(new_html)


def _wrap(tag: str, tokens: list[str]) -> str:
    """Tokens in a mark, the spaces at either end left outside it."""
    text = "".join(tokens)
    core = text.strip()
    if not core:
        return escape(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{escape(lead)}<{tag}>{escape(core)}</{tag}>{escape(trail)}"
