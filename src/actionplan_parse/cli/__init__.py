"""Command-line interface (click): one module per command, registered here."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click

from .. import __version__
from .batch_cmd import batch_command
from .check_cmd import check_command
from .commitments_cmd import commitments_command
from .common import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, fail
from .diff_cmd import diff_command
from .explain_cmd import explain_command
from .normalize_cmd import normalize_command
from .outline_cmd import outline_command
from .parse_cmd import parse_command
from .profiles_cmd import profiles_command
from .render_cmd import render_command
from .report_cmd import report_command
from .rules_cmd import rules_command
from .schema_cmd import schema_command

__all__ = ["cli", "main"]


class _ClosedPipe(Exception):
    """stdout's reader went away; raised past Click, which would turn it into exit 1."""


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise _ClosedPipe from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
cli.add_command(diff_command)
cli.add_command(commitments_command)
cli.add_command(explain_command)


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
