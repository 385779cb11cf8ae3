"""`actionplan-parse schema`: the JSON Schema of the Document."""

from __future__ import annotations

import click

from ..outputs.schema import schema_json
from .normalize_cmd import write


@click.command("schema")
@click.option(
    "-o", "--output", "out", default="-", show_default=True, help="Write here (`-`: stdout)."
)
def schema_command(out: str) -> None:
    """Print the JSON Schema (draft 2020-12) of the Document that `parse` emits."""
    write(out, schema_json())
