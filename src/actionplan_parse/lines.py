"""Grammar stage: classify every line of a text as blank, garbled, labelled or text.

The Lark grammar gives each line a shape; the label styles decide whether a
label-shaped token really is a numeral; a last check catches text lines that
are unreadable (mojibake, control characters) or mostly markup residue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import Shape, line_parser
from .styles import Reading, interpret

__all__ = ["Line", "is_unreadable", "scan"]

_RTF_WORD = re.compile(r"\\[A-Za-z]+-?\d* ?|[{}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Line:
    """One source line after classification."""

    number: int
    """1-based line number."""
    kind: str
    """``blank``, ``garbled``, ``labelled`` or ``text``."""
    raw: str
    """The line as written, without its newline."""
    content: str
    """The line after the label, stripped (the whole stripped line when unlabelled)."""
    label: str | None = None
    """Raw label text, e.g. ``(II)``."""
    readings: tuple[Reading, ...] = ()
    """Possible meanings of the label; never empty when ``label`` is set."""


def scan(text: str) -> list[Line]:
    """Classify every line of normalised text (newlines already ``\\n``)."""
    if not text.endswith("\n"):
        text += "\n"
    raw_lines = text.split("\n")
    return [_line(shape, raw_lines) for shape in line_parser().parse(text)]


def is_unreadable(text: str) -> bool:
    """True for a line that is mostly markup residue, control characters or mojibake."""
    stripped = text.strip()
    if not stripped:
        return False
    if len(_RTF_WORD.sub("", stripped).strip()) * 2 < len(stripped):
        return True
    if len(_CONTROL.findall(stripped)) * 3 >= len(stripped):
        return True
    return stripped.isascii() is False and _mostly_mojibake(stripped)


def _mostly_mojibake(text: str) -> bool:
    import ftfy

    fixed = ftfy.fix_text(text)
    if fixed == text:
        return False
    ascii_letters = sum(c.isascii() and c.isalpha() for c in text)
    return ascii_letters * 2 < len(text.replace(" ", ""))


def _line(shape: Shape, raw_lines: list[str]) -> Line:
    kind, token, rest = shape
    number = token.line
    raw = raw_lines[number - 1]
    if kind == "blank":
        return Line(number, "blank", raw, "")
    if kind == "garbled":
        return Line(number, "garbled", raw, token.strip())
    if kind == "labelled":
        content = rest.strip() if rest is not None else ""
        readings = interpret(token.type, token)
        if token.type == "DECIMAL_LABEL" and content[:1].islower():  # `81.6 billion`
            readings = ()
        if readings:
            return Line(number, "labelled", raw, content, str(token), readings)
    content = raw.strip(" \t\u3000\xa0")  # text, or a label-shaped word that is prose
    return Line(number, "garbled" if is_unreadable(content) else "text", raw, content)
