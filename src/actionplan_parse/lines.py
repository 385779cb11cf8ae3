"""Grammar stage: classify every line of a text as blank, garbled, labelled or text.

The Lark grammar gives each line a shape; the label styles decide whether a
label-shaped token really is a numeral; a last check catches text lines that
are unreadable (mojibake, control characters) or mostly markup residue.

Text written by ``normalize`` carries visible markers, read back here so they
never end up in headings or texts: a leading ``[inferred]`` and a trailing
``[heading lost]`` are stripped and kept in :attr:`Line.marks`; a line that is
only markers, or a ``[content lost: ...]`` line, is classified as garbled (it
stands where unreadable lines stood, so the decide stage infers the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, cast

from .grammar import Shape, line_parser
from .languages import ALL, Vocabulary
from .styles import Reading, interpret

__all__ = [
    "CHROME",
    "MARK_HEADING_LOST",
    "MARK_INFERRED",
    "Line",
    "LineKind",
    "LineRun",
    "is_marker_line",
    "is_unreadable",
    "scan",
]

CHROME = "page-chrome"
"""The mark of a line from an HTML page's chrome (``markup/_chrome.py``): debris."""
MARK_INFERRED = "[inferred]"
MARK_HEADING_LOST = "[heading lost]"
_MARK_PREFIX = re.compile(r"^([ \t\u3000\xa0]*)\[inferred\][ \t\u3000\xa0]*")
_SPACES = " \t\u3000\xa0"
_MARKER_LINE = re.compile(
    r"\[content lost\b[^\]\n]*\]|(?:\[inferred\][ \t]*)?(?:\[heading lost\])?"
)

_RTF_WORD = re.compile(r"\\[A-Za-z]+-?\d* ?|[{}]")
_NEEDS_STOP = {"decimal", "article"}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
"""Control characters and U+FFFD: what is left of unreadable bytes."""

LineKind = Literal["blank", "garbled", "labelled", "text", "debris"]
"""What a line is. ``debris`` is set by the debris stage (``debris.py``), never by the grammar:
a line kept out of the tree (page furniture, front matter, a footnote block, a rule), which
blocks skip and ``Document.removed`` records."""


@dataclass(frozen=True, slots=True)
class Line:
    """One source line after classification."""

    number: int
    """1-based line number."""
    kind: LineKind
    """``blank``, ``garbled``, ``labelled`` or ``text``; ``debris`` once set aside."""
    raw: str
    """The line as written, without its newline."""
    content: str
    """The line after the label, stripped (the whole stripped line when unlabelled)."""
    label: str | None = None
    """Raw label text, e.g. ``(II)``."""
    readings: tuple[Reading, ...] = ()
    """Possible meanings of the label; never empty when ``label`` is set."""
    emphasis: str | None = None
    """Whole-line emphasis from markup (`h2`, `bold`, `bold-italic`, ...), if any."""
    end: int | None = None
    """Last source line this line covers, when markup joined several; else None."""
    marks: tuple[str, ...] = ()
    """Markers read from normalized text: ``inferred``, ``heading-lost``; and
    ``page-chrome`` (:data:`CHROME`) on a line the HTML reader found in page chrome."""
    weak: bool = False
    """A label only if the structure says so: `1.1 strengthen` or `81.6 billion` (an
    unpunctuated number before a lower-case word) — the decide stage chooses."""

    def renumbered(self, number: int, end: int | None, emphasis: str | None) -> Line:
        """This line with the number, end and emphasis of the markup source line it came
        from; every other field kept (``dataclasses.replace`` costs three times as much)."""
        return Line(
            number,
            self.kind,
            self.raw,
            self.content,
            self.label,
            self.readings,
            emphasis,
            end,
            self.marks,
            self.weak,
        )


class LineRun:
    """Something made of consecutive source lines (a paragraph, a removed run)."""

    lines: list[Line]

    @property
    def first(self) -> int:
        """Its first source line."""
        return self.lines[0].number

    @property
    def last(self) -> int:
        """Its last source line (markup may join several into one line)."""
        line = self.lines[-1]
        return line.end or line.number


def scan(text: str, vocabulary: Vocabulary = ALL) -> list[Line]:
    """Classify every line of normalised text (newlines already ``\\n``).

    ``vocabulary`` holds the words that may make a label (a profile's languages).
    Empty text has no lines (markup that strips to nothing included).
    """
    if not text:
        return []
    if not text.endswith("\n"):
        text += "\n"
    raw_lines = text.split("\n")
    parsed, marks = _strip_marks(text, raw_lines)
    shapes = cast(list[Shape], line_parser().parse(parsed))  # the inline transformer's result
    readings: dict[tuple[str, str], tuple[Reading, ...]] = {}  # labels repeat: read each once
    lines = [_line(shape, raw_lines, vocabulary, readings) for shape in shapes]
    if not marks:
        return lines
    parsed_lines = parsed.split("\n")
    return [_marked(line, parsed_lines, marks.get(line.number, ())) for line in lines]


