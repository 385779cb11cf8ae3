"""What the markup adds: the difference between a text read as text and read as Markdown.

Definitions (documented in docs/input-formats.md, "Markup is evidence"):

* a **markup line** is a source line that Markdown reads differently from plain text: it
  gives no line of its own (setext underline, fence, comment); its first or last word or
  its indentation changes when the markup is stripped (`**I. Title**`, `II\\.`, `## 1.`,
  `-   item`, `… Ukraine.<sup>1</sup>`); it is a heading (`#`, setext, `<h1>`); or it is
  unlabelled and emphasised as a whole (`**Ukraine**`);
* a node is **compared** when it is not an inferred container and starts on a line that is
  not a markup line;
* its **key** is the path of numbers of its compared ancestors and itself (ids without the
  nodes the markup adds, without `#2` suffixes); a number given by position (bullets) counts
  as unknown, since the position depends on the headings the markup adds. Keys are compared
  where neither reading puts the node directly under a node that starts on a markup line
  (there the markup decided the parent: `3\\.` revealed as a label holds the bullets after it);
* its **content** is its heading, else the first paragraph of its text, with markup
  characters (`*` `_` `#` `` ` `` backslashes, brackets, tags, link targets, entities) and
  the curly quotes that backslash quotes become in plain text removed, white space collapsed.

The property: both readings compare the same nodes (same start lines), and each has the
same label, number, key and content in both.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from actionplan_parse import Document, Node
from actionplan_parse.lines import scan
from actionplan_parse.markup import strip_markup

_HEADING = re.compile(r"h[1-6]")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LINK = re.compile(r"\]\([^)\s]*\)")
_MARKS = re.compile(r"[*_#`\\\[\]“”]")  # `\X\` quotes are tidied to “X” as text only


@dataclass(frozen=True)
class Compared:
    line: int
    label: str | None
    number: int | None
    key: tuple[int | None, ...]
    content: str
    under_markup: bool
    """The node's parent starts on a markup line."""

    def agrees(self, other: Compared) -> bool:
        same_key = self.key == other.key or self.under_markup or other.under_markup
        return same_key and (self.label, self.number, self.content) == (
            other.label,
            other.number,
            other.content,
        )


def markup_lines(source: str) -> set[int]:
    """Source lines (1-based) that Markdown reads differently from plain text."""
    stripped = strip_markup(source, "markdown", keep_lines=True)
    labelled = {line.number for line in scan(stripped.text) if line.kind == "labelled"}
    source_lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    outputs: dict[int, list[int]] = {}
    for index, origin in enumerate(stripped.line_map, start=1):
        if stripped.lines[index - 1].strip():
            outputs.setdefault(origin, []).append(index)
    marked = set()
    for number, raw in enumerate(source_lines, start=1):
        if not raw.strip():
            continue
        found = outputs.get(number)
        if not found:
            marked.add(number)
            continue
        for index in found:
            out = stripped.lines[index - 1]
            signal = stripped.emphasis.get(index)
            if (
                out.split()[:1] != raw.split()[:1]
                or out.split()[-1:] != raw.split()[-1:]
                or _indent(out) != _indent(raw)
                or (signal and _HEADING.fullmatch(signal))
                or (signal and index not in labelled)
            ):
                marked.add(number)
    return marked


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def plain_content(text: str) -> str:
    text = html.unescape(_LINK.sub("]", _TAG.sub("", text)))
    return " ".join(_MARKS.sub("", text).split())


def compared(document: Document, marked: set[int]) -> dict[int, Compared]:
    out: dict[int, Compared] = {}

    def visit(node: Node, key: tuple[int | None, ...], parent_line: int | None) -> None:
        line = node.span.start_line
        counted = not _inferred_container(node) and line not in marked
        # a bullet's number is its position under what the markup may add: not compared
        number = None if "position-number" in node.reasons else node.number
        own = (*key, number) if counted else key
        if counted:
            first = node.heading or node.text.split("\n\n")[0]
            label = node.label.raw.replace("\\", "") if node.label else None
            under = parent_line in marked
            out[line] = Compared(line, label, own[-1], own, plain_content(first), under)
        for child in node.children:
            visit(child, own, None if _inferred_container(node) else line)

    for root in document.children:
        visit(root, (), None)
    return out


def _inferred_container(node: Node) -> bool:
    return node.inferred and node.label is None and "numbering-restart" in node.reasons


def differences(as_text: Document, as_markdown: Document, source: str) -> list[str]:
    """Everything the two readings disagree on beyond what the markup adds."""
    marked = markup_lines(source)
    left, right = compared(as_text, marked), compared(as_markdown, marked)
    found = [f"line {n}: only read as text" for n in sorted(set(left) - set(right))]
    found += [f"line {n}: only read as Markdown" for n in sorted(set(right) - set(left))]
    found += [
        f"line {n}: {left[n]} != {right[n]}"
        for n in sorted(set(left) & set(right))
        if not left[n].agrees(right[n])
    ]
    return found
