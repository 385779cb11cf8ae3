"""Split an item's text into clauses: sentences, and the parts of a sentence between
semicolons. Abbreviations (`U.S.`, `e.g.`, `No.`) do not end a sentence."""

from __future__ import annotations

import regex

__all__ = ["clauses"]

_BOUNDARY = regex.compile(
    r"(?<=[.!?;:])\s+(?=[\p{Lu}“\"(«¿]|to\s|and\s+to\s)|(?<=[；。！？])|(?<=;)\s+"
)
_ABBREVIATIONS = {
    "u.s.",
    "e.g.",
    "i.e.",
    "no.",
    "mr.",
    "dr.",
    "st.",
    "u.k.",
    "ee.",
    "uu.",
    "art.",
}


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` in order, stripped, none empty."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        if before and before[-1].casefold() in _ABBREVIATIONS:
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip(" ;:.")]
