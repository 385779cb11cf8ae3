"""Command-line interface (click): one module per command, registered here.

Commands are imported when they run, not when the CLI starts: `actionplan-parse --help`
lists them from the summaries below without importing the parser, Pydantic or Lark
(tests/test_startup.py checks both the module set and that the listing is the one the
commands themselves would give).
"""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from .exits import EXIT_INTERNAL, EXIT_OK, fail

__all__ = ["COMMANDS", "cli", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse_cmd", "Print the parsed Document of FILE as JSON (`-` reads stdin)."),
    "outline": (
        "outline_cmd",
        "Print one row per node of FILE in document order (`-` reads stdin).",
    ),
    "profiles": (
        "profiles_cmd",
        "List the profiles (`--profile NAME`); `auto` picks one by the text's language.",
    ),
    "check": (
        "check_cmd",
        "Lint PATHS (files, directories, or `-` for stdin) and report findings.",
    ),
    "rules": (
        "rules_cmd",
        "List every rule, or explain the rule CODE (a code like AP101 or a name).",
    ),
    "normalize": (
        "normalize_cmd",
        "Re-emit FILE from its tree, one paragraph per line, repairs marked (`-` reads stdin).",
    ),
    "render": ("render_cmd", "Render FILE in a format other tools read (`-` reads stdin)."),
    "report": (
        "report_cmd",
        "Write one HTML page showing FILE (or OLD and NEW side by side; `-` reads stdin).",
    ),
    "schema": (
        "schema_cmd",
        "Print the JSON Schema (draft 2020-12) of the Document that `parse` emits.",
    ),
    "batch": (
        "batch_cmd",
        "Parse every file under PATHS (files, directories, globs) into one table, one row per "
        "node: the outline fields plus file, sha256 and confidence.",
    ),
}
"""Command name -> (module in this package defining ``<name>_command``, summary for --help)."""


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(f"{__name__}.{COMMANDS[cmd_name][0]}")
        command: click.Command = getattr(module, f"{cmd_name}_command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The listing, from the summaries: as click lays it out, nothing imported."""
        summaries = {name: click.Command(name, help=text) for name, (_, text) in COMMANDS.items()}
        limit = formatter.width - 6 - max(len(name) for name in summaries)
        rows = [(name, summaries[name].get_short_help_str(limit)) for name in sorted(summaries)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actionplan-parse")
def cli() -> None:
    """Parse plain-text action plans and declarations into a validated tree."""


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
