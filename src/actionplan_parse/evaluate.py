"""Score a parsed tree against a gold tree (``corpus/ANNOTATION.md`` format).

A node is ``(line, parent line, number)``: the line where its label or heading
stands, the line of its nearest enclosing written node (null at the top) and its
number. Inferred containers have no line of their own: their children count under
the container's own parent. This is independent of id conventions, so any parser's
output can be scored the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .decide.tree import Draft
from .models import Document, Node

__all__ = ["Score", "Triple", "draft_triples", "score", "triples"]


@dataclass(frozen=True)
class Triple:
    line: int
    parent: int | None
    number: int | None


@dataclass(frozen=True)
class Score:
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def triples(document: Document) -> list[Triple]:
    """The written nodes of the main tree as (line, parent line, number)."""
    out: list[Triple] = []
    _collect(document.children, None, out)
    return out


def _collect(nodes: Iterable[Node], parent: int | None, out: list[Triple]) -> None:
    for node in nodes:
        if _is_container(node):
            _collect(node.children, parent, out)
            continue
        line = node.span.start_line
        out.append(Triple(line, parent, node.number))
        _collect(node.children, line, out)


def _is_container(node: Node) -> bool:
    return node.label is None and "numbering-restart" in node.reasons


def score(predicted: list[Triple], gold: dict[str, Any]) -> Score:
    """Match predicted nodes to a gold tree (a parsed ``*.gold.json``).

    A gold node matches a predicted node on the same line whose parent is the gold
    parent (or one of its ``parent_alt``) and whose number equals the gold number
    (any number when the gold number is null). Predicted nodes on ``optional_lines``
    that match nothing are not counted against precision.
    """
    by_line = {t.line: t for t in predicted}
    matched = 0
    gold_lines = set()
    for node in gold["nodes"]:
        gold_lines.add(node["line"])
        found = by_line.get(node["line"])
        if found is not None and _agrees(found, node):
            matched += 1
    optional = set(gold.get("optional_lines", [])) - gold_lines
    counted = sum(1 for t in predicted if t.line not in optional)
    return Score(matched, counted, len(gold["nodes"]))


def _agrees(found: Triple, node: dict[str, Any]) -> bool:
    parents = {node.get("parent"), *node.get("parent_alt", [])}
    number = node.get("number")
    return found.parent in parents and (number is None or found.number == number)


def draft_triples(root: Draft) -> list[Triple]:
    """The same triples straight from the decide stage's drafts (no models built)."""
    out: list[Triple] = []
    _collect_drafts(root.children, None, out)
    return out


def _collect_drafts(drafts: list[Draft], parent: int | None, out: list[Triple]) -> None:
    for draft in drafts:
        if draft.block is None:
            _collect_drafts(draft.children, parent, out)
            continue
        line = draft.first_line
        number = None if _unknown(draft) else draft.number
        out.append(Triple(line, parent, number))
        _collect_drafts(draft.children, line, out)


def _unknown(draft: Draft) -> bool:
    """`3.?` in normalized text: resolve makes the number null (see resolve.py)."""
    reading = draft.reading
    return reading is not None and reading.value is None and reading.style != "bullet"
