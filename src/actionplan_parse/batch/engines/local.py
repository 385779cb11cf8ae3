"""The local engine: a process pool over the files, results in input order.

`jobs` worker processes each take chunks of files; results come back through
``Executor.map``, which keeps the input order, so the output does not depend on
`jobs`. One job parses in this process (no pool to start).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from ...cores import default_jobs
from ..rows import FileOutcome, Settings, process

__all__ = ["default_jobs", "run_local"]

_CHUNKS_PER_JOB = 8
"""Chunks handed to each worker: small enough to balance uneven files, large enough to
keep the cost of sending work to the processes low."""


def run_local(files: Sequence[str], settings: Settings, jobs: int) -> Iterator[FileOutcome]:
    """Parse ``files`` with ``jobs`` processes; outcomes in the order of ``files``."""
    indices = range(len(files))
    if jobs <= 1 or len(files) <= 1:
        yield from map(partial(process, settings=settings), indices, files)
        return
    chunk = max(1, len(files) // (jobs * _CHUNKS_PER_JOB))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(partial(process, settings=settings), indices, files, chunksize=chunk)
