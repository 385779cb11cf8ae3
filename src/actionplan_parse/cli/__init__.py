"""Command-line interface (click): one module per command, registered here."""

from __future__ import annotations

import sys

import click

from .. import __version__
from .batch_cmd import batch_command
from .check_cmd import check_command
from .common import EXIT_INTERNAL, EXIT_OK, fail
from .normalize_cmd import normalize_command
from .outline_cmd import outline_command
from .parse_cmd import parse_command
from .profiles_cmd import profiles_command
from .render_cmd import render_command
from .report_cmd import report_command
from .rules_cmd import rules_command
from .schema_cmd import schema_command

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actionplan-parse")
def cli() -> None:
    """Parse plain-text action plans and declarations into a validated tree."""


cli.add_command(parse_command)
cli.add_command(outline_command)
cli.add_command(profiles_command)
cli.add_command(check_command)
cli.add_command(rules_command)
cli.add_command(normalize_command)
cli.add_command(render_command)
cli.add_command(report_command)
cli.add_command(schema_command)
cli.add_command(batch_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `actionplan-parse` console script."""
    try:
        cli.main(args=argv, prog_name="actionplan-parse", standalone_mode=True)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as exc:  # noqa: BLE001 -- the promise: no traceback reaches a user
        fail(f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
