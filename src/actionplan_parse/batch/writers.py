"""Writing batch rows: Parquet file, partitioned Parquet directory, CSV or JSON Lines.

Writers take rows in chunks (one chunk per group of files) so a large corpus is never
held in memory at once. With ``resume`` an existing output is kept and new rows are
appended; :func:`known_hashes` tells which files it already holds.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, get_args

from ..models import dotted

__all__ = [
    "OUTPUT_FORMATS",
    "OutputError",
    "OutputFormat",
    "Writer",
    "format_of",
    "known_hashes",
    "open_writer",
    "part_name",
    "prepare_dir",
]

OutputFormat = Literal["parquet", "parquet-dir", "csv", "jsonl"]
OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)
_SUFFIXES: dict[str, OutputFormat] = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl"}


class OutputError(ValueError):
    """An output that cannot be chosen, read back (`--resume`) or written."""


def format_of(out: str, fmt: str | None = None) -> OutputFormat:
    """The format asked for, else by the name: a directory (trailing `/`) or the suffix."""
    if fmt is not None:
        if fmt not in OUTPUT_FORMATS:
            raise OutputError(f"unknown output format {fmt!r}")
        return fmt  # type: ignore[return-value]
    if out.endswith(("/", os.sep)) or os.path.isdir(out):
        return "parquet-dir"
    suffix = Path(out).suffix.lower()
    if suffix not in _SUFFIXES:
        raise OutputError(
            f"{out}: cannot tell the format: name a .parquet, .csv or .jsonl file, "
            "a directory ending in /, or give --format"
        )
    return _SUFFIXES[suffix]


def part_name(number: int) -> str:
    """File name of one part of a Parquet directory (sorts in write order)."""
    return f"part-{number:05d}.parquet"


def prepare_dir(out: str, resume: bool) -> int:
    """Make a Parquet directory ready; the number of its first new part.

    Without ``resume`` the parts of an earlier run are removed (other files are left).
    """
    os.makedirs(out, exist_ok=True)
    existing = sorted(Path(out).glob("part-*.parquet"))
    if resume:
        return len(existing)
    for part in existing:
        part.unlink()
    return 0


class Writer:
    """Appends chunks of rows (dicts with the given fields) to one output."""

    def __init__(self, out: str, fields: tuple[str, ...]) -> None:
        self.out = out
        self.fields = fields

    def start(self, resume: bool) -> None:
        """Open the output, keeping what it holds when ``resume``."""
        raise NotImplementedError

    def write(self, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (a no-op for formats written as they go)."""


def open_writer(out: str, fmt: OutputFormat, fields: tuple[str, ...], resume: bool) -> Writer:
    """A writer for ``out``; without ``resume`` an existing output is replaced."""
    writers: dict[str, type[Writer]] = {
        "parquet": _ParquetFile,
        "parquet-dir": _ParquetDir,
        "csv": _Csv,
        "jsonl": _Jsonl,
    }
    try:
        writer = writers[fmt](out, fields)
        writer.start(resume)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return writer


def known_hashes(out: str, fmt: OutputFormat) -> set[str]:
    """The `sha256` values already in an output (empty when it does not exist yet)."""
    if not os.path.exists(out):
        return set()
    try:
        return {h for h in _read_column(out, fmt, "sha256") if h}
    except (OSError, ValueError, KeyError) as exc:
        raise OutputError(f"{out}: cannot read back for --resume ({exc})") from None


def _read_column(out: str, fmt: OutputFormat, name: str) -> Iterable[str | None]:
    if fmt in ("parquet", "parquet-dir"):
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(_parquet_source(out, fmt), columns=[name])
            return list(table.column(name).to_pylist())
        except Exception as exc:  # noqa: BLE001 -- pyarrow raises several kinds for a bad file
            raise ValueError(f"{type(exc).__name__}: {exc}") from None
    with open(out, encoding="utf-8", newline="") as stream:
        if fmt == "csv":
            return [row[name] for row in csv.DictReader(stream)]
        return [json.loads(line)[name] for line in stream if line.strip()]


def _parquet_source(out: str, fmt: OutputFormat) -> str | list[str]:
    if fmt == "parquet":
        return out
    return sorted(str(p) for p in Path(out).glob("*.parquet"))


class _ParquetFile(Writer):
    """One Parquet file, written to a temporary name and moved into place on close."""

    def start(self, resume: bool) -> None:
        import pyarrow.parquet as pq

        from .schema import schema_for

        self.schema = schema_for(self.fields)
        self.temporary = f"{self.out}.partial"
        self.stream = pq.ParquetWriter(self.temporary, self.schema)
        if resume and os.path.exists(self.out):
            self.stream.write_table(pq.read_table(self.out).cast(self.schema))

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if rows:
            self.stream.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.stream.close()
        os.replace(self.temporary, self.out)


class _ParquetDir(Writer):
    """A directory of Parquet parts, one per chunk; without resume old parts are removed."""

    def start(self, resume: bool) -> None:
        from .schema import schema_for

        self.schema = schema_for(self.fields)
        self.next_part = prepare_dir(self.out, resume)

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if rows:
            table = pa.Table.from_pylist(rows, schema=self.schema)
            pq.write_table(table, os.path.join(self.out, part_name(self.next_part)))
            self.next_part += 1


class _Csv(Writer):
    """CSV as `outline --format csv` writes it: `path` dotted (`?` unknown), booleans in words."""

    def start(self, resume: bool) -> None:
        header = not (resume and os.path.exists(self.out) and os.path.getsize(self.out) > 0)
        self.stream = open(  # noqa: SIM115 -- closed by close()
            self.out, "a" if resume else "w", encoding="utf-8", newline=""
        )
        self.writer = csv.DictWriter(self.stream, fieldnames=self.fields, lineterminator="\n")
        if header:
            self.writer.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.writer.writerows(_csv_row(row) for row in rows)

    def close(self) -> None:
        self.stream.close()


class _Jsonl(Writer):
    def start(self, resume: bool) -> None:
        self.stream = open(self.out, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    def close(self) -> None:
        self.stream.close()


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    shown = dict(row)
    if isinstance(shown.get("path"), list):
        shown["path"] = dotted(shown["path"])
    for name, value in shown.items():
        if isinstance(value, bool):
            shown[name] = "true" if value else "false"
    return shown
