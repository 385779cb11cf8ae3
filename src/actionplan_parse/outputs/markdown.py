"""Markdown for reading and diffing: headings by level, items as numbered lists.

* ``#`` is the document title, ``##`` the top-level nodes (parts), ``###`` the next
  level, and so on: a node with children or a heading is written as a heading.
  Once a list of siblings has had a heading, its later members are headings too,
  so that an item is never read as part of the section before it.
* Other nodes (items: text, no children) form a numbered list whose numbers are the
  nodes' normalised numbers; the list is broken (by an HTML comment) where the
  numbering is not consecutive, so a rendered `6.` after `4.` stays `6.`.
* Inferred nodes say *[inferred]*, lost headings *[heading lost]*, and each garbled
  run is a paragraph *[content lost: source lines 49-54 were garbled and dropped]*.
* ``with_diagnostics`` adds a ``## Diagnostics`` list at the end.
* A bilingual copy: each node's rendering in the other language follows its text,
  as a paragraph starting with the language (*[en]*) and its label as written.

The text is the normalized text (see ``normalize``), with Markdown's special
characters escaped so that no content can turn into structure.
"""

from __future__ import annotations

import re

from ..models import Diagnostic, Document, Fragment, Node, dotted
from .normalize import (
    LOST_CONTENT,
    NORMALIZE_STYLES,
    Style,
    fragment_lines,
    heading_lost,
    legal_label,
    paragraphs,
    tidy_dashes,
)

__all__ = ["MAX_HEADING_LEVEL", "to_markdown"]

MAX_HEADING_LEVEL = 6
"""Markdown has six heading levels: nodes below level 5 are written as bold paragraphs."""

_INLINE = re.compile(r"([\\`*_\[\]<>#|&~])")
_LIST_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def to_markdown(
    document: Document | str | bytes,
    style: Style | str = "decimal",
    with_diagnostics: bool = False,
) -> str:
    """The document as Markdown (a ``str`` or bytes is parsed first).

    >>> print(to_markdown("Plan\\nFirst, Trade\\n(1) Open markets.\\n(3) Lower tariffs.\\n"))
    # Plan
    <BLANKLINE>
    ## 1. Trade
    <BLANKLINE>
    1. Open markets.
    <BLANKLINE>
    <!-- numbering continues at 3 -->
    <BLANKLINE>
    3. Lower tariffs.
    <BLANKLINE>
    """
    if style not in NORMALIZE_STYLES:
        raise ValueError(f"unknown style {style!r}: use one of {', '.join(NORMALIZE_STYLES)}")
    if not isinstance(document, Document):
        from ..parse import parse

        document = parse(document)
    writer = _Writer(style)
    writer.document(document)
    if with_diagnostics:
        writer.diagnostics(document.diagnostics)
    return writer.text()


def escape(text: str, block_start: bool = True) -> str:
    """Text that Markdown shows as it is (no emphasis, links, HTML, headings or lists).

    ``block_start``: the text starts a block, where `1.` or `-` would begin a list.
    """
    text = _INLINE.sub(r"\\\1", text)
    if block_start:
        text = _LIST_START.sub(r"\1\\\2", text)
        if text[:1] in ("-", "+", "="):
            text = "\\" + text
    return text


def _kind_label(node: Node) -> str | None:
    """A decimal label that keeps what the node's own label said it is: `Article 9`, `Part 3`.
    Without the word, `## 9.` would read back as a section."""
    if node.label is None or node.label.style != node.kind:
        return None
    if node.kind in _KIND_WORDS and node.number is not None:
        return f"{_KIND_WORDS[node.kind]} {node.number}"
    return None


_KIND_WORDS = {"part": "Part", "article": "Article"}


