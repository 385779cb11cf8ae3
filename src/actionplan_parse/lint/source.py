"""Reading one input for `check`: bytes from a file or stdin, refused when binary."""

from __future__ import annotations

import codecs
import sys

from ..read import HEAD_BYTES, ReadError, SourceText, decode, read_bytes, read_stream
from .discover import STDIN

__all__ = ["ReadError", "read_input"]

_TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_input(path: str) -> SourceText:
    """Decode the file at ``path`` (or stdin for `-`); raise :class:`ReadError` if unusable.

    A binary file is refused on its first bytes, never read to the end (`/dev/zero`).
    """
    if path == STDIN:
        return decode(read_stream(sys.stdin.buffer, "<stdin>", _binary))
    return decode(read_bytes(path, _binary))


def _binary(head: bytes) -> str | None:
    """NUL bytes near the start (git's heuristic), unless a UTF-16/32 BOM explains them."""
    if head.startswith(_TEXT_BOMS) or b"\x00" not in head[:HEAD_BYTES]:
        return None
    return "binary file (NUL bytes), not a text document"
