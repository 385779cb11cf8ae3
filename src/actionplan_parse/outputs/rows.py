"""The outline: one flat row per node, in document order (JSONL, CSV, table).

The row fields are a public contract (see ``docs/formats.md``): ``id``, ``path``,
``level``, ``kind``, ``label``, ``number``, ``inferred``, ``heading``, ``text``,
``line``, ``end_line`` and ``confidence``.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from ..models import Document
from .printable import printable

__all__ = ["ROW_FIELDS", "to_rows", "write_csv", "write_jsonl", "write_table"]

ROW_FIELDS = (
    "id",
    "path",
    "level",
    "kind",
    "label",
    "number",
    "inferred",
    "heading",
    "text",
    "line",
    "end_line",
    "confidence",
)


def to_rows(document: Document) -> list[dict[str, Any]]:
    """One dict per node, with exactly the :data:`ROW_FIELDS` keys."""
    return [
        {
            "id": node.id,
            "path": node.path,
            "level": node.level,
            "kind": node.kind,
            "label": node.label.raw if node.label else None,
            "number": node.number,
            "inferred": node.inferred,
            "heading": node.heading,
            "text": node.text,
            "line": node.span.start_line,
            "end_line": node.span.end_line,
            "confidence": node.confidence,
        }
        for node in document.walk()
    ]


def write_jsonl(document: Document, out: TextIO) -> None:
    out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in to_rows(document))


def write_csv(document: Document, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in to_rows(document):
        row["path"] = ".".join("?" if p is None else str(p) for p in row["path"])
        row["inferred"] = "true" if row["inferred"] else "false"
        writer.writerow(row)


def write_table(document: Document, out: TextIO, width: int = 60) -> None:
    """A fixed-width table for reading in a terminal."""
    header = (
        f"{'id':<12} {'lines':<9} {'kind':<8} {'label':<9} {'inf':<3} {'conf':<4}  heading / text"
    )
    out.write(header + "\n")
    for row in to_rows(document):
        shown = row["heading"] or row["text"].replace("\n", " ")
        if len(shown) > width:
            shown = shown[: width - 1] + "…"
        lines = f"{row['line']}-{row['end_line']}"
        inferred = "yes" if row["inferred"] else ""
        out.write(
            printable(
                f"{'  ' * (row['level'] - 1) + row['id']:<12} {lines:<9} {row['kind']:<8} "
                f"{row['label'] or '':<9} {inferred:<3} {row['confidence']:<4.2f}  {shown}"
            )
            + "\n"
        )
