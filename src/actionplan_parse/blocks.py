"""Blocks stage: join classified lines into paragraphs (blocks).

A document either puts blank lines between paragraphs (then a run of non-blank
lines is one paragraph, hard-wrapped) or writes one paragraph per line (then a
line continues the previous one only when it obviously does: it starts in
lower case after a line with no closing punctuation). A label alone on its
line takes the paragraph after it as its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .debris import ends_paragraph
from .language import HAN
from .lines import Line, LineRun
from .styles import Reading

__all__ = ["CLOSING", "Block", "as_text", "carry_on", "indent", "to_blocks"]

CLOSING = tuple(".!?;:。！？；：\"'”’)")
_FULL_LINE = 0.8  # of the wrap width: a line this long was cut by the wrapping
_SHORTEST_WRAP = 40  # characters: nobody wraps text narrower than this
_FOOTNOTE_MARK = re.compile(r"(?<=[.;:,”’)])\s*\d{1,3}$")  # `… the Future. 16`


@dataclass(slots=True)
class Block(LineRun):
    """A paragraph: consecutive lines that belong together."""

    kind: str
    """``labelled``, ``text`` or ``garbled``."""
    lines: list[Line] = field(default_factory=list)
    label: str | None = None
    readings: tuple[Reading, ...] = ()
    parts: list[str] = field(default_factory=list)
    """Content of each line (label removed), joined into :attr:`content`."""

    @property
    def content(self) -> str:
        return join_wrapped(self.parts)

    @property
    def raw(self) -> str:
        return "\n".join(line.raw for line in self.lines)


def carry_on(block: Block, wrapped: Block) -> bool:
    """Append `wrapped` (a line cut from `block` by a hard wrap) to `block` if `block`
    ends mid-sentence; True if it did."""
    if block.kind == "garbled" or block.raw.rstrip().endswith(CLOSING):
        return False
    block.lines.extend(wrapped.lines)
    block.parts.extend(as_text(wrapped).parts)
    return True


def as_text(block: Block) -> Block:
    """A labelled block read as plain text after all (`81.6 billion …` starting a line)."""
    first = block.lines[0]
    rest = block.parts[1:] if first.content else block.parts
    return Block("text", block.lines, parts=[first.raw.strip(), *rest])


def join_wrapped(parts: list[str]) -> str:
    """Join hard-wrapped pieces, mending words hyphenated at a line end."""
    pieces = [part for part in parts if part]
    if len(pieces) <= 1:
        return pieces[0] if pieces else ""
    if not any(piece.endswith("-") for piece in pieces[:-1]):  # nothing to mend (most)
        return " ".join(pieces)
    out = ""
    for part in pieces:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].islower():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


def to_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into blocks; garbled lines form their own blocks."""
    blank_separated = _uses_blank_lines(lines)
    wrap_width = _wrap_width(lines)
    blocks: list[Block] = []
    previous: Line | None = None
    page_break = False
    for line in lines:
        if line.kind == "debris":
            if ends_paragraph(line.raw.strip()):
                previous = line
            page_break = True
            continue
        if line.kind == "blank":
            previous = line if not page_break else previous
            continue
        current = blocks[-1] if blocks else None
        if current is not None and (
            _continues(current, previous, line, blank_separated, wrap_width)
            or (page_break and _continues_over_page(current, line))
        ):
            current.lines.append(line)
            current.parts.append(line.raw.strip() if line.kind == "labelled" else line.content)
        else:
            blocks.append(_start(line))
        previous = line
        page_break = False
    return _merge_lone_labels(blocks)


def _continues_over_page(block: Block, line: Line) -> bool:
    """A paragraph split by a page break: unfinished sentence, continued in lower case."""
    return (
        block.kind != "garbled"
        and line.kind == "text"
        and not block.lines[-1].raw.rstrip().endswith(CLOSING)
        and line.content[:1].islower()
    )


def _start(line: Line) -> Block:
    return Block(
        line.kind, [line], line.label, line.readings, [line.content] if line.content else []
    )


