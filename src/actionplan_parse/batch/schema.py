"""The explicit Arrow schemas of the corpus table and the diagnostics table.

Types are fixed here, not inferred from the data, so that every run and every file
gives the same column types (an all-null column is still `string`, `path` is always
``list<int32>`` with nulls for unknown numbers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rows import DIAGNOSTIC_FIELDS, NODE_FIELDS

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["diagnostic_schema", "node_schema", "schema_for"]


def _types() -> dict[str, pa.DataType]:
    import pyarrow as pa

    return {
        "file": pa.string(),
        "sha256": pa.string(),
        "id": pa.string(),
        "path": pa.list_(pa.int32()),
        "level": pa.int32(),
        "kind": pa.string(),
        "label": pa.string(),
        "number": pa.int64(),
        "inferred": pa.bool_(),
        "heading": pa.string(),
        "text": pa.string(),
        "line": pa.int32(),
        "end_line": pa.int32(),
        "confidence": pa.float64(),
        "code": pa.string(),
        "name": pa.string(),
        "severity": pa.string(),
        "message": pa.string(),
        "column": pa.int32(),
        "node_id": pa.string(),
    }


def _schema(fields: tuple[str, ...]) -> pa.Schema:
    import pyarrow as pa

    types = _types()
    return pa.schema([pa.field(name, types[name]) for name in fields])


def node_schema() -> pa.Schema:
    """One row per node: :data:`~actionplan_parse.batch.rows.NODE_FIELDS`."""
    return _schema(NODE_FIELDS)


def diagnostic_schema() -> pa.Schema:
    """One row per finding: :data:`~actionplan_parse.batch.rows.DIAGNOSTIC_FIELDS`."""
    return _schema(DIAGNOSTIC_FIELDS)


def schema_for(fields: tuple[str, ...]) -> pa.Schema:
    """The schema of a table with these columns (node or diagnostic fields)."""
    return _schema(fields)
