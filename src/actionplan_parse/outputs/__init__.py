"""Consumers of a parsed ``Document``: one renderer per output format."""

from .rows import ROW_FIELDS, to_rows, write_csv, write_jsonl, write_table

__all__ = ["ROW_FIELDS", "to_rows", "write_csv", "write_jsonl", "write_table"]
