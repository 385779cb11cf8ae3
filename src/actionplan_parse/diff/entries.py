"""Flatten a document into :class:`Entry` rows in document order."""

from __future__ import annotations

from ..models import Document, Node
from .model import Entry

__all__ = ["entries", "node_text"]


def node_text(node: Node) -> str:
    """What a node says: its heading and its text, joined."""
    return " ".join(part for part in (node.heading, node.text) if part)


def entries(document: Document) -> list[Entry]:
    found: list[Entry] = []

    def visit(node: Node, parent: str | None) -> None:
        own = node.id.rsplit(".", 1)[-1]
        found.append(Entry(len(found), node.id, parent, own, node_text(node)))
        for child in node.children:
            visit(child, node.id)

    for root in document.children:
        visit(root, None)
    return found