def _continues(
    block: Block, previous: Line | None, line: Line, blank_separated: bool, wrap_width: int
) -> bool:
    if previous is None or previous.kind in ("blank", "debris") or block.kind == "garbled":
        return False
    if line.kind == "garbled" or _han(previous.raw) != _han(line.raw):
        return False  # a bilingual copy's two renderings are two paragraphs
    prev_text = previous.raw.rstrip()
    if prev_text[-1:].isdigit():  # `_FOOTNOTE_MARK` ends in a digit: else no regex pass
        prev_text = _FOOTNOTE_MARK.sub("", prev_text)
    ends_paragraph = prev_text.endswith(CLOSING) or len(prev_text) < 0.6 * wrap_width
    if line.kind == "labelled":
        if _runs_on_inline(prev_text, line):
            return True  # `… (2) the legal pathways;` / `(3) humane management …`
        if ends_paragraph or not block.parts or _next_sibling(block, line):
            return False
        if _nested_bullet(block, line):
            return False
        if not line.content:  # `9.` alone starts an item; `y.` alone ends a wrapped sentence
            return _could_be_a_word(line)
        # `… and` / `2) assigns …`: a full line cut mid-sentence, carried on in lower case
        long_line = len(prev_text) >= max(_SHORTEST_WRAP, _FULL_LINE * wrap_width)
        return blank_separated or (long_line and line.content[:1].islower())
    if blank_separated:
        return True
    if prev_text.endswith(CLOSING):
        return False
    cut = len(prev_text) >= max(_SHORTEST_WRAP, _FULL_LINE * wrap_width)  # the wrapper cut it
    return cut or _continues_sentence(line.content) or _hangs(block, line)


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" \u3000\xa0"))


def _hangs(block: Block, line: Line) -> bool:
    """A hanging indent: the line is indented deeper than the paragraph's first line
    (`1.  … we intend to establish a Joint` / `    Commission on …`, Pandoc's wrapping)."""
    indent = _indent(line.raw)
    return indent >= 2 and indent > _indent(block.lines[0].raw)


_DIGITS = re.compile(r"\d{1,3}")


def _runs_on_inline(prev_text: str, line: Line) -> bool:
    """The line's label continues an enumeration inside the previous line: `(3)` after a
    line holding `(2)` past its start. A wrap put the label at the start of a line."""
    label = line.label or ""
    if not _DIGITS.fullmatch(label.strip("()[].:")) or not label.startswith(("(", "[")):
        return False
    value = int(label.strip("()[].:"))
    before = label.replace(str(value), str(value - 1), 1)
    return value > 1 and prev_text.lstrip().find(" " + before + " ") > 0


def _next_sibling(block: Block, line: Line) -> bool:
    """The paragraph's own label again, at its indentation, counting on: the next item of
    its list (`-   Power …, cabling,` / `    transformers …` / `-   Energy storage …`)."""
    first = block.lines[0]
    if first.kind != "labelled" or _indent(first.raw) != _indent(line.raw):
        return False
    return any(
        r.form == w.form and (r.value is None or w.value is not None and r.value == w.value + 1)
        for r in line.readings
        for w in first.readings
    )


def indent(line: Line) -> int:
    """Columns of leading white space (a tab counts 4)."""
    raw = line.raw
    if not raw[:1].isspace():  # most lines: no copy of the line needed
        return 0
    raw = raw.replace("\t", "    ")
    return len(raw) - len(raw.lstrip(" \u3000\xa0"))


def _nested_bullet(block: Block, line: Line) -> bool:
    """`    -   map …` under `-   Green corridors: …`: an item of a nested list."""
    bullet = all(r.style == "bullet" for r in line.readings)
    return bullet and indent(line) > indent(block.lines[0])


def _continues_sentence(text: str) -> bool:
    """A line that carries on a sentence: `and …`, `81.6 billion …`, `(2005) and …`."""
    first = text[:1]
    return first.islower() or first.isdigit() or first in "(["


def _han(text: str) -> bool:
    """The line is written in Chinese (judged by its first characters)."""
    return HAN.search(text[:12]) is not None


def _could_be_a_word(line: Line) -> bool:
    """`y.` or `a)` alone may be the end of a wrapped sentence; `9.` or `(a)` may not."""
    return all(r.style.startswith("letter") and r.enclosure != "paren" for r in line.readings)


def _uses_blank_lines(lines: list[Line]) -> bool:
    """Blank lines separate most paragraphs (not just a stray one here and there)."""
    blanks = sum(line.kind == "blank" for line in lines)
    starts = sum(line.kind == "labelled" for line in lines)
    wrapped = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if a.kind == "text" or a.kind == "labelled"
        if b.kind == "text" and not a.raw.rstrip().endswith(CLOSING)
    )
    return blanks >= max(2, starts // 2) and wrapped > 0


def _wrap_width(lines: list[Line]) -> int:
    lengths = sorted(len(line.raw.rstrip()) for line in lines if line.kind != "blank")
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _merge_lone_labels(blocks: list[Block]) -> list[Block]:
    """`12.` alone on its line takes the next unlabelled paragraph as its content."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == "labelled"
            and not last.parts
            and block.kind == "text"
            and "heading-lost" not in last.lines[0].marks  # `3. [heading lost]`: stays empty
        ):
            last.lines.extend(block.lines)
            last.parts.extend(block.parts)
            continue
        merged.append(block)
    return merged
