"""Normalized text: the document re-emitted from its tree, one paragraph per line.

Three numbering styles:

* ``decimal`` labels every node with its id (`2.5.7`; top-level nodes `2.`),
* ``legal`` labels by level: `Part I` / `1.` / `(a)` / `(i)` (then `(A)`, `(1)`, `(I)`, `1)`),
* ``source`` keeps each label as written.

The text is repaired (the node texts are already tidied by the parser: backslash
quotes, mojibake via ftfy, white space; dashes are tidied here), and every repair
that changes the structure stays visible:

* an inferred node (a label that was missing, a container whose heading was lost)
  starts with ``[inferred]``; a node with children but neither heading nor text
  ends with ``[heading lost]``; a number that could not be inferred is written `?`;
* each garbled run is dropped and replaced by one line
  ``[content lost: source lines 49-54 were garbled and dropped]``.

The parser reads these markers back (see ``lines.py``), so
``parse(normalize(x))`` has the same ids, headings and texts as ``parse(x)``, and
``normalize`` is idempotent. In the ``source`` style a node that had no label
keeps none: the marker line stands where it stood and the parser infers it again.
A blank line is written only before a paragraph that would otherwise read as the
continuation of the line above, and before the first node after a title or preamble
paragraph that does not end a sentence when the text would otherwise read back with
another title (`Joint Plan` then `1. promote …` read as one title), or before a `---`
paragraph (under a line it would underline it). An unlabelled heading that would read back as
text, or elsewhere in the tree, is written `**bold**` between blank lines (each level its own
emphasis, `***bold italic***` below, where one level of bold does not read back); a heading
that stands alone (no label, text or children) keeps no label in any style. A bilingual copy
(``Document.translations``) is written interleaved, as such copies are: each node is
followed by its rendering in the other language, which keeps its own labels, so the
parser splits it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from ..lines import MARK_HEADING_LOST, MARK_INFERRED, is_marker_line
from ..models import Document, Fragment, Node, dotted
from ..styles.numbered import to_roman

__all__ = [
    "LOST_CONTENT",
    "NORMALIZE_STYLES",
    "Style",
    "legal_label",
    "lost_marker",
    "normalize",
    "tidy_dashes",
]

Style = Literal["source", "decimal", "legal"]
NORMALIZE_STYLES: tuple[str, ...] = ("source", "decimal", "legal")

_CLOSING = tuple(".!?;:。！？；：\"'”’)")  # a line ending so never continues into the next
LOST_CONTENT = re.compile(r"\[content lost\b[^\]\n]*\]")
"""A lost-content marker line, `[content lost: source lines 49-54 were garbled and dropped]`."""

_MARKUP_HEADING = re.compile(r"^(#{1,6})(?=\s|$)")
"""A paragraph starting `###` reads as a Markdown heading once other lines are `**bold**` (the
text reads as Markdown then): it is written `\\###` there, which reads back as the text it is."""
_UNDERLINE = re.compile(r"[-=]{2,}\s*")
"""A paragraph `---` right under a line reads as that line's underline (a heading): it is
written after a blank line."""
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2043": "-", "\u00ad": ""})
_SPACED_DASH = re.compile(r"(?<=\S) (?:-{1,3}|\u2012) (?=\S)")
_DOUBLE_HYPHEN = re.compile(r"(?<=\w)-{2,3}(?=\w)")


def normalize(document: Document | str | bytes, style: Style | str = "decimal") -> str:
    """The document as clean text in one numbering style (a ``str`` or bytes is parsed first).

    >>> print(normalize("Plan\\nFirst, Trade\\n(1) Open markets.\\n(3) Lower tariffs.\\n"), end="")
    Plan
    1. Trade
    1.1 Open markets.
    1.3 Lower tariffs.
    """
    if style not in NORMALIZE_STYLES:
        raise ValueError(f"unknown style {style!r}: use one of {', '.join(NORMALIZE_STYLES)}")
    from ..parse import parse

    if not isinstance(document, Document):
        document = parse(document)
    apart = False  # a blank line between title/preamble and the first node
    emphasis: Emphasis = {}  # unlabelled headings written `**as such**`
    tried_emphasis = False
    text = _write(document, style, apart, emphasis)
    for _ in range(_SETTLE_PASSES):
        read = parse(text)
        if not apart and _title_changed(document, read):  # `Joint Plan` + `1. promote …`
            apart = True
            text = _write(document, style, apart, emphasis)
            continue
        if not tried_emphasis and (misread := _misread_headings(document, read)):
            tried_emphasis = True
            if (emphasised := _emphasised(document, style, apart, misread)) is not None:
                text, emphasis = emphasised
                continue
        again = _write(read, style, apart, emphasis)
        if again == text:
            break
        text = again
    return text


def _title_changed(written: Document, read: Document) -> bool:
    """The title reads back as another: the first node's line was read into it."""
    return tidy_dashes(written.title or "") != tidy_dashes(read.title or "")


