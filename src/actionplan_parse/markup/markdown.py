"""Markdown to plain text with markdown-it-py's token stream.

CommonMark with raw HTML on (so inline ``<u>``, ``<sup>``, comments and HTML
blocks are tokens, not text), pipe tables on, and two rules off:

* indented code blocks: converted documents indent ordinary paragraphs
  (``     We, the leaders…``), which are never code in an action plan;
* ``text_join``: keeps escaped characters (``1\\.``, ``\\*``) as their own
  tokens, so an escaped ``**`` is never mistaken for a stray emphasis marker.

HTML blocks go through the HTML stripper with their line offset.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ._build import BOLD, ITALIC, UNDERLINE, Builder, Paragraph, list_indent
from .html import feed_html, is_footnote_mark

__all__ = ["strip_markdown"]

_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_INLINE_STYLE = {
    "b": BOLD,
    "strong": BOLD,
    "i": ITALIC,
    "em": ITALIC,
    "u": UNDERLINE,
    "ins": UNDERLINE,
}
_ORDERED_LABEL = re.compile(r"[\s>]*(\d{1,9}[.)])")
_INLINE_SYNTAX = re.compile(r"[\[\]!*_<>`&\\~]")
MAX_INLINE_SYNTAX = 2_000
"""A block with more inline-syntax characters than this, and more than one in ten of its
characters, is read literally: markdown-it spends 0.1-0.4 ms on each `[` `*` `!`..., so a
200 kB run of them would take a minute. Prose never comes near either bound."""


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True})
    md.enable("table")
    md.disable(["code", "text_join", "inline"])  # inline: run per block, see `_inline_tokens`
    return md


def _parse(source: str) -> list[Token]:
    """Block tokens, with the children of each inline token parsed, or literal if markup-dense."""
    md, env = _md(), {}
    tokens = md.parse(source, env)
    for tok in tokens:
        if tok.type == "inline":
            tok.children = _inline_tokens(md, tok.content, env)
    return tokens


def _literal(content: str) -> list[Token]:
    """The block as plain text tokens, line breaks kept (so line numbers stay right)."""
    tokens: list[Token] = []
    for i, line in enumerate(content.split("\n")):
        if i:
            tokens.append(Token("softbreak", "br", 0))
        tokens.append(Token("text", "", 0, content=line))
    return tokens


def _inline_tokens(md: MarkdownIt, content: str, env: dict[str, object]) -> list[Token]:
    syntax = len(_INLINE_SYNTAX.findall(content))
    if syntax > MAX_INLINE_SYNTAX and syntax * 10 > len(content):
        return _literal(content)
    children: list[Token] = []
    md.inline.parse(content, md, env, children)
    return children


def strip_markdown(
    text: str, first_line: int = 0, keep_lines: bool = False
) -> tuple[str, tuple[int, ...], dict[int, str], tuple[int, ...]]:
    """Plain text, line map, emphasis signals and last source lines of a Markdown text.

    ``first_line`` (0-based) skips a front matter block: those lines are read as blank.
    ``keep_lines``: every source line of a paragraph stays a line of its own, and blank
    lines stand only where the source has them, so CommonMark's paragraph and list
    continuation rules decide nothing (the parser reads Markdown this way).
    """
    lines = text.split("\n")
    source = "\n".join([""] * first_line + lines[first_line:]) if first_line else text
    builder = Builder(len(lines), keep_lines)
    _Walker(builder, lines).walk(_parse(source))
    return builder.result()


class _Walker:
    def __init__(self, builder: Builder, lines: list[str]) -> None:
        self.b = builder
        self.lines = lines
        self.heading: str | None = None
        self.depth = 0
        self.row: Paragraph | None = None

    def walk(self, tokens: list[Token]) -> None:
        for tok in tokens:
            handler = getattr(self, "_" + tok.type, None)
            if handler is not None:
                handler(tok)

    # -- blocks --------------------------------------------------------------------------
    def _heading_open(self, tok: Token) -> None:
        self.heading = tok.tag

    def _heading_close(self, tok: Token) -> None:
        self.heading = None

    def _bullet_list_open(self, tok: Token) -> None:
        self.b.flush_label()
        self.depth += 1

    _ordered_list_open = _bullet_list_open

    def _bullet_list_close(self, tok: Token) -> None:
        self.b.flush_label()
        self.depth = max(0, self.depth - 1)

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, tok: Token) -> None:
        start = tok.map[0] if tok.map else 0
        if tok.markup in ("-", "*", "+"):
            label = tok.markup if self.b.keep_lines else "-"  # line for line: the marker too
        else:
            label = tok.info + tok.markup if tok.info else ""
            if not label and start < len(self.lines):
                m = _ORDERED_LABEL.match(self.lines[start])
                label = m.group(1) if m else "1."
        indent = list_indent(max(1, self.depth))
        self.b.set_label(f"{indent}{label} ", start + 1)

    def _list_item_close(self, tok: Token) -> None:
        self.b.flush_label()

    def _fence(self, tok: Token) -> None:
        first = (tok.map[0] + 2) if tok.map else 1
        rows = [
            (line.rstrip(), first + i, None)
            for i, line in enumerate(tok.content.split("\n"))
            if line.strip()
        ]
        prefix = self.b.take_label()
        if rows and prefix:
            rows[0] = (prefix + rows[0][0].lstrip(), rows[0][1], None)
        self.b.block(rows)

    _code_block = _fence

    def _hr(self, tok: Token) -> None:
        """A thematic break is a visible line: read line for line, it stays as written
        (`_____` before footnotes is evidence the debris stage uses)."""
        if self.b.keep_lines and tok.map and tok.map[0] < len(self.lines):
            self.b.block([(self.lines[tok.map[0]].strip(), tok.map[0] + 1, None)])

    def _html_block(self, tok: Token) -> None:
        feed_html(self.b, tok.content, tok.map[0] if tok.map else 0)

    def _tr_open(self, tok: Token) -> None:
        self.row = Paragraph((tok.map[0] + 1) if tok.map else 1, None, self.b.take_label())

    def _tr_close(self, tok: Token) -> None:
        self.b.paragraph(self.row)
        self.row = None

    # -- inline content ------------------------------------------------------------------
    def _inline(self, tok: Token) -> None:
        src = (tok.map[0] + 1) if tok.map else 1
        if self.row is not None:
            para = self.row
            if any(r.text.strip() for line in para.lines for r in line.runs):
                para.add(" | ", frozenset(), src, literal=True)
            _Inline(para, src).run(tok.children or [])
            return
        para = Paragraph(src, self.heading, self.b.take_label(), self.b.keep_lines, self.lines)
        _Inline(para, src).run(tok.children or [])
        self.b.paragraph(para)


class _Inline:
    def __init__(self, para: Paragraph, src: int) -> None:
        self.para = para
        self.src = src
        self.counts = {BOLD: 0, ITALIC: 0, UNDERLINE: 0}
        self.sup: list[str] | None = None
        self.sup_depth = 0

    def styles(self) -> frozenset[str]:
        return frozenset(k for k, v in self.counts.items() if v > 0)

    def add(self, text: str, literal: bool = False) -> None:
        if self.sup is not None:
            self.sup.append(text)
            return
        self.para.add(text, self.styles(), self.src, literal)

    def run(self, children: list[Token]) -> None:
        for tok in children:
            kind = tok.type
            if kind == "text":
                self.add(tok.content)
            elif kind in ("text_special", "code_inline"):
                self.add(tok.content, literal=True)
            elif kind == "softbreak":
                self.src += 1
                if self.para.keep_lines and self.sup is None:
                    self.para.hard_break()
                else:
                    self.add("\n")
            elif kind == "hardbreak":
                self.src += 1
                if self.sup is None:
                    self.para.hard_break()
            elif kind in ("strong_open", "strong_close"):
                self.counts[BOLD] += 1 if kind.endswith("open") else -1
            elif kind in ("em_open", "em_close"):
                self.counts[ITALIC] += 1 if kind.endswith("open") else -1
            elif kind == "image":
                continue
            elif kind == "html_inline":
                self.html(tok.content)

    def html(self, content: str) -> None:
        self.src += content.count("\n")
        m = _TAG.match(content)
        if not m:  # comment, processing instruction, declaration
            return
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag == "br":
            if self.sup is None:
                self.para.hard_break()
        elif tag == "sup":
            if not closing:
                if self.sup is None:
                    self.sup, self.sup_depth = [], 1
                else:
                    self.sup_depth += 1
            elif self.sup is not None:
                self.sup_depth -= 1
                if self.sup_depth <= 0:
                    text, self.sup = "".join(self.sup), None
                    line = self.para.lines[-1]
                    before = line.runs[-1].text if line.runs else ""
                    if not is_footnote_mark(text, before):
                        self.add(text)
        elif tag in _INLINE_STYLE:
            style = _INLINE_STYLE[tag]
            self.counts[style] = max(0, self.counts[style] + (-1 if closing else 1))
