"""Grammar stage: classify every line of a text as blank, garbled, labelled or text.

The Lark grammar gives each line a shape; the label styles decide whether a
label-shaped token really is a numeral; a last check catches text lines that
are unreadable (mojibake, control characters) or mostly markup residue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark import Token, Transformer

from .grammar import line_parser
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
    tree = line_parser().parse(text)
    raw_lines = text.split("\n")
    return [_LineBuilder(raw_lines).transform(child) for child in tree.children]


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


class _LineBuilder(Transformer):
    def __init__(self, raw_lines: list[str]) -> None:
        super().__init__()
        self._raw = raw_lines

    def _line(self, token: Token, kind: str, **fields) -> Line:
        raw = self._raw[token.line - 1]
        return Line(number=token.line, kind=kind, raw=raw, **fields)

    def blank(self, children: list[Token]) -> Line:
        return self._line(children[0], "blank", content="")

    def garbled(self, children: list[Token]) -> Line:
        return self._line(children[0], "garbled", content=children[0].strip())

    def text(self, children: list[Token]) -> Line:
        content = children[0].strip()
        kind = "garbled" if is_unreadable(content) else "text"
        return self._line(children[0], kind, content=content)

    def labelled(self, children: list) -> Line:
        label: Token = children[0].children[0]
        rest = children[1].strip() if len(children) > 2 else ""
        readings = interpret(label.type, label)
        if label.type == "DECIMAL_LABEL" and rest[:1].islower():  # `81.6 billion`
            readings = ()
        if not readings:  # a label-shaped word that is prose: `Moreover,`
            return self.text([Token("REST", f"{label} {rest}".strip(), line=label.line)])
        return self._line(label, "labelled", content=rest, label=str(label), readings=readings)
