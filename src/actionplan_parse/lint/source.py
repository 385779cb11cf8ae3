"""Reading one input for `check`: bytes from a file or stdin, decoded as every command does."""

from __future__ import annotations

import sys

from ..read import (
    ReadError,
    SourceText,
    binary_head,
    decode,
    read_bytes,
    read_stream,
    shown_path,
)
from .discover import STDIN

__all__ = ["ReadError", "decode_input", "read_input"]


def read_input(path: str, encoding: str | None = None) -> SourceText:
    """Decode the file at ``path`` (or stdin for `-`); raise :class:`ReadError` if unusable.

    A binary file is refused on its first bytes, never read to the end (`/dev/zero`).
    """
    refuse = None if encoding else binary_head
    if path == STDIN:
        data = read_stream(sys.stdin.buffer, "<stdin>", refuse)
    else:
        data = read_bytes(path, refuse)
    return decode_input(data, _shown(path), encoding)


def decode_input(data: bytes, shown: str, encoding: str | None = None) -> SourceText:
    """Decode bytes read from ``shown``; :class:`ReadError` if binary or undecodable."""
    try:
        return decode(data, encoding)
    except ReadError as exc:
        raise ReadError(f"{shown}: {exc}") from None


def _shown(path: str) -> str:
    return "<stdin>" if path == STDIN else shown_path(path)
