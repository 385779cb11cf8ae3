"""Consumers of a parsed ``Document``: one renderer per output format."""

from .markdown import to_markdown
from .normalize import NORMALIZE_STYLES, normalize
from .rows import ROW_FIELDS, to_rows, write_csv, write_jsonl, write_table
from .schema import document_schema, schema_json

__all__ = [
    "NORMALIZE_STYLES",
    "ROW_FIELDS",
    "document_schema",
    "normalize",
    "schema_json",
    "to_markdown",
    "to_rows",
    "write_csv",
    "write_jsonl",
    "write_table",
]
