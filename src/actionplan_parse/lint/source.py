"""Reading one input for `check`: bytes from a file or stdin, refused when binary."""

from __future__ import annotations

import codecs
import sys

from ..read import ReadError, SourceText, decode, read_bytes
from .discover import STDIN

__all__ = ["ReadError", "decode_input", "read_input"]

_SNIFF = 8192
_TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_input(path: str) -> SourceText:
    """Decode the file at ``path`` (or stdin for `-`); raise :class:`ReadError` if unusable."""
    return decode_input(_read_bytes(path), _shown(path))


def decode_input(data: bytes, shown: str) -> SourceText:
    """Decode bytes read from ``shown``; raise :class:`ReadError` if they are binary."""
    if _is_binary(data):
        raise ReadError(f"{shown}: binary file (NUL bytes), not a text document")
    return decode(data)


def _read_bytes(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    return read_bytes(path)


def _is_binary(data: bytes) -> bool:
    """NUL bytes near the start (git's heuristic), unless a UTF-16/32 BOM explains them."""
    if data.startswith(_TEXT_BOMS):
        return False
    return b"\x00" in data[:_SNIFF]


def _shown(path: str) -> str:
    return "<stdin>" if path == STDIN else path
