"""HTML to plain text with the stdlib :mod:`html.parser`.

Why the stdlib parser: it is a real tokenizer (tags, attributes, comments,
character references, CDATA, ``<P>`` in any case, unclosed tags) that never
builds a tree, so it streams at a steady speed, adds no dependency, and tells
the source position of every tag and text run (``getpos``), which is what the
line map needs. A tree builder (lxml, selectolax, BeautifulSoup) would add a
compiled dependency and lose or approximate those positions; the structure we
need (blocks, lists, a handful of inline styles) is simple enough to follow
from the event stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from ..styles.numbered import to_roman
from ._anchors import Anchors, align, escaped_lt, shift, slice_anchors, unescape_offsets
from ._build import BOLD, ITALIC, UNDERLINE, Builder, Paragraph, list_indent
from ._chrome import Chrome
from ._defuse import defuse_html

__all__ = ["feed_html", "strip_html"]

_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th caption ul h1 h2 h3 h4 h5 h6".split()
)
_IN_CELL = frozenset("p div section article header footer address center".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SKIP = frozenset("script style template noscript svg math iframe object select".split())
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
_INLINE_STYLE = {
    "b": {BOLD},
    "strong": {BOLD},
    "i": {ITALIC},
    "em": {ITALIC},
    "cite": {ITALIC},
    "dfn": {ITALIC},
    "var": {ITALIC},
    "u": {UNDERLINE},
    "ins": {UNDERLINE},
}
# `1` `[2]` `(3)` `*` `†` `iv` `a`: a footnote mark, dropped from <sup>
_FOOTNOTE = re.compile(r"\s*[\[(]?(?:\d{1,3}|[*†‡§¶#]{1,3}|[ivx]{1,4}|[a-z])[\])]?\s*")


def is_footnote_mark(text: str, before: str) -> bool:
    """`<sup>3</sup>` after a word is a footnote mark; after a digit (`10<sup>6</sup>`) not."""
    return bool(_FOOTNOTE.fullmatch(text)) and not before.rstrip()[-1:].isdigit()


def strip_html(
    text: str,
) -> tuple[
    str,
    tuple[int, ...],
    dict[int, str],
    tuple[int, ...],
    str | None,
    int,
    list[Anchors | None],
    frozenset[int],
]:
    """Plain text, line map, emphasis, last source lines, ``<title>`` of an HTML text, how
    many output lines come before its first tag (residue such as `` * body : <P>``), for
    each output line where its characters are in ``text`` (see ``_anchors``), and the
    output lines (1-based) that are page chrome (see ``_chrome``)."""
    builder = Builder(text.count("\n") + 1)
    defused = defuse_html(text)
    parser = _Stripper(builder, 0, defused)
    title = _feed(parser, defused)
    result = builder.result()
    anchors = builder.anchors
    if defused is not text:  # offsets into the defused text -> offsets into `text`
        anchors = unescape_offsets(anchors, escaped_lt(text, defused))
    chrome = frozenset(number + 1 for number in parser.chrome.lines if builder.lines[number])
    return (*result, title, parser.residue, anchors, chrome)


def feed_html(builder: Builder, text: str, line_offset: int) -> str | None:
    """Write the blocks of an HTML text (or fragment) into ``builder``; return the title."""
    return _feed(_Stripper(builder, line_offset), defuse_html(text))


def _feed(parser: _Stripper, text: str) -> str | None:
    """Feed defused HTML (``defuse_html``) to ``parser``; return the title."""
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError):  # pragma: no cover - defensive
        # html.parser is lenient, but odd markup declarations have raised in some
        # Python versions; what was read so far is kept.
        pass
    parser.finish()
    return parser.title


def _list_label(kind: str, number: int, style: str) -> str:
    if kind == "ul":
        return "-"
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return (letter.upper() if style == "A" else letter) + "."
    if style in ("i", "I") and 1 <= number <= 3999:
        roman = to_roman(number)
        return (roman if style == "I" else roman.lower()) + "."
    return f"{number}."


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _Stripper(HTMLParser):
    def __init__(self, builder: Builder, line_offset: int, source: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.b = builder
        self._first_line = line_offset
        self.source = source
        self._starts = [0] + [m.end() for m in re.finditer("\n", source)] if source else [0]
        self.para: Paragraph | None = None
        self.heading: str | None = None
        self.styles: list[tuple[str, frozenset[str]]] = []  # open inline elements
        self.lists: list[list[Any]] = []  # [kind, next number, type]
        self.skip: list[str] = []
        self.sup: list[str] | None = None
        self.sup_at: Anchors | None = None
        self.sup_depth = 0
        self.pre = 0
        self.cell = 0
        self.title: str | None = None
        self._title_parts: list[str] | None = None
        self.residue = 0
        """Output lines written from text before the first tag (set when that tag comes)."""
        self._tagged = False
        self.chrome = Chrome()

    def _markup_begins(self) -> None:
        """Text before the first tag is not part of the HTML document: its own lines."""
        if not self._tagged:
            self._tagged = True
            self._flush()
            self.residue = len(self.b.lines)

    # -- positions and state -----------------------------------------------------------
    def _line(self, data: str = "") -> int:
        line = self.getpos()[0] + self._first_line
        lead = len(data) - len(data.lstrip())
        return line + data.count("\n", 0, lead)

    def _offset(self) -> int | None:
        """Offset in the source of the event being handled (None: not locating)."""
        if self.source is None:
            return None
        line, column = self.getpos()
        return self._starts[min(line, len(self._starts)) - 1] + column

    def _at(self, data: str) -> Anchors | None:
        """Where each character of ``data`` (the text event being handled) is."""
        start = self._offset()
        return None if start is None or self.source is None else align(data, self.source, start)

    def _tag_at(self) -> Anchors | None:
        start = self._offset()
        return None if start is None else [(0, start)]

    def _current(self) -> frozenset[str]:
        return self.styles[-1][1] if self.styles else frozenset()

    def _flush(self) -> None:
        start = len(self.b.lines)
        self.b.paragraph(self.para)
        self.chrome.paragraph(start, len(self.b.lines))
        self.para = None
        self.cell = 0

    def finish(self) -> None:
        self._flush()

    # -- events ------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._markup_begins()
        if self.skip:
            if tag == self.skip[-1] and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag == "title":
            self._title_parts = []
            return
        if tag in _SKIP:
            self.skip.append(tag)
            return
        if tag == "sup":
            if self.sup is None:
                self.sup = []
                self.sup_depth = 1
            else:
                self.sup_depth += 1
            return
        if tag == "br":
            if self.para is not None:
                self.para.hard_break()
            return
        if tag in ("td", "th"):
            if self.para is not None and self.cell:
                self.para.add(" | ", self._current(), self._line(), True, self._tag_at())
            self.cell += 1
            return
        if tag in _BLOCK:
            self._block_start(tag, dict(attrs))
            return
        if tag in _VOID:
            return
        if tag == "a":
            self.chrome.link_start(attrs)
        styles = set(self._current()) | _INLINE_STYLE.get(tag, set())
        style_attr = dict(attrs).get("style")
        if style_attr:
            _apply_css(style_attr, styles)
        self.styles.append((tag, frozenset(styles)))

    def _block_start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if self.cell and tag in _IN_CELL:  # a paragraph inside a table cell
            if self.para is not None:
                self.para.add(" ", self._current(), self._line(), False, self._tag_at())
            return
        self._flush()
        if tag in _HEADINGS:
            self.heading = tag
        elif tag in ("ul", "ol", "menu", "dir"):
            kind = "ol" if tag == "ol" else "ul"
            self.b.flush_label()
            self.lists.append([kind, _int(attrs.get("start"), 1), attrs.get("type") or "1"])
        self.chrome.block_start(tag, attrs, len(self.b.lines))
        if tag == "li":
            lst: list[Any] = self.lists[-1] if self.lists else ["ul", 1, "1"]
            number = _int(attrs.get("value"), lst[1])
            lst[1] = number + 1
            depth = max(1, len(self.lists))
            label = _list_label(lst[0], number, lst[2])
            self.b.set_label(list_indent(depth) + label + " ", self._line(), self._offset())
        elif tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "title":
            if self._title_parts is not None:
                self.title = " ".join("".join(self._title_parts).split()) or None
            self._title_parts = None
            return
        if tag == "sup":
            if self.sup is not None:
                self.sup_depth -= 1
                if self.sup_depth <= 0:
                    self._end_sup()
            return
        if tag in ("td", "th", "br"):
            return
        if self.cell and tag in _IN_CELL:
            return
        if tag in _BLOCK:
            self._flush()
            if tag in _HEADINGS:
                self.heading = None
            elif tag in ("ul", "ol", "menu", "dir"):
                self.b.flush_label()
                if self.lists:
                    self.lists.pop()
            elif tag == "li":
                self.b.flush_label()
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)
            self.chrome.block_end(tag, self.b.lines, self.b.emphasis)
            return
        if tag == "a":
            self.chrome.link_end()
        for i in range(len(self.styles) - 1, -1, -1):
            if self.styles[i][0] == tag:
                del self.styles[i:]
                break

    def _end_sup(self) -> None:
        text = "".join(self.sup or [])
        self.sup = None
        before = ""
        if self.para is not None and self.para.lines[-1].runs:
            before = self.para.lines[-1].runs[-1].text
        if not is_footnote_mark(text, before):
            self._text(text, self.sup_at)

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
            return
        if self.skip:
            return
        if self.sup is not None:
            if not self.sup:
                self.sup_at = self._at(data)
            self.sup.append(data)
            return
        self._text(data, self._at(data))

    def _text(self, data: str, at: Anchors | None) -> None:
        if self.pre and self.para is None:
            self._pre_text(data, at)
            return
        if self.para is None:
            if not data.strip():
                return
            label_at = self.b.pending_at
            self.para = Paragraph(
                self._line(data), self.heading, self.b.take_label(), label_at=label_at
            )
        self.para.add(data, self._current(), self._line(data), False, at)
        self.chrome.text(data)

    def _pre_text(self, data: str, at: Anchors | None) -> None:
        first = self._line()
        rows: list[tuple[str, int, str | None, int, Anchors | None]] = []
        start = 0
        for i, line in enumerate(data.split("\n")):
            if line.strip():
                line_at = slice_anchors(at, start, start + len(line)) if at else None
                rows.append((line.rstrip(), first + i, None, first + i, line_at))
            start += len(line) + 1
        label_at = self.b.pending_at
        prefix = self.b.take_label()
        if rows and prefix:
            text, src, _, end, line_at = rows[0]
            lead = len(text) - len(text.lstrip())
            if line_at:
                line_at = shift(slice_anchors(line_at, lead, len(text)), len(prefix))
                line_at.insert(0, (0, label_at if label_at is not None else line_at[0][1]))
            rows[0] = (prefix + text.lstrip(), src, None, end, line_at)
        self.b.block(rows)

    def handle_comment(self, data: str) -> None:
        self._markup_begins()

    def handle_decl(self, decl: str) -> None:
        self._markup_begins()

    def unknown_decl(self, data: str) -> None:
        return


def _declarations(style: str) -> Iterator[tuple[str, str]]:
    """`name: value` pairs of a `style` attribute, lower-cased (a split: linear in any input)."""
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon and name.strip() and value.strip():
            yield name.strip().lower(), value.strip().lower()


def _apply_css(style: str, styles: set[str]) -> None:
    for name, value in _declarations(style):
        if name == "font-weight":
            if value in ("bold", "bolder") or value[:1] in "6789" and value[1:] == "00":
                styles.add(BOLD)
            elif value in ("normal", "lighter") or value[:1] in "12345":
                styles.discard(BOLD)
        elif name == "font-style":
            (styles.add if value in ("italic", "oblique") else styles.discard)(ITALIC)
        elif name in ("text-decoration", "text-decoration-line"):
            if "underline" in value:
                styles.add(UNDERLINE)
            elif value == "none":
                styles.discard(UNDERLINE)
