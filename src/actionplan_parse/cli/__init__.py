"""Command-line interface (click): one module per command, registered here.

Commands are imported when they run, not when the CLI starts: `actionplan-parse --help`
lists them from the summaries below without importing the parser, Pydantic or Lark
(tests/test_startup.py checks both the module set and that the listing is the one the
commands themselves would give).
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import NoReturn

import click

from .. import __version__
from .exits import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, fail

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
    "diff": (
        "diff_cmd",
        "Align the nodes of OLD and NEW and classify each: unchanged, reworded, renumbered, "
        "moved, added, dropped.",
    ),
    "commitments": (
        "commitments_cmd",
        "Who commits to what, by when and how much: one row per commitment of FILE.",
    ),
    "explain": (
        "explain_cmd",
        "Show how the structure decoder placed LINE of FILE: each candidate move, its features "
        "and weighted cost, the chosen one marked `*`.",
    ),
}
"""Command name -> (module in this package defining ``<name>_command``, summary for --help)."""


class _ClosedPipe(Exception):
    """stdout's reader went away; raised past Click, which would turn it into exit 1."""


class _Group(click.Group):
    """The commands, imported on first use; a closed pipe raised past Click."""

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

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise _ClosedPipe from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actionplan-parse")
def cli() -> None:
    """Parse plain-text action plans and declarations into a validated tree."""


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point of the `actionplan-parse` console script."""
    sys.exit(_run(argv))


def _run(argv: list[str] | None) -> int | str | None:
    """The command's exit code; every failure becomes one line on stderr and a documented code.

    Click's standalone mode is off so that a closed pipe and a failed write reach us
    (Click would exit 1 on a closed pipe, the code for findings).
    """
    try:
        code = _invoke(argv)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        return code
    except (BrokenPipeError, _ClosedPipe):
        return _closed_pipe()
    except OSError as exc:  # writing the output failed: a full disk, a lost terminal
        _silence_stdout()
        fail(f"cannot write output ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 -- the promise: no traceback reaches a user
        fail(f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


def _invoke(argv: list[str] | None) -> int | str | None:
    try:
        result = cli.main(args=argv, prog_name="actionplan-parse", standalone_mode=False)
    except SystemExit as exc:
        return exc.code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("Aborted!", err=True)
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else EXIT_OK


def _closed_pipe() -> int:
    """The reader went away (`actionplan-parse parse plan.txt | head -c1`): stop quietly,
    with the shell's code for a process ended by SIGPIPE."""
    _silence_stdout()
    return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (stdout replaced): nothing to flush
        pass
