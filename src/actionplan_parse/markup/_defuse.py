"""Defuse HTML for the stdlib parser: every ``<`` that cannot open a complete tag becomes text.

:mod:`html.parser` looks for the end of a tag, comment or declaration from every ``<``; when
there is none it gives up, steps one character and looks again, to the end of the input each
time: ``"</" * 100_000`` or ``"<a b='" * 20_000`` take minutes. Here one forward pass decides,
with cached searches (each position is read a bounded number of times), which ``<`` can open a
construct: a tag needs a ``>`` before the next ``<``, a comment its ``-->``. The others (a
``<`` before a space too) are written as ``&lt;``, which the parser reads back as the text
``<`` (one text run, not one per ``<``), so nothing is lost and line numbers stay the same.
"""

from __future__ import annotations

import re

__all__ = ["defuse_html"]

_COMMENT_END = re.compile(r"--\s*>")  # what html.parser takes for the end of a comment
_TAG_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")


class _Next:
    """The next match of a pattern at or after a position, for positions that only grow."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.pattern = pattern
        self.found: tuple[int, int] | None = (-1, -1)  # (start, end) of the last match

    def at_or_after(self, pos: int) -> tuple[int, int] | None:
        if self.found is not None and self.found[0] < pos:
            match = self.pattern.search(self.text, pos)
            self.found = match.span() if match else None  # None: no match anywhere after
        return self.found


def defuse_html(text: str) -> str:
    """``text`` with every ``<`` that opens no complete tag or comment written ``&lt;``."""
    if "<" not in text:
        return text
    next_lt, next_gt = _Next(text, re.compile("<")), _Next(text, re.compile(">"))
    comment_end = _Next(text, _COMMENT_END)
    pieces: list[str] = []
    done = pos = 0
    while (lt := next_lt.at_or_after(pos)) is not None:
        start = lt[0]
        pos = start + 1
        if text.startswith("<!--", start):
            end = comment_end.at_or_after(start + 4)
            if end is not None:
                pos = end[1]
                continue
        elif text[start + 1 : start + 2] in _TAG_START:
            gt, after = next_gt.at_or_after(pos), next_lt.at_or_after(pos)
            if gt is not None and (after is None or gt[0] < after[0]):
                pos = gt[1]
                continue
        pieces += [text[done:start], "&lt;"]
        done = pos
    return "".join(pieces) + text[done:] if pieces else text
