"""`actionplan-parse parse FILE`: the Document as JSON."""

from __future__ import annotations

import click

from .common import encoding_option, input_option, load, profile_option


@click.command("parse")
@click.argument("file")
@input_option
@encoding_option
@profile_option
@click.option(
    "--indent", type=int, default=2, show_default=True, help="JSON indentation (0: one line)."
)
def parse_command(
    file: str, input_format: str, profile: str, encoding: str | None, indent: int
) -> None:
    """Print the parsed Document of FILE as JSON (`-` reads stdin)."""
    document = load(file, input_format, profile, encoding)
    click.echo(document.model_dump_json(indent=indent or None, by_alias=True))