class _Writer:
    def __init__(self, style: str) -> None:
        self.style = style
        self.blocks: list[str] = []
        self.tight: set[int] = set()
        """Indexes of one-line list items: written without a blank line between them."""
        self.fragments: list[Fragment] = []
        self.list_last: int | None = None
        """Number of the previous item of the open list; None when no list is open."""
        self.in_list = False
        self.translations: list[tuple[str, dict[str, Node]]] = []

    def document(self, document: Document) -> None:
        self.translations = [
            (t.language, {n.id: n for n in t.walk()}) for t in document.translations
        ]
        if document.title:
            self.blocks.append("# " + escape(tidy_dashes(document.title)))
        self.blocks.extend(escape(tidy_dashes(p)) for p in document.preamble)
        for translation in document.translations:
            self.blocks.extend(escape(tidy_dashes(p)) for p in translation.preamble)
        self.fragments = sorted(document.fragments, key=lambda f: f.span.start_line)
        self.siblings(document.children)
        self.flush(None)

    def siblings(self, nodes: list[Node]) -> None:
        headings = False
        for node in nodes:
            self.flush(node.span.start_line)
            headings = headings or bool(node.children or node.heading)
            if headings:
                self.heading(node)
                self.siblings(node.children)
            else:
                self.item(node)
        self.in_list = False

    def heading(self, node: Node) -> None:
        self.in_list = False
        texts = paragraphs(node)
        words = ["*[inferred]*"] if node.inferred else []  # first, as `normalize` writes it
        words.append(self.label(node))
        if node.heading:
            words.append(escape(texts.pop(0)))
        if heading_lost(node):
            words.append("*[heading lost]*")
        line = " ".join(w for w in words if w)
        if node.level + 1 <= MAX_HEADING_LEVEL:
            self.blocks.append("#" * (node.level + 1) + " " + line)
        else:
            self.blocks.append(f"**{line}**")
        self.blocks.extend(escape(p) for p in texts)
        self.blocks.extend(self.rendered_in_other_languages(node))

    def rendered_in_other_languages(self, node: Node) -> list[str]:
        out = []
        for language, index in self.translations:
            other = index.get(node.id)
            if other is None:
                continue
            texts = [escape(p) for p in paragraphs(other)] or ["*[no text]*"]
            head = [f"*[{escape(language, block_start=False)}]*"]
            if other.label is not None:
                head.append(escape(other.label.raw, block_start=False))
            out.append(" ".join([*head, texts[0]]))
            out.extend(texts[1:])
        return out

    def item(self, node: Node) -> None:
        texts = [escape(p) for p in paragraphs(node)] or ["*[no text]*"]
        if node.inferred:
            texts[0] = "*[inferred]* " + texts[0]
        texts += self.rendered_in_other_languages(node)
        if node.number is None or node.kind == "bullet":  # bullets read back as bullets
            marker = "-"
        else:
            marker = f"{node.number}."
            if self.in_list and self.list_last is not None and node.number != self.list_last + 1:
                self.blocks.append(f"<!-- numbering continues at {node.number} -->")
            self.list_last = node.number
        self.in_list = True
        indent = " " * (len(marker) + 1)
        if len(texts) == 1:
            self.tight.add(len(self.blocks))
        self.blocks.append(f"{marker} {texts[0]}")
        self.blocks.extend(indent + p for p in texts[1:])

    def text(self) -> str:
        out = ""
        for index, block in enumerate(self.blocks):
            if index:
                out += "\n" if {index - 1, index} <= self.tight else "\n\n"
            out += block
        return out + "\n"

    def label(self, node: Node) -> str:
        if node.kind == "heading" and node.label is None:
            return ""  # an unnumbered heading stays one: its `#` level places it
        if self.style == "decimal" and (kept := _kind_label(node)) is not None:
            return escape(kept, block_start=False)
        if self.style == "decimal":
            path = dotted(node.path)
            label = path + "." if node.level == 1 else path
        elif self.style == "legal":
            label = legal_label(node.level, node.number)
        else:
            label = node.label.raw if node.label else ""
        return escape(label, block_start=False)

    def flush(self, before: int | None) -> None:
        while self.fragments and (before is None or self.fragments[0].span.start_line < before):
            for line in fragment_lines(self.fragments.pop(0)):  # markers: no markup inside
                shown = line if LOST_CONTENT.fullmatch(line) else escape(line)
                self.blocks.append(f"*{shown}*")
            self.in_list = False

    def diagnostics(self, diagnostics: list[Diagnostic]) -> None:
        self.blocks.append("## Diagnostics")
        if not diagnostics:
            self.blocks.append("None.")
            return
        items = []
        for d in diagnostics:
            where = ""
            if d.span is not None:
                first, last = d.span.start_line, d.span.end_line
                where = f", line {first}" if first == last else f", lines {first}-{last}"
            items.append(f"- **{d.code}** {d.name} ({d.severity}{where}): {escape(d.message)}")
        self.blocks.append("\n".join(items))
