"""Lines stage, clean-up: front matter and PDF-extraction debris are not content.

Marks as ``debris`` (kept out of every paragraph, reported by AP004):

* the first ``skip`` lines (a YAML front-matter block, found by the caller);
* page furniture: document symbols (`A/RES/80/3`), job numbers (`25-16680 (E)`),
  page counters (`2/5`), barcodes (`*2516680*`), and any short line repeated on
  three or more pages (running headers and footers);
* footnote blocks: from a rule of underscores to the next page furniture or the end.

Footnote numbers glued to words (`2024,1 which`) are removed from the content of
the remaining lines; the raw text is kept as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lines import Line

__all__ = ["Cleaned", "clean"]

_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.\-]+){1,6}")
_JOB_NUMBER = re.compile(r"\d{2}-\d{5}(?:\s*\([A-Z]\))?")
_PAGE_COUNTER = re.compile(r"(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}", re.IGNORECASE)
_BARCODE = re.compile(r"\*\d{5,}\*|\d{7,}")  # bare when Markdown read `*2516680*` as emphasis
_FURNITURE_TOKEN = re.compile(
    "|".join(p.pattern for p in (_SYMBOL, _JOB_NUMBER, _PAGE_COUNTER, _BARCODE)), re.IGNORECASE
)
_JOB_SUFFIX = re.compile(r"(?<=\d)\s+\([A-Z]\)")  # `25-16680 (E)`: one token
_DASHED_PAGE = re.compile(r"[-–—]\s*\d{1,4}\s*[-–—]")
_MAX_HEADER = 80
# a footnote number glued to a word (`Development1`), a comma (`2024,1`) or a sentence's
# full stop (`Charter.3`); never to a number or an initial (`2.3`, `US$1.5`, `A.2`)
_GLUED_NOTE = re.compile(r"(?:(?<=[a-z,;:”’)\]])|(?<=[a-z]{2}\.))(\d{1,3})(?=[\s,;.:]|$)")
_CLOSING_MATTER = re.compile(
    r"\d+(?:st|nd|rd|th) plenary meeting|\d{1,2} [A-Z][a-z]+ \d{4}", re.IGNORECASE
)
_MAX_GROUPED = 100
_HEADER_LINES = 4  # a page header or footer is a small block between blank lines
_FOOTNOTE_RULE = re.compile(r"_{5,}")
_FOOTNOTE = re.compile(r"(\d{1,3})\s+\S")
_MIN_REPEATS = 3
_MAX_FURNITURE = 60
_PAGE_GAP = 10


@dataclass(frozen=True)
class Cleaned:
    """Lines with debris marked, and what was learnt on the way."""

    lines: list[Line]
    footnotes: dict[int, str]


def clean(lines: list[Line], skip: int = 0) -> Cleaned:
    """Mark the first ``skip`` lines, page furniture and footnote blocks as ``debris``."""
    body_start = min(skip, len(lines))
    furniture = _furniture(lines[body_start:])
    out: list[Line] = [_debris(line) for line in lines[:body_start]]
    footnotes: dict[int, str] = {}
    in_footnotes = False
    for line in lines[body_start:]:
        text = line.raw.strip()
        if _FOOTNOTE_RULE.fullmatch(text):
            in_footnotes = True
        elif text in furniture:
            in_footnotes = False
        elif not in_footnotes:
            out.append(line)
            continue
        if in_footnotes and (m := _FOOTNOTE.match(text)):
            footnotes[int(m.group(1))] = text
        out.append(_debris(line) if line.kind != "blank" else line)
    if footnotes:
        out = [_unglue(line, footnotes) for line in out]
    return Cleaned(out, footnotes)


def _debris(line: Line) -> Line:
    return replace(line, kind="debris", label=None, readings=())


def _furniture(lines: list[Line]) -> set[str]:
    """Page furniture: known patterns and, once those show the text came from paged
    output, short lines repeated page after page (running headers and footers)."""
    where: dict[str, list[int]] = {}
    found: set[str] = set()
    for line in lines:
        text = line.raw.strip()
        if line.kind in ("text", "labelled") and _printed_on_the_page(text):
            found.add(text)  # `- 2 -` is read as a bullet; it is a page number
        if line.kind == "text" and len(text) <= _MAX_FURNITURE:
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
                and not g.raw.rstrip().endswith((".", ";", ","))
            }
        group = []
    return beside


def _printed_on_the_page(text: str) -> bool:
    """Symbols, job numbers, page counters and barcodes, alone or together on a line,
    or a short header that starts or ends with the document symbol."""
    if len(text) > _MAX_HEADER or not any(c.isdigit() for c in text):
        return False  # every kind of furniture carries a number
    tokens = _JOB_SUFFIX.sub("", text).split()
    if (
        _DASHED_PAGE.fullmatch(text)
        or _FURNITURE_TOKEN.fullmatch(text)
        or _CLOSING_MATTER.fullmatch(text)
    ):
        return True
    if all(_FURNITURE_TOKEN.fullmatch(t) for t in tokens):
        return True
    return bool(
        _SYMBOL.fullmatch(tokens[0]) or _SYMBOL.fullmatch(tokens[-1])
    ) and not text.endswith((".", ";", ","))


def _repeats_on_pages(text: str, numbers: list[int]) -> bool:
    spread = all(b - a >= _PAGE_GAP for a, b in zip(numbers, numbers[1:], strict=False))
    return len(numbers) >= _MIN_REPEATS and spread and not text.endswith((".", ";", ","))


def _unglue(line: Line, footnotes: dict[int, str]) -> Line:
    if line.kind not in ("text", "labelled") or not any(c.isdigit() for c in line.content):
        return line
    content = _GLUED_NOTE.sub(
        lambda m: "" if int(m.group(1)) in footnotes else m.group(1),
        line.content,
    )
    return line if content == line.content else replace(line, content=content)
