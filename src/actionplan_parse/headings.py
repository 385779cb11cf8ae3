"""Heading evidence (read by the decide stage): what makes a line a heading.

* :func:`is_title` — a short line with no closing full stop (`Economic and Trade
  Investment`, `Global context and shared commitments`).
* :func:`heading_style` — an *unlabelled* paragraph that is a heading, and its style:
  the emphasis that markup gave it (`h2`, `bold`, `bold-italic`, `underline`, ...),
  else `caps` for ALL CAPS or `title` for Title Case. A paragraph with a line that
  is a date (`12 May 2024`) is a dateline, never a heading. The style decides the level,
  learnt per document by the decide stage.
* :func:`is_heading_content` — whether a node's own content is its heading rather
  than its text (used once the tree is known).
"""

from __future__ import annotations

import re

from .blocks import Block
from .punctuation import TITLE_BREAKERS

__all__ = ["heading_style", "is_heading_content", "is_plain_title", "is_title", "same_weight"]

_MAX_WORDS = 15
_MAX_CHARS = 120
_HEADING_WORDS = 16
_SENTENCE_BREAK = re.compile(r"[.!?。！？]\s+\S")
_NO_CLOSE = TITLE_BREAKERS
_PLAIN_WORDS = 8
_SMALL = 4  # words shorter than this do not count for Title Case ("and", "of", "the")
# a line that is a date (`12 May 2024`, `May 12, 2024`): the paragraph is a dateline
_DATE_LINE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\s+\d{1,2},?)\s+\d{4}"
)


def is_title(text: str, long: bool = False) -> bool:
    """Short, one line's worth, and not closed like a sentence.

    ``long`` allows twice the length: for lines that markup already set apart
    (`*<u>Partnering for Peace and Security: Strengthening our Alliance, …</u>*`).
    """
    scale = 2 if long else 1
    return (
        0 < len(text) <= _MAX_CHARS * scale
        and len(text.split()) <= _MAX_WORDS * scale
        and not text.endswith(_NO_CLOSE)
    )


def heading_style(block: Block) -> str | None:
    """The heading style of an unlabelled block, or None if it is not a heading."""
    text = block.content
    emphasis = block.lines[0].emphasis
    if emphasis and _open_caps(text) and block.kind == "text" and is_title(text[:-1], long=True):
        return _normalise(emphasis) + _OPEN  # `**AU TITRE DES MESURES INDIVIDUELLES,**`
    if block.kind != "text" or not is_title(text, long=bool(emphasis)) or _dateline(block):
        return None
    if emphasis:
        return _normalise(emphasis)
    letters = [c for c in text if c.isalpha()]
    words = text.split()
    if len(words) > 1 and words[0].isdigit():  # `2030 Agenda for …`: a year, not a label
        words = words[1:]
    if not letters or not words[0][0].isalpha() or not words[0][0].isupper():
        return None
    if len(letters) >= 3 and all(c.isupper() for c in letters if c.isascii()):
        return "caps"
    significant = [w for w in text.split() if len(w) >= _SMALL and w[0].isalpha()]
    if significant and all(w[0].isupper() for w in significant):
        return "title"
    return None


_OPEN = "-open"
"""Suffix of a set-apart ALL CAPS line that ends with a comma or colon: a heading that opens
what follows, a tier of its own above the plain headings of the same emphasis."""


def _open_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        text.endswith((",", ":", "：")) and len(letters) >= 3 and all(c.isupper() for c in letters)
    )


def _dateline(block: Block) -> bool:
    """`Beijing` / `12 May 2024`: place and date of signature, never a heading."""
    return any(_DATE_LINE.fullmatch(line.content.rstrip(" .")) for line in block.lines)


def is_plain_title(text: str) -> bool:
    """A short sentence-case line with no closing stop and no figures: `Partnerships and
    support mechanisms`. Only a heading where it stands between numbered items."""
    words = text.split()
    return (
        0 < len(words) <= _PLAIN_WORDS
        and text[0].isupper()
        and not any(map(str.isdigit, text))
        and not text.endswith(_NO_CLOSE)
    )


def is_heading_content(text: str) -> bool:
    """A node's content that reads as a title: a short single sentence."""
    return len(text.split()) <= _HEADING_WORDS and not _SENTENCE_BREAK.search(text)


def _normalise(emphasis: str) -> str:
    """One spelling per combination: `underline-bold` and `bold-underline` agree."""
    return "-".join(sorted(set(emphasis.split("-"))))


def same_weight(style: str, other: str) -> bool:
    """Styles that differ only by underline (`**<u>Ukraine</u>**`, `**Middle East**`), and
    the unmarked ones, Title Case and sentence case (`Peacebuilding Commission`,
    `Peacebuilding financing`): two capitalised words make no tier of their own."""
    if {style, other} <= _UNMARKED:
        return True
    return set(style.split("-")) - {"underline"} == set(other.split("-")) - {"underline"}


_UNMARKED = frozenset({"title", "plain"})
