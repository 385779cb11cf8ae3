"""The Dask engine: the same rows through a Dask bag and dataframe, as partitioned Parquet.

Without a scheduler address a local cluster is started (and closed) for the run:
`jobs` worker processes, or one in-process worker thread for a single job. With
``scheduler`` (``tcp://host:8786``) the files are parsed on that `distributed` cluster,
whose workers need `actionplan-parse` installed and the input paths readable (shared
storage or fsspec URLs such as ``s3://bucket/plans/``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..rows import NODE_FIELDS, FileOutcome, Settings, process
from ..schema import node_schema
from ..writers import part_name
from . import EngineError

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["run_dask"]

_FILES_PER_PARTITION = 64
_PARTITIONS_PER_JOB = 4


def run_dask(
    files: Sequence[str],
    settings: Settings,
    out: str,
    first_part: int = 0,
    jobs: int = 1,
    scheduler: str | None = None,
) -> list[FileOutcome]:
    """Parse ``files`` on a cluster, write their rows under ``out`` (parts numbered from
    ``first_part``) and return the outcomes without their rows (findings, errors)."""
    import dask
    import dask.bag as db

    if not files:
        return []
    wanted = max(jobs * _PARTITIONS_PER_JOB, -(-len(files) // _FILES_PER_PARTITION))
    partitions = min(len(files), wanted)
    with _client(scheduler, jobs), dask.config.set({"dataframe.convert-string": False}):
        bag = db.from_sequence(list(enumerate(files)), npartitions=partitions)
        outcomes = bag.starmap(process, settings=settings).persist()
        frame = outcomes.map_partitions(_rows_of).to_dataframe(meta=_meta())
        frame.to_parquet(
            out,
            schema=node_schema(),
            write_index=False,
            write_metadata_file=False,
            name_function=lambda number: part_name(first_part + number),
        )
        return list(outcomes.map(_without_rows).compute())


def _rows_of(outcomes: Sequence[FileOutcome]) -> list[dict[str, Any]]:
    return [row for outcome in outcomes for row in outcome.rows]


def _without_rows(outcome: FileOutcome) -> FileOutcome:
    return replace(outcome, rows=[])


def _meta() -> Any:
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=object) for name in NODE_FIELDS})


@contextmanager
def _client(scheduler: str | None, jobs: int) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler)
        except (OSError, ValueError) as exc:  # TimeoutError is an OSError
            raise EngineError(f"{scheduler}: cannot reach the scheduler ({exc})") from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=max(1, jobs),
            threads_per_worker=1,
            processes=jobs > 1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
