"""One file to rows: read, hash, parse; the outline rows plus `file`, `sha256`, `confidence`.

Nothing here raises for a bad input: a file that cannot be read, is binary, or
breaks the parser becomes a diagnostic row (code ``read-error`` or ``internal-error``)
and the batch goes on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from ..lint.source import decode_input
from ..models import Diagnostic, Document
from ..outputs.rows import ROW_FIELDS, to_rows
from ..parse import parse_source
from ..read import ReadError, read_bytes
from .discover import is_url

__all__ = [
    "DIAGNOSTIC_FIELDS",
    "NODE_FIELDS",
    "FileOutcome",
    "Settings",
    "process",
]

NODE_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(("file", "sha256", *ROW_FIELDS, "confidence")))
"""The columns of the corpus table: every outline field plus `file`, `sha256`, `confidence`."""

DIAGNOSTIC_FIELDS = (
    "file",
    "sha256",
    "code",
    "name",
    "severity",
    "message",
    "line",
    "end_line",
    "column",
    "node_id",
)
"""The columns of `--diagnostics`: every finding of every file, and unreadable files."""

FailureCode = Literal["read-error", "internal-error"]


@dataclass(frozen=True)
class Settings:
    """How every file of a batch is parsed."""

    input_format: str = "auto"
    profile: str = "auto"
    known: frozenset[str] = frozenset()
    """sha256 of files already in the output (`--resume`): skipped."""


@dataclass
class FileOutcome:
    """What one input gave: its rows and findings, or why it gave none."""

    index: int
    """Position in the input order; outputs are sorted by it."""
    file: str
    sha256: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    nodes: int = 0
    """How many rows the file gave (kept when the rows themselves were written elsewhere)."""
    skipped: bool = False
    """Already in the output (`--resume`)."""
    error: str | None = None
    """One line when the file gave no tree (unreadable, binary, parser failure)."""


def process(index: int, file: str, settings: Settings) -> FileOutcome:
    """Read, hash and parse one file; never raises for a bad input."""
    try:
        data = _read(file)
    except ReadError as exc:
        return _failed(index, file, None, "read-error", str(exc))
    digest = hashlib.sha256(data).hexdigest()
    if digest in settings.known:
        return FileOutcome(index, file, digest, skipped=True)
    try:
        source = decode_input(data, file)
        document = parse_source(source, file, settings.input_format, settings.profile)
    except ReadError as exc:
        message = str(exc) if str(exc).startswith(file) else f"{file}: {exc}"
        return _failed(index, file, digest, "read-error", message)
    except Exception as exc:  # noqa: BLE001 -- a parser bug in one file must not stop the batch
        message = f"{file}: internal error: {type(exc).__name__}: {exc}"
        return _failed(index, file, digest, "internal-error", message)
    rows = node_rows(document, file, digest)
    return FileOutcome(
        index,
        file,
        digest,
        rows=rows,
        diagnostics=[_diagnostic_row(d, file, digest) for d in document.diagnostics],
        nodes=len(rows),
    )


def node_rows(document: Document, file: str, digest: str) -> list[dict[str, Any]]:
    """The outline rows of ``document`` with `file`, `sha256` and `confidence` added."""
    rows = []
    for node, row in zip(document.walk(), to_rows(document), strict=True):
        row.setdefault("confidence", getattr(node, "confidence", None))
        rows.append({"file": file, "sha256": digest, **row})
    return rows


def _read(file: str) -> bytes:
    if not is_url(file):
        return read_bytes(file)
    try:
        import fsspec

        with fsspec.open(file, "rb") as stream:
            return bytes(stream.read())
    except ImportError:
        raise ReadError(f"{file}: reading URLs needs fsspec (pip install fsspec)") from None
    except Exception as exc:  # noqa: BLE001 -- any storage backend's error is a read error
        raise ReadError(f"{file}: cannot read ({type(exc).__name__}: {exc})") from None


def _diagnostic_row(diagnostic: Diagnostic, file: str, digest: str) -> dict[str, Any]:
    span = diagnostic.span
    return {
        "file": file,
        "sha256": digest,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "line": span.start_line if span else None,
        "end_line": span.end_line if span else None,
        "column": diagnostic.column,
        "node_id": diagnostic.node_id,
    }


def _failed(
    index: int, file: str, digest: str | None, code: FailureCode, message: str
) -> FileOutcome:
    row = dict.fromkeys(DIAGNOSTIC_FIELDS)
    row.update(file=file, sha256=digest, code=code, name=code, severity="error", message=message)
    return FileOutcome(index, file, digest, diagnostics=[row], error=message)
