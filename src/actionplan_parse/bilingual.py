"""Assemble stage: bilingual interleaved copies become one tree per language.

A copy that gives each item in one language and then its rendering in another,
each numbered in its own scheme (`一、` … then `I.` …), assembles as items that each
hold exactly one child in the other language with the same number. When most
top-level items look like that, the children are lifted out into a second tree
whose nodes keep the ids of the items they translate: aligned node to node.
Preamble paragraphs are shared out by language the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .assemble import Draft, Outline
from .blocks import Block
from .language import language_of

__all__ = ["Parallel", "split_languages"]

_MIN_PAIRS = 2
_SHARE = 0.8


@dataclass
class Parallel:
    """One language's tree, aligned with the primary tree by node id."""

    language: str
    root: Draft
    preamble: list[Block] = field(default_factory=list)


def split_languages(outline: Outline) -> tuple[str | None, list[Parallel]]:
    """Detect an interleaved bilingual copy; move the second language out of the tree.

    Returns the primary language (None when the document is not bilingual) and the
    parallel trees. The outline is changed in place.
    """
    items = outline.root.children
    pairs = [(item, _translation(item)) for item in items]
    paired = [(item, child) for item, child in pairs if child is not None]
    if len(paired) < _MIN_PAIRS or len(paired) < _SHARE * len(items):
        return None, []
    primary = language_of(" ".join(item.block.content for item, _ in paired if item.block))
    second = language_of(" ".join(child.block.content for _, child in paired if child.block))
    parallel = Parallel(second, Draft(level=0))
    for item, child in paired:
        item.children.remove(child)
        _lift(child, item.number)
        parallel.root.children.append(child)
    outline.preamble, parallel.preamble = _share_out(outline.preamble, primary, second)
    return primary, [parallel]


def _translation(item: Draft) -> Draft | None:
    """The item's only child, if it is the same number in another language."""
    if item.block is None or item.reading is None or len(item.children) != 1:
        return None
    child = item.children[0]
    if child.block is None or child.reading is None or child.number != item.number:
        return None
    if child.reading.form == item.reading.form:  # each language numbers in its own scheme
        return None
    languages = {language_of(item.block.content), language_of(child.block.content)}
    return child if len(languages) == 2 and "und" not in languages else None


def _lift(node: Draft, number: int | None) -> None:
    """Move a subtree one level up, keeping the number of the item it translates."""
    node.number = number
    for draft in _walk(node):
        draft.level -= 1


def _walk(node: Draft):
    yield node
    for child in node.children:
        yield from _walk(child)


def _share_out(preamble: list[Block], primary: str, second: str) -> tuple[list[Block], list[Block]]:
    mine = [b for b in preamble if language_of(b.content) != second]
    theirs = [b for b in preamble if language_of(b.content) == second and second != primary]
    return mine, theirs
