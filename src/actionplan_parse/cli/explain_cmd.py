"""`actionplan-parse explain FILE LINE`: the competing placements at one line."""

from __future__ import annotations

import click

from ..decide.explain import explain_line
from ..parse import main_blocks
from ..profiles import ProfileError
from ..read import ReadError, read_path
from .common import input_option, profile_option
from .exits import fail


@click.command("explain")
@click.argument("file")
@click.argument("line", type=click.IntRange(min=1))
@input_option
@profile_option
def explain_command(file: str, line: int, input_format: str, profile: str) -> None:
    """Show how the structure decoder placed LINE of FILE: each candidate move, its
    features and weighted cost, the chosen one marked `*`."""
    try:
        blocks = main_blocks(read_path(file), input_format, profile)
    except (ReadError, ProfileError) as exc:
        fail(str(exc))
    for text in explain_line(blocks, line):
        click.echo(text)
