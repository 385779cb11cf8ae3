"""`actionplan-parse outline FILE`: one row per node."""

from __future__ import annotations

import sys

import click

from ..outputs import write_csv, write_jsonl, write_table
from .common import encoding_option, format_option, input_option, load, profile_option


@click.command("outline")
@click.argument("file")
@input_option
@encoding_option
@profile_option
@format_option(
    ["jsonl", "csv", "table"], "table", "One row per node: JSON lines, CSV, or an aligned table."
)
def outline_command(
    file: str, input_format: str, profile: str, encoding: str | None, fmt: str
) -> None:
    """Print one row per node of FILE in document order (`-` reads stdin)."""
    document = load(file, input_format, profile, encoding)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}[fmt]
    writer(document, sys.stdout)
