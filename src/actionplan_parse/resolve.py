"""Resolve stage: turn the decide stage's drafts into the validated ``Document``.

The structure and every number were decided before (``decide/``); here the drafts
become models: headings told apart from body text, kinds and ids, and spans
measured against the source.
"""

from __future__ import annotations

from .blocks import Block
from .decide import Draft, Outline
from .decide.transitions import LEAD_IN
from .headings import is_heading_content
from .models import Document, Fragment, Label, Node, Span, Translation
from .read import SourceText
from .tidy import tidy

__all__ = ["resolve", "span_of"]

_PART_DEPTH = 3  # a top-level container is a `part` when sections and items lie below it


def resolve(
    outline: Outline,
    source: SourceText,
    path: str | None = None,
    input_format: str = "text",
    fallback_title: str | None = None,
    language: str | None = None,
    parallels: list[tuple[str, Outline]] | None = None,
) -> Document:
    """Build the ``Document`` (diagnostics are added by the caller).

    ``parallels`` are the other languages of a bilingual copy, assembled on their own.
    """
    depth = _depth(outline.root)
    children = _nodes(outline.root, "", depth, source)
    translations = []
    for other, parallel in parallels or []:
        translations.append(
            Translation(
                language=other,
                title=tidy(parallel.title.content) if parallel.title else None,
                title_span=_block_span(source, parallel.title),
                preamble=[tidy(b.content) for b in parallel.preamble],
                preamble_spans=[span_of(source, b.first, b.last) for b in parallel.preamble],
                children=_nodes(parallel.root, "", _depth(parallel.root), source),
            )
        )
    return Document(
        language=language,
        translations=translations,
        title=tidy(outline.title.content) if outline.title else fallback_title,
        title_span=_block_span(source, outline.title),
        preamble=[tidy(b.content) for b in outline.preamble],
        preamble_spans=[span_of(source, b.first, b.last) for b in outline.preamble],
        children=children,
        fragments=[
            Fragment(raw=b.raw, span=span_of(source, b.first, b.last)) for b in outline.garbled
        ],
        source=source.describe(path, input_format),
    )


def span_of(source: SourceText, first: int, last: int) -> Span:
    """The span of source lines `first`..`last` (1-based, inclusive)."""
    return Span(
        start_line=first,
        end_line=last,
        start_offset=source.line_starts[first - 1],
        end_offset=source.line_starts[last - 1] + source.line_lengths[last - 1],
    )


def _block_span(source: SourceText, block: Block | None) -> Span | None:
    return span_of(source, block.first, block.last) if block is not None else None


def _depth(node: Draft) -> int:
    return max((_depth(c) for c in node.children), default=node.level)


def _nodes(
    parent: Draft, prefix: str, depth: int, source: SourceText, parent_kind: str | None = None
) -> list[Node]:
    nodes: list[Node] = []
    used: set[str] = set()
    last_suffix: dict[str, int] = {}  # base id -> its last `#n`: no rescan from #2
    for draft in parent.children:
        if _number_marked_unknown(draft):
            draft.number = None
            draft.reasons = [r for r in draft.reasons if r != "position-number"]
        segment = "?" if draft.number is None else str(draft.number)
        base = f"{prefix}{segment}"
        n = last_suffix.get(base, 0) + 1
        node_id = base if n == 1 else f"{base}#{n}"
        while node_id in used:
            n += 1
            node_id = f"{base}#{n}"
        last_suffix[base] = n
        used.add(node_id)
        nodes.append(_node(draft, node_id, depth, source, parent_kind))
    return nodes


def _node(
    draft: Draft, node_id: str, depth: int, source: SourceText, parent_kind: str | None
) -> Node:
    heading, text = _heading_and_text(draft)
    kind = _kind(draft, heading, depth, parent_kind)
    children = _nodes(draft, node_id + ".", depth, source, kind)
    reading = draft.reading
    label = None
    if reading is not None and draft.block is not None and draft.block.label is not None:
        label = Label(
            raw=draft.block.label,
            style=reading.style,
            value=reading.value,
            enclosure=reading.enclosure,
        )
    own: list[Block] = ([draft.block] if draft.block else []) + draft.body
    return Node(
        id=node_id,
        kind=kind,
        level=draft.level,
        label=label,
        number=draft.number,
        inferred=draft.inferred or _marked_inferred(draft),
        reasons=list(draft.reasons) or (["marked-inferred"] if _marked_inferred(draft) else []),
        heading=heading,
        text=text,
        raw="\n".join(b.raw for b in own),
        span=span_of(source, draft.first_line, draft.last_line),
        confidence=draft.confidence,
        runner_up=draft.runner_up,
        children=children,
    )


def _marked_inferred(draft: Draft) -> bool:
    """Normalized text marks what was inferred with `[inferred]` (see ``lines.py``)."""
    return draft.block is not None and "inferred" in draft.block.lines[0].marks


def _marked_heading_lost(draft: Draft) -> bool:
    """`3. [heading lost]` (normalized text): a container whose heading was lost, as the
    node it was written from, not an item."""
    return draft.block is not None and "heading-lost" in draft.block.lines[0].marks


def _number_marked_unknown(draft: Draft) -> bool:
    """`3.?` `?.` `(?)` `Part ?` (normalized text): a number unknown, not a position."""
    reading = draft.reading
    return (
        draft.block is not None
        and reading is not None
        and reading.value is None
        and reading.style != "bullet"
    )


def _heading_and_text(draft: Draft) -> tuple[str | None, str]:
    body = [tidy(b.content) for b in draft.body]
    content = tidy(draft.block.content) if draft.block else ""
    styled = draft.heading_style not in (None, LEAD_IN)  # a lead-in is a heading if short
    if content and (styled or (draft.children or body) and is_heading_content(content)):
        return content, "\n\n".join(body)
    return None, "\n\n".join(p for p in [content, *body] if p)


def _kind(draft: Draft, heading: str | None, depth: int, parent_kind: str | None) -> str:
    """What the node is: a titled container (`part` at the top of a deep document,
    else `section`), a numbered paragraph (`item`, or `subitem` inside one), or what its
    label says (`part`, `article`, `bullet`) or its styling (`heading`)."""
    if draft.heading_style is not None:
        return "heading"
    if draft.reading is not None and draft.reading.style in ("part", "article", "bullet"):
        return draft.reading.style
    if heading is not None or draft.block is None or _marked_heading_lost(draft):
        return "part" if draft.level == 1 and depth >= _PART_DEPTH else "section"
    return "subitem" if parent_kind in ("item", "subitem") else "item"