def is_marker_line(text: str) -> bool:
    """A line written by ``normalize`` in place of lost content: markers and nothing else."""
    stripped = text.strip()
    return bool(stripped) and _MARKER_LINE.fullmatch(stripped) is not None


def _strip_marks(text: str, raw_lines: list[str]) -> tuple[str, dict[int, tuple[str, ...]]]:
    """The text with `[inferred]` / `[heading lost]` removed, and the marks of each line."""
    if MARK_INFERRED not in text and MARK_HEADING_LOST not in text:
        return text, {}
    marks: dict[int, tuple[str, ...]] = {}
    out = list(raw_lines)
    for index, raw in enumerate(raw_lines):
        found: list[str] = []
        line = raw
        if m := _MARK_PREFIX.match(line):
            found.append("inferred")
            line = m.group(1) + line[m.end() :]
        if (kept := _without_suffix(line)) is not None:
            found.append("heading-lost")
            line = kept
        if found:
            marks[index + 1] = tuple(found)
            if line.strip():  # a line of markers only stays as written: garbled
                out[index] = line
    return "\n".join(out), marks


def _without_suffix(line: str) -> str | None:
    r"""The line without a trailing `[heading lost]` (and the spaces around it), if it has one.

    String operations, not a `\s*[heading lost]\s*$` search: that search restarts at every
    space of a long run of spaces and is quadratic in it.
    """
    body = line.rstrip(_SPACES)
    if not body.endswith(MARK_HEADING_LOST):
        return None
    return body[: -len(MARK_HEADING_LOST)].rstrip(_SPACES)


def _marked(line: Line, parsed_lines: list[str], marks: tuple[str, ...]) -> Line:
    if not marks:
        return line
    if line.kind == "text":  # content without the markers
        content = parsed_lines[line.number - 1].strip(" \t\u3000\xa0")
        return replace(line, content=content, marks=marks)
    return replace(line, marks=marks)


def is_unreadable(text: str) -> bool:
    """True for a line that is mostly markup residue, control characters or mojibake."""
    stripped = text.strip()
    if not stripped:
        return False
    if _may_hold_rtf(stripped) and len(_RTF_WORD.sub("", stripped).strip()) * 2 < len(stripped):
        return True
    if _may_hold_control(stripped) and len(CONTROL.findall(stripped)) * 3 >= len(stripped):
        return True
    return stripped.isascii() is False and _mostly_mojibake(stripped)


def _may_hold_rtf(text: str) -> bool:
    """False when ``_RTF_WORD`` cannot match: no backslash, no brace (saves a regex pass)."""
    return "\\" in text or "{" in text or "}" in text


def _may_hold_control(text: str) -> bool:
    """False when ``CONTROL`` cannot match: its characters are all unprintable but U+FFFD."""
    return not text.isprintable() or "\ufffd" in text


def _mostly_mojibake(text: str) -> bool:
    """Text that ftfy can decode again, and that has few ASCII letters left to read."""
    from .tidy import fix_mojibake

    if fix_mojibake(text) == text:
        return False
    ascii_letters = sum(c.isascii() and c.isalpha() for c in text)
    return ascii_letters * 2 < len(text.replace(" ", ""))


def _line(
    shape: Shape,
    raw_lines: list[str],
    vocabulary: Vocabulary,
    known: dict[tuple[str, str], tuple[Reading, ...]],
) -> Line:
    kind, token, rest = shape
    number = token.line
    assert number is not None  # the lexer sets every token's line
    raw = raw_lines[number - 1]
    if kind == "blank":
        return Line(number, "blank", raw, "")
    if kind == "garbled":
        return Line(number, "garbled", raw, token.strip())
    if kind == "labelled":
        content = rest.strip() if rest is not None else ""
        key = (token.type, str(token))
        readings = known.get(key)
        if readings is None:
            readings = known[key] = interpret(token.type, key[1], vocabulary)
        # `81.6 billion` or `1.1 strengthen`: a number or a label, as its neighbours say
        weak = content[:1].islower() and any(_needs_stop(r) for r in readings)
        if readings:
            return Line(number, "labelled", raw, content, str(token), readings, weak=weak)
    content = raw.strip(" \t\u3000\xa0")  # text, or a label-shaped word that is prose
    garbled = is_unreadable(content) or (content[:1] == "[" and is_marker_line(content))
    return Line(number, "garbled" if garbled else "text", raw, content)


def _needs_stop(reading: Reading) -> bool:
    """Styles that are prose, not labels, when unpunctuated before a lower-case word."""
    return reading.style in _NEEDS_STOP and reading.enclosure == "none"
