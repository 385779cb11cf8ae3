"""Lines stage, clean-up: front matter and PDF-extraction debris are not content.

Marks as ``debris`` (kept out of every paragraph, reported by AP004):

* the first ``skip`` lines (a YAML front-matter block, found by the caller);
* page furniture (defined in ``furniture.py``, which AP004 reads too): document symbols
  (`A/RES/80/3`), job numbers (`25-16680 (E)`), page counters (`2/5`, `Página 2 de 5`),
  barcodes (`*2516680*`), and any short line repeated on three or more pages (running
  headers and footers);
* page chrome: lines an HTML page's navigation, breadcrumbs, page header and footer and
  link lists became (marked ``page-chrome`` by the reader, see ``markup/_chrome.py``);
* rules: a line of underscores (`__________`) or any other thematic break (`---`,
  `* * *`, `=====`), a separator, never content;
* footnote blocks after a rule: footnote lines (`1 See resolution 79/1.`) and the
  lines that wrap them, ending where anything else resumes (a numbered paragraph,
  furniture, another rule, or an unnumbered line after a blank line).

A numbered paragraph (a labelled line with a number) is never debris. Every line
set aside is recorded as a :class:`Removal` (reason, first and last line) that becomes
a ``Document.removed`` entry and an AP007 finding: nothing is dropped silently.

Footnote numbers glued to words (`2024,1 which`) are removed from the content of
the remaining lines; the raw text is kept as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .furniture import (
    DASHED_PAGE,
    MAX_LENGTH,
    MIN_REPEATS,
    SYMBOL,
    furniture_token,
)
from .lines import CHROME, Line, LineRun
from .models import RemovalReason
from .punctuation import CLAUSE_CLOSERS

__all__ = ["Cleaned", "Removal", "clean", "ends_paragraph", "is_separator"]

_JOB_SUFFIX = re.compile(r"(?<=\d)\s+\([A-Z]\)")  # `25-16680 (E)`: one token
_MAX_HEADER = 80
# a footnote number glued to a word (`Development1`), a comma (`2024,1`) or a sentence's
# full stop (`Charter.3`); never to a number or an initial (`2.3`, `US$1.5`, `A.2`)
_GLUED_NOTE = re.compile(r"(?:(?<=[a-z,;:”’)\]])|(?<=[a-z]{2}\.))(\d{1,3})(?=[\s,;.:]|$)")
_CLOSING_MATTER = re.compile(
    r"\d{1,4}(?:st|nd|rd|th) plenary meeting|\d{1,2} [A-Z][a-z]+ \d{4}", re.IGNORECASE
)
_MAX_GROUPED = 100
_HEADER_LINES = 4  # a page header or footer is a small block between blank lines
_FOOTNOTE_RULE = re.compile(r"_{5,}")
_SEPARATOR = re.compile(r"([-*_=~])(?:[ \t]*\1){2,}")  # `---`, `* * *`, `=====`: a break
_FOOTNOTE = re.compile(r"(\d{1,3})\s+\S")
_NOTE_MARK = re.compile(r"[*†‡§¹²³⁰⁴-⁹]+\s*\S")  # `* Reissued …`, `¹ See …`
_MAX_FOOTNOTE_LINES = 40  # a footnote block is small: longer runs after a rule are text
_PAGE_GAP = 10


@dataclass(frozen=True, slots=True)
class Removal(LineRun):
    """A run of lines set aside for one reason (blank lines inside the run included)."""

    reason: RemovalReason
    lines: list[Line]


@dataclass(frozen=True)
class Cleaned:
    """Lines with debris marked, and what was learnt on the way."""

    lines: list[Line]
    footnotes: dict[int, str]
    removed: list[Removal]


def clean(lines: list[Line], skip: int = 0) -> Cleaned:
    """Mark the first ``skip`` lines, page furniture, page chrome, rules and footnote blocks
    as ``debris``."""
    reasons = _reasons(lines, min(skip, len(lines)))
    out = [_debris(line) if reason else line for line, reason in zip(lines, reasons, strict=True)]
    footnotes = {
        int(m.group(1)): text
        for line, reason in zip(lines, reasons, strict=True)
        if reason == "footnote-block" and (m := _FOOTNOTE.match(text := line.raw.strip()))
    }
    if footnotes:
        out = [_unglue(line, footnotes) for line in out]
    return Cleaned(out, footnotes, _removals(lines, reasons))


def _reasons(lines: list[Line], body_start: int) -> list[RemovalReason | None]:
    """Why each line is debris (None: content, and always for a blank line)."""
    reasons: list[RemovalReason | None] = [None] * len(lines)
    for index in range(body_start):
        reasons[index] = "front-matter"
    furniture = _furniture(lines[body_start:])
    index = body_start
    while index < len(lines):
        text = lines[index].raw.strip()
        if _FOOTNOTE_RULE.fullmatch(text):
            reasons[index] = "rule"
            end = _footnote_block_end(lines, index + 1, furniture)
            reasons[index + 1 : end] = ["footnote-block"] * (end - index - 1)
            index = end
            continue
        if CHROME in lines[index].marks:
            reasons[index] = "page-chrome"
        elif is_separator(text):
            reasons[index] = "rule"
        elif text and text in furniture and not _numbered(lines[index]):
            reasons[index] = "page-furniture"
        index += 1
    return [None if line.kind == "blank" else r for line, r in zip(lines, reasons, strict=True)]


def is_separator(text: str) -> bool:
    """A thematic break: `---`, `* * *`, `=====`, `_____`."""
    return _SEPARATOR.fullmatch(text) is not None


def ends_paragraph(text: str) -> bool:
    """A thematic break ends the paragraph above, except an underscore rule: that is where
    a page's footnotes begin, and the paragraph may go on after them."""
    return is_separator(text) and "_" not in text