Emphasis = dict[str, str]
"""Node id -> the markup an unlabelled heading is written in (`**`: `**NATO**`)."""

_WRAPPERS = ("**", "***", "*")
"""Bold, bold-italic, italic: emphasis styles the reader tells apart, one per heading level."""


def _misread_headings(written: Document, read: Document) -> list[Node]:
    """Unlabelled headings that read back as text, or at another place in the tree."""
    kept = {(n.id, n.heading) for n in read.walk() if n.heading}
    return [
        n for n in written.walk() if n.heading and n.label is None and (n.id, n.heading) not in kept
    ]


def _emphasis_choices(document: Document, misread: list[Node]) -> list[Emphasis]:
    """The misread headings bold; every unlabelled heading bold; each level its own emphasis."""
    unlabelled = [n for n in document.walk() if n.heading and n.label is None]
    levels = sorted({n.level for n in unlabelled})
    by_level = {n.id: _WRAPPERS[min(levels.index(n.level), len(_WRAPPERS) - 1)] for n in unlabelled}
    return [{n.id: "**" for n in misread}, {n.id: "**" for n in unlabelled}, by_level]


def _emphasised(
    document: Document, style: str, apart: bool, misread: list[Node]
) -> tuple[str, Emphasis] | None:
    """The first text, of the emphasis choices, whose headings read back right; None when
    none does (then the plain text is kept)."""
    from ..parse import parse

    for emphasis in _emphasis_choices(document, misread):
        text = _write(document, style, apart, emphasis)
        if not _misread_headings(document, parse(text)):
            return text, emphasis
    return None


_SETTLE_PASSES = 4
"""Idempotence is checked, not hoped for: a tree whose written form reads back as another
tree (a gap filled twice, a repeated label read as a position) is written again from
what its text reads as, until the text reads back as itself. One pass settles every
case the generated layouts (tests/strategies.py) have shown; most texts read back as
themselves at the first check."""


def _write(
    document: Document, style: str, apart: bool = False, emphasis: Emphasis | None = None
) -> str:
    return "".join(line + "\n" for line in _Writer(style, apart, emphasis).lines(document))


def tidy_dashes(text: str) -> str:
    """Dashes tidied: Unicode hyphens become `-`, a spaced `-` or `--` a spaced `–`, `a--b` `a—b`.

    Dashes already written as dashes (`–`, `—`) are left as the author chose them.
    """
    if "-" not in text and text.isascii():
        return text
    text = text.translate(_HYPHENS)
    text = _SPACED_DASH.sub(" \u2013 ", text)
    return _DOUBLE_HYPHEN.sub("\u2014", text)


def lost_marker(first: int, last: int) -> str:
    """The line that stands for a dropped garbled run."""
    if first == last:
        return f"[content lost: source line {first} was garbled and dropped]"
    return f"[content lost: source lines {first}-{last} were garbled and dropped]"


def legal_label(level: int, number: int | None) -> str:
    """`Part I` / `1.` / `(a)` / `(i)` / `(A)` / `(1)` / `(I)` / `1)` by level; `?` if unknown."""
    if number is None:
        return {1: "Part ?", 2: "?.", 8: "?)"}.get(level, "(?)")
    if level == 1:
        return f"Part {to_roman(number) if number < 4000 else number}"
    if level == 2:
        return f"{number}."
    if level == 3:
        return f"({chr(96 + number)})" if number <= 26 else f"({number})"
    if level == 4:
        return f"({to_roman(number).lower()})" if number < 4000 else f"({number})"
    if level == 5:
        return f"({chr(64 + number)})" if number <= 26 else f"({number})"
    if level == 6:
        return f"({number})"
    if level == 7:
        return f"({to_roman(number)})" if number < 4000 else f"({number})"
    return f"{number})"


def decimal_label(node: Node) -> str:
    """The id as a label: `2.` at the top level, `2.5.7` below (`2.5.7.` before lower case)."""
    path = dotted(node.path)
    first = node.heading or node.text
    return path + "." if node.level == 1 or first[:1].islower() else path


def node_label(node: Node, style: str) -> str | None:
    """The label `normalize` writes for a node in a style (None: no label).

    A heading that stands alone (no label, no text, no children) keeps none in any style:
    numbered, the line would read back as an item's text."""
    if node.label is None and node.heading and not node.text and not node.children:
        return None
    if style == "decimal":
        return decimal_label(node)
    if style == "legal":
        return legal_label(node.level, node.number)
    return node.label.raw if node.label else None


