"""Locate: carry spans and findings from stripped HTML text back to the HTML file.

The pipeline numbers HTML by the lines of its stripped text (several plain lines can come
from one source line). :class:`MappedText` is that stripped text together with where each
of its characters is in the original (``Stripped.anchors``); :func:`to_origin` rewrites
every span of a parsed ``Document`` and every finding's line and column into the original
file's lines, columns and offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from .markup import Anchors, Stripped, offset_at
from .models import Diagnostic, Document, Span
from .read import SourceText, decode

__all__ = ["MappedText", "mapped_text", "to_origin"]


@dataclass(frozen=True)
class MappedText(SourceText):
    """Stripped markup text (what line numbers count) that knows where it came from."""

    origin: SourceText | None = None
    anchors: tuple[Anchors | None, ...] = ()
    line_map: tuple[int, ...] = ()
    _origin_starts: tuple[int, ...] = field(default=(), repr=False)

    def place(self, offset: int) -> tuple[int, int]:
        """Stripped-text offset -> (1-based line, 0-based column) in the original."""
        origin = self.origin
        assert origin is not None
        index = max(0, bisect_right(self.line_starts, offset) - 1)
        column = offset - self.line_starts[index] if self.line_starts else 0
        at = self.anchors[index] if index < len(self.anchors) else None
        if at:
            normal = offset_at(at, column)
        else:  # a blank separator: the start of the source line it maps to
            line = self.line_map[index] if index < len(self.line_map) else 1
            normal = self._origin_starts[min(line, len(self._origin_starts)) - 1]
        normal = min(max(0, normal), len(origin.text))
        line = max(1, bisect_right(self._origin_starts, normal))
        return line, normal - self._origin_starts[line - 1]

    def offset(self, line: int, column: int) -> int:
        """Offset in the original decoded text of (line, 0-based column)."""
        origin = self.origin
        assert origin is not None
        if not origin.line_starts:
            return 0
        return origin.line_starts[line - 1] + min(column, origin.line_lengths[line - 1])


def mapped_text(source: SourceText, stripped: Stripped) -> MappedText:
    """The stripped text of ``source`` as a :class:`MappedText`."""
    plain = decode(stripped.text)
    starts = [0]
    position = source.text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = source.text.find("\n", position + 1)
    return replace(
        _as_mapped(plain),
        encoding=source.encoding,
        bom=source.bom,
        fallback=source.fallback,
        confidence=source.confidence,
        origin=source,
        anchors=stripped.anchors,
        line_map=stripped.line_map,
        _origin_starts=tuple(starts),
    )


def _as_mapped(plain: SourceText) -> MappedText:
    return MappedText(**{name: getattr(plain, name) for name in SourceText.__dataclass_fields__})


def to_origin(document: Document, mapped: MappedText) -> Document:
    """``document`` with every span and finding placed in the original file."""
    return _map(document, mapped)  # type: ignore[no-any-return]


def _map(value: Any, mapped: MappedText) -> Any:
    if isinstance(value, Span):
        return _span(value, mapped)
    if isinstance(value, Diagnostic):
        return _diagnostic(value, mapped)
    if isinstance(value, BaseModel):
        changes = {}
        for name in type(value).model_fields:
            item = getattr(value, name)
            if isinstance(item, BaseModel | list):
                changes[name] = _map(item, mapped)
        return value.model_copy(update=changes) if changes else value
    if isinstance(value, list):
        return [_map(item, mapped) for item in value]
    return value


def _span(span: Span, mapped: MappedText, start: int | None = None) -> Span:
    first = mapped.place(span.start_offset if start is None else start)
    last = mapped.place(max(span.start_offset, span.end_offset - 1))
    if span.end_offset > span.start_offset:
        last = (last[0], last[1] + 1)
    if last < first:
        last = first
    return Span(
        start_line=first[0],
        end_line=last[0],
        start_offset=mapped.offset(*first),
        end_offset=mapped.offset(*last),
    )


def _diagnostic(diagnostic: Diagnostic, mapped: MappedText) -> Diagnostic:
    if diagnostic.span is None:
        return diagnostic
    line = diagnostic.span.start_line
    at = mapped.line_starts[line - 1] + diagnostic.column - 1 if mapped.line_starts else 0
    span = _span(diagnostic.span, mapped, min(at, max(diagnostic.span.end_offset - 1, 0)))
    column = span.start_offset - mapped.offset(span.start_line, 0) + 1
    return diagnostic.model_copy(update={"span": span, "column": column})
