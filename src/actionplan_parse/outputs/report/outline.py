"""The collapsible outline: one `<li class="node" data-id="...">` per node.

Each row holds a toggle button (when the node has children; Enter and Space work as
on any button) and a button that shows the node's source lines.
"""

from __future__ import annotations

from html import escape
from itertools import count
from typing import Any

from ...models import Document, Node

__all__ = ["badges", "outline"]

_SNIPPET = 90
_LOW_CONFIDENCE = 0.5


def outline(document: Document, key: str) -> str:
    """The outline pane of one document (`key` prefixes the element ids)."""
    numbers = count()
    items = "".join(_node(node, key, numbers) for node in document.children)
    tree = f'<ul class="tree">{items}</ul>' if items else "<p>No nodes were found.</p>"
    return (
        f'<section class="pane outline" id="{key}-outline" aria-labelledby="{key}-outline-h">'
        f'<div class="pane-head"><h3 id="{key}-outline-h">Outline</h3><span class="tools">'
        '<button type="button" data-expand="true">Expand all</button> '
        '<button type="button" data-expand="false">Collapse all</button></span></div>'
        f"{tree}</section>"
    )


def _node(node: Node, key: str, numbers: count[int]) -> str:
    group = f"{key}-g{next(numbers)}"
    children = "".join(_node(child, key, numbers) for child in node.children)
    if children:
        toggle = (
            f'<button type="button" class="toggle" aria-expanded="true" aria-controls="{group}"'
            f' aria-label="Children of {escape(node.id)}"></button>'
        )
        nested = f'<ul id="{group}">{children}</ul>'
    else:
        toggle, nested = '<span class="spacer"></span>', ""
    return (
        f'<li class="node" data-id="{escape(node.id)}" data-kind="{escape(node.kind)}"'
        f' data-start="{node.span.start_line}" data-end="{node.span.end_line}">'
        f'<div class="row">{toggle}<button type="button" class="show"'
        f' aria-controls="{key}-source">{_row_text(node)}</button></div>{nested}</li>'
    )


def _row_text(node: Node) -> str:
    label = f'<span class="label">{escape(node.label.raw)}</span>' if node.label else ""
    return (
        f'<span class="nid">{escape(node.id)}</span>{label}'
        f'<span class="kind">{escape(node.kind)}</span>'
        f'<span class="title">{escape(_snippet(node))}</span>{badges(node)}'
    )


def _snippet(node: Node) -> str:
    text = node.heading or " ".join(node.text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1].rstrip() + "\u2026"


def badges(node: Any) -> str:
    """Inferred and confidence badges; `confidence` is read only if the model has it."""
    parts = []
    if node.inferred:
        reasons = ", ".join(node.reasons) or "inferred"
        parts.append(f'<span class="badge inferred" title="{escape(reasons)}">inferred</span>')
    confidence = getattr(node, "confidence", None)
    if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
        low = " low" if confidence < _LOW_CONFIDENCE else ""
        parts.append(
            f'<span class="badge confidence{low}" data-confidence="{confidence:.2f}">'
            f"confidence {confidence:.2f}</span>"
        )
    return "".join(parts)