def heading_lost(node: Node) -> bool:
    """A node with children but neither heading nor text: its heading was lost."""
    return node.heading is None and not node.text and bool(node.children)


def paragraphs(node: Node) -> list[str]:
    """The node's heading (if any) and text paragraphs, dashes tidied."""
    found = [node.heading] if node.heading else []
    found += [p for p in node.text.split("\n\n") if p]
    return [tidy_dashes(p) for p in found]


def fragment_lines(fragment: Fragment) -> list[str]:
    """What stands for a garbled run: one lost-content line (markers read back kept as they are).

    A run read back from normalized text consists of marker lines: a lost-content
    line is kept verbatim (it names the lines of the original source), a line of
    node markers is dropped (the node it stood for is written from the tree).
    """
    raw = [line.strip() for line in fragment.raw.split("\n") if line.strip()]
    kept = [line for line in raw if LOST_CONTENT.fullmatch(line)]
    if any(not is_marker_line(line) for line in raw):
        kept.append(lost_marker(fragment.span.start_line, fragment.span.end_line))
    return kept


class _Writer:
    def __init__(self, style: str, apart: bool = False, emphasis: Emphasis | None = None) -> None:
        self.style = style
        self.apart = apart
        self.emphasis = emphasis or {}
        """Unlabelled headings written `**bold**`: plain, they would read back as text."""
        self.out: list[str] = []
        self.fragments: list[Fragment] = []
        self.translations: list[dict[str, Node]] = []
        self.front_end = 0
        """Lines of title and preamble: a node line right after them may need a blank line."""

    def lines(self, document: Document) -> list[str]:
        self.fragments = sorted(document.fragments, key=lambda f: f.span.start_line)
        self.translations = [{n.id: n for n in t.walk()} for t in document.translations]
        if document.title:
            self._text(tidy_dashes(document.title))
        for paragraph in document.preamble:
            self._text(tidy_dashes(paragraph))
        for translation in document.translations:
            for paragraph in translation.preamble:
                self._text(tidy_dashes(paragraph))
        self.front_end = len(self.out)
        for node in _walk(document.children):
            self._flush(node.span.start_line)
            self._node(node)
        self._flush(None)
        return self.out

    def _flush(self, before: int | None) -> None:
        while self.fragments and (before is None or self.fragments[0].span.start_line < before):
            self.out.extend(fragment_lines(self.fragments.pop(0)))

    def _node(self, node: Node, label: str | None = None, own_label: bool = False) -> None:
        if not own_label:
            label = node_label(node, self.style)
        texts = paragraphs(node)
        head = [MARK_INFERRED] if node.inferred else []
        if label is not None:
            head.append(label)
        if label is None and not node.inferred and texts:  # unlabelled, not inferred: as text
            self._unlabelled_first(node, texts.pop(0))
        elif label is None and texts:  # `[inferred] text`: read back as text, inferred again
            self._text(" ".join([*head, texts.pop(0)]))
        else:
            line = head + texts[:1]
            texts = texts[1:]
            if heading_lost(node):
                line.append(MARK_HEADING_LOST)
            if self.apart and len(self.out) == self.front_end and not self._closed():
                self.out.append("")  # `Title` + `1. promote …` would read as one title
            self.out.append(" ".join(line))
        for paragraph in texts:
            self._text(paragraph)
        for index in self.translations if not own_label else ():  # the other language
            if (other := index.get(node.id)) is not None:  # (its own labels, as written)
                self._node(other, other.label.raw if other.label else None, own_label=True)

    def _unlabelled_first(self, node: Node, first: str) -> None:
        """A heading that plain would read back as text is written `**bold**`, as headings are,
        with a blank line on each side: the text reads as Markdown then, where a line right
        under a list item continues it."""
        wrapper = self.emphasis.get(node.id)
        if node.heading is None or wrapper is None:
            self._text(first)
            return
        if self.out and self.out[-1]:
            self.out.append("")
        self.out.append(f"{wrapper}{first}{wrapper}")
        self.out.append("")

    def _text(self, paragraph: str) -> None:
        """An unlabelled paragraph: after a blank line when the line above does not end one
        (or when it would underline that line)."""
        if not self._closed() or (self.out and _UNDERLINE.fullmatch(paragraph)):
            self.out.append("")
        self.out.append(_MARKUP_HEADING.sub(r"\\\1", paragraph) if self.emphasis else paragraph)

    def _closed(self) -> bool:
        """Nothing written yet, or the last line ends so that it never continues."""
        return not self.out or self.out[-1].rstrip().endswith(_CLOSING)


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield from node.walk()
