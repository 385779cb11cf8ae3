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
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DETECTABLE", "ReadError", "SourceText", "decode", "read_bytes", "read_path"]

DETECTABLE = ("gb18030", "big5", "cp932", "shift_jis", "cp1252", "latin_1")
"""Legacy encodings guessed for bytes that are not UTF-8/16/32 (GBK is a subset of GB18030)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_SNIFF = 8192
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
    data = read_bytes(path)
    try:
        return decode(data, encoding)
    except ReadError as exc:
        raise ReadError(f"{path}: {exc}") from None


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes; :class:`ReadError` with a one-line reason if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None


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
    if b"\x00" in data[:_SNIFF]:  # git's heuristic for binary, unless UTF-16/32 explains it
        wide = _wide_unicode(data)
        if wide is None:
            raise ReadError("binary file (NUL bytes), not a text document")
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
