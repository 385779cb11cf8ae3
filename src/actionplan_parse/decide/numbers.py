"""Numbers nobody wrote: inferred containers from their neighbours, unnumbered
headings by position. Decided here so that later stages only build models."""

from __future__ import annotations

from .tree import Draft

__all__ = ["number_containers"]


def number_containers(parent: Draft) -> None:
    """Number inferred containers from their neighbours (between 2 and 4 is 3), and
    unnumbered headings by their position (one more than the sibling before)."""
    siblings = parent.children
    for i, node in enumerate(siblings):
        if node.heading_style is not None and node.number is None:
            before = siblings[i - 1].number if i > 0 else 0
            node.number = (before or 0) + 1
            node.reasons.append("position-number")
        elif node.block is None and node.number is None:
            before = siblings[i - 1].number if i > 0 else None
            after = next((s.number for s in siblings[i + 1 :] if s.number is not None), None)
            after_is_next = i + 1 < len(siblings) and siblings[i + 1].number == after
            node.number = _between(before, after if after_is_next else None, i == 0)
            node.reasons.append("neighbour-number" if node.number else "number-unknown")
        number_containers(node)


def _between(before: int | None, after: int | None, first: bool) -> int | None:
    if before is not None and (after is None or after - before == 2):
        return before + 1
    if before is None and after == 2 and first:
        return 1
    return None
