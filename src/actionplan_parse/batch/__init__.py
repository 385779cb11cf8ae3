"""Batch runs over a corpus: one table row per node, findings per file, local or on Dask.

>>> from actionplan_parse.batch import run_batch, to_table
>>> table = to_table(run_batch(["corpus/"], exclude=["devtest/"]))  # doctest: +SKIP

pyarrow, pathspec and Dask are imported only when a batch runs.
"""

from .discover import DiscoverError, discover
from .engines import EngineError
from .rows import DIAGNOSTIC_FIELDS, NODE_FIELDS, FileOutcome, Settings, process
from .run import Summary, run_batch, to_table, write_batch
from .writers import OUTPUT_FORMATS, OutputError, format_of, known_hashes

__all__ = [
    "DIAGNOSTIC_FIELDS",
    "NODE_FIELDS",
    "OUTPUT_FORMATS",
    "DiscoverError",
    "EngineError",
    "FileOutcome",
    "OutputError",
    "Settings",
    "Summary",
    "discover",
    "format_of",
    "known_hashes",
    "process",
    "run_batch",
    "to_table",
    "write_batch",
]
