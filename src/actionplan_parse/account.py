"""Account for every line: the "nothing lost" invariant, checked on a parsed document.

Every non-blank line of the input must end up somewhere a reader of the ``Document``
can see it. :func:`account_lines` names, for each non-blank line, its owner:

* ``node:<id>`` — inside the span of a node whose ``raw`` holds the line exactly
  (label, heading, text or body), in the main tree or a translation
  (``node:<language>:<id>``);
* ``title`` / ``preamble`` — inside ``title_span`` or one of ``preamble_spans``
  (of the document or a translation);
* ``fragment`` — inside a garbled run (``Document.fragments``);
* ``removed:<reason>`` — inside a ``Document.removed`` record (AP007 reports it);
* ``markup`` — Markdown/HTML only: a source line from which the reader produced no
  text at all (`<div>`, `---`, `**`, a fence, a comment, front matter).

A line with no owner is lost (:func:`lost_lines`). Line numbers are those of the
document's spans: source lines (HTML: the lines each character of a plain line came
from), except for Markdown whose plain lines cannot be mapped back one to one (HTML on
one line inside it), where they count the stripped text's lines.
Owners are tried in the order above; a node owns a line only if its ``raw`` has it,
so a line dropped inside a node's span is still found lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from .locate import MappedText
from .models import Document, Node, Span, Translation
from .parse import numbered_lines
from .read import decode

__all__ = ["account_lines", "lost_lines"]


def account_lines(document: Document, text: str | bytes) -> dict[int, str | None]:
    """Every non-blank line of ``text`` (the input ``document`` was parsed from) -> owner.

    The owner is None for a lost line.
    """
    source = decode(text)
    lines, spans_source, _, _ = numbered_lines(source, document.source.format)
    units = [(line.number, line.end or line.number, line.raw) for line in lines if line.raw.strip()]
    if isinstance(spans_source, MappedText):  # HTML: the document's spans are the file's
        units = [(*_origin_lines(spans_source, first), raw) for first, _, raw in units]
        spans_source = source
    owners: dict[int, str | None] = {}
    if spans_source is source and document.source.format != "text":
        covered = {n for first, last, _ in units for n in range(first, last + 1)}
        for number, raw in enumerate(source.text.split("\n"), start=1):
            if raw.strip() and number not in covered:
                owners[number] = "markup"
    set_aside = _span_owners(
        [(f"removed:{r.reason}", r.span) for r in document.removed]
        + [("fragment", f.span) for f in document.fragments]
    )
    outside = _span_owners(_title_and_preamble(document))
    by_line = _node_lines(document)
    for first, last, raw in units:
        owner = set_aside.get(first) or _node_owner(by_line.get(first, []), raw)
        owner = owner or outside.get(first)
        for number in range(first, last + 1):
            if number not in owners or owners[number] is not None:  # one lost part: lost
                owners[number] = owner
    return dict(sorted(owners.items()))


def _origin_lines(mapped: MappedText, number: int) -> tuple[int, int]:
    """First and last line of the original that stripped line ``number`` comes from."""
    start = mapped.line_starts[number - 1]
    first = mapped.place(start)[0]
    last = mapped.place(start + max(0, mapped.line_lengths[number - 1] - 1))[0]
    return first, max(first, last)


def lost_lines(document: Document, text: str | bytes) -> list[int]:
    """The non-blank lines of ``text`` that ``document`` does not account for."""
    return [n for n, owner in account_lines(document, text).items() if owner is None]


def _title_and_preamble(document: Document) -> list[tuple[str, Span]]:
    holders: list[Document | Translation] = [document, *document.translations]
    named = [("title", h.title_span) for h in holders if h.title_span is not None]
    return named + [("preamble", span) for h in holders for span in h.preamble_spans]


def _span_owners(named: list[tuple[str, Span]]) -> dict[int, str]:
    """Line -> the first name whose span holds it."""
    owners: dict[int, str] = {}
    for name, span in named:
        for number in range(span.start_line, span.end_line + 1):
            owners.setdefault(number, name)
    return owners


def _node_owner(holders: list[tuple[str, set[str]]], raw: str) -> str | None:
    return next((name for name, own in holders if raw in own), None)


def _node_lines(document: Document) -> dict[int, list[tuple[str, set[str]]]]:
    """Line -> the nodes whose span holds it (owner name, the node's own raw lines)."""
    by_line: dict[int, list[tuple[str, set[str]]]] = {}
    for name, node in _named_nodes(document):
        own = set(node.raw.split("\n")) if node.raw else set()
        if not own:
            continue
        for number in range(node.span.start_line, node.span.end_line + 1):
            by_line.setdefault(number, []).append((name, own))
    return by_line


def _named_nodes(document: Document) -> Iterator[tuple[str, Node]]:
    for node in document.walk():
        yield f"node:{node.id}", node
    for translation in document.translations:
        for node in translation.walk():
            yield f"node:{translation.language}:{node.id}", node


def _inside(span: Span, number: int) -> bool:
    return span.start_line <= number <= span.end_line
