"""Helpers shared by the `check` CLI tests (imported via pytest's pythonpath)."""

from __future__ import annotations

from dataclasses import dataclass

from click.testing import CliRunner

from actionplan_parse.cli import cli


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run(*args: str, input: bytes | str | None = None) -> Outcome:
    """Invoke `actionplan-parse ARGS` in-process; stdout and stderr kept apart."""
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return Outcome(result.exit_code, result.stdout, result.stderr)
