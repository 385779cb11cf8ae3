"""`actionplan-parse report FILE [FILE] -o report.html`: a self-contained HTML report."""

from __future__ import annotations

import sys

import click

from ..outputs.report import ReportSource, to_report
from ..parse import parse_source_text
from ..profiles import ProfileError
from ..read import ReadError, SourceText, decode, read_path
from .common import input_option, profile_option
from .exits import fail
from .normalize_cmd import write

__all__ = ["report_command"]


@click.command(
    "report",
    epilog="Exit codes: 0 written; 2 usage error or a missing or unreadable file; "
    "3 internal error. See docs/report.md.",
)
@click.argument("files", nargs=-1, required=True)
@input_option
@profile_option
@click.option(
    "-o", "--output", "out", default="-", show_default=True, help="Write here (`-`: stdout)."
)
def report_command(files: tuple[str, ...], input_format: str, profile: str, out: str) -> None:
    """Write one HTML page showing FILE (or OLD and NEW side by side; `-` reads stdin)."""
    if len(files) > 2:
        fail(f"report takes one file, or two (OLD NEW) to compare; got {len(files)}")
    sources = [_report_source(path, input_format, profile) for path in files]
    write(out, to_report(sources))


def _report_source(path: str, input_format: str, profile: str) -> ReportSource:
    """Parse one input; a read or profile problem is a one-line usage error."""
    try:
        source = decode(sys.stdin.buffer.read()) if path == "-" else read_path(path)
        shown = None if path == "-" else path
        document, text = parse_source_text(source, shown, input_format, profile)
    except (ReadError, ProfileError) as exc:
        fail(str(exc))
    return ReportSource(document, _lines(text), "<stdin>" if path == "-" else path)


def _lines(text: SourceText) -> list[str]:
    lines = text.text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines
