"""`actionplan-parse diff OLD NEW`: what changed between two versions of a document."""

from __future__ import annotations

import sys

import click

from ..diff import (
    DEFAULT_THRESHOLD,
    compare,
    has_changes,
    render_json,
    render_markdown,
    render_text,
)
from .common import format_option, input_option, load, profile_option
from .exits import EXIT_FINDINGS, EXIT_OK


@click.command("diff")
@click.argument("old")
@click.argument("new")
@input_option
@profile_option
@format_option(
    ["text", "json", "markdown"],
    "text",
    "One line per change, a JSON array of every pair, or a Markdown table.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Minimum similarity (0-100) for two nodes to count as one node reworded.",
)
@click.option(
    "--all", "all_rows", is_flag=True, help="Text and Markdown: list unchanged nodes too."
)
def diff_command(
    old: str, new: str, input_format: str, profile: str, fmt: str, threshold: float, all_rows: bool
) -> None:
    """Align the nodes of OLD and NEW and classify each: unchanged, reworded, renumbered,
    moved, added, dropped. Exit 0 when nothing changed, 1 otherwise."""
    changes = compare(load(old, input_format, profile), load(new, input_format, profile), threshold)
    if fmt == "json":
        sys.stdout.write(render_json(changes))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(changes, all_rows))
    else:
        sys.stdout.write(render_text(changes, all_rows))
    sys.exit(EXIT_FINDINGS if has_changes(changes) else EXIT_OK)