def _footnote_block_end(lines: list[Line], start: int, furniture: set[str]) -> int:
    """Index just past the footnote block that starts at ``start`` (``start``: none).

    Footnote lines, with the lines that wrap them directly below; blank lines between
    footnotes. It ends at a numbered paragraph, furniture, a rule, or an unnumbered
    line after a blank line (so the first line must be a footnote); a run longer than
    a footnote block is not one. A lone label directly below a footnote line
    (`annex I.`) is the end of that footnote, not an item.
    """
    end, count = start, 0
    after_blank = True
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.raw.strip()
        if line.kind == "blank":
            after_blank = True
            continue
        if (
            (_numbered(line) and (line.content or after_blank))  # `annex I.` wraps a note
            or text in furniture
            or _FOOTNOTE_RULE.fullmatch(text)
            or (after_blank and not _is_note(text))
        ):
            break
        end, count, after_blank = index + 1, count + 1, False
        if count > _MAX_FOOTNOTE_LINES:
            return start
    return end


def _is_note(text: str) -> bool:
    return bool(_FOOTNOTE.match(text) or _NOTE_MARK.match(text))


def _numbered(line: Line) -> bool:
    """A labelled line with a number (`2.`, `(iv)`, `Article 5`): never debris."""
    return line.kind == "labelled" and any(r.value is not None for r in line.readings)


def _removals(lines: list[Line], reasons: list[RemovalReason | None]) -> list[Removal]:
    """Runs of lines removed for the same reason; blank lines inside a run join it."""
    runs: list[Removal] = []
    blanks: list[Line] = []
    previous: RemovalReason | None = None
    for line, reason in zip(lines, reasons, strict=True):
        if line.kind == "blank":
            blanks.append(line)
            continue
        if reason is not None and reason == previous:
            runs[-1].lines.extend([*blanks, line])
        elif reason is not None:
            runs.append(Removal(reason, [line]))
        blanks, previous = [], reason
    return runs


def _debris(line: Line) -> Line:
    return replace(line, kind="debris", label=None, readings=())


def _furniture(lines: list[Line]) -> set[str]:
    """Page furniture: known patterns and, once those show the text came from paged
    output, short lines repeated page after page (running headers and footers)."""
    where: dict[str, list[int]] = {}
    found: set[str] = set()
    after_items = False  # closing matter (`3rd plenary meeting`) follows the items;
    for line in lines:  # a date before them is a dateline, part of the preamble
        after_items = after_items or _numbered(line)
        text = line.raw.strip()
        if line.kind in ("text", "labelled") and _printed_on_the_page(text, after_items):
            found.add(text)  # `- 2 -` is read as a bullet; it is a page number
        if line.kind == "text" and len(text) <= MAX_LENGTH:
            where.setdefault(text, []).append(line.number)
    if found:
        printed = set(found)
        found |= {text for text, numbers in where.items() if _repeats_on_pages(text, numbers)}
        found |= _beside_furniture(lines, printed)
    return found


def _beside_furniture(lines: list[Line], found: set[str]) -> set[str]:
    """Short lines printed together with furniture in a small block between blank lines:
    the rest of a page header or footer (`Doha Political Declaration of the … under the`)."""
    beside: set[str] = set()
    group: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.kind != "blank":
            group.append(line)
            continue
        if len(group) <= _HEADER_LINES and any(g.raw.strip() in found for g in group):
            beside |= {
                g.raw.strip()
                for g in group
                if g.kind == "text"
                and len(g.raw.strip()) <= _MAX_GROUPED
                and not g.raw.rstrip().endswith(CLAUSE_CLOSERS)
            }
        group = []
    return beside


def _printed_on_the_page(text: str, after_items: bool) -> bool:
    """Symbols, job numbers, page counters and barcodes, alone or together on a line,
    a short header that starts or ends with the document symbol, or closing matter
    after the items."""
    if len(text) > _MAX_HEADER or not any(map(str.isdigit, text)):
        return False  # every kind of furniture carries a number
    tokens = _JOB_SUFFIX.sub("", text).split()
    if (
        DASHED_PAGE.fullmatch(text)
        or furniture_token().fullmatch(text)
        or (after_items and _CLOSING_MATTER.fullmatch(text))
    ):
        return True
    token = furniture_token()
    if all(token.fullmatch(t) for t in tokens):
        return True
    return bool(SYMBOL.fullmatch(tokens[0]) or SYMBOL.fullmatch(tokens[-1])) and not text.endswith(
        (".", ";", ",")
    )


def _repeats_on_pages(text: str, numbers: list[int]) -> bool:
    spread = all(b - a >= _PAGE_GAP for a, b in zip(numbers, numbers[1:], strict=False))
    return len(numbers) >= MIN_REPEATS and spread and not text.endswith(CLAUSE_CLOSERS)


def _unglue(line: Line, footnotes: dict[int, str]) -> Line:
    if line.kind not in ("text", "labelled") or not any(map(str.isdigit, line.content)):
        return line
    content = _GLUED_NOTE.sub(
        lambda m: "" if int(m.group(1)) in footnotes else m.group(1),
        line.content,
    )
    return line if content == line.content else replace(line, content=content)
