"""Exit codes and the one-line failure, importable without the parser (documented in
docs/cli.md): 0 ok, 1 findings at or above the threshold (`check`), 2 usage error or
unreadable/missing input, 3 internal error."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

__all__ = ["EXIT_FINDINGS", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "fail"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print `actionplan-parse: error: MESSAGE` on stderr and exit."""
    click.echo(f"actionplan-parse: error: {message}", err=True)
    sys.exit(code)
