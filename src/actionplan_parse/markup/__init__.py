"""Read stage, markup: Markdown or HTML source to the plain text the line grammar reads.

:func:`strip_markup` returns a :class:`Stripped`: the plain text (one line per
paragraph, list item or heading, a blank line between them), the source line
each output line came from, and the whole-line emphasis of each output line
(``h1``…``h6``, ``bold-underline``, ``bold-italic``, ``bold``, ``italic``,
``underline``…), a signal for finding headings. :func:`detect_format` tells
the format of a text by its content. See ``docs/input-formats.md``.

This package knows nothing of the grammar or the document model.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from ._anchors import Anchors, offset_at

__all__ = [
    "FORMATS",
    "Anchors",
    "Format",
    "Stripped",
    "detect_format",
    "front_matter",
    "offset_at",
    "strip_markup",
]

Format = Literal["text", "markdown", "html"]
FORMATS: tuple[str, ...] = ("text", "markdown", "html")


@dataclass(frozen=True)
class Stripped:
    """Plain text of a source, with where each line came from and its emphasis."""

    text: str
    """Plain text, ``\\n``-separated; paragraphs separated by blank lines. Ends with a
    newline unless empty (``text`` format: the input unchanged)."""
    line_map: tuple[int, ...]
    """For each output line (0-based index), the 1-based source line it came from;
    non-decreasing. A blank separator maps to the line of the output line before it
    (in :attr:`line_end` too)."""
    emphasis: dict[int, str] = field(default_factory=dict)
    """Output line number (1-based) -> whole-line emphasis or heading signal."""
    title: str | None = None
    """``title`` of a Markdown front matter block or the HTML ``<title>``; not in ``text``."""
    line_end: tuple[int, ...] = ()
    """For each output line, the last source line it covers (a joined, hard-wrapped
    paragraph ends there); ``>=`` its :attr:`line_map` entry."""
    residue: int = 0
    """HTML: the first ``residue`` output lines are text that came before the first tag
    (`` * body : <P …>`` copied out of a source file): not part of the document."""
    anchors: tuple[Anchors | None, ...] = ()
    """HTML: for each output line, where its characters are in the (newline-normalised)
    source: ``[(column, offset), ...]``, character ``k`` at ``offset + k - column`` of the
    last anchor at or before ``k`` (:func:`offset_at`); None for blank lines. Empty for
    the other formats."""
    chrome: frozenset[int] = frozenset()
    """HTML: output line numbers (1-based) of page chrome: navigation menus, breadcrumbs,
    page headers and footers, link lists (see ``markup/_chrome.py``); the clean-up stage
    sets them aside as ``page-chrome``."""

    @property
    def lines(self) -> list[str]:
        """The output lines (a final newline does not start another line)."""
        return _split_lines(self.text)


def strip_markup(text: str, fmt: str, keep_lines: bool = False) -> Stripped:
    """Strip Markdown (``markdown``) or HTML (``html``) to plain text; ``text`` is identity.

    ``auto`` picks the format with :func:`detect_format`. Newlines are normalised first
    (``\\r\\n`` and ``\\r`` count as one line end, as in the read stage). Never raises;
    an unknown ``fmt`` is treated as ``text``. ``keep_lines`` (Markdown only): line for
    line, see ``docs/input-formats.md``.
    """
    text = _NEWLINE.sub("\n", text)
    if fmt == "auto":
        fmt = detect_format(text)
    if fmt == "markdown":
        from .markdown import strip_markdown  # markdown-it-py only for Markdown input

        meta_end, title = front_matter(text)
        out, line_map, emphasis, ends = strip_markdown(text, meta_end, keep_lines)
        return Stripped(out, line_map, emphasis, title, ends)
    if fmt == "html":
        from .html import strip_html

        out, line_map, emphasis, ends, title, residue, anchors, chrome = strip_html(text)
        return Stripped(out, line_map, emphasis, title, ends, residue, tuple(anchors), chrome)
    numbers = tuple(range(1, len(_split_lines(text)) + 1))
    return Stripped(text, numbers, {}, None, numbers)


# -- front matter --------------------------------------------------------------------------

_TITLE_SEPARATOR = re.compile(r"\s+[:;/]$")
_FENCE_END = re.compile(r"(?:---|\.\.\.)[ \t]*")
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


def front_matter(text: str) -> tuple[int, str | None]:
    """A YAML front matter block at the very start (``---`` … ``---``/``...``).

    Returns the number of lines it takes (0 when there is none) and its ``title``.
    The block must close within 200 lines and its first line must be a ``key:``.
    """
    lines = text.split("\n", 201)
    if len(lines) < 3 or lines[0].rstrip() != "---" or not _YAML_KEY.match(lines[1]):
        return 0, None
    for i in range(2, min(len(lines), 201)):
        if _FENCE_END.fullmatch(lines[i]):
            return i + 1, _yaml_title("\n".join(lines[1:i]))
    return 0, None


@functools.lru_cache(maxsize=1)  # format detection and the markup pass read the same block
def _yaml_title(block: str) -> str | None:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return None
    if isinstance(data, dict):
        title = data.get("title")
        if isinstance(title, str) and title.strip():
            # `Awaza Political Declaration :`: a library record's separator, not the title's
            return _TITLE_SEPARATOR.sub("", " ".join(title.split())) or None
    return None


# -- detection -----------------------------------------------------------------------------

_NEWLINE = re.compile(r"\r\n|\r")
_HTML_DOC = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_BLOCK = re.compile(
    r"<(?:p|div|h[1-6]|li|ul|ol|br|table|tr|td|blockquote|section|article)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_MD_SIGNALS = (  # (pattern, literals one of which a match must contain: a cheap pre-check)
    (re.compile(r"\*\*(?=[^\s*])|(?<=[^\s*])\*\*|(?<!\w)__(?=[^\s_])"), ("**", "__")),
    (re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE), ("#",)),  # ATX heading
    # backslash escapes of Markdown syntax: `1\.` `II\.` at a line start, `\*` `\#` `\_`
    (re.compile(r"^[ \t]*[\dIVXLivxl]{1,4}\\\.|\\[#*_\[\]`]", re.MULTILINE), ("\\",)),
    # links; the text excludes `[` so that each search from a `[` stops at the next one
    (re.compile(r"\[[^\[\]\n]+\]\([^()\s]+\)"), ("](",)),
    (re.compile(r"<(?:u|sup|sub|ins)>|<!--", re.IGNORECASE), ("<",)),  # inline HTML
    (
        re.compile(r"^(?:\*\*\*|---|___)[ \t]*$|^(?:===+|---+)[ \t]*$", re.MULTILINE),
        ("***", "---", "___", "==="),
    ),
    (re.compile(r"^```", re.MULTILINE), ("```",)),
)
_MD_LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)


def detect_format(text: str) -> Format:
    """``html``, ``markdown`` or ``text``, by content.

    HTML: a document tag (``<!doctype html>``, ``<html>``, ``<body>``) or block tags
    (``<p>``, ``<div>``, ``<h1>``…, ``<li>``, ``<br>``…) outnumbering the Markdown
    signs. Markdown: at least two Markdown signs (``**``, ``#`` headings,
    backslash escapes, links, inline ``<u>``/``<sup>``/comments, rules, fences), or one
    sign plus list markers in blank-line-separated paragraphs. Otherwise text.
    """
    body = text[:200_000]
    meta_end, _ = front_matter(body)
    if meta_end:
        body = body.split("\n", meta_end)[-1] if body.count("\n") >= meta_end else ""
    md_count = sum(
        len(pattern.findall(body))
        for pattern, literals in _MD_SIGNALS
        if any(literal in body for literal in literals)
    )
    if _HTML_DOC.search(body):
        return "html"
    html_count = len(_HTML_BLOCK.findall(body))
    if html_count and html_count >= md_count:
        return "html"
    if not _has_paragraphs(body):
        return "text"  # one paragraph per line: Markdown would run the lines together
    if md_count >= 2:
        return "markdown"
    if md_count == 1 and _MD_LIST.search(body):
        return "markdown"
    return "text"


def _has_paragraphs(body: str) -> bool:
    """Blank lines separate paragraphs (at least one for every thirty lines of text)."""
    lines = body.split("\n")
    blank = sum(1 for line in lines if not line.strip())
    return blank > 0 and blank * 30 >= len(lines) - blank


def _split_lines(text: str) -> list[str]:
    if not text:
        return []
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return lines
