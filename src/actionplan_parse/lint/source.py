"""Reading one input for `check`: bytes from a file or stdin, decoded as every command does."""

from __future__ import annotations

import sys

from ..read import ReadError, SourceText, decode, read_bytes
from .discover import STDIN

__all__ = ["ReadError", "decode_input", "read_input"]


def read_input(path: str) -> SourceText:
    """Decode the file at ``path`` (or stdin for `-`); raise :class:`ReadError` if unusable."""
    return decode_input(_read_bytes(path), _shown(path))


def decode_input(data: bytes, shown: str) -> SourceText:
    """Decode bytes read from ``shown``; :class:`ReadError` if binary or undecodable."""
    try:
        return decode(data)
    except ReadError as exc:
        raise ReadError(f"{shown}: {exc}") from None


def _read_bytes(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    return read_bytes(path)


def _shown(path: str) -> str:
    return "<stdin>" if path == STDIN else path
