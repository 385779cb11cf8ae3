"""The pipeline, one direction: read -> lines -> blocks -> decide -> resolve -> diagnose."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .bilingual import split_streams
from .blocks import Block, to_blocks
from .debris import clean
from .decide import decide
from .languages import ALL, Vocabulary
from .lines import CHROME, Line, scan
from .lint.rules import FILE_RULES, diagnose, diagnose_file
from .locate import MappedText, mapped_text, to_origin
from .markup import FORMATS, detect_format, front_matter, strip_markup
from .models import Document, Removed
from .profiles import choose
from .read import SourceText, decode, read_path, shown_path
from .resolve import resolve, span_of
from .titles import settle_title

__all__ = [
    "INPUT_FORMATS",
    "numbered_lines",
    "parse",
    "parse_file",
    "parse_source",
    "parse_source_text",
]

INPUT_FORMATS = ("auto", *FORMATS, "akn")


def parse(
    text: str | bytes,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
) -> Document:
    """Parse text (or raw bytes, decoded as :func:`parse_file` does) into a ``Document``.

    ``input_format`` is ``text``, ``markdown``, ``html``, ``akn`` or ``auto`` (by content);
    ``profile`` is a profile name, a TOML file's path, or ``auto`` (by language); ``encoding``
    names the bytes' encoding (detected when None).
    """
    return parse_source(decode(text, encoding), input_format=input_format, profile=profile)


def parse_file(
    path: str | Path,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
) -> Document:
    """Read a file (encoding named, or detected: see :mod:`actionplan_parse.read`) and parse it.

    Raises :class:`actionplan_parse.read.ReadError` when the path cannot be read or decoded,
    and :class:`actionplan_parse.profiles.ProfileError` for an unknown profile.
    """
    return parse_source(read_path(path, encoding), shown_path(path), input_format, profile)


def parse_source(
    source: SourceText,
    path: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
) -> Document:
    """Parse already-decoded source text."""
    return parse_source_text(source, path, input_format, profile)[0]


def parse_source_text(
    source: SourceText,
    path: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
) -> tuple[Document, SourceText]:
    """Parse already-decoded source text; also return the text the spans' line numbers refer to.

    That is ``source`` itself, except for markup whose text had to be numbered after the
    markup was stripped (several plain lines on one source line, see :func:`_lines`).
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input format must be one of {', '.join(INPUT_FORMATS)}")
    if _is_akn(source.text, input_format):
        from .read_akn import read_akn  # the XML reader and AKN writer: only for AKN input

        return read_akn(source, path), source
    fmt = detect_format(source.text) if input_format == "auto" else input_format
    chosen = choose(profile, source.text)
    with _gc_paused():
        plain, spans_source, meta_title, skip = numbered_lines(source, fmt, chosen.vocabulary)
        cleaned = clean(plain, skip)
        lines = cleaned.lines
        language, own, others = split_streams(to_blocks(lines))
        parallels = [(other, decide(blocks)) for other, blocks in others]
        outline = decide(own)
        stated = settle_title(outline, meta_title)
        document = resolve(outline, spans_source, path, fmt, stated, language, parallels)
        document.removed = [
            Removed(
                reason=run.reason,
                raw="\n".join(line.raw for line in run.lines),
                span=span_of(spans_source, run.first, run.last),
            )
            for run in cleaned.removed
        ]
        document.source.profile = chosen.name
        document.diagnostics = diagnose(document, lines, spans_source)
    if isinstance(spans_source, MappedText) and spans_source.origin is not None:
        return _placed(document, spans_source, spans_source.origin), spans_source.origin
    return document, spans_source


def main_blocks(
    source: SourceText, input_format: str = "auto", profile: str = "auto"
) -> list[Block]:
    """The paragraphs of the main language, as the decide stage receives them."""
    fmt = detect_format(source.text) if input_format == "auto" else input_format
    chosen = choose(profile, source.text)
    plain, _, _, skip = numbered_lines(source, fmt, chosen.vocabulary)
    return split_streams(to_blocks(clean(plain, skip).lines))[1]


