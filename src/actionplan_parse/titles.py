"""Title: which line is the document's title, by the strength of its evidence.

1. A top-level heading the markup states (`# Title`, setext `===`, `<h1>`) before the
   first numbered item, when it is the document's only one;
2. the title the file states as metadata (front matter `title:`, HTML `<title>`);
3. the first short unclosed line (the assembler's guess, ``Outline.title``).

A line that loses to stronger evidence is not dropped: it joins the preamble. Several
`h1` headings are sections, none of them the title.
"""

from __future__ import annotations

from .blocks import Block
from .decide import Draft, Outline

__all__ = ["settle_title"]

_TOP = "h1"


def settle_title(outline: Outline, stated: str | None) -> str | None:
    """Set ``outline.title`` to the best-evidenced block; return the stated title to use
    when no block is the title (``stated`` or None)."""
    if _is_top(outline.title):
        if any(d.heading_style == _TOP for d in outline.root.children):
            _sink_title(outline)  # `# Trade` … `# Energy`: sections, not a title
        return stated
    guess = outline.title
    if (heading := _top_heading(outline)) is not None:
        outline.title = heading
    elif stated:
        outline.title = None
    else:
        return None
    if guess is not None:
        outline.preamble.insert(0, guess)
    return stated


def _is_top(block: Block | None) -> bool:
    return block is not None and block.lines[0].emphasis == _TOP


def _top_heading(outline: Outline) -> Block | None:
    """The single `h1` block before the first numbered item, taken out of where the
    assembler put it (the preamble, or a heading node holding the whole tree)."""
    tops = [b for b in outline.preamble if _is_top(b)]
    nodes = [d for d in outline.root.children if d.heading_style == _TOP]
    if len(tops) + len(nodes) != 1:
        return None
    if tops:
        outline.preamble.remove(tops[0])
        return tops[0]
    node = nodes[0]
    if outline.root.children[0] is not node or node.block is None:
        return None
    outline.root.children[:1] = node.children
    outline.preamble.extend(node.body)
    for child in node.children:
        _shift(child, -1)
    return node.block


def _sink_title(outline: Outline) -> None:
    """The first of several `h1` headings is a section like the others: it holds the nodes
    placed before the next one."""
    assert outline.title is not None
    children = outline.root.children
    first = next(i for i, d in enumerate(children) if d.heading_style == _TOP)
    section = Draft(level=1, block=outline.title, heading_style=_TOP, children=children[:first])
    for child in section.children:
        _shift(child, 1)
    outline.root.children[:first] = [section]
    outline.title = None


def _shift(draft: Draft, by: int) -> None:
    draft.level += by
    for child in draft.children:
        _shift(child, by)
