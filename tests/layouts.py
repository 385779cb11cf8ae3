"""Helpers of the layout tests: the fixtures folder, parsing a fixture, outlines."""

from __future__ import annotations

from pathlib import Path

from actionplan_parse import Document, parse

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def load(name: str, **options: str) -> Document:
    """Parse the layout fixture ``name`` (``options`` go to :func:`parse`)."""
    return parse((FIXTURES / name).read_text(encoding="utf-8"), **options)


def outline(doc: Document) -> list[tuple[str, str | None, int | None]]:
    """(id, heading, number) of every node, in document order."""
    return [(n.id, n.heading, n.number) for n in doc.walk()]


def labels(doc: Document) -> list[str]:
    """Every label as written, in document order."""
    return [n.label.raw for n in doc.walk() if n.label]
