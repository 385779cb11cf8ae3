"""Exit codes and the one-line failure, importable without the parser (documented in
docs/cli.md): 0 ok, 1 findings at or above the threshold (`check`), 2 usage error,
unreadable/missing input, bad configuration, profile or baseline, or output that cannot be
written; 3 internal error (a bug, never an input); 130 interrupted; 141 stdout closed by
its reader (as SIGPIPE)."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "fail",
]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print `actionplan-parse: error: MESSAGE` on stderr and exit."""
    from ..outputs.printable import printable  # not at start-up: `outputs` loads the model

    click.echo(f"actionplan-parse: error: {printable(message)}", err=True)
    sys.exit(code)
