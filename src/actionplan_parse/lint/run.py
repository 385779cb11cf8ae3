"""Running the rules over inputs: one :class:`FileResult` per target."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from ..models import Diagnostic
from ..parse import parse_source
from ..read import shown_path
from .discover import STDIN, Target
from .results import FileResult
from .select import Selection
from .source import ReadError, read_input

__all__ = ["check_target", "filter_diagnostics", "run"]

_CHUNKS_PER_JOB = 8
"""Chunks of files handed to each worker: small enough to balance uneven files, large
enough to keep the cost of sending work to the processes low."""


def filter_diagnostics(diagnostics: Iterable[Diagnostic], selection: Selection) -> list[Diagnostic]:
    """The diagnostics whose rule the selection enables."""
    return [d for d in diagnostics if selection.enabled(d.code)]


def check_target(
    target: Target,
    selection: Selection,
    shown: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
) -> FileResult:
    """Read, parse (as ``input_format``, with ``profile``) and lint one target.

    A read problem becomes ``FileResult.error``; so does a parser failure (marked internal).
    """
    path = shown_path(shown or target.path)
    if target.skip is not None:
        return FileResult(path, error=f"{path}: skipped: {target.skip}")
    try:
        source = read_input(target.path, encoding)
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    try:
        shown_source = None if target.path == STDIN else target.path
        document = parse_source(source, shown_source, input_format, profile)
    except ReadError as exc:  # readable bytes, but not in the format asked for (AKN)
        return FileResult(path, error=f"{path}: {exc}")
    except Exception as exc:  # noqa: BLE001 -- a parser bug in one file must not stop the run
        named = "<stdin>" if target.path == STDIN else path
        message = f"{named}: internal error: {type(exc).__name__}: {exc}"
        return FileResult(path, error=message, internal=True)
    return FileResult(
        path,
        diagnostics=filter_diagnostics(document.diagnostics, selection),
        lines=source.text.split("\n"),
    )


def run(
    targets: Iterable[Target],
    selection: Selection,
    ignored_for: Callable[[str], tuple[str, ...]] = lambda path: (),
    stdin_name: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
    jobs: int = 1,
) -> list[FileResult]:
    """Check every target; ``ignored_for(path)`` adds per-file ignores.

    With ``jobs`` > 1, files are checked by that many worker processes; the results are
    in the order of ``targets`` whatever ``jobs`` is. Standard input is read here.
    """
    tasks: list[tuple[Target, Selection, str]] = []
    for target in targets:
        shown = stdin_name if target.path == STDIN and stdin_name else target.path
        tasks.append((target, selection.with_ignored(ignored_for(shown)), shown))
    check = partial(_check_task, input_format=input_format, profile=profile, encoding=encoding)
    pooled = [i for i, (target, _, _) in enumerate(tasks) if target.path != STDIN]
    if jobs <= 1 or len(pooled) <= 1:
        return [check(task) for task in tasks]
    results: list[FileResult | None] = [None] * len(tasks)
    done = _in_pool(check, [tasks[i] for i in pooled], jobs)
    for index, result in zip(pooled, done, strict=True):
        results[index] = result
    for index, task in enumerate(tasks):
        if results[index] is None:
            results[index] = check(task)
    return [r for r in results if r is not None]


def _check_task(
    task: tuple[Target, Selection, str], input_format: str, profile: str, encoding: str | None
) -> FileResult:
    target, selection, shown = task
    return check_target(target, selection, shown, input_format, profile, encoding)


def _in_pool(
    check: Callable[[tuple[Target, Selection, str]], FileResult],
    tasks: Sequence[tuple[Target, Selection, str]],
    jobs: int,
) -> list[FileResult]:
    """``check`` over ``tasks`` in ``jobs`` processes, results in the order of ``tasks``."""
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only with jobs > 1

    chunk = max(1, len(tasks) // (jobs * _CHUNKS_PER_JOB))
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
        return list(pool.map(check, tasks, chunksize=chunk))
