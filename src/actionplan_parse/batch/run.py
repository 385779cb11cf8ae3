"""A batch from paths to tables: discover, parse (local pool or Dask), write.

:func:`run_batch` is the library entry (outcomes, or :func:`to_table` for a pyarrow
table); :func:`write_batch` is what `actionplan-parse batch` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING

from .discover import DEFAULT_INCLUDE, discover, is_url
from .engines import Engine
from .engines.local import default_jobs, run_local
from .rows import DIAGNOSTIC_FIELDS, NODE_FIELDS, FileOutcome, Settings
from .writers import OutputError, Writer, format_of, known_hashes, open_writer, prepare_dir

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["Summary", "run_batch", "to_table", "write_batch"]

FILES_PER_CHUNK = 200
"""Files whose rows are written together (one Parquet row group or part)."""


@dataclass
class Summary:
    """What a written batch held."""

    files: int = 0
    rows: int = 0
    findings: int = 0
    skipped: int = 0
    """Files already in the output (`--resume`)."""
    errors: list[str] = field(default_factory=list)
    """One line per file that gave no tree (also in the diagnostics)."""

    def count(self, outcome: FileOutcome) -> None:
        self.files += 1
        self.rows += outcome.nodes
        self.skipped += outcome.skipped
        self.findings += 0 if outcome.error else len(outcome.diagnostics)
        if outcome.error:
            self.errors.append(outcome.error)


def run_batch(
    paths: Iterable[str],
    *,
    exclude: Iterable[str] = (),
    include: Iterable[str] = DEFAULT_INCLUDE,
    jobs: int | None = None,
    input_format: str = "auto",
    profile: str = "auto",
    known: Iterable[str] = (),
) -> Iterator[FileOutcome]:
    """Parse every file under ``paths`` (files, directories, globs); outcomes in input order.

    ``known`` holds sha256 digests to skip. Unreadable files are outcomes with ``error``.
    """
    files = discover(paths, exclude, include)
    settings = Settings(input_format, profile, frozenset(known))
    return run_local(files, settings, jobs or default_jobs())


def to_table(outcomes: Iterable[FileOutcome]) -> pa.Table:
    """The corpus table (one row per node) of some outcomes, with the batch schema."""
    import pyarrow as pa

    from .schema import node_schema

    rows = [row for outcome in outcomes for row in outcome.rows]
    return pa.Table.from_pylist(rows, schema=node_schema())


def write_batch(
    files: Sequence[str],
    out: str,
    *,
    fmt: str | None = None,
    diagnostics: str | None = None,
    settings: Settings | None = None,
    jobs: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    resume: bool = False,
    on_file: Callable[[FileOutcome], None] = lambda outcome: None,
) -> Summary:
    """Parse ``files`` and write their rows to ``out`` (and findings to ``diagnostics``).

    Raises :class:`OutputError` for an output that cannot be chosen, read back or written.
    """
    settings = settings or Settings()
    chosen = format_of(out, fmt)
    if engine == "dask" and chosen != "parquet-dir":
        raise OutputError("--engine dask writes partitioned Parquet: name a directory (DIR/)")
    if is_url(out) and engine != "dask":
        raise OutputError(f"{out}: URL outputs are written by --engine dask")
    if resume:
        if is_url(out):
            raise OutputError(f"{out}: --resume reads back local outputs only")
        settings = replace(settings, known=frozenset(known_hashes(out, chosen)))
    jobs = jobs or default_jobs()
    findings = _diagnostics_writer(diagnostics, resume)
    summary = Summary()
    try:
        if engine == "dask":
            outcomes = _run_dask(files, settings, out, resume, jobs, scheduler)
            _drain(outcomes, None, findings, summary, on_file)
        else:
            rows = open_writer(out, chosen, NODE_FIELDS, resume)
            _drain(run_local(files, settings, jobs), rows, findings, summary, on_file)
            rows.close()
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})") from None
    finally:
        if findings is not None:
            findings.close()
    return summary


def _run_dask(
    files: Sequence[str],
    settings: Settings,
    out: str,
    resume: bool,
    jobs: int,
    scheduler: str | None,
) -> list[FileOutcome]:
    from .engines.dask import run_dask

    first_part = 0 if is_url(out) else prepare_dir(out, resume)
    return run_dask(files, settings, out, first_part, jobs, scheduler)


def _diagnostics_writer(path: str | None, resume: bool) -> Writer | None:
    if path is None:
        return None
    return open_writer(path, format_of(path), DIAGNOSTIC_FIELDS, resume)


def _drain(
    outcomes: Iterable[FileOutcome],
    rows: Writer | None,
    findings: Writer | None,
    summary: Summary,
    on_file: Callable[[FileOutcome], None],
) -> None:
    """Write outcomes chunk by chunk, in input order."""
    stream = iter(outcomes)
    while chunk := list(islice(stream, FILES_PER_CHUNK)):
        for outcome in chunk:
            summary.count(outcome)
            on_file(outcome)
        if rows is not None:
            rows.write([row for outcome in chunk for row in outcome.rows])
        if findings is not None:
            findings.write([row for outcome in chunk for row in outcome.diagnostics])
