"""`actionplan-parse batch PATH... --out FILE`: a whole corpus as one table (docs/batch.md).

Exit codes: 0 every input gave a tree; 1 some inputs could not be read or parsed (they
are diagnostics rows and lines on stderr; the others are in the table); 2 usage error
or an output that cannot be written; 3 internal error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

import click

from ..profiles import ProfileError, choose
from .common import input_option, profile_option
from .exits import EXIT_FINDINGS, EXIT_OK, fail

__all__ = ["batch_command"]

_FORMATS = ("parquet", "parquet-dir", "csv", "jsonl")
_ENGINES = ("local", "dask")


@click.command(
    "batch",
    epilog="Exit codes: 0 every input parsed; 1 some inputs unreadable or binary (in "
    "--diagnostics and on stderr, the others still in the table); 2 usage error or an "
    "output that cannot be written; 3 internal error. See docs/batch.md.",
)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    required=True,
    help="The table: FILE.parquet, FILE.csv, FILE.jsonl, or DIR/ (partitioned Parquet).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS),
    default=None,
    help="Output format [default: by --out's suffix; DIR/ is parquet-dir].",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="Skip paths matching this .gitignore-style pattern (repeatable).",
)
@click.option(
    "--diagnostics",
    "diagnostics_out",
    help="Write every finding, with its file, here (.jsonl, .csv, .parquet or DIR/).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes [default: cores]."
)
@click.option(
    "--engine",
    type=click.Choice(_ENGINES),
    default="local",
    show_default=True,
    help="local: a process pool; dask: a Dask cluster (pip install 'actionplan-parse[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: a distributed scheduler (tcp://host:8786) [default: a local "
    "cluster for the run].",
)
@click.option("--resume", is_flag=True, help="Skip files whose sha256 is in the output; append.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@input_option
@profile_option
def batch_command(
    paths: tuple[str, ...],
    out: str,
    fmt: str | None,
    exclude: tuple[str, ...],
    diagnostics_out: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    resume: bool,
    quiet: bool,
    input_format: str,
    profile: str,
) -> None:
    """Parse every file under PATHS (files, directories, globs) into one table, one row per
    node: the outline fields plus file, sha256 and confidence."""
    if scheduler is not None and engine != "dask":
        fail("--scheduler needs --engine dask")
    _check_profile(profile)
    batch = _import_batch(engine)
    try:
        files = batch.discover(paths, exclude)
    except batch.DiscoverError as exc:
        fail(str(exc))
    if not files and not quiet:
        click.echo("actionplan-parse: warning: no files to read", err=True)
    settings = batch.Settings(input_format, profile)
    with _progress(len(files), quiet) as tick:
        try:
            summary = batch.write_batch(
                files,
                out,
                fmt=fmt,
                diagnostics=diagnostics_out,
                settings=settings,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                resume=resume,
                on_file=tick,
            )
        except (batch.OutputError, batch.EngineError) as exc:
            fail(str(exc))
    for error in summary.errors:
        click.echo(f"actionplan-parse: error: {error}", err=True)
    if not quiet:
        click.echo(
            f"actionplan-parse: {summary.files} file(s), {summary.rows} row(s), "
            f"{summary.findings} finding(s), {summary.skipped} skipped, "
            f"{len(summary.errors)} unreadable -> {out}",
            err=True,
        )
    raise SystemExit(EXIT_FINDINGS if summary.errors else EXIT_OK)


def _import_batch(engine: str) -> ModuleType:
    """The batch package (pyarrow, pathspec; Dask for its engine), or a one-line error."""
    try:
        import pathspec  # noqa: F401
        import pyarrow  # noqa: F401

        from .. import batch

        if engine == "dask":
            import dask.dataframe  # noqa: F401
            import distributed  # noqa: F401
    except ImportError as exc:
        extra = "dask" if engine == "dask" else "batch"
        fail(f"batch needs {exc.name}: pip install 'actionplan-parse[{extra}]'")
    return batch


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[object], None]]:
    """A progress bar on a terminal; nothing when stderr is not one or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield lambda outcome: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="file", file=sys.stderr, leave=False) as bar:
        yield lambda outcome: bar.update(1)


def _check_profile(profile: str) -> None:
    """An unknown profile is a usage error before any file is read."""
    try:
        choose(profile, "")
    except ProfileError as exc:
        fail(str(exc))
