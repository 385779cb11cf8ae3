"""Read stage: bytes to text, with the facts about the source a user may need.

Decoding order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise strict
UTF-8; otherwise cp1252 (undefined bytes replaced), which is recorded so the caller
can report it. Newlines are normalised to ``\\n`` for the later stages, but the
table of line starts keeps offsets into the decoded text as it was.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "MAX_INPUT_BYTES",
    "ReadError",
    "SourceText",
    "decode",
    "read_bytes",
    "read_path",
    "read_stream",
    "shown_path",
]

MAX_INPUT_BYTES = 64 * 2**20
"""Inputs larger than this (64 MiB) are refused, never read to the end (`/dev/zero`)."""
HEAD_BYTES = 8192
"""How much is read first, for a ``refuse`` check (binary content) before the rest."""

Refuse = Callable[[bytes], "str | None"]
"""Given the first bytes, why the input is not read further (None: read on)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_SURROGATE = re.compile("[\ud800-\udfff]")


class ReadError(Exception):
    """A path that cannot be read (missing, a directory, no permission)."""


@dataclass(frozen=True)
class SourceText:
    """Decoded text plus the facts of how it was stored."""

    text: str
    """The text with every newline normalised to ``\\n`` and any BOM removed."""
    encoding: str
    bom: bool
    newline: str
    """``lf``, ``crlf``, ``cr``, ``mixed`` or ``none``."""
    fallback: bool
    """True when the bytes were not valid UTF-8 and cp1252 was used."""
    line_starts: tuple[int, ...]
    """Offset of each line's first character in the decoded (not normalised) text."""
    line_lengths: tuple[int, ...]
    """Length of each line without its newline."""
    byte_count: int


def decode(data: bytes | str) -> SourceText:
    """Decode bytes (or take text as it is) and describe the source."""
    if isinstance(data, str):
        byte_count = len(data.encode("utf-8", "surrogatepass"))
        text = _SURROGATE.sub("\ufffd", data)  # lone surrogates cannot be written out
        text, encoding, bom, fallback = (
            text.removeprefix("\ufeff"),
            "text",
            text[:1] == "\ufeff",
            False,
        )
    else:
        text, encoding, bom, fallback = _decode_bytes(data)
        byte_count = len(data)
    return _describe(text, encoding, bom, fallback, byte_count)


def read_path(path: str | Path) -> SourceText:
    """Read and decode a file; raise :class:`ReadError` with a one-line reason."""
    return decode(read_bytes(path))


def shown_path(path: str | Path) -> str:
    """A path as text that can be written anywhere: bytes of a file name that are not
    UTF-8 (held as lone surrogates by Python) are shown as `\\xff` escapes."""
    text = str(path)
    if text.isascii():
        return text
    raw = text.encode("utf-8", "surrogateescape" if _SURROGATE.search(text) else "strict")
    return raw.decode("utf-8", "backslashreplace")


def read_bytes(path: str | Path, refuse: Refuse | None = None) -> bytes:
    """A file's bytes; :class:`ReadError` with a one-line reason if it cannot be read,
    is larger than :data:`MAX_INPUT_BYTES`, or ``refuse`` objects to its first bytes."""
    shown = shown_path(path)
    try:
        with open(path, "rb") as stream:
            return read_stream(stream, shown, refuse)
    except FileNotFoundError:
        raise ReadError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{shown}: is a directory") from None
    except OSError as exc:
        raise ReadError(f"{shown}: cannot read ({exc.strerror or exc})") from None


def read_stream(stream: BinaryIO, name: str, refuse: Refuse | None = None) -> bytes:
    """Read a stream (a file, stdin) to its end, within the size limit; the first
    :data:`HEAD_BYTES` are shown to ``refuse`` before anything more is read."""
    head = stream.read(HEAD_BYTES)
    reason = refuse(head) if refuse is not None else None
    if reason:
        raise ReadError(f"{name}: {reason}")
    rest = stream.read(MAX_INPUT_BYTES + 1 - len(head))
    if len(head) + len(rest) > MAX_INPUT_BYTES:
        raise ReadError(f"{name}: larger than {MAX_INPUT_BYTES // 2**20} MiB, not read")
    return head + rest


def _decode_bytes(data: bytes) -> tuple[str, str, bool, bool]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", ""), True, False
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8", False, False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", False, True


def _describe(text: str, encoding: str, bom: bool, fallback: bool, byte_count: int) -> SourceText:
    starts = [0]
    lengths = []
    kinds = set()
    for m in _NEWLINE.finditer(text):
        lengths.append(m.start() - starts[-1])
        starts.append(m.end())
        kinds.add(m.group())
    lengths.append(len(text) - starts[-1])
    if text and starts[-1] == len(text):  # a final newline ends the last line
        starts.pop()
        lengths.pop()
    normalised = _NEWLINE.sub("\n", text) if kinds - {"\n"} else text
    return SourceText(
        text=normalised,
        encoding=encoding,
        bom=bom,
        newline=_newline_style(kinds),
        fallback=fallback,
        line_starts=tuple(starts),
        line_lengths=tuple(lengths),
        byte_count=byte_count,
    )


def _newline_style(kinds: set[str]) -> str:
    if not kinds:
        return "none"
    if len(kinds) > 1:
        return "mixed"
    return {"\n": "lf", "\r\n": "crlf", "\r": "cr"}[kinds.pop()]
