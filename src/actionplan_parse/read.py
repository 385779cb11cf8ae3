"""Read stage: bytes to text, with the facts about the source a user may need.

Decoding order: an encoding the caller names (``--encoding``) decides, strictly; otherwise a
byte-order mark (UTF-8, UTF-16, UTF-32); NUL bytes in the first 8 KiB mean UTF-16/32 without a
BOM (recognised by where the NULs fall) or else a binary file, refused; otherwise strict UTF-8;
otherwise charset-normalizer picks among :data:`DETECTABLE` (GB18030/GBK, Big5, Shift-JIS, cp1252,
Latin-1), and its confidence is recorded. Bytes that no candidate decodes are refused: never
mojibake in the tree. Newlines are normalised to ``\\n`` for the later stages, but the table of
line starts keeps offsets into the decoded text as it was.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from .models import Source

__all__ = [
    "DETECTABLE",
    "HEAD_BYTES",
    "MAX_INPUT_BYTES",
    "ReadError",
    "SourceText",
    "binary_head",
    "decode",
    "read_bytes",
    "read_path",
    "read_stream",
    "shown_path",
]

DETECTABLE = ("gb18030", "big5", "cp932", "shift_jis", "cp1252", "latin_1")
"""Legacy encodings guessed for bytes that are not UTF-8/16/32 (GBK is a subset of GB18030)."""
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
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_BINARY = "binary file (NUL bytes), not a text document"
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
    """True when the encoding was guessed (not named, no BOM, not UTF-8): see ``confidence``."""
    line_starts: tuple[int, ...]
    """Offset of each line's first character in the decoded (not normalised) text."""
    line_lengths: tuple[int, ...]
    """Length of each line without its newline."""
    byte_count: int
    confidence: float = 1.0
    """How sure the decoding is: 1 for a named encoding, a BOM or valid UTF-8; else the guess's."""

    def describe(self, path: str | None, input_format: str) -> Source:
        """The document's ``source`` block: how this text was stored and read."""
        from .models import Source  # the reader itself needs no models

        return Source(
            path=path,
            encoding=self.encoding,
            encoding_confidence=self.confidence,
            bom=self.bom,
            newline=self.newline,
            format=input_format,
            lines=len(self.line_starts) if self.text else 0,
            size=self.byte_count,
        )


def decode(data: bytes | str, encoding: str | None = None) -> SourceText:
    """Decode bytes (or take text as it is) and describe the source.

    ``encoding`` (a Python codec name) is used strictly when given; a :class:`ReadError` says
    where it fails. Bytes that are binary or in no detectable encoding raise :class:`ReadError`.
    """
    if isinstance(data, str):
        byte_count = len(data.encode("utf-8", "surrogatepass"))
        text = _SURROGATE.sub("\ufffd", data)  # lone surrogates cannot be written out
        decoded = _Decoded(text.removeprefix("\ufeff"), "text", text[:1] == "\ufeff")
    else:
        decoded = _decode_named(data, encoding) if encoding else _decode_bytes(data)
        byte_count = len(data)
    return _describe(decoded, byte_count)


def read_path(path: str | Path, encoding: str | None = None) -> SourceText:
    """Read and decode a file; raise :class:`ReadError` with a one-line reason."""
    data = read_bytes(path, None if encoding else binary_head)
    try:
        return decode(data, encoding)
    except ReadError as exc:
        raise ReadError(f"{shown_path(path)}: {exc}") from None


def binary_head(head: bytes) -> str | None:
    """Why the first bytes of an input say it is binary (None: text, read on): NUL bytes
    (git's heuristic) that neither a byte-order mark nor UTF-16/32 without one explains."""
    if b"\x00" not in head[:HEAD_BYTES] or any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if _wide_unicode(head[: len(head) - len(head) % 4]) is not None:
        return None
    return _BINARY


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


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    bom: bool
    guessed: bool = False
    confidence: float = 1.0


def _decode_named(data: bytes, encoding: str) -> _Decoded:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ReadError(f"unknown encoding {encoding!r}") from None
    bom = next((b for b, codec in _BOMS if data.startswith(b) and codec.startswith(name[:6])), b"")
    try:
        return _Decoded(data[len(bom) :].decode(name), name, bool(bom))
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not {name}: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded"
        ) from None


def _decode_bytes(data: bytes) -> _Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _Decoded(data.decode(codec), codec.replace("-sig", ""), True)
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:HEAD_BYTES]:  # git's heuristic for binary, unless UTF-16/32 explains it
        wide = _wide_unicode(data)
        if wide is None:
            raise ReadError(_BINARY)
        return wide
    try:
        return _Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        return _detect(data)


def _wide_unicode(data: bytes) -> _Decoded | None:
    """UTF-16/32 without a BOM: of the decodings without NUL characters, the one with the most
    newlines and spaces (a wrong byte order turns them into other characters)."""
    best: tuple[int, str, str] | None = None
    for codec in _WIDE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = text.count("\n") + text.count(" ")
        if "\x00" not in text and score and (best is None or score > best[0]):
            best = (score, codec, text)
    if best is None:
        return None
    _, codec, text = best
    return _Decoded(text, codec[:6], False, guessed=True, confidence=0.9)


def _detect(data: bytes) -> _Decoded:
    from charset_normalizer import from_bytes  # noqa: PLC0415 -- only for non-UTF-8 input

    best = from_bytes(data, cp_isolation=list(DETECTABLE)).best()
    if best is None:
        raise ReadError(
            "not text in any supported encoding (UTF-8/16/32, GB18030, Big5, "
            "Shift-JIS, cp1252, Latin-1); name one with --encoding"
        )
    confidence = round(max(0.0, 1.0 - best.chaos), 3)
    return _Decoded(str(best), best.encoding, False, guessed=True, confidence=confidence)


def _describe(decoded: _Decoded, byte_count: int) -> SourceText:
    text = decoded.text
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
        encoding=decoded.encoding,
        bom=decoded.bom,
        newline=_newline_style(kinds),
        fallback=decoded.guessed,
        line_starts=tuple(starts),
        line_lengths=tuple(lengths),
        byte_count=byte_count,
        confidence=decoded.confidence,
    )


def _newline_style(kinds: set[str]) -> str:
    if not kinds:
        return "none"
    if len(kinds) > 1:
        return "mixed"
    return {"\n": "lf", "\r\n": "crlf", "\r": "cr"}[kinds.pop()]