def _placed(document: Document, mapped: MappedText, origin: SourceText) -> Document:
    """An HTML document's spans and findings placed in the HTML file, with the findings
    about the file itself (line endings) that the stripped text cannot show, and those
    whose messages name lines (removed text) told in the file's lines."""
    placed = to_origin(document, mapped)
    again = {rule.code for rule in FILE_RULES}
    kept = [d for d in placed.diagnostics if d.code not in again]
    found = kept + diagnose_file(placed, origin)
    placed.diagnostics = sorted(found, key=lambda d: (d.span.start_line if d.span else 0, d.code))
    return placed


def numbered_lines(
    source: SourceText, fmt: str, vocabulary: Vocabulary = ALL
) -> tuple[list[Line], SourceText, str | None, int]:
    """Classified lines before clean-up, numbered as the document's spans are; the text
    those numbers refer to; a front-matter title; and how many front-matter lines lead.

    Markup is stripped first; each plain line then carries the number of the source
    line it came from (``end``: the last one it covers) and its emphasis. Where several
    plain lines come from one source line (Markdown with HTML on a single line), numbers
    and spans refer to the stripped text instead. HTML is always numbered by its stripped
    text, returned as a :class:`~actionplan_parse.locate.MappedText` that knows where each
    character came from (:func:`~actionplan_parse.locate.to_origin` places spans back).
    """
    if fmt == "text":
        skip, title = front_matter(source.text)
        return scan(source.text, vocabulary), source, title, skip
    stripped = strip_markup(source.text, fmt, keep_lines=True)
    plain = scan(stripped.text, vocabulary)
    numbers = [stripped.line_map[line.number - 1] for line in plain]
    ends: list[int | None] = [stripped.line_end[line.number - 1] for line in plain]
    content = [
        (n, end or n)
        for n, end, line in zip(numbers, ends, plain, strict=True)
        if line.kind != "blank"
    ]
    spans_source = source
    if stripped.anchors:  # HTML: numbered by its stripped text, placed back by to_origin
        spans_source = mapped_text(source, stripped)
        numbers = [line.number for line in plain]
        ends = [None] * len(plain)
    # a line starting on (or before) the source line where the previous one ends
    elif any(b <= a_end for (_, a_end), (b, _) in zip(content, content[1:], strict=False)):
        spans_source = replace(decode(stripped.text), encoding=source.encoding, bom=source.bom)
        numbers = [line.number for line in plain]
        ends = [None] * len(plain)
    lines = [
        _with_markup(line.renumbered(n, end, stripped.emphasis.get(line.number)))
        for n, end, line in zip(numbers, ends, plain, strict=True)
    ]
    lines = [_residue(line) if i < stripped.residue else line for i, line in enumerate(lines)]
    if stripped.chrome:
        lines = [
            _chrome(line) if i + 1 in stripped.chrome else line for i, line in enumerate(lines)
        ]
    return lines, spans_source, stripped.title, 0


def _is_akn(text: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "akn"
    if "<akomaNtoso" not in text[:4096]:  # what looks_like_akn looks for, without importing it
        return False
    from .read_akn import looks_like_akn

    return looks_like_akn(text)


def _residue(line: Line) -> Line:
    """Text before an HTML document's first tag: a garbled fragment (AP001), never a node."""
    if line.kind == "blank":
        return line
    return replace(line, kind="garbled", label=None, readings=(), content=line.raw.strip())


def _chrome(line: Line) -> Line:
    """A line of an HTML page's chrome (navigation, footer): the clean-up sets it aside."""
    return replace(line, marks=(*line.marks, CHROME))


_HEADING_TIERS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _with_markup(line: Line) -> Line:
    """A label in a heading (`## 1.`, `<h3>2.2</h3>`) gets the heading's tier."""
    if line.emphasis not in _HEADING_TIERS or not line.readings:
        return line
    readings = tuple(r._replace(tier=line.emphasis) for r in line.readings)
    return replace(line, readings=readings)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while parsing.

    Parsing allocates many small, acyclic objects; the generational collector would
    rescan them again and again, making the cost per byte grow with the input size
    (measured: 2 MB parsed 25% slower per byte than 17 kB). Reference counting still
    frees everything; the collector is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
