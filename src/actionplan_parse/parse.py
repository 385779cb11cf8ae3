"""The pipeline, one direction: read -> lines -> blocks -> assemble -> resolve -> diagnose."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .assemble import assemble
from .blocks import to_blocks
from .debris import clean
from .lines import scan
from .models import Document
from .read import SourceText, decode, read_path
from .resolve import resolve
from .rules import diagnose

__all__ = ["parse", "parse_file", "parse_source"]


def parse(text: str | bytes) -> Document:
    """Parse text (or raw bytes, decoded as :func:`parse_file` does) into a ``Document``."""
    return parse_source(decode(text))


def parse_file(path: str | Path) -> Document:
    """Read a file (UTF-8, UTF-8/16 with BOM, or cp1252 as a reported fallback) and parse it.

    Raises :class:`actionplan_parse.read.ReadError` when the path cannot be read.
    """
    return parse_source(read_path(path), str(path))


def parse_source(source: SourceText, path: str | None = None) -> Document:
    """Parse already-decoded source text."""
    with _gc_paused():
        cleaned = clean(scan(source.text))
        lines = cleaned.lines
        outline = assemble(to_blocks(lines))
        document = resolve(outline, source, path)
        document.diagnostics = diagnose(document, lines, source)
    return document


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
